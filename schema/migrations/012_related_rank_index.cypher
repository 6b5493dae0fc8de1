// relatedEntities' ranking read from an index (issue 8, S3): every RELATED_TO holds `src`, the id
// of its start node, and one composite range index over (src, reports, kinds) lists a node's
// related entities most reports first, then most kinds. A hub's top 25 is then read as 25 index
// entries (and the ties of the last one) instead of all of its thousands of RELATED_TO sorted per
// request (PROFILE at 20,000 articles: 43,394 db hits for the hub person, 137 with the index).
// Writes set `src` from here on (src/ingest/write/related-cypher.ts).
// Only relationships without the right `src` are written, so a re-run after an interruption
// carries on where it stopped; committed by 10,000 relationships (1.75M at 20,000 articles: ~50 s).
MATCH (x)-[r:RELATED_TO]->() WHERE r.src IS NULL OR r.src <> x.id
CALL (x, r) { SET r.src = x.id } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX related_to_rank IF NOT EXISTS FOR ()-[r:RELATED_TO]-() ON (r.src, r.reports, r.kinds);
