import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ErrorCode, clientError, userInputError } from '../../core/errors.js';
import { forgetKnowledge, sharedGraphKnowledge } from '../../ingest/known.js';
import { RetractInputError, retractArticle } from '../../ingest/write/retract.js';
import { requireWriter, type WriteContext } from './credentials.js';
import { DateTime } from '../date-time.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'What retracting an article removed from the graph.' })
export class RetractResult {
  @Field(() => ID, { description: 'The retracted article\'s id (or the Publication\'s, when a copy was retracted).' }) articleId!: string;
  @Field(() => String, { nullable: true, description: 'Its canonical URL; null when it had none.' }) url!: string | null;
  @Field(() => String, { description: 'Its headline.' }) title!: string;
  @Field(() => Int, { description: 'Statements it alone reported.' }) statementsRemoved!: number;
  @Field(() => [ID], { description: 'Entities no other article mentions (unless a merge refers to them).' }) entitiesRemoved!: string[];
  @Field(() => [ID], { description: 'Events no other article mentions.' }) eventsRemoved!: string[];
  @Field(() => [ID], { description: 'Topics no other article is tagged with and no statement is about.' }) topicsRemoved!: string[];
  @Field(() => [ID], { description: 'Copies of the story by other outlets, retracted with it.' }) publicationsRemoved!: string[];
  @Field(() => String, { description: 'Who retracted it: key:<id>.' }) retractedBy!: string;
  @Field(() => DateTime, { description: 'When it was retracted.' }) retractedAt!: string;
}

@Resolver()
export class RetractResolver {
  @Mutation(() => RetractResult, {
    description: 'Removes exactly what one article contributed, in one transaction, and records who did it. Needs an API key (Authorization: Bearer <key>).',
  })
  async retractArticle(
    @Arg('article', () => String, { description: 'The article\'s id (article:…) or its URL, in any spelling of it.' }) article: string,
    @Ctx() ctx: WriteContext,
  ): Promise<RetractResult> {
    const writer = requireWriter(ctx, 'retractArticle');
    let result;
    try {
      result = await retractArticle(ctx.executor, article, writer);
    } catch (error) {
      if (error instanceof RetractInputError) throw userInputError(error.message, 'article');
      throw error;
    }
    if (!result) throw clientError(ErrorCode.NOT_FOUND, `No article has the id or URL "${article}".`);
    forgetKnowledge(await sharedGraphKnowledge(ctx.executor), result.removed);
    return {
      articleId: result.articleId, url: result.url, title: result.title,
      statementsRemoved: result.removed.statements, entitiesRemoved: result.removed.entities, eventsRemoved: result.removed.events,
      topicsRemoved: result.removed.topics, publicationsRemoved: result.publications, retractedBy: result.retractedBy, retractedAt: result.retractedAt,
    };
  }
}
