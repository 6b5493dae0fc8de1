// Lists are read in order and cut after a page: with a range index on the leading sort key (and
// `IS NOT NULL` in the query) Neo4j walks the index in order and stops after the page instead of
// sorting every node of the label. Articles (publishedMs) and statements (firstReportedMs) have
// theirs since 004; names and a statement's latest report join them.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
CREATE INDEX statement_last_reported_ms IF NOT EXISTS FOR (n:Statement) ON (n.lastReportedMs);
