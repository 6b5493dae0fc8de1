/**
 * The Cypher of merges and splits (merge.ts). Relationship types and labels are never taken from
 * input: each moved relationship kind and each entity type has its own constant query.
 */
import { ENTITY_TYPES, type EntityType } from '../contract.js';
import { ENTITY_LABEL } from '../write/write-cypher.js';

/**
 * The relationships an entity has, by kind: what a merge moves to the kept entity and an unmerge
 * puts back. `out`: the entity is the start node. `key`: the property two such relationships
 * between the same nodes differ by (a person holds several roles in one organization).
 */
export const ENTITY_RELATIONSHIPS = [
  { kind: 'MENTIONS', type: 'MENTIONS', out: false, other: 'Article' },
  { kind: 'WRITTEN_BY', type: 'WRITTEN_BY', out: false, other: 'Article' },
  { kind: 'ABOUT', type: 'ABOUT', out: false, other: 'Statement' },
  { kind: 'STATED', type: 'STATED', out: true, other: 'Statement' },
  { kind: 'PARTICIPATED_IN', type: 'PARTICIPATED_IN', out: true, other: 'Event' },
  { kind: 'HOLDS_ROLE_OUT', type: 'HOLDS_ROLE', out: true, other: 'Entity', key: 'title' },
  { kind: 'HOLDS_ROLE_IN', type: 'HOLDS_ROLE', out: false, other: 'Entity', key: 'title' },
] as const;
export type RelationshipKind = (typeof ENTITY_RELATIONSHIPS)[number]['kind'];

/** Links that record curation itself: never moved, never part of an entity's snapshot. */
export const CURATION_TYPES = ['SAME_AS', 'SPLIT_FROM'] as const;

/**
 * Links derived from the others (the RELATED_TO aggregate, write/related-cypher.ts): never moved,
 * never part of a snapshot; a merge deletes the dropped entity's, and each curation rebuilds them.
 */
export const DERIVED_TYPES = ['RELATED_TO'] as const;

/** An entity (live or merged away) and what a merge needs to know of it. */
export const READ_ENTITY = `
OPTIONAL MATCH (e:Entity {id: $id})
OPTIONAL MATCH (m:Merged {id: $id})-[:SAME_AS]->(into)
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0] AS label,
       coalesce(e.aliases, []) AS aliases, coalesce(e.roles, []) AS roles, into.id AS mergedInto`;

/** Every relationship of the entity but the curation links, with the other end's id. */
export const READ_RELATIONSHIPS = `
MATCH (e:Entity {id: $id})
MATCH (e)-[r]-(x) WHERE NOT type(r) IN $curation
RETURN type(r) AS type, startNode(r) = e AS out, x.id AS other, properties(r) AS props
ORDER BY type, out, other`;

const direction = (out: boolean, r: string) => (out ? `(e)-[${r}]->(x)` : `(x)-[${r}]->(e)`);

/** Relationships of one kind recreated on `$entity` (MERGE when `merging`, marked with the entity they came from). */
function restoreKind(spec: (typeof ENTITY_RELATIONSHIPS)[number], merging: boolean): string {
  const keyed = 'key' in spec ? ` {${spec.key}: row.props.${spec.key}}` : '';
  const write = merging
    ? `MERGE ${direction(spec.out, `r:${spec.type}${keyed}`)} ON CREATE SET r = row.props, r.mergedFrom = $from`
    : `CREATE ${direction(spec.out, `r:${spec.type}`)} SET r = row.props`;
  return `
CALL () {
  UNWIND $rels.${spec.kind} AS row
  MATCH (e:Entity {id: $entity})
  MATCH (x:${spec.other} {id: row.other})
  ${write}
}`;
}

/** The relationships `$rels` (by kind) recreated on `$entity` as MERGE, each new one marked `mergedFrom: $from`. */
export const MERGE_RELATIONSHIPS = `${ENTITY_RELATIONSHIPS.map((s) => restoreKind(s, true)).join('')}
RETURN 1 AS done`;

/** The relationships `$rels` (by kind) recreated on `$entity` exactly as they were. */
export const CREATE_RELATIONSHIPS = `${ENTITY_RELATIONSHIPS.map((s) => restoreKind(s, false)).join('')}
RETURN 1 AS done`;

const NAME_KEYS = `reduce(keys = '|', f IN [k.foldedName] + k.foldedAliases | keys + replace(f, '|', ' ') + '|')`;

/**
 * The dropped entity leaves every list and index (its labels become :Merged), its relationships are
 * deleted (the SAME_AS link holds them), the kept one gains its names, and the link is recorded.
 */
const mergeNode = (type: EntityType) => `
MATCH (d:${ENTITY_LABEL[type]}:Entity {id: $drop})
MATCH (k:Entity {id: $keep})
CALL (d) { MATCH (d)-[r]-() WHERE NOT type(r) IN $curation DELETE r }
REMOVE d:Entity:${ENTITY_LABEL[type]}
SET d:Merged
SET k.aliases = k.aliases + $link.addedAliases, k.foldedAliases = k.foldedAliases + $link.addedFoldedAliases,
    k.roles = k.roles + $link.addedRoles
SET k.nameKeys = ${NAME_KEYS}
CREATE (d)-[s:SAME_AS]->(k)
SET s = $link
RETURN s.at AS at`;

export const MERGE_NODE: Record<EntityType, string> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, mergeNode(t)])) as Record<EntityType, string>;

