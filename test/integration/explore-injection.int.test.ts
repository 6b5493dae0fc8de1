/**
 * Client text never becomes Cypher or Lucene syntax: names with quotes, backticks, braces, `//` and
 * Cypher keywords go through every filter, lookup and search and come back as text — the graph is
 * unchanged, errors are the documented client errors, and none quotes Cypher or the driver.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX } from '../../src/domain/explore/search.cypher.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { projectPath } from '../../src/project-path.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { buildArticle, person } from '../fixtures/parsed-article.js';
import { ISW, RUSSIA, resetWithExploreReports } from '../fixtures/explore-reports.js';

const PAYLOADS = [
  "x'}) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  '`) DETACH DELETE n WITH 1 AS x MATCH (m`',
  '{id: 1}) CALL { MATCH (n) DETACH DELETE n } //',
  "' OR 1=1 //",
  "\\'; MATCH (n) SET n.pwned = true //",
  "person:x'}) DETACH DELETE n //",
  'organization:") UNION MATCH (n) DETACH DELETE n RETURN n //',
  'statement:$ids',
  'topic:*',
  'title:"x" OR /.*/ AND negotiating~ table* {a TO b} [c TO d] ^2 \\',
];

/** An article whose names and statement text are shaped like an injection: stored and found as text. */
const ODD_NAME = "x'}) DETACH DELETE n //";
const ODD_TEXT = 'MATCH (n) DETACH DELETE n // {brace} `tick` "quote" it\'s fine';
const oddArticle = buildArticle({
  title: 'A report with injection-shaped names',
  publishedAt: '2025-09-01T08:00:00',
  url: 'https://example.test/news/odd-names',
  authors: ['Test Author'],
  tags: ['odd names'],
  paragraphs: [`${ODD_NAME} said that ${ODD_TEXT}.`],
  entities: [person(ODD_NAME)],
  statements: [{ speaker: person(ODD_NAME).id, verb: 'say', kind: 'CLAIM', text: ODD_TEXT, about: [RUSSIA], sentence: `${ODD_NAME} said that ${ODD_TEXT}.` }],
});

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetWithExploreReports(graph);
  await writeArticle(graph.executor, oddArticle);
});
afterAll(() => graph.close());

async function graphShape(): Promise<{ nodes: number; relationships: number; pwned: number }> {
  const [row] = await graph.executor.read<{ nodes: number; relationships: number; pwned: number }>(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS relationships MATCH (m) WHERE m.pwned IS NOT NULL RETURN nodes, relationships, count(m) AS pwned',
  );
  return row!;
}

const EVERY_FIELD = `query($p: String!, $id: ID!) {
  statements(filter: { speaker: $id, verb: $p, about: $id, textContains: $p, article: $id }) { totalCount nodes { id } }
  byText: statements(filter: { textContains: $p }) { nodes { id } }
  byVerb: statements(filter: { verb: $p }) { totalCount }
  organizations(first: 5) { nodes {
    statementsConnection(filter: { textContains: $p, about: $id, speaker: $id }) { totalCount }
    statements(filter: { verb: $p }) { id }
    statementsAbout(filter: { article: $id, textContains: $p }) { id }
  } }
  topics(first: 5) { nodes { statementsAboutConnection(filter: { textContains: $p, speaker: $id }) { totalCount } } }
  events(first: 5) { nodes { statementsAbout(filter: { about: $id, verb: $p }) { id } } }
  articles(first: 5) { nodes { statements(filter: { textContains: $p, speaker: $id }) { evidence { start } } statementsConnection(filter: { verb: $p }) { totalCount } mentions { __typename } } }
  search(query: $p) { totalCount nodes { fragment highlighted } }
  neighborhood(id: $id) { totalCount }
  timeline(id: $id) { totalCount }
  relatedEntities(id: $id) { totalCount }
  node(id: $id) { id }
  entities(name: $p) { id }
  person(name: $p) { id }
  statement(id: $id) { id }
}`;

