// A statement with no speaker is known within its article (issue 13; reportedStatementId in
// src/core/ids.ts): its id is the contract's id, '@', the article's id. Before, the same words with
// no speaker in unrelated reports were one node whose ABOUT was the union of what all of them said
// (one sentence was about 63 organizations at 1,500 synthetic articles), and each new report of it
// counted the other reports' RELATED_TO pairs again. This gives each report its own statement and
// counts again the RELATED_TO of the nodes such a shared statement was about.
// A re-run after an interruption carries on: only statements without '@' and without a speaker are
// split, and the marked nodes keep their mark until their pairs are counted again.
// valid-checksum: cac0a8da02d80c0b42e3344c8ac686dec7d84a9e8d8afcfbb8d93d42ecfd8220 (before each report's statement kept the ABOUT a merge or split had given the shared one; 015 mends what that version lost)
//
// 1. Mark what a shared statement was about: their same-statement pairs change.
MATCH (s:Statement)-[:ABOUT]->(t)
WHERE NOT s.id CONTAINS '@' AND NOT EXISTS { (:Entity)-[:STATED]->(s) } AND COUNT { (s)-[:REPORTED_IN]->(:Article) } > 1
CALL (t) { SET t.relatedStale = true } IN TRANSACTIONS OF 10000 ROWS;
// 2. One statement per report, worded as that report worded it (reports from before migration 008
// carry no wording and no ABOUT list: they keep the statement's).
MATCH (s:Statement)-[r:REPORTED_IN]->(a:Article)
WHERE NOT s.id CONTAINS '@' AND NOT EXISTS { (:Entity)-[:STATED]->(s) }
CALL (s, r, a) {
  MERGE (n:Statement {id: s.id + '@' + a.id})
  SET n += s {.*, id: s.id + '@' + a.id}
  SET n.text = coalesce(r.text, s.text), n.kind = coalesce(r.kind, s.kind), n.verb = coalesce(r.verb, s.verb),
      n.verbAsWritten = CASE WHEN r.text IS NULL THEN s.verbAsWritten ELSE r.verbAsWritten END,
      n.anonymousSource = CASE WHEN r.text IS NULL THEN s.anonymousSource ELSE r.anonymousSource END,
      n.firstReportedAt = a.publishedAt, n.firstReportedMs = a.publishedMs, n.lastReportedAt = a.publishedAt, n.lastReportedMs = a.publishedMs
  MERGE (n)-[r2:REPORTED_IN]->(a)
  SET r2 = properties(r)
  WITH s, r, n
  CALL (s, r, n) {
    // A report names the ids its article gave: an entity a merge or split (with this statement)
    // took over from one of them keeps its ABOUT, as CURATED_ABOUT (contributions-cypher.ts) does.
    MATCH (s)-[:ABOUT]->(t) WHERE r.about IS NULL OR t.id IN r.about
      OR EXISTS { MATCH (m:Merged)-[:SAME_AS*1..16]->(t) WHERE m.id IN r.about }
      OR EXISTS { MATCH (t)-[sp:SPLIT_FROM]->(o) WHERE o.id IN r.about AND s.id IN sp.statements }
    MERGE (n)-[:ABOUT]->(t)
  }
  DELETE r
} IN TRANSACTIONS OF 2000 ROWS;
// 3. The shared statements, whose reports all went to their own.
MATCH (s:Statement)
WHERE NOT s.id CONTAINS '@' AND NOT EXISTS { (:Entity)-[:STATED]->(s) } AND NOT EXISTS { (s)-[:REPORTED_IN]->(:Article) }
CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 2000 ROWS;
// 4. The marked nodes' pairs, counted again as migration 011 counts them (with `src` and `pair`,
// migrations 012 and 013): whatever they held is deleted first, so a re-run counts from scratch.
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
