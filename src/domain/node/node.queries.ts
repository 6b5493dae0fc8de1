import type { GraphQLResolveInfo } from 'graphql';
import { foldName } from '../../core/ids.js';
import type { Context } from '../context.js';
import { toConnection, toPage, type Connection, type PageArgs } from '../pagination/connection.js';
import { planConnection, planNodes } from '../plan/root.js';
import { typeOfId, type GraphNode, type NodeTypeName, type RawNode } from './graph-node.js';
import { entityById, matchById } from './read-cypher.js';

type EntityTypeName = 'Person' | 'Organization' | 'Place';
const ENTITY_TYPES: ReadonlySet<NodeTypeName> = new Set<EntityTypeName>(['Person', 'Organization', 'Place']);

/**
 * Listing order per node type: the newest news first, names alphabetically. Each leading key has a
 * range index (migrations 002, 004, 006) and the `IS NOT NULL` lets Neo4j walk it in order and stop
 * after the page instead of sorting every node of the label.
 */
const LIST_ORDER: Record<NodeTypeName, { where: string; orderBy: string }> = {
  Article: { where: 'n.publishedMs IS NOT NULL', orderBy: 'n.publishedMs DESC, n.id' },
  Statement: { where: 'n.firstReportedMs IS NOT NULL', orderBy: 'n.firstReportedMs DESC, n.id' },
  Event: { where: 'true', orderBy: 'n.date IS NULL, n.date DESC, n.name, n.id' },
  Person: { where: 'n.name IS NOT NULL', orderBy: 'n.name, n.id' },
  Organization: { where: 'n.name IS NOT NULL', orderBy: 'n.name, n.id' },
  Place: { where: 'n.name IS NOT NULL', orderBy: 'n.name, n.id' },
  Topic: { where: 'n.name IS NOT NULL', orderBy: 'n.name, n.id' },
};

/** Nodes by id in one query, in the order asked; null for unknown ids and ids of another type than `type`. */
export async function nodesById(ctx: Context, info: GraphQLResolveInfo, ids: readonly string[], type?: NodeTypeName): Promise<(GraphNode | null)[]> {
  const wanted = ids.filter((id) => {
    const idType = typeOfId(id);
    return idType !== null && (!type || idType === type);
  });
  if (wanted.length === 0) return ids.map(() => null);
  const { plan, node } = planNodes(ctx, info);
  // Ids of one type (the usual case: one id) are found through that label's own unique index.
  const types = new Set(wanted.map((id) => typeOfId(id)!));
  const [only] = types;
  const match = types.size > 1 ? matchById('id') : ENTITY_TYPES.has(only!) ? `CALL (id) {\n  ${entityById('id', 'n', only as EntityTypeName)}\n}` : `MATCH (n:${only} {id: id})`;
  const rows = await ctx.executor.read<{ key: string; node: RawNode }>(
    `UNWIND $ids AS id
     ${match}
     RETURN id AS key, ${node.cypher} AS node`,
    { ...plan.params, ids: [...new Set(wanted)] },
  );
  const byId = new Map(rows.map((r) => [r.key, r.node]));
  return ids.map((id) => {
    const found = node.decode(byId.get(id));
    return found && (!type || found.__typename === type) ? found : null;
  });
}

/** A node by id, or null when it does not exist or is of another type than asked. */
export async function nodeById(ctx: Context, info: GraphQLResolveInfo, id: string, type?: NodeTypeName): Promise<GraphNode | null> {
  return (await nodesById(ctx, info, [id], type))[0] ?? null;
}

/** A page of all nodes of one type, in LIST_ORDER. Labels come from the closed NodeTypeName set. */
export async function listNodes(ctx: Context, info: GraphQLResolveInfo, type: NodeTypeName, args: PageArgs): Promise<Connection<GraphNode>> {
  const page = toPage(args, ctx.config.maxPageSize);
  const { plan, node } = planConnection(ctx, info);
  const order = LIST_ORDER[type];
  const rows = await ctx.executor.read<{ node: RawNode }>(
    `MATCH (n:${type}) WHERE ${order.where}
     WITH n ORDER BY ${order.orderBy} SKIP $skip LIMIT $limit
     RETURN ${node.cypher} AS node`,
    { ...plan.params, skip: page.skip, limit: page.first + 1 },
  );
  return toConnection(rows.map((r) => node.decode(r.node)!), page, async () => {
    const [count] = await ctx.executor.read<{ count: number }>(`MATCH (n:${type}) RETURN count(n) AS count`);
    return count?.count ?? 0;
  });
}

/**
 * Nodes of a type whose name or one of whose aliases equals `name`, folding case and diacritics
 * ("isw", "Institute for the Study of War" and "ISW" find the same organization).
 */
export async function nodesByName(ctx: Context, info: GraphQLResolveInfo, types: NodeTypeName[], name: string, limit = 10): Promise<GraphNode[]> {
  const { plan, node } = planNodes(ctx, info);
  const rows = await ctx.executor.read<{ node: RawNode }>(
    // Entities through the nameKeys text index (name and aliases, migration 005); topics and events by name.
    `CALL () {
       MATCH (n:Entity) WHERE n.nameKeys CONTAINS $key RETURN n
       UNION MATCH (n:Topic) WHERE n.foldedName = $name RETURN n
       UNION MATCH (n:Event) WHERE n.foldedName = $name RETURN n
     }
     WITH n WHERE any(l IN labels(n) WHERE l IN $types)
     WITH n ORDER BY n.name, n.id LIMIT $limit
     RETURN ${node.cypher} AS node`,
    { ...plan.params, types, name: foldName(name), key: `|${foldName(name).replace(/\|/g, ' ')}|`, limit },
  );
  return rows.map((r) => node.decode(r.node)!);
}
