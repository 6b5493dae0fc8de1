import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { clientError, ErrorCode, userInputError } from '../../core/errors.js';
import { CurationError, countMerges, listMerges, mergeEntities, splitEntity, unmergeEntities } from '../../ingest/merge/merge.js';
import { PageArgs, toConnection, toPage } from '../pagination/connection.js';
import type { Context } from '../context.js';
import { requireWriter, type WriteContext } from '../ingest/credentials.js';
import { Merge, MergeConnection, Split } from './merge.type.js';

/** A curation request the graph cannot carry out is the client's to fix; anything else stays masked. */
async function curate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof CurationError)) throw error;
    throw error.reason === 'notFound' ? clientError(ErrorCode.NOT_FOUND, error.message) : userInputError(error.message);
  }
}

@Resolver()
export class MergeResolver {
  @Query(() => MergeConnection, { description: 'Every merge in force, the latest first; with `undone: true` every merge undone, the latest undone first. The editors\' audit trail, paged like every root list.' })
  async merges(
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('undone', () => Boolean, { defaultValue: false, description: 'List the merges undone (with who undid them and when) instead of those in force.' }) undone: boolean,
    @Ctx() ctx: Context,
  ): Promise<MergeConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const rows = await listMerges(ctx.executor, page.first + 1, { undone, skip: page.skip });
    return toConnection(rows, page, () => countMerges(ctx.executor, { undone })) as unknown as MergeConnection;
  }

  @Mutation(() => Merge, { description: 'Merges `drop` into `keep` (same type): queries follow `keep`, the next ingest resolves `drop`\'s names to it, unmergeEntities undoes it exactly. Needs an API key.' })
  mergeEntities(
    @Arg('keep', () => ID, { description: 'The entity that stays, e.g. organization:kremlin.' }) keep: string,
    @Arg('drop', () => ID, { description: 'The entity merged into it, of the same type.' }) drop: string,
    @Arg('reason', () => String, { description: 'Why the two are one entity; recorded with the merge, required.' }) reason: string,
    @Ctx() ctx: WriteContext,
  ): Promise<Merge> {
    const by = requireWriter(ctx, 'mergeEntities');
    return curate(() => mergeEntities(ctx.executor, { keep, drop, reason, by }));
  }

  @Mutation(() => Merge, { description: 'Undoes the merge of `drop`: both entities are as they were before it. Answers the merge undone, with who undid it and when (kept: `merges(undone: true)`). Needs an API key.' })
  unmergeEntities(@Arg('drop', () => ID, { description: 'The entity that was merged away.' }) drop: string, @Ctx() ctx: WriteContext): Promise<Merge> {
    const by = requireWriter(ctx, 'unmergeEntities');
    return curate(() => unmergeEntities(ctx.executor, { drop, by }));
  }

  @Mutation(() => Split, { description: 'Splits a new entity `name` off `id`, moving the mentions of `articles` and the links of `statements` to it. Needs an API key.' })
  splitEntity(
    @Arg('id', () => ID, { description: 'The entity to split a new one off.' }) id: string,
    @Arg('name', () => String, { description: 'The new entity\'s name.' }) name: string,
    @Arg('articles', () => [ID], { defaultValue: [], description: 'Articles whose mention (or authorship) of id moves to the new entity.' }) articles: string[],
    @Arg('statements', () => [ID], { defaultValue: [], description: 'Statements whose link to id (as speaker or subject) moves to the new entity.' }) statements: string[],
    @Arg('reason', () => String, { description: 'Why they are two entities; recorded with the split, required.' }) reason: string,
    @Ctx() ctx: WriteContext,
  ): Promise<Split> {
    const by = requireWriter(ctx, 'splitEntity');
    if (articles.length + statements.length > ctx.config.maxPageSize) throw userInputError(`A split moves at most ${ctx.config.maxPageSize} articles and statements at once.`);
    return curate(() => splitEntity(ctx.executor, { id, name, articles, statements, reason, by }));
  }
}
