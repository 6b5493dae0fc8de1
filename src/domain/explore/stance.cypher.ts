import { SUBJECT_LABELS, bindNodeById } from '../node/read-cypher.js';
import { NODE_PROJECTION } from '../node/graph-node.js';

/** Statements read for one stance; more are left out and the stance is flagged truncated. */
export const MAX_STANCE_STATEMENTS = 500;
/** Reports read per statement, oldest first. */
export const MAX_STANCE_REPORTS = 100;

/**
 * Every statement `$speaker` made about `$subject`, earliest first, each with its reports (article
 * and evidence) oldest first, in one query; speaker and subject are null when no node has the id.
 */
export const STANCE = `
${bindNodeById('sp', 'speaker', ['Entity'])}
${bindNodeById('subj', 'subject', SUBJECT_LABELS)}
CALL (sp, subj) {
  WITH sp, subj WHERE sp IS NOT NULL AND subj IS NOT NULL
  MATCH (sp)-[:STATED]->(s:Statement)-[:ABOUT]->(subj)
  WITH s ORDER BY s.firstReportedMs, s.id LIMIT $maxStatements
  CALL (s) {
    MATCH (s)-[r:REPORTED_IN]->(a:Article)
    WITH a, r ORDER BY a.publishedMs, a.id LIMIT $maxReports
    RETURN collect({article: ${NODE_PROJECTION('a')}, evidence: r {.sentence, .start, .end}}) AS reports
  }
  RETURN collect({statement: ${NODE_PROJECTION('s')}, reports: reports}) AS statements
}
RETURN ${NODE_PROJECTION('sp')} AS speaker,
       ${NODE_PROJECTION('subj')} AS subject,
       statements`;
