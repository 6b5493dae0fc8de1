import type { Context } from '../context.js';
import type { GraphNode } from '../node/graph-node.js';
import { toConnection, toPage, type Connection, type PageArgs } from './connection.js';

/**
 * A relationship connection (mentionedInConnection, articlesConnection, eventsConnection) when the
 * planner left it to its resolver: the page and the total of a parent's related nodes from one
 * batched query (`cypher`, a REL_PAGE entry).
 */
export async function relationConnection(ctx: Context, cypher: string, parentId: string, args: PageArgs): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  const { total, nodes } = await ctx.loaders.relatedPage(cypher, parentId, page.skip, page.first + 1);
  return toConnection(nodes, page, async () => total);
}
