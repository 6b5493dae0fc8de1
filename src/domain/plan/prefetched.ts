import type { GraphQLFieldResolver } from 'graphql';

/**
 * Values the query planner already read for a node's relationship fields, by response key. The
 * schema puts plannedFirst in front of each relationship field's resolver (server/schema.ts), so
 * a resolver runs only when the planner left its field out (a filter it does not plan, a parent
 * that came from elsewhere). A WeakMap keeps them off the node, so no client ever sees them and
 * they go when the node does.
 */
const PREFETCHED = new WeakMap<object, Map<string, unknown>>();

export function attachPrefetched(node: object, values: Map<string, unknown>): void {
  if (values.size > 0) PREFETCHED.set(node, values);
}

/**
 * `resolve` behind a look-up of the planned value: a field the planner read answers without its
 * resolver being called, so type-graphql does not gather the resolver's parameters (arguments
 * turned into class instances, context, info) for every parent of a list.
 */
export function plannedFirst<TSource, TContext, TArgs>(resolve: GraphQLFieldResolver<TSource, TContext, TArgs>): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return (parent, args, context, info) => {
    const values = PREFETCHED.get(parent as object);
    const key = String(info.path.key);
    return values?.has(key) ? values.get(key) : resolve(parent, args, context, info);
  };
}
