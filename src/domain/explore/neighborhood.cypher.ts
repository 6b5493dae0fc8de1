import { bindNodeById } from '../node/read-cypher.js';
import { NODE_PROJECTION } from '../node/graph-node.js';

export const MAX_DEPTH = 3;
export const DEFAULT_DEPTH = 1;
export const MAX_NEIGHBORS = 200;
export const DEFAULT_NEIGHBORS = 50;
/** Edges among the nodes kept; a denser neighbourhood is cut and flagged truncated. */
export const MAX_EDGES = 2000;

/**
 * The neighbourhood of `$id` in one query: every node within `depth` hops (ANY SHORTEST finds each
 * once, at its distance) through relationships in `$types` and nodes with a label in `$labels`,
 * nearest first; the first `$limit` of them with the centre, and the relationships among those.
 * The depth bound of the quantified path must be a literal: one constant query per depth.
 */
function neighborhoodQuery(depth: number): string {
  return `
${bindNodeById('c', 'id')}
CALL (c) {
  WITH c WHERE c IS NOT NULL
  MATCH p = ANY SHORTEST (c)(()-[r]-(x) WHERE type(r) IN $types AND any(l IN labels(x) WHERE l IN $labels)){1,${depth}}(m)
  WHERE m <> c
  WITH m, length(p) AS distance
  ORDER BY distance, labels(m)[0], coalesce(m.name, m.title, m.text), m.id
  RETURN collect({node: m, distance: distance}) AS found
}
WITH c, size(found) AS total, found[..$limit] AS kept
WITH c, total, kept, [c] + [k IN kept | k.node] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y)
  WHERE type(r) IN $types AND y IN ns
  WITH x, r, y ORDER BY x.id, type(r), y.id LIMIT $maxEdges
  RETURN collect({source: x.id, target: y.id, type: type(r), props: properties(r)}) AS edges
}
RETURN ${NODE_PROJECTION('c')} AS center, total,
       [k IN kept | {node: ${NODE_PROJECTION('k.node')}, distance: k.distance}] AS nodes, edges`;
}

export const NEIGHBORHOOD_QUERIES: readonly string[] = Array.from({ length: MAX_DEPTH + 1 }, (_, d) => (d === 0 ? '' : neighborhoodQuery(d)));