/** What the merge added to the kept entity and the relationships it created are taken away again; the dropped entity is itself again. */
const unmergeNode = (type: EntityType) => `
MATCH (d:Merged {id: $drop})-[s:SAME_AS]->(k:Entity)
CALL (k) { MATCH (k)-[r]-() WHERE r.mergedFrom = $drop DELETE r }
WITH d, s, k, [i IN range(0, size(k.aliases) - 1) WHERE NOT k.aliases[i] IN s.addedAliases] AS kept
SET k.aliases = [i IN kept | k.aliases[i]], k.foldedAliases = [i IN kept | k.foldedAliases[i]],
    k.roles = [r IN k.roles WHERE NOT r IN s.addedRoles]
SET k.nameKeys = ${NAME_KEYS}
DELETE s
REMOVE d:Merged
SET d:Entity:${ENTITY_LABEL[type]}
RETURN k.id AS keep`;

export const UNMERGE_NODE: Record<EntityType, string> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, unmergeNode(t)])) as Record<EntityType, string>;

/** Every merge in force, newest first, with what to show of both ends. */
export const LIST_MERGES = `
MATCH (d:Merged)-[s:SAME_AS]->(k)
RETURN d.id AS drop, d.name AS dropName, k.id AS keep, k.name AS keepName, s.reason AS reason, s.by AS by, s.at AS at
ORDER BY s.at DESC, drop
SKIP $skip LIMIT $limit`;

export const COUNT_MERGES = `MATCH (:Merged)-[s:SAME_AS]->() RETURN count(s) AS count`;

/**
 * An undone merge stays on record (who merged, who undid it, when): a node apart from the graph's
 * content, so both entities are exactly as before while the history of curation is kept.
 */
export const RECORD_UNDONE_MERGE = `CREATE (u:MergeUndone) SET u = $record`;

export const LIST_UNDONE_MERGES = `
MATCH (u:MergeUndone)
RETURN u.drop AS drop, u.dropName AS dropName, u.keep AS keep, u.keepName AS keepName, u.reason AS reason, u.by AS by, u.at AS at,
       u.undoneBy AS undoneBy, u.undoneAt AS undoneAt
ORDER BY u.undoneAt DESC, drop
SKIP $skip LIMIT $limit`;

export const COUNT_UNDONE_MERGES = `MATCH (u:MergeUndone) RETURN count(u) AS count`;

/** Dropped id → the entity it now is (following chains): what resolution and reads consult. */
export const MERGE_MAP = `
MATCH (d:Merged)-[:SAME_AS*1..16]->(k:Entity)
RETURN d.id AS drop, k.id AS keep, k.name AS keepName`;

/** A new entity of the split's type, and the split recorded on it. */
const createSplit = (type: EntityType) => `
MATCH (o:${ENTITY_LABEL[type]}:Entity {id: $id})
CREATE (n:${ENTITY_LABEL[type]}:Entity {id: $split.id, name: $split.name, foldedName: $split.foldedName, aliases: [], foldedAliases: [], roles: [],
        nameKeys: '|' + replace($split.foldedName, '|', ' ') + '|', createdAt: $split.at})
SET n.kind = o.kind
CREATE (n)-[s:SPLIT_FROM {reason: $split.reason, by: $split.by, at: $split.at, articles: $split.articles, statements: $split.statements}]->(o)
RETURN n.id AS id`;

export const CREATE_SPLIT: Record<EntityType, string> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, createSplit(t)])) as Record<EntityType, string>;

/**
 * Moves the articles' links (mentions, authorship) and the statements' links (stated, about) from
 * `$id` to `$split.id`; the events of the moved statements' articles are not touched.
 */
export const MOVE_TO_SPLIT = `
MATCH (o:Entity {id: $id})
MATCH (n:Entity {id: $split.id})
CALL (o, n) {
  UNWIND $split.articles AS aid
  MATCH (a:Article {id: aid})-[r:MENTIONS|WRITTEN_BY]->(o)
  CALL (a, r, n) {
    WITH a, r, n WHERE type(r) = 'MENTIONS'
    CREATE (a)-[c:MENTIONS]->(n) SET c = properties(r)
  }
  CALL (a, r, n) {
    WITH a, r, n WHERE type(r) = 'WRITTEN_BY'
    CREATE (a)-[c:WRITTEN_BY]->(n) SET c = properties(r)
  }
  DELETE r
  RETURN count(*) AS articleLinks
}
CALL (o, n) {
  UNWIND $split.statements AS sid
  MATCH (s:Statement {id: sid})
  CALL (s, o, n) {
    MATCH (o)-[r:STATED]->(s)
    CREATE (n)-[c:STATED]->(s) SET c = properties(r)
    DELETE r
  }
  CALL (s, o, n) {
    MATCH (s)-[r:ABOUT]->(o)
    CREATE (s)-[:ABOUT]->(n)
    DELETE r
  }
  RETURN count(*) AS statementLinks
}
RETURN articleLinks, statementLinks`;

/** Of the ids asked, those the entity really has a link with (so a split names what it moves). */
export const SPLIT_TARGETS = `
MATCH (o:Entity {id: $id})
RETURN [aid IN $articles WHERE EXISTS { MATCH (:Article {id: aid})-[:MENTIONS|WRITTEN_BY]->(o) }] AS articles,
       [sid IN $statements WHERE EXISTS { MATCH (o)-[:STATED]->(:Statement {id: sid}) } OR EXISTS { MATCH (:Statement {id: sid})-[:ABOUT]->(o) }] AS statements`;
