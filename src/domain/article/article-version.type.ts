import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../date-time.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'One version of an article: a correction at the same canonical URL makes a new one and keeps this.' })
export class ArticleVersion {
  @Field(() => ID, { description: '`<article id>@<version>`.' }) id!: string;
  @Field(() => Int, { description: '1 for the first text ingested at this URL.' }) version!: number;
  @Field(() => String, { description: 'The headline this version had.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The canonical URL (the same for every version); null when the article has none.' }) url?: string | null;
  @Field(() => String, { description: 'The publication date this version gave, as the source wrote it (ISO 8601, with its offset when given).' }) publishedAt!: string;
  @Field(() => String, { description: 'This version\'s body, paragraphs separated by a blank line.' }) body!: string;
  @Field(() => String, { description: 'SHA-256 of this version\'s title and whitespace-normalised body.' }) contentHash!: string;
  @Field(() => DateTime, { nullable: true, description: 'When this version was written into the graph.' }) ingestedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Who wrote it: key:<id>, cli:<user> or seed.' }) ingestedBy?: string | null;
  @Field(() => DateTime, { nullable: true, description: 'When a newer version replaced it; null for the current one.' }) supersededAt?: string | null;
}
