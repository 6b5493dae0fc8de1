// Mends what migration 014 did to curated statements before it learnt to keep them (issue 13).
// 014 gave each report of a statement with no speaker its own statement, about what that report
// names; a report names the ids its article gave, so an entity a merge or split had given the
// shared statement (the kept entity, the one split off) was not carried over. And a split's record
// (SPLIT_FROM.statements) still named the shared statement, which no longer exists.
// Both are put right here, and the pairs of every node such a statement is about are counted again.
// A graph that ran 014 as it is now has nothing to mend; a re-run finds nothing either.
//
// 1. A split's record names, for the shared statement, the statements that took its place whose
// report names the entity split from (all of them for a report from before migration 008).
MATCH ()-[sp:SPLIT_FROM]->(o)
WHERE any(sid IN sp.statements WHERE NOT sid CONTAINS '@' AND NOT EXISTS { MATCH (:Statement {id: sid}) })
CALL (sp, o) {
  UNWIND sp.statements AS sid
  WITH sid, CASE WHEN sid CONTAINS '@' OR EXISTS { MATCH (:Statement {id: sid}) } THEN []
    ELSE COLLECT { MATCH (n:Statement)-[r:REPORTED_IN]->(:Article) WHERE n.id STARTS WITH sid + '@' AND (r.about IS NULL OR o.id IN r.about) RETURN DISTINCT n.id ORDER BY n.id } END AS successors
  RETURN collect(CASE WHEN size(successors) = 0 THEN [sid] ELSE successors END) AS lists
}
SET sp.statements = reduce(ids = [], l IN lists | ids + l);
// 2. Each such statement about the entity that took over one its report names (by a merge, or by a
// split that moved it), and everything it is about marked: their pairs change.
MATCH (s:Statement)-[r:REPORTED_IN]->(:Article)
WHERE s.id CONTAINS '@' AND size(coalesce(r.about, [])) > 0 AND NOT EXISTS { (:Entity)-[:STATED]->(s) }
CALL (s, r) {
  UNWIND r.about AS id
  CALL (s, id) {
    MATCH (:Merged {id: id})-[:SAME_AS*1..16]->(t:Entity) RETURN t
    UNION
    MATCH (t:Entity)-[sp:SPLIT_FROM]->(:Entity {id: id}) WHERE s.id IN sp.statements RETURN t
  }
  WITH s, t WHERE NOT EXISTS { (s)-[:ABOUT]->(t) }
  MERGE (s)-[:ABOUT]->(t)
  WITH DISTINCT s
  MATCH (s)-[:ABOUT]->(u)
  SET u.relatedStale = true
} IN TRANSACTIONS OF 2000 ROWS;
// 3. The marked nodes' pairs, counted again as migration 014 counts them.
MATCH (x)-[r:RELATED_TO]->() WHERE x.relatedStale = true
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (x) WHERE (x:Entity OR x:Topic OR x:Event) AND x.relatedStale = true
CALL (x) {
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
CALL (x, y, reports, mentioned, spokeAbout, spokenAboutBy, sameStatement) {
  CREATE (x)-[:RELATED_TO {src: x.id, pair: x.id + '>' + y.id, reports: reports, mentioned: mentioned, spokeAbout: spokeAbout,
    spokenAboutBy: spokenAboutBy, sameStatement: sameStatement,
    kinds: CASE WHEN mentioned > 0 THEN 1 ELSE 0 END + CASE WHEN spokeAbout > 0 THEN 1 ELSE 0 END
      + CASE WHEN spokenAboutBy > 0 THEN 1 ELSE 0 END + CASE WHEN sameStatement > 0 THEN 1 ELSE 0 END}]->(y)
} IN TRANSACTIONS OF 5000 ROWS;
MATCH (x) WHERE (x:Entity OR x:Topic OR x:Event) AND x.relatedStale = true
CALL (x) { REMOVE x.relatedStale } IN TRANSACTIONS OF 10000 ROWS;
