import { foldName } from '../../core/ids.js';
import { NODE_PROJECTION, toGraphNode, typeOfId, type GraphNode, type NodeTypeName, type RawNode } from './graph-node.js';
import { toConnection, toPage, type Connection, type PageArgs } from '../pagination/connection.js';
import type { Context } from '../context.js';

/** Listing order per node type: the newest news first, names alphabetically. */
const LIST_ORDER: Record<NodeTypeName, string> = {
  Article: 'n.publishedMs DESC, n.id',
  Statement: 'n.firstReportedMs DESC, n.id',
  Event: 'n.date IS NULL, n.date DESC, n.name, n.id',
  Person: 'n.name, n.id',
  Organization: 'n.name, n.id',
  Place: 'n.name, n.id',
  Topic: 'n.name, n.id',
};

/** A node by id, or null when it does not exist or is of another type than asked. */
export async function nodeById(ctx: Context, id: string, type?: NodeTypeName): Promise<GraphNode | null> {
  const idType = typeOfId(id);
  if (!idType || (type && idType !== type)) return null;
  const node = await ctx.loaders.node.load(id);
  return node && (!type || node.__typename === type) ? node : null;
}

/** A page of all nodes of one type, in LIST_ORDER. Labels come from the closed NodeTypeName set. */
export async function listNodes(ctx: Context, type: NodeTypeName, args: PageArgs): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  const rows = await ctx.executor.read<{ node: RawNode }>(
    `MATCH (n:${type}) RETURN ${NODE_PROJECTION('n')} AS node ORDER BY ${LIST_ORDER[type]} SKIP $skip LIMIT $limit`,
    { skip: page.skip, limit: page.first + 1 },
  );
  return toConnection(rows.map((r) => toGraphNode(r.node)), page, async () => {
    const [count] = await ctx.executor.read<{ count: number }>(`MATCH (n:${type}) RETURN count(n) AS count`);
    return count?.count ?? 0;
  });
}

/**
 * Nodes of a type whose name or one of whose aliases equals `name`, folding case and diacritics
 * ("isw", "Institute for the Study of War" and "ISW" find the same organization).
 */
export async function nodesByName(ctx: Context, types: NodeTypeName[], name: string, limit = 10): Promise<GraphNode[]> {
  const rows = await ctx.executor.read<{ node: RawNode }>(
    // Entities through the nameKeys text index (name and aliases, migration 005); topics and events by name.
    `CALL () {
       MATCH (n:Entity) WHERE n.nameKeys CONTAINS $key RETURN n
       UNION MATCH (n:Topic) WHERE n.foldedName = $name RETURN n
       UNION MATCH (n:Event) WHERE n.foldedName = $name RETURN n
     }
     WITH n WHERE any(l IN labels(n) WHERE l IN $types)
     RETURN ${NODE_PROJECTION('n')} AS node ORDER BY n.name, n.id LIMIT $limit`,
    { types, name: foldName(name), key: `|${foldName(name).replace(/\|/g, ' ')}|`, limit },
  );
  return rows.map((r) => toGraphNode(r.node));
}
