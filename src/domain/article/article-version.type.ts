import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../date-time.scalar.js';

@ObjectType({ description: 'One version of an article: a correction at the same canonical URL makes a new one and keeps this.' })
export class ArticleVersion {
  @Field(() => ID, { description: '`<article id>@<version>`.' }) id!: string;
  @Field(() => Int, { description: '1 for the first text ingested at this URL.' }) version!: number;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String) publishedAt!: string;
  @Field(() => String) body!: string;
  @Field(() => String) contentHash!: string;
  @Field(() => DateTime, { nullable: true, description: 'When this version was written into the graph.' }) ingestedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Who wrote it: key:<id>, cli:<user> or seed.' }) ingestedBy?: string | null;
  @Field(() => DateTime, { nullable: true, description: 'When a newer version replaced it; null for the current one.' }) supersededAt?: string | null;
}
