import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: Node, description: 'A tag articles carry ("negotiations").' })
export class Topic extends Node {
  @Field(() => String) name!: string;
}
