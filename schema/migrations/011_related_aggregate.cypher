// The RELATED_TO aggregate behind relatedEntities (issue 8): for an entity, topic or event x and
// another entity y, (x)-[:RELATED_TO {reports, mentioned, spokeAbout, spokenAboutBy, sameStatement,
// kinds}]->(y) holds how many distinct articles connect them over relatedEntities' four kinds of
// link (CO_MENTIONED, SPOKE_ABOUT, SPOKEN_ABOUT_BY, SAME_STATEMENT), how many by each kind, and
// how many kinds connect them at all. Writes keep it exact from here on
// (src/ingest/write/related-cypher.ts); this builds it for a graph written before, x by x, with
// each x's articles walked once.
// Whatever an interrupted run left is deleted first, so a re-run counts from scratch.
MATCH ()-[r:RELATED_TO]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (x) WHERE x:Entity OR x:Topic OR x:Event
CALL (x) {
  // The articles connecting x to anything, each once; then, per article, the entities it connects
  // x to and by which kinds: the aggregation holds one key per related entity, not per
  // (entity, article) as the per-request walk did, which matters for a hub.
  CALL (x) {
    MATCH (x)<-[:MENTIONS|TAGGED]-(a:Article) RETURN a
    UNION MATCH (x)-[:STATED]->(:Statement)-[:REPORTED_IN]->(a:Article) RETURN a
    UNION MATCH (x)<-[:ABOUT]-(:Statement)-[:REPORTED_IN]->(a:Article) RETURN a
  }
  CALL (x, a) {
    CALL (x, a) {
      MATCH (a)-[:MENTIONS]->(y:Entity) WHERE EXISTS { (a)-[:MENTIONS|TAGGED]->(x) } RETURN y, 'CO_MENTIONED' AS link
      UNION ALL MATCH (a)<-[:REPORTED_IN]-(s:Statement)-[:ABOUT]->(y:Entity) WHERE EXISTS { (x)-[:STATED]->(s) } RETURN y, 'SPOKE_ABOUT' AS link
      UNION ALL MATCH (a)<-[:REPORTED_IN]-(s:Statement)<-[:STATED]-(y:Entity) WHERE EXISTS { (s)-[:ABOUT]->(x) } RETURN y, 'SPOKEN_ABOUT_BY' AS link
      UNION ALL MATCH (a)<-[:REPORTED_IN]-(s:Statement)-[:ABOUT]->(y:Entity) WHERE EXISTS { (s)-[:ABOUT]->(x) } RETURN y, 'SAME_STATEMENT' AS link
    }
    WITH y, link WHERE y <> x
    RETURN y, collect(DISTINCT link) AS links
  }
  WITH y, count(*) AS reports,
    sum(CASE WHEN 'CO_MENTIONED' IN links THEN 1 ELSE 0 END) AS mentioned,
    sum(CASE WHEN 'SPOKE_ABOUT' IN links THEN 1 ELSE 0 END) AS spokeAbout,
    sum(CASE WHEN 'SPOKEN_ABOUT_BY' IN links THEN 1 ELSE 0 END) AS spokenAboutBy,
    sum(CASE WHEN 'SAME_STATEMENT' IN links THEN 1 ELSE 0 END) AS sameStatement
  RETURN y, reports, mentioned, spokeAbout, spokenAboutBy, sameStatement
}
// Committed by 5,000 pairs, not by nodes: batches of 20 nodes outgrew db.memory.transaction.max
// (128m) at 20,000 articles, where a hub alone has thousands of pairs.
CALL (x, y, reports, mentioned, spokeAbout, spokenAboutBy, sameStatement) {
  CREATE (x)-[:RELATED_TO {reports: reports, mentioned: mentioned, spokeAbout: spokeAbout, spokenAboutBy: spokenAboutBy,
    sameStatement: sameStatement, kinds: CASE WHEN mentioned > 0 THEN 1 ELSE 0 END + CASE WHEN spokeAbout > 0 THEN 1 ELSE 0 END
      + CASE WHEN spokenAboutBy > 0 THEN 1 ELSE 0 END + CASE WHEN sameStatement > 0 THEN 1 ELSE 0 END}]->(y)
} IN TRANSACTIONS OF 5000 ROWS;
