import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { projectNode, type NodeProjection } from './compile.js';
import { QueryPlan } from './query-plan.js';
import { connectionNodes, selectionTree, type ResolveTree } from './selection.js';

/** The plan of a root field's query and the projection of its node variable `v`. */
export interface RootPlan {
  plan: QueryPlan;
  node: NodeProjection;
  tree: ResolveTree;
}

function newPlan(ctx: Context, info: GraphQLResolveInfo): QueryPlan {
  return new QueryPlan(info.schema, ctx.config.maxPageSize);
}

/** A root field returning nodes (or a list of them) directly: `node`, `person`, `entities`. */
export function planNodes(ctx: Context, info: GraphQLResolveInfo, v = 'n', always: readonly string[] = []): RootPlan {
  const plan = newPlan(ctx, info);
  const tree = selectionTree(info);
  return { plan, tree, node: projectNode(plan, v, tree, getNamedType(info.returnType), { always }) };
}

/** A root field returning a connection of nodes: the nodes under `nodes` and `edges.node`. */
export function planConnection(ctx: Context, info: GraphQLResolveInfo, v = 'n'): RootPlan {
  const plan = newPlan(ctx, info);
  const tree = selectionTree(info);
  const connection = objectType(getNamedType(info.returnType));
  return { plan, tree, node: projectNode(plan, v, connectionNodes(info.schema, tree, connection), getNamedType(connection.getFields().nodes!.type)) };
}

/** Plans nodes of `type` below a root field's own selection (a search hit's node, a path's nodes). */
export function planBelow(ctx: Context, info: GraphQLResolveInfo): { plan: QueryPlan; tree: ResolveTree } {
  return { plan: newPlan(ctx, info), tree: selectionTree(info) };
}

export function objectType(type: GraphQLNamedType): GraphQLObjectType {
  if (!isObjectType(type)) throw new Error(`${type.name} is not an object type`);
  return type;
}
