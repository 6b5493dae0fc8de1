import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A tag articles carry ("negotiations").' })
export class Topic extends Node {
  @Field(() => String, { description: 'The tag as articles carry it, lower case.' }) name!: string;
}
