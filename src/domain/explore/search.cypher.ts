/** The full-text index of schema/migrations/003_fulltext.cypher. */
export const SEARCH_INDEX = 'search_text';

/** Hits of `$lucene` with a label in `$labels`, best first (ties by id), `$skip`/`$limit`; `projection` of `hit` (the planner's). */
export const search = (projection: string) => `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS hit, score
WHERE any(l IN labels(hit) WHERE l IN $labels)
WITH hit, score ORDER BY score DESC, hit.id
SKIP $skip LIMIT $limit
RETURN ${projection} AS node, score`;

export const SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS hit
WHERE any(l IN labels(hit) WHERE l IN $labels)
RETURN count(hit) AS count`;
