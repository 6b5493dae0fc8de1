import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { projectNode, type NodeProjection } from './compile.js';
import { QueryPlan } from './query-plan.js';
import type { Page } from '../pagination/connection.js';
import { connectionNodes, readsNextRow, selectionTree, type ResolveTree } from './selection.js';

/** The plan of a root field's query and the projection of its node variable `v`. */
export interface RootPlan {
  plan: QueryPlan;
  node: NodeProjection;
  tree: ResolveTree;
  /** Rows a connection's page query reads: the page, and the next row only when pageInfo is selected. */
  rows(page: Page): number;
}

function newPlan(ctx: Context, info: GraphQLResolveInfo): QueryPlan {
  return new QueryPlan(info.schema, ctx.config.maxPageSize);
}

/**
 * Plans already made, by the field's node in the parsed document and then by everything else the
 * plan depends on (variables among them). Apollo keeps parsed documents in its own bounded cache, so
 * a query sent again brings the same field nodes and skips reading its selection and compiling its
 * projection (profiled: about a fifth of the API's CPU on a list of articles). A plan is shared
 * read-only: callers spread its params into their own and `decode` keeps no state.
 */
const PLANS = new WeakMap<object, Map<string, unknown>>();
/** Plans kept per field node: one per combination of variables, the oldest dropped first. */
const PLANS_PER_FIELD = 16;

/**
 * `make()` once per field node, kind of plan (`key`) and variables: what a resolver derives from
 * its selection alone (projections, query text). Whatever `make` reads besides the document and the
 * variables must be in `key`.
 */
export function memoizedPlan<T>(ctx: Context, info: GraphQLResolveInfo, key: string, make: () => T): T {
  const field = info.fieldNodes[0];
  if (!field) return make();
  let plans = PLANS.get(field);
  if (!plans) PLANS.set(field, (plans = new Map()));
  const full = `${key}\u0000${info.parentType.name}\u0000${ctx.config.maxPageSize}\u0000${JSON.stringify(info.variableValues)}`;
  let plan = plans.get(full) as T | undefined;
  if (plan === undefined) {
    plan = make();
    if (plans.size >= PLANS_PER_FIELD) plans.delete(plans.keys().next().value!);
    plans.set(full, plan);
  }
  return plan;
}

/** A root field returning nodes (or a list of them) directly: `node`, `person`, `entities`. */
export function planNodes(ctx: Context, info: GraphQLResolveInfo, v = 'n', always: readonly string[] = []): RootPlan {
  return memoizedPlan(ctx, info, `nodes\u0000${v}\u0000${always.join(',')}`, () => {
    const plan = newPlan(ctx, info);
    const tree = selectionTree(info);
    return { plan, tree, node: projectNode(plan, v, tree, getNamedType(info.returnType), { always }), rows: (page) => page.first };
  });
}

/** A root field returning a connection of nodes: the nodes under `nodes` and `edges.node`. */
export function planConnection(ctx: Context, info: GraphQLResolveInfo, v = 'n'): RootPlan {
  return memoizedPlan(ctx, info, `connection\u0000${v}`, () => {
    const plan = newPlan(ctx, info);
    const tree = selectionTree(info);
    const connection = objectType(getNamedType(info.returnType));
    const peek = readsNextRow(info.schema, tree, connection);
    return {
      plan,
      tree,
      node: projectNode(plan, v, connectionNodes(info.schema, tree, connection), getNamedType(connection.getFields().nodes!.type)),
      rows: (page) => page.first + (peek ? 1 : 0),
    };
  });
}

/** Plans nodes of `type` below a root field's own selection (a search hit's node, a path's nodes). */
export function planBelow(ctx: Context, info: GraphQLResolveInfo): { plan: QueryPlan; tree: ResolveTree } {
  return { plan: newPlan(ctx, info), tree: selectionTree(info) };
}

export function objectType(type: GraphQLNamedType): GraphQLObjectType {
  if (!isObjectType(type)) throw new Error(`${type.name} is not an object type`);
  return type;
}
