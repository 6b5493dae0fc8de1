import type { GraphQLResolveInfo } from 'graphql';
import { foldName } from '../../core/ids.js';
import type { Context } from '../context.js';
import { readNodeList, returnNodeList } from '../plan/node-list.js';
import { planNodes } from '../plan/root.js';
import { typeOfId, type GraphNode, type NodeTypeName, type RawNode } from './graph-node.js';
import { entityById, matchById } from './read-cypher.js';

type EntityTypeName = 'Person' | 'Organization' | 'Place';
const ENTITY_TYPES: ReadonlySet<NodeTypeName> = new Set<EntityTypeName>(['Person', 'Organization', 'Place']);

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
     ${node.calls}RETURN id AS key, ${node.cypher} AS node`,
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

/**
 * Nodes of a type whose name or one of whose aliases equals `name`, folding case and diacritics
 * ("isw", "Institute for the Study of War" and "ISW" find the same organization).
 */
export async function nodesByName(ctx: Context, info: GraphQLResolveInfo, types: NodeTypeName[], name: string, limit = 10): Promise<GraphNode[]> {
  const { plan, node } = planNodes(ctx, info);
  return readNodeList(
    ctx,
    node,
    // Entities through the nameKeys text index (name and aliases, migration 005); topics and events by name.
    `CALL () {
       MATCH (n:Entity) WHERE n.nameKeys CONTAINS $key RETURN n
       UNION MATCH (n:Topic) WHERE n.foldedName = $name RETURN n
       UNION MATCH (n:Event) WHERE n.foldedName = $name RETURN n
     }
     WITH n WHERE any(l IN labels(n) WHERE l IN $types)
     WITH n ORDER BY n.name, n.id LIMIT $limit
     ${returnNodeList(node)}`,
    { ...plan.params, types, name: foldName(name), key: `|${foldName(name).replace(/\|/g, ' ')}|`, limit },
  );
}
