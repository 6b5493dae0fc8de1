import type { Params } from '../../db/executor.js';
import type { Context } from '../context.js';
import type { GraphNode, RawNode } from '../node/graph-node.js';
import type { NodeProjection } from './compile.js';

/**
 * The end of a query for a list of nodes: the projections collected into one row, not a row per
 * node. Measured with the driver alone on bench:api's S1 query (2,000 articles, 6 alternating rounds
 * of 400 queries, 2026-12-02 17:47 UTC, load 9–12): 20 rows cost 0.08–0.67 ms more Node CPU per
 * query than the same page collected into one (a Bolt RECORD message, a Record and its toObject per
 * row). collect keeps the order of the rows it is given, so ORDER BY … LIMIT before it still orders.
 * Not used for the name lists (people, places … with namePrefix): on the test graph's few nodes the
 * planner then sometimes walked the name index for its order instead of seeking the prefix
 * (list-filters.int.test.ts failed three tries in a row once, passed the next run).
 */
export const returnNodeList = (node: NodeProjection): string => `${node.calls}RETURN collect(${node.cypher}) AS nodes`;

/** Runs a query ending in returnNodeList and decodes its nodes, in order. */
export async function readNodeList(ctx: Context, node: NodeProjection, cypher: string, params: Params): Promise<GraphNode[]> {
  const [row] = await ctx.executor.read<{ nodes: RawNode[] }>(cypher, params);
  return (row?.nodes ?? []).map((raw) => node.decode(raw)!);
}
