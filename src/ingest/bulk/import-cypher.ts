/**
 * What neo4j-admin cannot import: an empty list (an empty array field is read as no property). The
 * write Cypher sets these lists even when empty — every entity's aliases, foldedAliases and roles
 * (mergeEntities' ON CREATE), every report's `about` and every event mention's `participants` — so
 * a list missing after the import is an empty one. Run before the migrations: migration 008 fills
 * a missing `participants` from the graph, which would be wrong here.
 */
export const RESTORE_EMPTY_LISTS = [
  `MATCH (e:Entity) WHERE e.aliases IS NULL OR e.foldedAliases IS NULL OR e.roles IS NULL
   CALL (e) { SET e.aliases = coalesce(e.aliases, []), e.foldedAliases = coalesce(e.foldedAliases, []), e.roles = coalesce(e.roles, []) } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (:Statement)-[r:REPORTED_IN]->(:Article) WHERE r.about IS NULL
   CALL (r) { SET r.about = [] } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (:Article)-[m:MENTIONS]->(:Event) WHERE m.participants IS NULL
   CALL (m) { SET m.participants = [] } IN TRANSACTIONS OF 10000 ROWS`,
];

/** Whether the graph holds anything but the migrations' records: bulk import replaces the database. */
export const COUNT_CONTENT = `MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes`;
