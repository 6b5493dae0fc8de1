import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

describe('lookups', () => {
  it('finds any node by its global id, with its type', async () => {
    const { data, errors } = await graph.query(`{
      isw: node(id: "organization:institute-for-the-study-of-war") { __typename id ... on Organization { name aliases kind } }
      putin: node(id: "person:vladimir-putin") { __typename ... on Person { name roles } }
      talks: node(id: "event:third-round-of-talks") { __typename ... on Event { status date } }
      topic: node(id: "topic:negotiations") { __typename }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      isw: { __typename: 'Organization', id: 'organization:institute-for-the-study-of-war', name: 'Institute for the Study of War', aliases: ['ISW'], kind: 'think tank' },
      putin: { __typename: 'Person', name: 'Vladimir Putin', roles: ['Russian leader'] },
      talks: { __typename: 'Event', status: 'EXPECTED', date: null },
      topic: { __typename: 'Topic' },
    });
  });

  it('returns null for an unknown id, a malformed id and an id of another kind', async () => {
    const { data, errors } = await graph.query(`{
      unknown: node(id: "person:nobody") { id }
      malformed: node(id: "no-kind-here") { id }
      wrongKind: person(id: "organization:kremlin") { id }
      article(id: "article:0000000000000000") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ unknown: null, malformed: null, wrongKind: null, article: null });
  });

  it('looks entities up by name or alias, folding case and accents', async () => {
    const { data } = await graph.query(`{
      byAcronym: organization(name: "isw") { id }
      byName: organization(name: "INSTITUTE FOR THE STUDY OF WAR") { id }
      bySurname: person(name: "Healey") { name }
      accented: person(name: "Jóhn Héaley") { name }
      entities(name: "UK") { __typename name }
    }`);
    expect(data).toEqual({
      byAcronym: { id: 'organization:institute-for-the-study-of-war' },
      byName: { id: 'organization:institute-for-the-study-of-war' },
      bySurname: { name: 'John Healey' },
      accented: { name: 'John Healey' },
      entities: [{ __typename: 'Place', name: 'United Kingdom' }],
    });
  });

  it('asks for exactly one of id or name', async () => {
    const { errors } = await graph.query('{ person(id: "person:donald-trump", name: "Trump") { id } }');
    expect(errors?.[0]).toMatchObject({ message: 'Give exactly one of id or name to look up a Person.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('connections', () => {
  it('pages through people with cursors, totalCount and pageInfo', async () => {
    const first = await graph.query('{ people(first: 3) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }');
    expect(first.data.people).toMatchObject({
      totalCount: 4,
      nodes: [{ name: 'Donald Trump' }, { name: 'John Healey' }, { name: 'Olha Hlushchenko' }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const next = await graph.query('query($after: String) { people(first: 3, after: $after) { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }', {
      after: first.data.people.pageInfo.endCursor,
    });
    expect(next.data.people).toEqual({ nodes: [{ name: 'Vladimir Putin' }], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('counts only when totalCount is asked for', async () => {
    const withCount = await graph.query('{ articles(first: 5) { totalCount nodes { id } } }');
    const withoutCount = await graph.query('{ articles(first: 5) { nodes { id } } }');
    expect(withCount.cypher).toHaveLength(2);
    expect(withoutCount.cypher).toHaveLength(1);
  });

  it('refuses a page size above the cap, naming the cap', async () => {
    const { data, errors } = await graph.query('{ articles(first: 101) { nodes { id } } }');
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: 'first must be between 0 and 100, got 101. Page through larger results with after.',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  });

  it('refuses a cursor it did not issue', async () => {
    const { errors } = await graph.query('{ articles(after: "not-a-cursor") { nodes { id } } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('after is not a cursor this API issued');
  });
});

describe('relationships', () => {
  it('traces each statement back to the sentence it came from', async () => {
    const { data } = await graph.query(`{
      articles(first: 1) { nodes { body statements(first: 100) { statement { kind speaker { name } } evidence { sentence start end } } } }
    }`);
    const article = data.articles.nodes[0];
    expect(article.statements).toHaveLength(8);
    for (const { evidence } of article.statements) expect(article.body.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    expect(article.statements.map((s: any) => s.statement.speaker?.name ?? null)).toEqual([
      'Institute for the Study of War', 'John Healey', 'John Healey', 'Donald Trump', 'Institute for the Study of War',
      'Institute for the Study of War', null, 'Institute for the Study of War',
    ]);
  });

  it('gives people their roles in organizations and countries', async () => {
    const { data } = await graph.query('{ person(name: "Donald Trump") { roles positions { title of { __typename name } } } }');
    expect(data.person).toEqual({ roles: ['US President'], positions: [{ title: 'President', of: { __typename: 'Place', name: 'United States' } }] });
  });
});

describe('errors', () => {
  it('answers a malformed query with GRAPHQL_PARSE_FAILED and an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const parse = await graph.query('{ people(first: 2 { nodes { name } } }');
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const validation = await graph.query('{ people { nodes { shoeSize } } }');
    expect(validation.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(validation.errors?.[0]?.message).toContain('Cannot query field "shoeSize" on type "Person"');
  });

  it('refuses a query whose worst-case size passes the cost limit, counting first from the variables', async () => {
    const fanOut = `query($n: Int) { articles(first: $n) { nodes { mentions(first: $n) { ... on Entity { mentionedIn(first: $n) { mentions(first: $n) { __typename } } } } } } }`;
    const big = await graph.query(fanOut, { n: 100 });
    expect(big.cypher).toHaveLength(0);
    expect(big.errors?.[0]).toMatchObject({
      message: 'Query cost 101010201 exceeds the limit of 200000: ask for fewer items per list (first, limit) or fewer nested lists.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    const small = await graph.query(fanOut, { n: 5 });
    expect(small.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than the limit before running anything', async () => {
    // articles → nodes → mentions → statements → about → statementsAbout → … : 12 levels.
    let selection = '{ name }';
    for (let i = 0; i < 4; i++) selection = `{ ... on Place { statementsAbout { about ${selection} } } }`;
    const deep = `{ articles { nodes { mentions { ... on Person { statements { about ${selection} } } } } } }`;
    const result = await graph.query(deep);
    expect(result.cypher).toHaveLength(0);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10/i);
  });
});
