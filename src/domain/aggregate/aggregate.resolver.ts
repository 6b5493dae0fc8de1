import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { FIRST_ARG, listLimit } from '../limits.js';
import type { GraphNode, RawNode } from '../node/graph-node.js';
import { projectNode } from '../plan/compile.js';
import { labelsAnyOf } from '../plan/relations.js';
import { memoizedPlan, objectType, planBelow } from '../plan/root.js';
import { subTree } from '../plan/selection.js';
import { anchorFor, filtersReports } from '../statement/statement.cypher.js';
import { dateRange } from '../date-range.js';
import { StatementFilter, toFilterParams } from '../statement/statement.filter.js';
import { FILTER_ARG } from '../statement/statement.resolver.js';
import { SubjectType } from '../subject.type.js';
import { mentionCountsQuery, statementCountsQuery } from './aggregate.cypher.js';
import { MentionCount, StatementCount, StatementGrouping } from './aggregate.type.js';

/** The projection of the rows' `node` field (the planner's, so only what was selected is read), as variable `g`. */
function nodeProjection(ctx: Context, info: GraphQLResolveInfo) {
  return memoizedPlan(ctx, info, 'aggregate', () => {
    const { plan, tree } = planBelow(ctx, info);
    const row = objectType(getNamedType(info.returnType));
    const node = projectNode(plan, 'g', subTree(info.schema, tree, row, ['node']), getNamedType(row.getFields().node!.type), { shared: false, inline: true });
    return { plan, node };
  });
}

@Resolver()
export class AggregateResolver {
  @Query(() => [StatementCount], {
    description: 'Statements counted per speaker, subject, topic, verb, kind, day, week or month, under the same filter as `statements`: one dashboard panel in one request.',
  })
  async statementCounts(
    @Arg('by', () => StatementGrouping, { description: 'What to group the statements by.' }) by: StatementGrouping,
    @Arg('filter', () => StatementFilter, FILTER_ARG) filter: StatementFilter | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementCount[]> {
    const f = toFilterParams(filter);
    const limit = listLimit(first, ctx.config.maxPageSize);
    const { plan, node } = nodeProjection(ctx, info);
    const reports = filtersReports(f);
    const rows = await ctx.executor.read<{ key: string; count: number; node: RawNode | null }>(statementCountsQuery(anchorFor(f), reports, by, node.cypher), {
      ...plan.params,
      f,
      limit,
    });
    return rows.map((r) => ({ key: r.key, count: Number(r.count), node: node.decode(r.node) }));
  }

  @Query(() => [MentionCount], { description: 'The most mentioned people, organizations, places, topics or events: by how many articles published in the range mention them.' })
  async mentionCounts(
    @Arg('types', () => [SubjectType], { nullable: true, description: 'Only these kinds (default: all).' }) types: SubjectType[] | undefined,
    @Arg('from', () => String, { nullable: true, description: 'Articles published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.' }) from: string | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Articles published on or before this date (the whole month or year for YYYY-MM, YYYY).' }) to: string | undefined,
    @Arg('first', () => Int, FIRST_ARG) first: number | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MentionCount[]> {
    const kinds = types && types.length > 0 ? types : Object.values(SubjectType);
    const { from: fromDate, to: toDate } = dateRange(from, to);
    const range = { from: fromDate, to: toDate };
    const limit = listLimit(first, ctx.config.maxPageSize);
    const { plan, node } = nodeProjection(ctx, info);
    const rows = await ctx.executor.read<{ count: number; node: RawNode }>(mentionCountsQuery(labelsAnyOf('g', kinds), node.cypher), { ...plan.params, ...range, limit });
    return rows.map((r) => ({ count: Number(r.count), node: node.decode(r.node) as GraphNode }));
  }
}
