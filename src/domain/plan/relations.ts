/**
 * Every relationship field the planner can fold into its parent's query, as data: how the child
 * `n` is reached from the parent `p` through `r`, its order, and the shape of the GraphQL value.
 * Orders are the ones the fields document (schema/README.md); a field missing here, or arguments
 * `args` cannot plan (it returns null), are resolved by the field's own batched query instead.
 */
import { listLimit } from '../limits.js';
import { toPage, type Page } from '../pagination/connection.js';
import { toFilterParams, StatementOrder, type StatementFilter, type StatementFilterParams } from '../statement/statement.filter.js';
import { SubjectType } from '../subject.type.js';
import type { QueryPlan } from './query-plan.js';

/**
 * A wrapper object around each node (Position, Report…): `{<nodeField>: Node, ...extras}`. Each
 * extra is the wrapper's field name and its value read from the relationship `r`; only the ones
 * the request selects are read.
 */
export interface WrapShape {
  nodeField: string;
  extras: Readonly<Record<string, (r: string) => string>>;
}

export type Shape =
  /** [Node] */
  | { kind: 'nodes' }
  /** Node or null: the first in order. */
  | { kind: 'node' }
  /** [{<nodeField>: Node, ...extras}] */
  | ({ kind: 'wrapped' } & WrapShape)
  /** A Relay connection of nodes (or of wrappers around them), totalCount counted only when selected. */
  | { kind: 'connection'; wrap?: WrapShape };

export interface PlannedArgs {
  where: string[];
  orderBy: string;
  /** Rows to return: a connection's page size (the planner reads one more when pageInfo is selected). */
  limit: number;
  /** Connections: the page asked for. */
  page?: Page;
  /** A second way to the same page for a hub parent `p`: walk the child label's index in order (see HubWalk). */
  hubWalk?: (p: string) => HubWalk;
}

/**
 * A hub's newest statements are cheaper to find by walking the statements' range index from the
 * newest and keeping the hub's own (about k·T/d rows for d of T statements) than by reading all d
 * of them and sorting (d rows): cheaper when d² > k·T. Both ways are in the query and Neo4j's own
 * counts (the parent's degree, the label's count store) pick one per parent, so the cost of a
 * hub's page stops growing with the graph.
 */
export interface HubWalk {
  /** The parent's number of such children, e.g. COUNT { (p)-[:STATED]->() }: read from its degree. */
  degree: string;
  label: string;
  /** The leading sort key: a range-indexed property of the child. */
  property: string;
}

export interface RelationSpec {
  match: (p: string, r: string, n: string) => string;
  /**
   * Unbounded on a hub (ISW's statements, the articles mentioning Putin). Folded into the query only
   * below a node that appears once in its result (a root, or a statement of a list); below a node many
   * rows share (a mention, a speaker) it would be recomputed per row, so the field's own batched
   * query, which reads each distinct parent once, serves it instead.
   */
  hub?: boolean;
  shape: Shape;
  /** The order, where no argument changes it: the field's own batched query (relations.cypher.ts) follows it too. */
  order?: (n: string, r: string) => string;
  /** Conditions, order and limit from the field's arguments; null when they can't be planned (bad input included: the field's own resolver reports it where it belongs). */
  args: (args: Record<string, unknown>, plan: QueryPlan, n: string, r: string) => PlannedArgs | null;
}

function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** A list ordered by `orderBy`, `first` items (default 20, capped). */
function list(match: RelationSpec['match'], orderBy: (n: string, r: string) => string, shape: Shape = { kind: 'nodes' }): RelationSpec {
  return {
    match,
    shape,
    order: orderBy,
    args: (args, plan, n, r) => attempt(() => ({ where: [], orderBy: orderBy(n, r), limit: listLimit(args.first as number | undefined, plan.maxPageSize) })),
  };
}

/** A connection ordered by `orderBy`: the page `first` after `after`, totalCount counted when selected. */
function connection(match: RelationSpec['match'], orderBy: (n: string, r: string) => string, wrap?: WrapShape): RelationSpec {
  return {
    match,
    shape: wrap ? { kind: 'connection', wrap } : { kind: 'connection' },
    order: orderBy,
    args: (args, plan, n, r) =>
      attempt(() => {
        const page = toPage(args as { first?: number; after?: string }, plan.maxPageSize);
        return { where: [], orderBy: orderBy(n, r), limit: page.first, page };
      }),
  };
}

/** `n:Person OR n:Place`: a label test Neo4j answers from the node itself. Labels only from the closed SubjectType enum. */
export function labelsAnyOf(n: string, types: unknown[]): string {
  const labels = types.map((t) => {
    if (!Object.values(SubjectType).includes(t as SubjectType)) throw new Error(`Not a subject type: ${String(t)}`);
    return `${n}:${t as string}`;
  });
  return `(${labels.join(' OR ')})`;
}

