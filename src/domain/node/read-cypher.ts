/**
 * Building blocks shared by the read queries. Labels and orderings come from these closed maps,
 * never from client input; client values are always parameters.
 */
import { NODE_PROJECTION, type NodeTypeName } from './graph-node.js';

/** Labels with a unique id index, by the node types they hold: Entity covers Person, Organization, Place. */
type IdLabel = 'Article' | 'Entity' | 'Topic' | 'Statement' | 'Event';
const ID_LABELS: readonly IdLabel[] = ['Article', 'Entity', 'Topic', 'Statement', 'Event'];
/** What a statement can be about, and what has a timeline or related entities. */
export const SUBJECT_LABELS: readonly IdLabel[] = ['Entity', 'Topic', 'Event'];

/**
 * Matches `nodeVar` to the node whose id is `id` (a variable, or a parameter such as `$id`) through
 * the unique-id index of each label in `labels` (no label → full scan): one row, or none.
 */
export function matchById(id: string, nodeVar = 'n', labels: readonly IdLabel[] = ID_LABELS): string {
  const scope = id.startsWith('$') ? '' : id.split('.')[0];
  const unions = labels.map((l) => (l === 'Entity' ? entityById(id, nodeVar) : `MATCH (${nodeVar}:${l} {id: ${id}}) RETURN ${nodeVar}`)).join('\n  UNION ');
  return `CALL (${scope}) {
  ${unions}
}`;
}

/** The pattern from a merged-away id `id` to the entity it was merged into, as `v` (merges of merges followed). */
const mergedInto = (id: string, v: string, label: string) => `(:Merged {id: ${id}})-[:SAME_AS*1..16]->(${v}:${label})`;

/**
 * UNION branches matching the entity whose id is `id`, or, when that id was merged away, the entity
 * it was merged into (chains followed): reads of a dropped id answer with the kept entity.
 */
export function entityById(id: string, nodeVar = 'n', label: 'Entity' | 'Person' | 'Organization' | 'Place' = 'Entity'): string {
  return `MATCH (${nodeVar}:${label} {id: ${id}}) RETURN ${nodeVar}
  UNION MATCH ${mergedInto(id, nodeVar, label)} RETURN ${nodeVar}`;
}

/**
 * Binds `variable` to the node whose id is the parameter `$param` (see matchById), null when there
 * is none. Always yields exactly one row.
 */
export function bindNodeById(variable: string, param: string, labels: readonly IdLabel[] = ID_LABELS): string {
  return `CALL () {
  ${matchById(`$${param}`, 'n', labels)}
  RETURN head(collect(n)) AS ${variable}
}`;
}

/**
 * Binds `variable` to the node of type `type` whose id is the parameter `$param`, or null: one row
 * always; `keep` names the variables already in scope. A person, organization or place merged away
 * answers as the entity it was merged into. The node's own label and id come first, so the
 * planner still sees an index seek (a UNION subquery here made paths' SHORTEST search slower).
 */
export function optionalNodeById(variable: string, param: string, type: NodeTypeName, keep: readonly string[] = []): string {
  const found = `${variable}Found`;
  const match = `OPTIONAL MATCH (${found}:${type} {id: $${param}})`;
  if (type !== 'Person' && type !== 'Organization' && type !== 'Place') return `${match}\nWITH ${[...keep, `${found} AS ${variable}`].join(', ')}`;
  const merged = `head(COLLECT { MATCH ${mergedInto(`$${param}`, 'k', type)} RETURN k })`;
  return `${match}\nWITH ${[...keep, `coalesce(${found}, ${merged}) AS ${variable}`].join(', ')}`;
}

export const NODES_BY_ID = `
UNWIND $ids AS id
${matchById('id')}
RETURN id AS key, ${NODE_PROJECTION('n')} AS node`;

/**
 * A relationship read for many parents at once: `match` binds `n` (and optionally `r`) from the
 * parent `p` matched by `parentLabel`; each parent gets its own ORDER BY and LIMIT, so one round
 * trip serves every parent of a GraphQL field.
 */
export function relationQuery(spec: { parentLabel: string; match: string; orderBy: string; extra?: string }): string {
  return `
UNWIND $ids AS key
CALL (key) {
  MATCH (p:${spec.parentLabel} {id: key})
  ${spec.match}
  RETURN n, ${spec.extra ?? 'null'} AS extra
  ORDER BY ${spec.orderBy}
  LIMIT $limit
}
RETURN key, ${NODE_PROJECTION('n')} AS node, extra`;
}

/**
 * The connection form of relationQuery: per parent `key`, the page `$skip`..`$skip + $limit` of
 * `n` in `orderBy` (each as `item`, the node's projection unless given) and the total, one row per
 * key (parents without any included, total 0). The page and the count are separate subqueries of
 * the one parent: the count never sorts or projects a hub's children.
 */
export function relationPageQuery(spec: { parentLabel: string; match: string; orderBy: string; item?: string }): string {
  return `
UNWIND $ids AS key
OPTIONAL MATCH (p:${spec.parentLabel} {id: key})
CALL (p) {
  ${spec.match}
  WITH n, r ORDER BY ${spec.orderBy} SKIP $skip LIMIT $limit
  RETURN collect(${spec.item ?? NODE_PROJECTION('n')}) AS page
}
CALL (p) {
  ${spec.match}
  RETURN count(n) AS total
}
RETURN key, total, page`;
}

/** The bodies of the articles `$ids`, for Loaders.articleBody. */
export const ARTICLE_BODIES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id AS key, a.body AS body`;
