import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news report.' })
export class Article extends Node {
  @Field(() => String, { description: 'Headline.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Canonical URL, when the report has one.' }) url?: string | null;
  @Field(() => String, { description: 'ISO 8601, with the offset when the source gave a time zone.' }) publishedAt!: string;
  @Field(() => String, { nullable: true, description: 'The host of its canonical URL.' }) outlet?: string | null;
  @Field(() => String, { nullable: true, description: 'The outlet\'s section ("Europe", "Politics"), when given.' }) section?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code.' }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'Photo caption.' }) caption?: string | null;
  @Field(() => String, { nullable: true, description: 'The source the report names ("Source: ISW").' }) source?: string | null;
  @Field(() => String, { description: 'Body paragraphs separated by a blank line; evidence offsets index into it.' }) body!: string;
  @Field(() => String, { description: 'SHA-256 of title and whitespace-normalised body: the same report twice is one article.' }) contentHash!: string;
}
