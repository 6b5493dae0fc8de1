import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A copy of a story by another outlet (≥ 90 % of its text): it adds no statements or mentions of its own, so report counts count stories, not copies.' })
export class Publication {
  @Field(() => ID, { description: 'article:<hash of its canonical URL>, as an article of that URL would have.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'The copy\'s canonical URL; null when it had none.' }) url?: string | null;
  @Field(() => String, { description: 'The headline the other outlet gave it.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The host of its URL.' }) outlet?: string | null;
  @Field(() => String, { description: 'When the other outlet published it, as it wrote it (ISO 8601, with its offset when given).' }) publishedAt!: string;
  @Field(() => Float, { description: 'Share of word 5-shingles its body has in common with the story\'s (Jaccard, 0.9–1).' }) similarity!: number;
  @Field(() => String, { nullable: true, description: 'Who ingested the copy: key:<id>, cli:<user> or seed.' }) ingestedBy?: string | null;
}
