import { bindNodeById } from '../node/read-cypher.js';

/** The most paths one request returns. */
export const MAX_PATHS = 20;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;
export const DEFAULT_PATHS = 5;

export interface PathProjections {
  /** The planner's projection of a path node `pn`. */
  node: string;
  /** The planner's projection of a report's article `art`, or null when no step selects its report. */
  report: string | null;
}

/**
 * The `k` best shortest paths between `$from` and `$to` (each looked up by id, null when
 * missing), in either direction along `$types`, at most `hops` long. Neo4j's SHORTEST takes its
 * count and the hop bound only as literals: whole numbers the resolver range-checked, never client
 * text. Among paths of one length, those through what was said (`$strong`: no co-occurrence hop)
 * rank first — a second search over `$strong` alone makes sure one is found when there is one — so
 * ISW —STATED→ statement —ABOUT→ negotiations beats ISW ←MENTIONS— article —TAGGED→ negotiations;
 * then who said it over what it is about (fewer ABOUT hops), then node ids. Up to MAX_PATHS
 * candidates are found, but only the k kept are projected; for each statement on them, its
 * report: the article on the path if there is one, else the earliest.
 */
export function pathQuery(hops: number, k: number, p: PathProjections): string {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS || !Number.isInteger(k) || k < 1 || k > MAX_PATHS) {
    throw new Error(`pathQuery: hops ${hops} and k ${k} must be checked before`);
  }
  const report = p.report
    ? `[s IN ns WHERE s:Statement | {
        statement: s.id,
        report: head(COLLECT {
          MATCH (s)-[r:REPORTED_IN]->(art:Article)
          WITH art, r ORDER BY CASE WHEN art IN ns THEN 0 ELSE 1 END, art.publishedMs, art.id
          LIMIT 1
          RETURN {article: ${p.report}, evidence: r {.sentence, .start, .end}}
        })
      }]`
    : '[]';
  return `
${bindNodeById('a', 'from')}
${bindNodeById('b', 'to')}
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  CALL (a, b) {
    MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[r]-() WHERE type(r) IN $types){1,${hops}}(b) RETURN p
    UNION
    MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[r]-() WHERE type(r) IN $strong){1,${hops}}(b) RETURN p
  }
  WITH nodes(p) AS ns, relationships(p) AS rs
  WITH ns, rs, size([r IN rs WHERE NOT type(r) IN $strong]) AS weak, size([r IN rs WHERE type(r) = 'ABOUT']) AS about
  ORDER BY size(rs), weak, about, [n IN ns | n.id]
  LIMIT ${k}
  RETURN collect({
    nodes: [pn IN ns | ${p.node}],
    rels: [i IN range(0, size(rs) - 1) | {type: type(rs[i]), outgoing: startNode(rs[i]) = ns[i], props: properties(rs[i])}],
    reports: ${report}
  }) AS paths
}
RETURN a.id AS fromId, b.id AS toId, paths`;
}
