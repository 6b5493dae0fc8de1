import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A place named in the news: a country, a city, a region.' })
export class Place extends Entity {
  @Field(() => String, { nullable: true, description: 'What kind of place, from the gazetteer: country, city, region…; null when unknown.' }) kind?: string | null;
}
