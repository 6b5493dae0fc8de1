import { bindNodeById } from '../node/read-cypher.js';
import { NODE_PROJECTION } from '../node/graph-node.js';

/** The most paths one request returns; also the k of `SHORTEST k`, which Cypher takes only as a literal. */
export const MAX_PATHS = 20;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;
export const DEFAULT_PATHS = 5;

/**
 * Up to MAX_PATHS shortest paths between `$from` and `$to` (each looked up by id, null when
 * missing), following only relationship types in `$types`, in either direction, at most `hops`
 * long. The hop bound of a quantified path pattern must be a literal too, so there is one constant
 * query per bound 1…MAX_HOPS (PATH_QUERIES[hops]); no client text reaches the query. For each
 * statement on a path, its report: the article on the path if there is one, else the earliest.
 */
function pathQuery(hops: number): string {
  return `
${bindNodeById('a', 'from')}
${bindNodeById('b', 'to')}
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[r]-() WHERE type(r) IN $types){1,${hops}}(b)
  WITH nodes(p) AS ns, relationships(p) AS rs
  RETURN collect({
    nodes: [n IN ns | ${NODE_PROJECTION('n')}],
    rels: [i IN range(0, size(rs) - 1) | {type: type(rs[i]), outgoing: startNode(rs[i]) = ns[i], props: properties(rs[i])}],
    reports: [s IN ns WHERE s:Statement | {
      statement: s.id,
      report: head(COLLECT {
        MATCH (s)-[r:REPORTED_IN]->(art:Article)
        RETURN {article: ${NODE_PROJECTION('art')}, evidence: r {.sentence, .start, .end}} AS report
        ORDER BY CASE WHEN art IN ns THEN 0 ELSE 1 END, art.publishedMs, art.id
        LIMIT 1
      })
    }]
  }) AS paths
}
RETURN a.id AS fromId, b.id AS toId, paths`;
}

export const PATH_QUERIES: readonly string[] = Array.from({ length: MAX_HOPS + 1 }, (_, hops) => (hops === 0 ? '' : pathQuery(hops)));