const hub = (spec: RelationSpec): RelationSpec => ({ ...spec, hub: true });

const byName = (n: string) => `${n}.name`;
const newestArticleFirst = (n: string) => `${n}.publishedMs DESC, ${n}.id`;
const byDateThenName = (n: string) => `${n}.date, ${n}.name`;
/** Pages need a total order: the id breaks ties of date and name. */
const byDateThenNameThenId = (n: string) => `${n}.date, ${n}.name, ${n}.id`;
const byKindThenName = (n: string) => `labels(${n})[0], ${n}.name`;

/**
 * Statement conditions the planner folds in: everything but article and date bounds, which
 * select reports rather than statements (the field's own query handles those).
 */
function statementConditions(f: StatementFilterParams, plan: QueryPlan, n: string): string[] | null {
  if (f.article || f.from || f.to) return null;
  const where: string[] = [];
  if (f.kind) where.push(`${n}.kind = ${plan.param(f.kind)}`);
  if (f.verb) where.push(`${n}.verb = ${plan.param(f.verb)}`);
  if (f.text) where.push(`toLower(${n}.text) CONTAINS ${plan.param(f.text)}`);
  if (f.speaker) where.push(`EXISTS { MATCH (:Entity {id: ${plan.param(f.speaker)}})-[:STATED]->(${n}) }`);
  if (f.about) where.push(`EXISTS { MATCH (${n})-[:ABOUT]->(x) WHERE x.id = ${plan.param(f.about)} }`);
  return where;
}

/** The range-indexed property each order starts with (migrations 004, 006). */
const STATEMENT_ORDER_INDEX: Record<StatementOrder, string> = {
  [StatementOrder.NEWEST_FIRST]: 'lastReportedMs',
  [StatementOrder.OLDEST_FIRST]: 'firstReportedMs',
};

/** Newest first by the latest report (kept on each statement by the writes), or oldest first. */
const STATEMENT_ORDER_BY: Record<StatementOrder, (n: string) => string> = {
  [StatementOrder.NEWEST_FIRST]: (n) => `${n}.lastReportedMs DESC, ${n}.id`,
  [StatementOrder.OLDEST_FIRST]: (n) => `${n}.firstReportedMs, ${n}.id`,
};

function statements(match: RelationSpec['match'], connection: boolean, readingOrder = false, shape?: Shape, degree?: (p: string) => string): RelationSpec {
  return {
    match,
    hub: !readingOrder,
    shape: shape ?? (connection ? { kind: 'connection' } : { kind: 'nodes' }),
    args: (args, plan, n, r) =>
      attempt(() => {
        const where = statementConditions(toFilterParams(args.filter as StatementFilter | undefined), plan, n);
        if (!where) return null;
        const order = (args.orderBy as StatementOrder | undefined) ?? StatementOrder.NEWEST_FIRST;
        const orderBy = readingOrder ? `${r}.start, ${r}.order, ${n}.id` : STATEMENT_ORDER_BY[order](n);
        const hub = degree && !readingOrder ? (p: string) => ({ degree: degree(p), label: 'Statement', property: STATEMENT_ORDER_INDEX[order] }) : undefined;
        if (!connection) return { where, orderBy, limit: listLimit(args.first as number | undefined, plan.maxPageSize), hubWalk: hub };
        const page = toPage(args as { first?: number; after?: string }, plan.maxPageSize);
        return { where, orderBy, limit: page.first, page, hubWalk: hub };
      }),
  };
}

const stated = (p: string, r: string, n: string) => `MATCH (${p})-[${r}:STATED]->(${n}:Statement)`;
const statedAbout = (p: string, r: string, n: string) => `MATCH (${p})<-[${r}:ABOUT]-(${n}:Statement)`;
const mentions = (p: string, r: string, n: string) => `MATCH (${n}:Article)-[${r}:MENTIONS]->(${p})`;
const mentionedIn = hub(list(mentions, newestArticleFirst));
const mentionedInConnection = hub(connection(mentions, newestArticleFirst));
const participatedIn = (p: string, r: string, n: string) => `MATCH (${p})-[${r}:PARTICIPATED_IN]->(${n}:Event)`;
const wrote = (p: string, r: string, n: string) => `MATCH (${n}:Article)-[${r}:WRITTEN_BY]->(${p})`;
const tagged = (p: string, r: string, n: string) => `MATCH (${n}:Article)-[${r}:TAGGED]->(${p})`;
const evidence = { evidence: (r: string) => `${r} {.sentence, .start, .end}` };
const reportedIn = (p: string, r: string, n: string) => `MATCH (${p})-[${r}:REPORTED_IN]->(${n}:Article)`;
const oldestArticleFirst = (n: string) => `${n}.publishedMs, ${n}.id`;
/** A Report: the article and the sentence it gave as evidence. */
const REPORT: WrapShape = { nodeField: 'article', extras: evidence };
const reports = (p: string, r: string, n: string) => `MATCH (${p})<-[${r}:REPORTED_IN]-(${n}:Statement)`;
/** A ReportedStatement: the statement and the article's sentence that carries it. */
const REPORTED_STATEMENT: WrapShape = { nodeField: 'statement', extras: evidence };

