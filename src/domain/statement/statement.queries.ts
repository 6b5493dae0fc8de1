import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { readNodeList } from '../plan/node-list.js';
import { planConnection } from '../plan/root.js';
import { listLimit } from '../limits.js';
import type { GraphNode, RawNode } from '../node/graph-node.js';
import { toConnection, toPage, type Connection, type Page, type PageArgs } from '../pagination/connection.js';
import { StatementOrder, toFilterParams, type StatementFilter, type StatementFilterParams } from './statement.filter.js';
import {
  READING_ORDER,
  STATEMENT_ORDER,
  anchorFor,
  filtersReports,
  statementsBatchQuery,
  statementsCountQuery,
  statementsPageQuery,
  type StatementParent,
} from './statement.cypher.js';
import type { Evidence } from './statement.type.js';

/** Query.statements: one query for the page, one more only when totalCount is selected. */
export async function findStatements(
  ctx: Context,
  info: GraphQLResolveInfo,
  filter: StatementFilter | null | undefined,
  order: StatementOrder,
  args: PageArgs,
): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  const f = toFilterParams(filter);
  const anchor = anchorFor(f);
  const { plan, node, rows: pageRows } = planConnection(ctx, info, 's');
  const nodes = await readNodeList(ctx, node, statementsPageQuery(anchor, order, node, filtersReports(f)), {
    ...plan.params,
    f,
    skip: page.skip,
    limit: pageRows(page),
  });
  return toConnection(nodes, page, async () => {
    const [row] = await ctx.executor.read<{ count: number }>(statementsCountQuery(anchor, filtersReports(f)), { f });
    return Number(row?.count ?? 0);
  });
}

export interface StatementRow<Extra = null> {
  node: GraphNode;
  extra: Extra;
}

const BATCH_QUERIES = new Map<string, string>();
function batchQuery(parent: StatementParent, orderBy: string, reports: boolean): string {
  const key = `${parent} ${orderBy} ${reports}`;
  let query = BATCH_QUERIES.get(key);
  if (!query) BATCH_QUERIES.set(key, (query = statementsBatchQuery(parent, orderBy, reports)));
  return query;
}

/**
 * A parent's statements through the request's loaders: every parent of the same field, filter and
 * page shares one round trip, which also counts each parent's matches.
 */
export async function statementsOf<Extra = null>(
  ctx: Context,
  parent: StatementParent,
  parentId: string,
  f: StatementFilterParams,
  order: StatementOrder | 'READING',
  skip: number,
  limit: number,
): Promise<{ total: number; rows: StatementRow<Extra>[] }> {
  const orderBy = order === 'READING' ? READING_ORDER : STATEMENT_ORDER[order];
  const [row] = await ctx.loaders.batch<{ key: string; total: number; page: { node: RawNode; extra: Extra }[] }>(
    batchQuery(parent, orderBy, filtersReports(f)),
    { f, skip, limit },
    parentId,
  );
  if (!row) return { total: 0, rows: [] };
  const rows = row.page.map((r) => ({ node: ctx.loaders.read(r.node), extra: r.extra }));
  return { total: Number(row.total), rows };
}

/** A parent's statements as a Relay connection of `map(row)`, totalCount from the same round trip. */
export async function statementConnectionOf<U, Extra = null>(
  ctx: Context,
  parent: StatementParent,
  parentId: string,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | 'READING',
  args: PageArgs,
  map: (row: StatementRow<Extra>) => U,
): Promise<Connection<U>> {
  const page: Page = toPage(args, ctx.config.maxPageSize);
  const f = toFilterParams(filter);
  const { total, rows } = await statementsOf<Extra>(ctx, parent, parentId, f, order, page.skip, page.first + 1);
  return toConnection(rows.map(map), page, async () => total);
}

export const statementNode = (row: StatementRow<unknown>): GraphNode => row.node;

/** The plain-list form of a parent's statements (the `statements`/`statementsAbout` fields): the first `first`, newest first by default. */
export async function statementListOf(
  ctx: Context,
  parent: StatementParent,
  parentId: string,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  first: number | null | undefined,
): Promise<GraphNode[]> {
  const limit = listLimit(first ?? undefined, ctx.config.maxPageSize);
  const { rows } = await statementsOf(ctx, parent, parentId, toFilterParams(filter), order ?? StatementOrder.NEWEST_FIRST, 0, limit);
  return rows.map(statementNode);
}

export type ArticleStatementExtra = Evidence & { order?: number | null };
