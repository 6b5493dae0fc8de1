import type { GraphQLFieldResolver } from 'graphql';

/**
 * Values the query planner already read for a node's relationship fields, by response key. The
 * schema puts plannedFirst in front of each relationship field's resolver (server/schema.ts), so
 * a resolver runs only when the planner left its field out (a filter it does not plan, a parent
 * that came from elsewhere).
 *
 * They sit on the node under a symbol: no client sees them (GraphQL reads only selected field
 * names, JSON.stringify skips symbol keys) and they go when the node does. A WeakMap did the same
 * with more work: setting its entries was 2 % of the API's CPU on bench:api's S1 (20 articles a
 * request; in-process V8 profile of 3,000 requests), and each entry is an ephemeron the garbage
 * collector traces apart.
 */
const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Map<string, unknown> };

export function attachPrefetched(node: object, values: Map<string, unknown>): void {
  if (values.size > 0) (node as WithPrefetched)[PREFETCHED] = values;
}

/**
 * `resolve` behind a look-up of the planned value: a field the planner read answers without its
 * resolver being called, so type-graphql does not gather the resolver's parameters (arguments
 * turned into class instances, context, info) for every parent of a list.
 */
export function plannedFirst<TSource, TContext, TArgs>(resolve: GraphQLFieldResolver<TSource, TContext, TArgs>): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return (parent, args, context, info) => {
    const values = (parent as WithPrefetched | null)?.[PREFETCHED];
    if (values === undefined) return resolve(parent, args, context, info);
    const key = String(info.path.key);
    return values.has(key) ? values.get(key) : resolve(parent, args, context, info);
  };
}
