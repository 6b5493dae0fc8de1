import { SUBJECT_LABELS, bindNodeById } from '../node/read-cypher.js';
import { NODE_PROJECTION } from '../node/graph-node.js';

/** Reports listed per related entity (newest first); reportCount counts them all. */
export const MAX_REPORTS_PER_RELATED = 10;

/**
 * Entities connected to `$id` (an entity, topic or event) and the reports that connect them, in one
 * query: mentioned in the same article (CO_MENTIONED), or linked by a statement — it spoke about
 * them (SPOKE_ABOUT), they spoke about it (SPOKEN_ABOUT_BY), or one statement is about both
 * (SAME_STATEMENT), the statement's reports connecting them. Most connecting reports first, then
 * the most kinds of connection.
 */
export const RELATED_ENTITIES = `
${bindNodeById('x', 'id', SUBJECT_LABELS)}
CALL (x) {
  CALL (x) {
    WITH x WHERE x IS NOT NULL
    CALL (x) {
      MATCH (x)<-[:MENTIONS|TAGGED]-(a:Article)-[:MENTIONS]->(y:Entity) RETURN y, a, 'CO_MENTIONED' AS link
      UNION
      MATCH (x)-[:STATED]->(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SPOKE_ABOUT' AS link
      UNION
      MATCH (y:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(x), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SPOKEN_ABOUT_BY' AS link
      UNION
      MATCH (x)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SAME_STATEMENT' AS link
    }
    WITH x, y, a, link WHERE y <> x
    WITH y, collect(DISTINCT a) AS reports, collect(DISTINCT link) AS links
    RETURN y, reports, links, size(reports) AS reportCount
    ORDER BY reportCount DESC, size(links) DESC, y.name, y.id
  }
  RETURN collect({y: y, reports: reports, links: links, reportCount: reportCount}) AS found
}
CALL (found) {
  UNWIND found[$skip..($skip + $limit)] AS row
  WITH row, row.y AS y
  CALL (row) {
    UNWIND row.reports AS a
    WITH a ORDER BY a.publishedMs DESC, a.id LIMIT ${MAX_REPORTS_PER_RELATED}
    RETURN collect(${NODE_PROJECTION('a')}) AS reports
  }
  RETURN collect({node: ${NODE_PROJECTION('y')}, reportCount: row.reportCount, links: row.links, reports: reports}) AS page
}
RETURN x.id AS id, size(found) AS total, page`;
