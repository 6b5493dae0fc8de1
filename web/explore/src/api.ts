/**
 * The explorer's only I/O: read queries to the public GraphQL endpoint (same origin, JSON POST so
 * Apollo's CSRF check passes). No key, no mutation. Enum values are never written into these
 * documents and filters travel as variables, so the page does not hard-code the schema's spellings.
 */

import type { ApiEdge, ApiNode } from './graph-model.js';

export class ApiError extends Error {
  override name = 'ApiError';
}

export async function graphql<T>(endpoint: string, query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(`The API at ${endpoint} did not answer.`);
  }
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (body.data == null) throw new ApiError(`The API answered ${response.status} without data.`);
  return body.data;
}

export interface SearchHit {
  id: string;
  typename: string;
  label: string;
  fragment: string;
  ranges: { start: number; end: number }[];
}

const SEARCH = `query ExploreSearch($query: String!) {
  search(query: $query, first: 10) {
    nodes {
      fragment
      ranges { start end }
      node {
        __typename
        ... on Entity { id name }
        ... on Topic { id name }
        ... on Event { id name }
        ... on Article { id title }
        ... on Statement { id text }
      }
    }
  }
}`;

type Labelled = { __typename: string; id: string; name?: string; title?: string; text?: string };

export async function search(endpoint: string, text: string): Promise<SearchHit[]> {
  const data = await graphql<{ search: { nodes: { fragment: string; ranges: SearchHit['ranges']; node: Labelled }[] } }>(endpoint, SEARCH, { query: text });
  return data.search.nodes.map((hit) => ({
    id: hit.node.id,
    typename: hit.node.__typename,
    label: labelOf(hit.node),
    fragment: hit.fragment,
    ranges: hit.ranges,
  }));
}

const NEIGHBORHOOD = `query ExploreNeighborhood($id: ID!, $limit: Int!) {
  neighborhood(id: $id, depth: 1, limit: $limit) {
    totalCount
    truncated
    nodes { id label type properties }
    edges { source target type }
  }
}`;

export interface Neighborhood {
  totalCount: number;
  truncated: boolean;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** The node and everything one hop from it (at most `limit` besides it); null when the id is unknown. */
export async function neighborhood(endpoint: string, id: string, limit: number): Promise<Neighborhood | null> {
  const data = await graphql<{ neighborhood: Neighborhood | null }>(endpoint, NEIGHBORHOOD, { id, limit });
  return data.neighborhood;
}

const REPORTED = `fragment ExploreStatement on Statement {
  id
  kind
  verb
  verbAsWritten
  text
  firstReportedAt
  speaker { id name }
  reportsConnection(first: 5) {
    nodes {
      article { id title publishedAt url }
      evidence { sentence }
    }
  }
}`;

type ReportView = StatementView['reports'][number];
/** A statement as the API answers it: its first reports as a connection's nodes. */
type ApiStatement = Omit<StatementView, 'reports'> & { reportsConnection: { nodes: ReportView[] } };

function toView({ reportsConnection, ...statement }: ApiStatement): StatementView {
  return { ...statement, reports: reportsConnection.nodes };
}

const STATEMENTS = `query ExploreStatements($said: StatementFilter!, $about: StatementFilter!, $withSaid: Boolean!, $withAbout: Boolean!) {
  said: statements(filter: $said, first: 20) @include(if: $withSaid) { totalCount nodes { ...ExploreStatement } }
  about: statements(filter: $about, first: 20) @include(if: $withAbout) { totalCount nodes { ...ExploreStatement } }
}
${REPORTED}`;

const ONE_STATEMENT = `query ExploreOneStatement($id: ID!) {
  statement(id: $id) { ...ExploreStatement }
}
${REPORTED}`;

export interface StatementView {
  id: string;
  kind: string;
  verb: string;
  verbAsWritten: string | null;
  text: string;
  firstReportedAt: string;
  speaker: { id: string; name: string } | null;
  reports: { article: { id: string; title: string; publishedAt: string; url: string | null }; evidence: { sentence: string } }[];
}

export interface StatementList {
  title: string;
  totalCount: number;
  nodes: StatementView[];
}

export interface DateFilter {
  from?: string;
  to?: string;
}

/**
 * The statements to show for a node: what an entity said and what was said about it; what was said
 * about a topic or an event; what an article reported; a statement itself.
 */
export async function statementsFor(endpoint: string, id: string, kind: string, dates: DateFilter): Promise<StatementList[]> {
  if (kind === 'statement') {
    const data = await graphql<{ statement: ApiStatement | null }>(endpoint, ONE_STATEMENT, { id });
    return data.statement ? [{ title: 'Statement', totalCount: 1, nodes: [toView(data.statement)] }] : [];
  }
  const speaks = kind === 'person' || kind === 'organization' || kind === 'place';
  const range = { ...(dates.from ? { from: dates.from } : {}), ...(dates.to ? { to: dates.to } : {}) };
  const said = kind === 'article' ? { article: id, ...range } : { speaker: id, ...range };
  const about = { about: id, ...range };
  const withSaid = speaks || kind === 'article';
  const withAbout = kind !== 'article';
  type ApiList = { totalCount: number; nodes: ApiStatement[] };
  const data = await graphql<{ said?: ApiList; about?: ApiList }>(endpoint, STATEMENTS, { said, about, withSaid, withAbout });
  const lists: StatementList[] = [];
  if (data.said) lists.push({ title: kind === 'article' ? 'Statements reported here' : 'Statements made', totalCount: data.said.totalCount, nodes: data.said.nodes.map(toView) });
  if (data.about) lists.push({ title: 'Statements about it', totalCount: data.about.totalCount, nodes: data.about.nodes.map(toView) });
  return lists;
}

const PATHS = `query ExplorePaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 5) {
    length
    text
    nodes {
      __typename
      id
      ... on Entity { name }
      ... on Topic { name }
      ... on Event { name }
      ... on Article { title }
      ... on Statement { text }
    }
    steps { relationship direction from { id } to { id } }
  }
}`;

export interface PathView {
  length: number;
  text: string;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** The paths between two nodes, [] when none joins them; null when either end is no longer in the graph. */
export async function paths(endpoint: string, from: string, to: string): Promise<PathView[] | null> {
  const data = await graphql<{
    paths: { length: number; text: string; nodes: Labelled[]; steps: { relationship: string; direction: string; from: { id: string }; to: { id: string } }[] }[] | null;
  }>(endpoint, PATHS, { from, to });
  if (data.paths === null) return null;
  return data.paths.map((p) => ({
    length: p.length,
    text: p.text,
    nodes: p.nodes.map((n) => ({ id: n.id, label: labelOf(n), type: n.__typename })),
    // A step reads from → to; the relationship points that way when OUTGOING.
    edges: p.steps.map((s) =>
      s.direction.toUpperCase() === 'OUTGOING'
        ? { source: s.from.id, target: s.to.id, type: s.relationship }
        : { source: s.to.id, target: s.from.id, type: s.relationship },
    ),
  }));
}

function labelOf(node: Labelled): string {
  return node.name ?? node.title ?? node.text ?? node.id;
}
