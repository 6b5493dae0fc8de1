import { NodeType } from './graph-elements.js';

/** The full-text index of schema/migrations/003_fulltext.cypher: every searchable label. */
export const SEARCH_INDEX = 'search_text';
/** The one of schema/migrations/010_entity_search.cypher: people, organizations, places, topics and events only. */
export const ENTITY_SEARCH_INDEX = 'search_entities';

/** The labels ENTITY_SEARCH_INDEX covers. */
const ENTITY_SEARCH_LABELS: ReadonlySet<NodeType> = new Set([NodeType.PERSON, NodeType.ORGANIZATION, NodeType.PLACE, NodeType.TOPIC, NodeType.EVENT]);

/**
 * The smallest index holding every label asked for. A search for entities only (the commonest: an
 * entity picker, bench:api's S4) then walks neither article titles' nor statements' terms and hits;
 * an entity's score is the same in either index (migration 010 says why).
 */
export function searchIndexFor(labels: readonly NodeType[]): string {
  return labels.length > 0 && labels.every((l) => ENTITY_SEARCH_LABELS.has(l)) ? ENTITY_SEARCH_INDEX : SEARCH_INDEX;
}

/** `hit:Person OR hit:Article`: labels from the closed NodeType enum, tested on the node itself. */
export function hasLabel(labels: readonly NodeType[]): string {
  const known = Object.values(NodeType) as string[];
  if (labels.length === 0 || labels.some((l) => !known.includes(l))) throw new Error(`Not node types: ${labels.join(', ')}`);
  return `(${labels.map((l) => `hit:${l}`).join(' OR ')})`;
}

/**
 * Hits of `$lucene` with one of `labels`, best first (ties by id), `$skip`/`$limit`; `projection` of
 * `hit` (the planner's) with its score, collected into one row in that order (plan/node-list.ts: why).
 */
export const search = (labels: readonly NodeType[], projection: string) => `
CALL db.index.fulltext.queryNodes('${searchIndexFor(labels)}', $lucene) YIELD node AS hit, score
WHERE ${hasLabel(labels)}
WITH hit, score ORDER BY score DESC, hit.id
SKIP $skip LIMIT $limit
RETURN collect({node: ${projection}, score: score}) AS hits`;

/** How many hits of `$lucene` have one of `labels` (the same labels as `$labels`). */
export const searchCount = (labels: readonly NodeType[]) => `
CALL db.index.fulltext.queryNodes('${searchIndexFor(labels)}', $lucene) YIELD node AS hit
WHERE any(l IN labels(hit) WHERE l IN $labels)
RETURN count(hit) AS count`;