const statedDegree = (p: string) => `COUNT { (${p})-[:STATED]->() }`;
const aboutDegree = (p: string) => `COUNT { (${p})<-[:ABOUT]-() }`;

const ENTITY: Record<string, RelationSpec> = {
  statements: statements(stated, false, false, undefined, statedDegree),
  statementsConnection: statements(stated, true, false, undefined, statedDegree),
  statementsAbout: statements(statedAbout, false, false, undefined, aboutDegree),
  statementsAboutConnection: statements(statedAbout, true, false, undefined, aboutDegree),
  mentionedIn,
  mentionedInConnection,
  events: list(participatedIn, byDateThenName),
  eventsConnection: connection(participatedIn, byDateThenNameThenId),
};

/** By GraphQL object type, then field name. */
export const RELATIONS: Record<string, Record<string, RelationSpec>> = {
  Article: {
    authors: list((p, r, n) => `MATCH (${p})-[${r}:WRITTEN_BY]->(${n}:Person)`, byName),
    topics: list((p, r, n) => `MATCH (${p})-[${r}:TAGGED]->(${n}:Topic)`, byName),
    mentions: {
      match: (p, r, n) => `MATCH (${p})-[${r}:MENTIONS]->(${n})`,
      shape: { kind: 'nodes' },
      order: byKindThenName,
      args: (args, plan, n) =>
        attempt(() => ({
          where: Array.isArray(args.types) && args.types.length > 0 ? [labelsAnyOf(n, args.types)] : [],
          orderBy: byKindThenName(n),
          limit: listLimit(args.first as number | undefined, plan.maxPageSize),
        })),
    },
    events: list((p, r, n) => `MATCH (${p})-[${r}:MENTIONS]->(${n}:Event)`, byDateThenName),
    statements: statements(reports, false, true, { kind: 'wrapped', ...REPORTED_STATEMENT }),
    statementsConnection: statements(reports, true, true, { kind: 'connection', wrap: REPORTED_STATEMENT }),
  },
  Person: {
    ...ENTITY,
    positions: {
      match: (p, r, n) => `MATCH (${p})-[${r}:HOLDS_ROLE]->(${n}:Entity)`,
      shape: { kind: 'wrapped', nodeField: 'of', extras: { title: (r) => `${r}.title` } },
      order: (_n, r) => `${r}.title`,
      args: (_args, plan, _n, r) => ({ where: [], orderBy: `${r}.title`, limit: plan.maxPageSize }),
    },
    articles: hub(list(wrote, newestArticleFirst)),
    articlesConnection: hub(connection(wrote, newestArticleFirst)),
  },
  Organization: ENTITY,
  Place: ENTITY,
  Topic: {
    articles: hub(list(tagged, newestArticleFirst)),
    articlesConnection: hub(connection(tagged, newestArticleFirst)),
    statementsAbout: statements(statedAbout, false, false, undefined, aboutDegree),
    statementsAboutConnection: statements(statedAbout, true, false, undefined, aboutDegree),
  },
  Event: {
    participants: list((p, r, n) => `MATCH (${n}:Entity)-[${r}:PARTICIPATED_IN]->(${p})`, byName),
    mentionedIn,
    mentionedInConnection,
    statementsAbout: statements(statedAbout, false),
    statementsAboutConnection: statements(statedAbout, true),
  },
  Statement: {
    speaker: {
      match: (p, r, n) => `MATCH (${n}:Entity)-[${r}:STATED]->(${p})`,
      shape: { kind: 'node' },
      order: (n) => `${n}.id`,
      args: (_args, _plan, n) => ({ where: [], orderBy: `${n}.id`, limit: 1 }),
    },
    about: list((p, r, n) => `MATCH (${p})-[${r}:ABOUT]->(${n})`, byKindThenName),
    reports: list(reportedIn, oldestArticleFirst, { kind: 'wrapped', ...REPORT }),
    reportsConnection: connection(reportedIn, oldestArticleFirst, REPORT),
  },
};
