/**
 * Cypher for filtered statement lists. Every query takes the filter as one parameter map `$f`
 * (see StatementFilterParams) with a null for each condition not asked for, so the query text is
 * one of a few constants whatever the client sends. Anchors and orderings come from closed maps.
 */
import { SUBJECT_LABELS, matchById } from '../node/read-cypher.js';
import { NODE_PROJECTION } from '../node/graph-node.js';
import type { NodeProjection as Projection } from '../plan/compile.js';
import { returnNodeList } from '../plan/node-list.js';
import type { StatementFilterParams } from './statement.filter.js';
import { StatementOrder } from './statement.filter.js';

/**
 * Filters a bound statement `s` and binds `firstAt`/`lastAt`: the earliest and latest publication of
 * the reports that match the article and date conditions. A statement with no such report drops out.
 */
export const STATEMENT_CONDITIONS = `
WHERE ($f.kind IS NULL OR s.kind = $f.kind)
  AND ($f.verb IS NULL OR s.verb = $f.verb)
  AND ($f.text IS NULL OR toLower(s.text) CONTAINS $f.text)
  AND ($f.speaker IS NULL OR EXISTS { MATCH (:Entity {id: $f.speaker})-[:STATED]->(s) })
  AND ($f.about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(x) WHERE x.id = $f.about })`;

export const STATEMENT_FILTER = `${STATEMENT_CONDITIONS}
CALL (s) {
  MATCH (s)-[:REPORTED_IN]->(a:Article)
  WHERE ($f.article IS NULL OR a.id = $f.article)
    AND ($f.from IS NULL OR a.publishedDate >= $f.from)
    AND ($f.to IS NULL OR left(a.publishedDate, size($f.to)) <= $f.to)
  RETURN min(a.publishedMs) AS firstAt, max(a.publishedMs) AS lastAt
}
WITH * WHERE lastAt IS NOT NULL`;

export const STATEMENT_ORDER: Record<StatementOrder, string> = {
  [StatementOrder.NEWEST_FIRST]: 'lastAt DESC, s.id',
  [StatementOrder.OLDEST_FIRST]: 'firstAt, s.id',
};

/** Where the top-level statements query starts: the most selective condition given. */
export type Anchor = 'speaker' | 'article' | 'about' | 'verb' | 'kind' | 'all';

export const ANCHOR_MATCH: Record<Anchor, string> = {
  speaker: 'MATCH (:Entity {id: $f.speaker})-[:STATED]->(s:Statement)',
  article: 'MATCH (:Article {id: $f.article})<-[:REPORTED_IN]-(s:Statement)',
  about: `${matchById('$f.about', 'x', SUBJECT_LABELS)}
MATCH (x)<-[:ABOUT]-(s:Statement)`,
  verb: 'MATCH (s:Statement {verb: $f.verb})',
  kind: 'MATCH (s:Statement {kind: $f.kind})',
  all: 'MATCH (s:Statement)',
};

export function anchorFor(f: StatementFilterParams): Anchor {
  if (f.speaker) return 'speaker';
  if (f.article) return 'article';
  if (f.about) return 'about';
  if (f.verb) return 'verb';
  if (f.kind) return 'kind';
  return 'all';
}

/** Orders when no report condition applies: each statement's own first/last report instant, range-indexed (migrations 004, 006). */
const STATEMENT_ORDER_OWN: Record<StatementOrder, { where: string; orderBy: string }> = {
  [StatementOrder.NEWEST_FIRST]: { where: 's.lastReportedMs IS NOT NULL', orderBy: 's.lastReportedMs DESC, s.id' },
  [StatementOrder.OLDEST_FIRST]: { where: 's.firstReportedMs IS NOT NULL', orderBy: 's.firstReportedMs, s.id' },
};

/**
 * A page of statements matching `$f`, in `order`: `$skip`, `$limit`; `projection` of `s` (the
 * planner's) collected as `nodes`. Without report conditions the page is cut before any report is read.
 */
