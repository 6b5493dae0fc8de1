/**
 * The filtered event list. The filter is one parameter map `$f` (EventFilterParams); the query
 * text is assembled from the constant conditions below for the keys given, so the date bounds are
 * plain comparisons the event_date range index (migration 002) answers.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { GraphNode } from '../node/graph-node.js';
import { toConnection, toPage, type Connection, type PageArgs } from '../pagination/connection.js';
import { readNodeList, returnNodeList } from '../plan/node-list.js';
import { planConnection } from '../plan/root.js';
import { EventOrder, toEventParams, type EventFilter, type EventFilterParams } from './event.filter.js';

const CONDITIONS: [keyof EventFilterParams, string][] = [
  ['from', 'n.date >= $f.from'],
  ['to', 'n.date <= $f.toUpper'],
  ['kind', 'n.kind = $f.kind'],
  ['status', 'n.status = $f.status'],
  ['participant', 'EXISTS { (:Entity {id: $f.participant})-[:PARTICIPATED_IN]->(n) }'],
];

const ORDER: Record<EventOrder, string> = {
  [EventOrder.LATEST_FIRST]: 'n.date IS NULL, n.date DESC, n.name, n.id',
  [EventOrder.EARLIEST_FIRST]: 'n.date IS NULL, n.date, n.name, n.id',
};

function matching(f: EventFilterParams): string {
  const match = f.participant ? 'MATCH (:Entity {id: $f.participant})-[:PARTICIPATED_IN]->(n:Event)' : 'MATCH (n:Event)';
  const where = CONDITIONS.filter(([key]) => f[key] !== null).map(([, c]) => c);
  return where.length > 0 ? `${match}\nWHERE ${where.join('\n  AND ')}` : match;
}

/** Query.events: one query for the page, one more only when totalCount is selected. */
export async function findEvents(ctx: Context, info: GraphQLResolveInfo, filter: EventFilter | null | undefined, order: EventOrder, args: PageArgs): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  const f = toEventParams(filter);
  const { plan, node, rows: pageRows } = planConnection(ctx, info);
  const nodes = await readNodeList(
    ctx,
    node,
    `${matching(f)}
     WITH n ORDER BY ${ORDER[order]} SKIP $skip LIMIT $limit
     ${returnNodeList(node)}`,
    { ...plan.params, f, skip: page.skip, limit: pageRows(page) },
  );
  return toConnection(nodes, page, async () => {
    const [row] = await ctx.executor.read<{ count: number }>(`${matching(f)}\nRETURN count(n) AS count`, { f });
    return Number(row?.count ?? 0);
  });
}
