// The RELATED_TO aggregate behind relatedEntities (issue 8): for an entity, topic or event x and
// another entity y, (x)-[:RELATED_TO {reports, mentioned, spokeAbout, spokenAboutBy, sameStatement,
// kinds}]->(y) holds how many distinct articles connect them over relatedEntities' four kinds of
// link (CO_MENTIONED, SPOKE_ABOUT, SPOKEN_ABOUT_BY, SAME_STATEMENT), how many by each kind, and
// how many kinds connect them at all. Writes keep it exact from here on
// (src/ingest/write/related-cypher.ts); this builds it for a graph written before, x by x, with
// the walk relatedEntities made per request. Batched by 20 nodes: a hub's walk alone is tens of
// thousands of rows, and 200 nodes' relationships outgrew db.memory.transaction.max (128m) at 2k articles.
// Whatever an interrupted run left is deleted first, so a re-run counts from scratch.
MATCH ()-[r:RELATED_TO]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (x) WHERE x:Entity OR x:Topic OR x:Event
CALL (x) {
  CALL (x) {
    MATCH (x)<-[:MENTIONS|TAGGED]-(a:Article)-[:MENTIONS]->(y:Entity) RETURN y, a, 'CO_MENTIONED' AS link
    UNION ALL MATCH (x:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SPOKE_ABOUT' AS link
    UNION ALL MATCH (y:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(x), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SPOKEN_ABOUT_BY' AS link
    UNION ALL MATCH (x)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SAME_STATEMENT' AS link
  }
  WITH x, y, a, link WHERE y <> x
  // Per (y, article) first: a list of kinds per article weighs less than DISTINCT sets per y.
  WITH x, y, a, collect(DISTINCT link) AS links
  WITH x, y, count(a) AS reports,
    sum(CASE WHEN 'CO_MENTIONED' IN links THEN 1 ELSE 0 END) AS mentioned,
    sum(CASE WHEN 'SPOKE_ABOUT' IN links THEN 1 ELSE 0 END) AS spokeAbout,
    sum(CASE WHEN 'SPOKEN_ABOUT_BY' IN links THEN 1 ELSE 0 END) AS spokenAboutBy,
    sum(CASE WHEN 'SAME_STATEMENT' IN links THEN 1 ELSE 0 END) AS sameStatement
  CREATE (x)-[:RELATED_TO {reports: reports, mentioned: mentioned, spokeAbout: spokeAbout, spokenAboutBy: spokenAboutBy,
    sameStatement: sameStatement, kinds: CASE WHEN mentioned > 0 THEN 1 ELSE 0 END + CASE WHEN spokeAbout > 0 THEN 1 ELSE 0 END
      + CASE WHEN spokenAboutBy > 0 THEN 1 ELSE 0 END + CASE WHEN sameStatement > 0 THEN 1 ELSE 0 END}]->(y)
} IN TRANSACTIONS OF 20 ROWS;