export function statementsPageQuery(anchor: Anchor, order: StatementOrder, node: Projection, reports: boolean): string {
  if (!reports) {
    const own = STATEMENT_ORDER_OWN[order];
    return `
${ANCHOR_MATCH[anchor]}
${STATEMENT_CONDITIONS} AND ${own.where}
WITH s ORDER BY ${own.orderBy}
SKIP $skip LIMIT $limit
${returnNodeList(node)}`;
  }
  return `
${ANCHOR_MATCH[anchor]}
${STATEMENT_FILTER}
WITH s, firstAt, lastAt ORDER BY ${STATEMENT_ORDER[order]}
SKIP $skip LIMIT $limit
${returnNodeList(node)}`;
}

/** How many statements match `$f`; without report conditions no report is read. */
export function statementsCountQuery(anchor: Anchor, reports: boolean): string {
  return `
${ANCHOR_MATCH[anchor]}
${reports ? STATEMENT_FILTER : STATEMENT_CONDITIONS}
RETURN count(s) AS count`;
}

/** How a parent reaches its statements, for the fields of Entity, Topic, Event and Article. */
export type StatementParent = 'speaker' | 'aboutEntity' | 'aboutTopic' | 'aboutEvent' | 'article';

const PARENT_MATCH: Record<StatementParent, string> = {
  speaker: 'MATCH (p:Entity {id: key})-[:STATED]->(s:Statement)',
  aboutEntity: 'MATCH (p:Entity {id: key})<-[:ABOUT]-(s:Statement)',
  aboutTopic: 'MATCH (p:Topic {id: key})<-[:ABOUT]-(s:Statement)',
  aboutEvent: 'MATCH (p:Event {id: key})<-[:ABOUT]-(s:Statement)',
  article: 'MATCH (p:Article {id: key})<-[rep:REPORTED_IN]-(s:Statement)',
};

/** Per row: the evidence of the report in the parent article, or null. */
const PARENT_EXTRA: Record<StatementParent, string> = {
  speaker: 'null',
  aboutEntity: 'null',
  aboutTopic: 'null',
  aboutEvent: 'null',
  article: 'rep {.sentence, .start, .end, .order}',
};

/** An article lists its statements in reading order. */
export const READING_ORDER = 'extra.start, extra.order, s.id';

/** Whether `$f` selects reports (article, date bounds): then first/last report must be computed per statement. */
export function filtersReports(f: StatementFilterParams): boolean {
  return Boolean(f.article || f.from || f.to);
}

/**
 * Statements of many parents in one round trip: per parent `key`, the total that match `$f` and
 * the page `$skip`..`$skip + $limit` in `orderBy`. One row per key, parents without any included.
 * Without report conditions the first and last report are the ones each statement keeps
 * (firstReportedMs, lastReportedMs): the page is a top-k over the parent's statements and the total
 * a count, instead of every statement's reports read, sorted and collected.
 */
export function statementsBatchQuery(parent: StatementParent, orderBy: string, reports: boolean): string {
  if (!reports) {
    return `
UNWIND $ids AS key
CALL (key) {
  ${PARENT_MATCH[parent]}
  ${STATEMENT_CONDITIONS}
  WITH s, s.firstReportedMs AS firstAt, s.lastReportedMs AS lastAt, ${PARENT_EXTRA[parent]} AS extra
  ORDER BY ${orderBy}
  SKIP $skip LIMIT $limit
  RETURN collect({node: ${NODE_PROJECTION('s')}, extra: extra}) AS page
}
CALL (key) {
  ${PARENT_MATCH[parent]}
  ${STATEMENT_CONDITIONS}
  RETURN count(s) AS total
}
RETURN key, total, page`;
  }
  return `
UNWIND $ids AS key
CALL (key) {
  ${PARENT_MATCH[parent]}
  ${STATEMENT_FILTER}
  WITH s, firstAt, lastAt, ${PARENT_EXTRA[parent]} AS extra
  ORDER BY ${orderBy}
  WITH collect({s: s, extra: extra}) AS rows
  CALL (rows) {
    UNWIND rows[$skip..($skip + $limit)] AS row
    WITH row.s AS n, row.extra AS extra
    RETURN collect({node: ${NODE_PROJECTION('n')}, extra: extra}) AS page
  }
  RETURN size(rows) AS total, page
}
RETURN key, total, page`;
}
