/**
 * Cypher for the dashboard counts. Groupings come from a closed map; every client value is a
 * parameter (`$f` the statement filter as the statement lists take it, `$limit`, `$from`, `$to`).
 */
import { ANCHOR_MATCH, STATEMENT_CONDITIONS, STATEMENT_FILTER, type Anchor } from '../statement/statement.cypher.js';
import { StatementGrouping } from './aggregate.type.js';

interface Grouping {
  /** Binds the group `g` to a statement `s` (node groupings), or null. */
  match: string | null;
  /** The group's key, a string. */
  key: string;
  order: string;
}

/** The instant a period grouping dates a statement by: its first matching report, or its own first report. */
const FIRST = (reports: boolean) => (reports ? 'firstAt' : 's.firstReportedMs');
const period = (unit: string) => (reports: boolean) => `toString(date(date.truncate('${unit}', datetime({epochMillis: ${FIRST(reports)}}))))`;

const BY_NODE = (match: string): Grouping => ({ match, key: 'g.id', order: 'count DESC, g.name, key' });
const BY_VALUE = (key: string): Grouping => ({ match: null, key, order: 'count DESC, key' });

const GROUPINGS: Record<StatementGrouping, (reports: boolean) => Grouping> = {
  [StatementGrouping.SPEAKER]: () => BY_NODE('MATCH (g:Entity)-[:STATED]->(s)'),
  [StatementGrouping.SUBJECT]: () => BY_NODE('MATCH (s)-[:ABOUT]->(g)'),
  [StatementGrouping.TOPIC]: () => BY_NODE('MATCH (s)-[:ABOUT]->(g:Topic)'),
  [StatementGrouping.VERB]: () => BY_VALUE('s.verb'),
  [StatementGrouping.KIND]: () => BY_VALUE('s.kind'),
  [StatementGrouping.DAY]: (r) => ({ match: null, key: period('day')(r), order: 'key' }),
  [StatementGrouping.WEEK]: (r) => ({ match: null, key: period('week')(r), order: 'key' }),
  [StatementGrouping.MONTH]: (r) => ({ match: null, key: period('month')(r), order: 'key' }),
};


/**
 * Statements matching `$f` (from `anchor`, reading reports only when `reports`), counted per group
 * of `by`: `$limit` groups, each `{key, count, node}` with `node` the projection of `g` or null.
 */
export function statementCountsQuery(anchor: Anchor, reports: boolean, by: StatementGrouping, node: string): string {
  const g = GROUPINGS[by](reports);
  return `
${ANCHOR_MATCH[anchor]}
${reports ? STATEMENT_FILTER : `${STATEMENT_CONDITIONS} AND s.firstReportedMs IS NOT NULL`}
WITH DISTINCT s${reports ? ', firstAt' : ''}
${g.match ?? ''}
WITH ${g.match ? 'g, ' : ''}${g.key} AS key, count(DISTINCT s) AS count
WHERE key IS NOT NULL
ORDER BY ${g.order}
LIMIT $limit
RETURN key, count, ${g.match ? node : 'null'} AS node`;
}

/**
 * Nodes of the `labels` condition on `g` mentioned by articles published between `$from` and `$to`
 * (YYYY, YYYY-MM or YYYY-MM-DD prefixes, either null), most articles first: `$limit` rows.
 */
export function mentionCountsQuery(labels: string, node: string): string {
  return `
MATCH (a:Article) WHERE a.publishedMs IS NOT NULL
  AND ($from IS NULL OR a.publishedDate >= $from)
  AND ($to IS NULL OR left(a.publishedDate, size($to)) <= $to)
MATCH (a)-[:MENTIONS]->(g) WHERE ${labels}
WITH g, count(DISTINCT a) AS count
ORDER BY count DESC, g.name, g.id
LIMIT $limit
RETURN count, ${node} AS node`;
}
