import type { NodeTypeName } from '../node/graph-node.js';
import { optionalNodeById } from '../node/read-cypher.js';
import { RelationshipType } from './graph-elements.js';

/** The most paths one request returns. */
export const MAX_PATHS = 20;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;
export const DEFAULT_PATHS = 5;

export interface PathEnds {
  /** The node types the ids name (from their kind prefix): the label each end is matched by. */
  from: NodeTypeName;
  to: NodeTypeName;
  /** Relationship types to follow, from the closed RelationshipType enum; null for all. */
  types: readonly RelationshipType[] | null;
  /** The types that say something was said or done: no co-occurrence. */
  strong: readonly RelationshipType[];
  /** Which conditions of `$statement` (verb, kind) every statement on the path must meet; null: any path. */
  statements: { verb: boolean; kind: boolean } | null;
}

/**
 * The path pattern from `a` to `b`. With statement conditions each step's end node is tested as
 * the search goes (a predicate inside a quantified path pattern prunes the search, rather than
 * filtering the k paths found), and the path must hold a statement at all.
 */
function pathPattern(hops: number, typeExpression: string, statements: PathEnds['statements']): string {
  if (!statements) return `(a)-[${typeExpression}]-{1,${hops}}(b)`;
  const conditions = [statements.verb ? 'm.verb = $statement.verb' : null, statements.kind ? 'm.kind = $statement.kind' : null].filter((c) => c !== null);
  const test = conditions.length > 0 ? ` WHERE NOT m:Statement OR (${conditions.join(' AND ')})` : '';
  return `(a) (()-[${typeExpression}]-(m)${test}){1,${hops}} (b) WHERE any(n IN nodes(p) WHERE n:Statement)`;
}

export interface PathProjections {
  /** The planner's projection of a path node `pn`. */
  node: string;
  /** The planner's projection of a report's article `art`, or null when no step selects its report. */
  report: string | null;
  /** Whether the relationships' properties are needed (steps.properties or text). */
  properties: boolean;
}

/**
 * The `k` best of up to MAX_PATHS shortest paths between `$from` and `$to`, in either direction
 * along the relationship types asked for, at most `hops` long: shortest first, then those through
 * what was said (no co-occurrence hop: ISW —STATED→ statement —ABOUT→ negotiations before ISW
 * ←MENTIONS— article —TAGGED→ negotiations), then who said it over what it is about (fewer ABOUT
 * hops), then node ids. SHORTEST takes its count and hop bound only as literals, and a relationship
 * type expression is what lets Neo4j expand by type: all three come from range-checked numbers and
 * closed enums, never client text. Only the k kept are projected; for each statement on them, its
 * report: the article on the path if there is one, else the earliest.
 */
export function pathQuery(hops: number, k: number, ends: PathEnds, p: PathProjections): string {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS || !Number.isInteger(k) || k < 1 || k > MAX_PATHS) {
    throw new Error(`pathQuery: hops ${hops} and k ${k} must be checked before`);
  }
  const known = Object.values(RelationshipType) as string[];
  if (ends.types?.some((t) => !known.includes(t))) throw new Error(`Not relationship types: ${ends.types.join(', ')}`);
  // Unfiltered: every type a client may name, listed: not RELATED_TO, the aggregate
  // (ingest/write/related-cypher.ts) that restates them; and a list, not a negation, so a dense
  // node's relationships are expanded only from the groups of those types.
  const typeExpression = `:${(ends.types ?? known).join('|')}`;
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
${optionalNodeById('a', 'from', ends.from)}
${optionalNodeById('b', 'to', ends.to, ['a'])}
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST ${MAX_PATHS} ${pathPattern(hops, typeExpression, ends.statements)}
  WITH nodes(p) AS ns, relationships(p) AS rs
  WITH ns, rs, size([r IN rs WHERE NOT type(r) IN $strong]) AS weak, size([r IN rs WHERE type(r) = 'ABOUT']) AS about
  ORDER BY size(rs), weak, about, [n IN ns | n.id]
  LIMIT ${k}
  RETURN collect({
    nodes: [pn IN ns | ${p.node}],
    rels: [i IN range(0, size(rs) - 1) | {type: type(rs[i]), outgoing: startNode(rs[i]) = ns[i], props: ${p.properties ? 'properties(rs[i])' : '{}'}}],
    reports: ${report}
  }) AS paths
}
RETURN a.id AS fromId, b.id AS toId, paths`;
}
