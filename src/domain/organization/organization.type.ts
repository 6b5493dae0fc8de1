import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'An organization named in the news: a government, a think tank, an army, a company.' })
export class Organization extends Entity {
  @Field(() => String, { nullable: true, description: 'What kind of organization, from the gazetteer: think tank, government, military, company…; null when unknown.' }) kind?: string | null;
}
