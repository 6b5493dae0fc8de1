import { SUBJECT_LABELS, bindNodeById } from '../node/read-cypher.js';
import { NODE_PROJECTION } from '../node/graph-node.js';

const DATE_IN_RANGE = (date: string) => `($from IS NULL OR ${date} >= $from) AND ($to IS NULL OR left(${date}, size($to)) <= $to)`;

/**
 * What happened to `$id` (an entity, topic or event), in one query: statements it made (SAID),
 * statements about it (ABOUT), each at its first report within `$from`..`$to` with that article
 * and sentence, and events it took part in (PARTICIPATED) at their date, or the first report of
 * them when undated. `$order` is 'ASC' or 'DESC' (compared, not spliced).
 */
const TIMELINE_ITEMS = `
CALL (x) {
  WITH x WHERE x IS NOT NULL
  CALL (x) {
    MATCH (x)-[:STATED]->(s:Statement) RETURN s, 'SAID' AS role
    UNION
    MATCH (x)<-[:ABOUT]-(s:Statement) WHERE NOT EXISTS { (x)-[:STATED]->(s) } RETURN s, 'ABOUT' AS role
  }
  CALL (s) {
    MATCH (s)-[r:REPORTED_IN]->(a:Article)
    WHERE ${DATE_IN_RANGE('a.publishedDate')}
    RETURN a, r ORDER BY a.publishedMs, a.id LIMIT 1
  }
  RETURN role, a.publishedAt AS date, a.publishedMs AS at, s.id AS key, s AS subject, a, r {.sentence, .start, .end} AS evidence
  UNION
  WITH x WHERE x IS NOT NULL
  MATCH (x)-[:PARTICIPATED_IN]->(ev:Event)
  CALL (ev) {
    OPTIONAL MATCH (a:Article)-[:MENTIONS]->(ev)
    RETURN a ORDER BY a.publishedMs, a.id LIMIT 1
  }
  WITH ev, a, coalesce(ev.date, a.publishedDate) AS date
  WHERE date IS NOT NULL AND ${DATE_IN_RANGE('date')}
  RETURN 'PARTICIPATED' AS role, date, CASE WHEN ev.date IS NULL THEN a.publishedMs ELSE datetime(ev.date).epochMillis END AS at, ev.id AS key, ev AS subject, a, null AS evidence
}`;

export const TIMELINE = `
${bindNodeById('x', 'id', SUBJECT_LABELS)}
CALL (x) {
  ${TIMELINE_ITEMS.trim()}
  // In time order by instant (\`at\`), not by the text of dates written with different offsets.
  WITH role, date, at, key, subject, a, evidence
  ORDER BY CASE WHEN $order = 'DESC' THEN at END DESC, CASE WHEN $order = 'ASC' THEN at END ASC, key, role
  RETURN collect({role: role, date: date, subject: subject, article: a, evidence: evidence}) AS found
}
CALL (found) {
  UNWIND found[$skip..($skip + $limit)] AS item
  WITH item, item.subject AS subject, item.article AS a
  RETURN collect({role: item.role, date: item.date, subject: ${NODE_PROJECTION('subject')}, article: ${NODE_PROJECTION('a')}, evidence: item.evidence}) AS items
}
RETURN x.id AS id, size(found) AS total, items`;
