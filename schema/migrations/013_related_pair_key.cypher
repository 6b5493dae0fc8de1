// Every RELATED_TO holds `pair`, its key: its start node's id, '>', its end node's id (ids hold no
// '>'), unique by a constraint (issue 13). A write then finds the pair it updates by one seek of the
// constraint's index; a MERGE between the two nodes walked the RELATED_TO of the one with fewer
// (Expand(Into)), thousands for two hubs, so the cost of a write grew with the graph. The
// constraint's lock on the key also keeps two concurrent writes from creating one pair twice.
// Writes set `pair` from here on (src/ingest/write/related-cypher.ts, pairKey).
// Only relationships without the right `pair` are written, so a re-run after an interruption
// carries on where it stopped; committed by 10,000 relationships, like migration 012's `src`.
MATCH (x)-[r:RELATED_TO]->(y) WHERE r.pair IS NULL OR r.pair <> x.id + '>' + y.id
CALL (x, y, r) { SET r.pair = x.id + '>' + y.id } IN TRANSACTIONS OF 10000 ROWS;
CREATE CONSTRAINT related_to_pair IF NOT EXISTS FOR ()-[r:RELATED_TO]-() REQUIRE r.pair IS UNIQUE;
