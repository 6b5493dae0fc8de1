import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A copy of a story by another outlet (≥ 90 % of its text): it adds no statements or mentions of its own, so report counts count stories, not copies.' })
export class Publication {
  @Field(() => ID, { description: 'article:<hash of its canonical URL>, as an article of that URL would have.' }) id!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The host of its URL.' }) outlet?: string | null;
  @Field(() => String) publishedAt!: string;
  @Field(() => Float, { description: 'Share of word 5-shingles its body has in common with the story\'s (Jaccard, 0.9–1).' }) similarity!: number;
  @Field(() => String, { nullable: true }) ingestedBy?: string | null;
}
