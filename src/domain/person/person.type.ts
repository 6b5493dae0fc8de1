import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A person named in the news: a speaker, an author, someone reported on.' })
export class Person extends Entity {
  @Field(() => [String], { description: 'Titles and roles written next to the name ("UK Defence Secretary").' }) roles!: string[];
}
