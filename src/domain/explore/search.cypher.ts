import { NodeType } from './graph-elements.js';

/** The full-text index of schema/migrations/003_fulltext.cypher. */
export const SEARCH_INDEX = 'search_text';

/** `hit:Person OR hit:Article`: labels from the closed NodeType enum, tested on the node itself. */
export function hasLabel(labels: readonly NodeType[]): string {
  const known = Object.values(NodeType) as string[];
  if (labels.length === 0 || labels.some((l) => !known.includes(l))) throw new Error(`Not node types: ${labels.join(', ')}`);
  return `(${labels.map((l) => `hit:${l}`).join(' OR ')})`;
}

/** Hits of `$lucene` with one of `labels`, best first (ties by id), `$skip`/`$limit`; `projection` of `hit` (the planner's). */
export const search = (labels: readonly NodeType[], projection: string) => `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS hit, score
WHERE ${hasLabel(labels)}
WITH hit, score ORDER BY score DESC, hit.id
SKIP $skip LIMIT $limit
RETURN ${projection} AS node, score`;

export const SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS hit
WHERE any(l IN labels(hit) WHERE l IN $labels)
RETURN count(hit) AS count`;
