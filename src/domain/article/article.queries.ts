import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { GraphNode } from '../node/graph-node.js';
import { toConnection, toPage, type Connection, type PageArgs } from '../pagination/connection.js';
import { readNodeList } from '../plan/node-list.js';
import { planConnection } from '../plan/root.js';
import { articlesCountQuery, articlesPageQuery } from './article.cypher.js';
import { toArticleParams, type ArticleFilter, type ArticleOrder } from './article.filter.js';

/** Query.articles: one query for the page (what is selected below it planned in), one more only when totalCount is selected. */
export async function findArticles(ctx: Context, info: GraphQLResolveInfo, filter: ArticleFilter | null | undefined, order: ArticleOrder, args: PageArgs): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  const f = toArticleParams(filter);
  const { plan, node, rows: pageRows } = planConnection(ctx, info);
  const nodes = await readNodeList(ctx, node, articlesPageQuery(f, order, node), { ...plan.params, f, skip: page.skip, limit: pageRows(page) });
  return toConnection(nodes, page, async () => {
    const [row] = await ctx.executor.read<{ count: number }>(articlesCountQuery(f), { f });
    return Number(row?.count ?? 0);
  });
}
