// Ingest keeps the graph's names in memory, read once per process (src/ingest/known.ts); a server
// tops that copy up once a minute with what other writers created since its last read. These
// indexes let that read touch only the new entities and topics instead of scanning them all.
CREATE INDEX entity_created_at IF NOT EXISTS FOR (n:Entity) ON (n.createdAt);
CREATE INDEX topic_created_at IF NOT EXISTS FOR (n:Topic) ON (n.createdAt);
