import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: [Node, Entity] })
export class Place extends Entity {
  @Field(() => String, { nullable: true, description: 'country, city, region…' }) kind?: string | null;
}
