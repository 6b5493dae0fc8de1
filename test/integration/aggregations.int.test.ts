/**
 * Dashboard counts (statementCounts, mentionCounts) over the seed: each group's count is what the
 * statement list with the same filter says, periods come from the reports' dates, bad input is
 * named, and each panel is one Cypher query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

async function total(filter: Record<string, unknown>): Promise<number> {
  const { data, errors } = await graph.query('query($f: StatementFilter){ statements(filter: $f){ totalCount } }', { f: filter });
  expect(errors).toBeUndefined();
  return data.statements.totalCount;
}

describe('statementCounts', () => {
  it('counts per speaker what statements(filter: {speaker}) lists, most first, in one query', async () => {
    const queries: string[] = [];
    const { data, errors } = await graph.queryWith(
      '{ statementCounts(by: SPEAKER, first: 50) { key count node { __typename ... on Entity { id name } } } }',
      undefined,
      (q) => queries.push(q.cypher),
    );
    expect(errors).toBeUndefined();
    expect(queries).toHaveLength(1);
    const groups = data.statementCounts;
    expect(groups.length).toBeGreaterThan(2);
    for (const g of groups) {
      expect(g.node.id).toBe(g.key);
      expect(g.count).toBe(await total({ speaker: g.key }));
    }
    const counts = groups.map((g: any) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(groups[0].node).toEqual({ __typename: 'Organization', id: 'organization:institute-for-the-study-of-war', name: 'Institute for the Study of War' });
  });

  it('counts per verb and kind under a filter, the groups adding up to the filtered total', async () => {
    const filter = { about: 'place:russia' };
    const { data, errors } = await graph.query('query($f: StatementFilter){ verbs: statementCounts(by: VERB, filter: $f) { key count node { __typename } } kinds: statementCounts(by: KIND, filter: $f) { key count } }', { f: filter });
    expect(errors).toBeUndefined();
    const all = await total(filter);
    expect(all).toBeGreaterThan(0);
    expect(data.verbs.reduce((n: number, g: any) => n + g.count, 0)).toBe(all);
    expect(data.kinds.reduce((n: number, g: any) => n + g.count, 0)).toBe(all);
    for (const g of data.verbs) {
      expect(g.node).toBeNull();
      expect(g.count).toBe(await total({ ...filter, verb: g.key }));
    }
    for (const g of data.kinds) expect(g.count).toBe(await total({ ...filter, kind: g.key }));
  });

  it('groups by the month, week and day of the first report: the seed article is of 2025-07-22, a Tuesday', async () => {
    const { data, errors } = await graph.query('{ m: statementCounts(by: MONTH) { key count } w: statementCounts(by: WEEK) { key count } d: statementCounts(by: DAY) { key count } }');
    expect(errors).toBeUndefined();
    const all = await total({});
    expect(data.m).toEqual([{ key: '2025-07-01', count: all }]);
    expect(data.w).toEqual([{ key: '2025-07-21', count: all }]);
    expect(data.d).toEqual([{ key: '2025-07-22', count: all }]);
    // A date range that leaves the seed out leaves no group.
    const { data: none } = await graph.query('{ statementCounts(by: MONTH, filter: { from: "2026" }) { key count } }');
    expect(none.statementCounts).toEqual([]);
  });

  it('counts topics and subjects statements are about', async () => {
    const { data, errors } = await graph.query('{ t: statementCounts(by: TOPIC) { key count node { __typename } } s: statementCounts(by: SUBJECT, first: 100) { key count } }');
    expect(errors).toBeUndefined();
    for (const g of data.t) {
      expect(g.node.__typename).toBe('Topic');
      expect(g.count).toBe(await total({ about: g.key }));
    }
    expect(data.s.map((g: any) => g.key)).toEqual(expect.arrayContaining(data.t.map((g: any) => g.key)));
    for (const g of data.s) expect(g.count).toBe(await total({ about: g.key }));
  });

  it('names a bad filter or page size', async () => {
    const bad = await graph.query('{ statementCounts(by: VERB, filter: { from: "July" }) { key } }');
    expect(bad.errors?.[0]).toMatchObject({ message: 'filter.from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "July".', extensions: { code: 'BAD_USER_INPUT' } });
    const big = await graph.query('{ statementCounts(by: VERB, first: 100000) { key } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/^first must be between 0 and \d+, got 100000\.$/);
  });
});

describe('mentionCounts', () => {
  it('ranks what articles in the range mention, by kind, and counts each article once', async () => {
    const { data, errors } = await graph.query('{ mentionCounts(types: [ORGANIZATION], from: "2025-07", to: "2025-07-31", first: 100) { count node { __typename ... on Entity { id name } } } }');
    expect(errors).toBeUndefined();
    const rows = data.mentionCounts;
    expect(rows.length).toBeGreaterThan(1);
    // One article in the seed: every organization it mentions, once.
    for (const r of rows) expect(r).toMatchObject({ count: 1, node: { __typename: 'Organization' } });
    const { data: article } = await graph.query('{ articles(first: 1) { nodes { mentions(types: [ORGANIZATION], first: 100) { ... on Entity { id } } } } }');
    expect(rows.map((r: any) => r.node.id).sort()).toEqual(article.articles.nodes[0].mentions.map((m: any) => m.id).sort());
    const { data: later } = await graph.query('{ mentionCounts(from: "2025-08") { count } }');
    expect(later.mentionCounts).toEqual([]);
  });

  it('names bad dates and a range that ends before it starts', async () => {
    const bad = await graph.query('{ mentionCounts(from: "2025-13") { count } }');
    expect(bad.errors?.[0]).toMatchObject({ message: 'from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2025-13".', extensions: { code: 'BAD_USER_INPUT' } });
    const reversed = await graph.query('{ mentionCounts(from: "2025-08", to: "2025-07") { count } }');
    expect(reversed.errors?.[0]).toMatchObject({ message: 'from (2025-08) is after to (2025-07).', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
