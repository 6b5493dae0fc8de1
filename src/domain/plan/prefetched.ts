import type { GraphQLResolveInfo } from 'graphql';

/**
 * Values the query planner already read for a node's relationship fields, by response key. The
 * field resolvers look here first and only query when the planner left the field out (a filter
 * it does not plan, a parent that came from elsewhere). A WeakMap keeps them off the node, so no
 * client ever sees them and they go when the node does.
 */
const PREFETCHED = new WeakMap<object, Map<string, unknown>>();

export function attachPrefetched(node: object, values: Map<string, unknown>): void {
  if (values.size > 0) PREFETCHED.set(node, values);
}

/** The planned value of the field being resolved on `parent`, else what `load` returns. */
export function plannedOr<T>(parent: object, info: GraphQLResolveInfo, load: () => T | Promise<T>): T | Promise<T> {
  const values = PREFETCHED.get(parent);
  const key = String(info.path.key);
  return values?.has(key) ? (values.get(key) as T) : load();
}
