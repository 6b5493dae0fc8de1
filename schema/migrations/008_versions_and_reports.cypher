// Article versions and order-independent statements (issue 10).
// valid-checksum: ce942dea35e648953d376b31a7e61879247969c786aab806dc33fa7f61b2d80d (the same writes in one transaction)
// A new version of an article (same canonical URL, other text) archives the old one as an
// ArticleVersion; copies of a story that differ only in typography share a body fingerprint.
CREATE CONSTRAINT article_version_id IF NOT EXISTS FOR (n:ArticleVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_fingerprint IF NOT EXISTS FOR (n:Article) ON (n.fingerprint);
CREATE INDEX retraction_article IF NOT EXISTS FOR (n:Retraction) ON (n.article);
// Each report now carries the statement as its article wrote it, so a statement can be rebuilt
// from the reports it has left (after a new version or a retraction) and shows its earliest
// report's wording whatever order they arrived in. Reports written before get the statement's own.
// Batched: over 80k reports one transaction outgrows db.memory.transaction.max.
MATCH (s:Statement)-[r:REPORTED_IN]->(:Article) WHERE r.text IS NULL
CALL {
  WITH s, r
  SET r.text = s.text, r.kind = s.kind, r.verb = s.verb, r.verbAsWritten = s.verbAsWritten,
      r.anonymousSource = s.anonymousSource, r.about = COLLECT { MATCH (s)-[:ABOUT]->(x) RETURN x.id }
} IN TRANSACTIONS OF 2000 ROWS;
// Who each article says took part in an event, so a retraction keeps the participants others name.
MATCH (a:Article)-[m:MENTIONS]->(ev:Event) WHERE m.participants IS NULL
CALL {
  WITH a, m, ev
  SET m.participants = COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) WHERE (a)-[:MENTIONS|WRITTEN_BY]->(p) RETURN p.id }
} IN TRANSACTIONS OF 2000 ROWS;
// Copies of one story by several outlets (issue 10): the first is the Article, the others
// Publications that REPUBLISH it. Similar bodies find each other through MinHash band keys in one
// string per article, "|b0:1f3a…|b1:…|", served by a TEXT index as nameKeys is (migration 005).
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE INDEX publication_url IF NOT EXISTS FOR (n:Publication) ON (n.url);
CREATE TEXT INDEX article_band_keys IF NOT EXISTS FOR (n:Article) ON (n.bandKeys);