describe('injection-shaped input is only ever text', () => {
  it.each(PAYLOADS)('%s through every filter, lookup and search', async (payload) => {
    const before = await graphShape();
    const result = await graph.query(EVERY_FIELD, { p: payload, id: payload });
    for (const error of result.errors ?? []) {
      // search refuses a payload without any word; nothing else may fail.
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toBe('query must contain at least one word (letters or digits).');
    }
    if (!result.errors) {
      expect(result.data.statements.totalCount).toBe(0);
      expect(result.data.neighborhood).toBeNull();
      expect(result.data.timeline).toBeNull();
      expect(result.data.relatedEntities).toBeNull();
      expect(result.data.node).toBeNull();
    }

    for (const [query, variables] of [
      ['query($p: ID!) { paths(from: $p, to: "place:russia") { length } }', { p: payload }],
      ['query($p: ID!) { paths(from: "place:russia", to: $p, via: [ABOUT]) { length } }', { p: payload }],
      ['query($p: ID!) { stance(speaker: $p, subject: "place:russia") { statementCount } }', { p: payload }],
      [`query($p: ID!) { stance(speaker: "${ISW}", subject: $p) { statementCount } }`, { p: payload }],
    ] as const) {
      const r = await graph.query(query, variables);
      expect(r.errors).toBeUndefined();
      expect(Object.values(r.data)).toEqual([null]);
    }
    for (const [query, argument] of [
      ['query($p: String) { statements(filter: { from: $p }) { totalCount } }', 'filter.from'],
      ['query($p: String) { timeline(id: "place:russia", to: $p) { totalCount } }', 'to'],
    ] as const) {
      const r = await graph.query(query, { p: payload });
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: argument } });
    }
    expect(await graphShape()).toEqual(before);
  });

  it('finds names and statements written like injections, as text', async () => {
    const before = await graphShape();
    const { data, errors } = await graph.query(`query($name: String!, $text: String!) {
      entities(name: $name) { id name }
      statements(filter: { textContains: $text }) { nodes { text speaker { name } } }
      search(query: $name, types: [PERSON]) { nodes { matchedField fragment highlighted node { ... on Person { name } } } }
    }`, { name: ODD_NAME, text: '{brace} `tick` "quote"' });
    expect(errors).toBeUndefined();
    expect(data.entities).toEqual([{ id: 'person:x-detach-delete-n', name: ODD_NAME }]);
    expect(data.statements.nodes).toEqual([{ text: ODD_TEXT, speaker: { name: ODD_NAME } }]);
    expect(data.search.nodes[0]).toEqual({
      matchedField: 'NAME',
      fragment: ODD_NAME,
      highlighted: '<mark>x</mark>&#39;}) <mark>DETACH</mark> <mark>DELETE</mark> <mark>n</mark> //',
      node: { name: ODD_NAME },
    });
    expect(await graphShape()).toEqual(before);
  });

  it('masks what is not a client error: no Cypher, driver text or stack reaches a client', async () => {
    // Without the full-text index, search fails inside Neo4j: a real driver error, which the client must see only masked.
    const migration = readFileSync(projectPath('schema', 'migrations', '003_fulltext.cypher'), 'utf8').replace(/^\/\/.*$/gm, '').trim();
    await graph.executor.schema(`DROP INDEX ${SEARCH_INDEX} IF EXISTS`);
    try {
      const response = await graph.query('{ search(query: "Putin") { totalCount nodes { score } } }');
      expect(response.data).toBeNull();
      // Exactly the masked message and code, besides where in the operation it happened.
      expect(response.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: [{ line: 1, column: 3 }], path: ['search'] }]);
      const json = JSON.stringify({ data: response.data, errors: response.errors });
      for (const text of ['Neo4j', 'Cypher', 'index', 'at ']) expect(json).not.toContain(text);
    } finally {
      await graph.executor.schema(migration.replace(/;$/, ''));
      await graph.executor.schema(`CALL db.awaitIndex('${SEARCH_INDEX}', 300)`);
    }
    expect((await graph.query('{ search(query: "Putin") { totalCount } }')).data?.search.totalCount).toBeGreaterThan(0);
  });
});
