import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { ISW, KREMLIN, NEGOTIATIONS, RUSSIA, SEED, TARIFFS, TRUMP, resetWithExploreReports } from '../fixtures/explore-reports.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetWithExploreReports(graph);
});
afterAll(() => graph.close());

const STATEMENTS = `query($filter: StatementFilter, $orderBy: StatementOrder, $first: Int, $after: String) {
  statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    nodes { id text firstReportedAt lastReportedAt speaker { id } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

async function statements(filter: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const result = await graph.query(STATEMENTS, { filter, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data.statements as { totalCount: number; nodes: { id: string; text: string; speaker: { id: string } | null }[]; pageInfo: any };
}

describe('statements(filter)', () => {
  it('finds ISW statements about Russia across three reports, the latest reported first', async () => {
    const result = await statements({ speaker: ISW, about: RUSSIA });
    expect(result.totalCount).toBe(5);
    expect(result.nodes.map((n) => n.text.slice(0, 40))).toEqual([
      "Russia's summer offensive is unlikely to", // 2025-08-05
      'only significant Russian battlefield set', // 2025-07-29
      'ISW has consistently assessed that only ', // 2025-07-22, then by id
      'such setbacks for Russia are unlikely to',
      'only proper military assistance to Ukrai',
    ]);
    expect(result.nodes.slice(2).map((n) => n.id)).toEqual([SEED.iswConsistentlyAssessed, SEED.iswSetbacksUnlikely, SEED.iswOnlyProperAssistance]);
  });

  it('orders by the earliest report with OLDEST_FIRST; a statement repeated later keeps its first date', async () => {
    const result = await statements({ speaker: ISW, about: KREMLIN }, { orderBy: 'OLDEST_FIRST' });
    expect(result.nodes).toMatchObject([{ id: SEED.iswKremlinProtracting, firstReportedAt: '2025-07-22T03:22:00', lastReportedAt: '2025-07-29T10:00:00' }]);
  });

  it('filters by date range on the publication date of the reports, inclusive, with month and year bounds', async () => {
    const late = (await statements({ speaker: ISW, from: '2025-07-25' })).nodes.map((n) => n.text.slice(0, 20));
    expect(late[0]).toBe("Russia's summer offe"); // 2025-08-05
    // Both reported on 2025-07-29 (the first again, after 2025-07-22): ties go by id.
    expect(late.slice(1).sort()).toEqual(['ISW continues to ass', 'only significant Rus']);
    // The four seed statements and the near-repeat of 2025-07-29; not August's.
    expect((await statements({ speaker: ISW, to: '2025-07' })).totalCount).toBe(5);
    const oneDay = await statements({ from: '2025-08-05', to: '2025-08-05' });
    expect(oneDay.nodes.map((n) => n.speaker?.id)).toEqual(expect.arrayContaining([ISW, 'person:dmitry-peskov']));
    expect(oneDay.totalCount).toBe(2);
    expect((await statements({ from: '2026' })).totalCount).toBe(0);
  });

  it('filters by verb, kind, text (case ignored), article and subject of any kind', async () => {
    expect((await statements({ verb: 'WARN' })).nodes.map((n) => n.id)).toEqual([SEED.trumpTariffWarning]);
    expect((await statements({ kind: 'QUOTE', speaker: ISW })).totalCount).toBe(2);
    expect((await statements({ textContains: 'Negotiating Table' })).totalCount).toBe(3);
    expect((await statements({ article: SEED.article })).totalCount).toBe(8);
    // Six through the tag, Trump's warning through its words ("a peace agreement": rules/statement-topics.ts).
    expect((await statements({ about: NEGOTIATIONS })).totalCount).toBe(7);
    const aboutTariffs = await statements({ about: TARIFFS });
    expect(aboutTariffs.nodes.map((n) => n.speaker?.id)).toEqual(['person:volodymyr-zelensky', 'person:donald-trump', 'person:john-healey']);
    expect((await statements({ about: TARIFFS, speaker: TRUMP, kind: 'WARNING', textContains: 'tariffs', article: SEED.article, from: '2025-07', to: '2025-07-31' })).totalCount).toBe(1);
  });

  it('matches nothing, rather than failing, for unknown or wrong-kind ids', async () => {
    expect((await statements({ speaker: 'person:nobody' })).totalCount).toBe(0);
    expect((await statements({ about: 'statement:0000000000000000' })).totalCount).toBe(0);
    expect((await statements({ article: 'topic:negotiations' })).nodes).toEqual([]);
  });

  it('pages with cursors', async () => {
    const first = await statements({ speaker: ISW }, { first: 2 });
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const seen = [...first.nodes.map((n) => n.id)];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const page = await statements({ speaker: ISW }, { first: 2, after });
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('refuses malformed dates and over-long text, naming the argument', async () => {
    const bad = await graph.query(STATEMENTS, { filter: { from: '22/07/2025' } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0]?.message).toContain('filter.from must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    const long = await graph.query(STATEMENTS, { filter: { textContains: 'x'.repeat(301) } });
    expect(long.errors?.[0]?.message).toContain('filter.textContains may be at most 300 characters');
    const big = await graph.query(STATEMENTS, { first: 101 });
    expect(big.errors?.[0]?.message).toContain('first must be between 0 and 100');
    expect(bad.cypher).toEqual([]);
  });
});

describe('statement fields of entities, topics, events and articles', () => {
  it('filter and page per parent, with totals, in the query of their root field', async () => {
    const result = await graph.query(`{
      organizations(first: 10) {
        nodes {
          id
          statementsConnection(first: 1, filter: { about: "${RUSSIA}" }) { totalCount nodes { id } pageInfo { hasNextPage } }
          statements(filter: { kind: QUOTE }) { id }
          statementsAboutConnection(first: 5) { totalCount nodes { speaker { id } } }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const byId = Object.fromEntries(result.data.organizations.nodes.map((o: any) => [o.id, o]));
    expect(byId[ISW].statementsConnection).toEqual({ totalCount: 5, nodes: [{ id: expect.stringMatching(/^statement:/) }], pageInfo: { hasNextPage: true } });
    expect(byId[ISW].statements).toHaveLength(2);
    expect(byId[KREMLIN].statementsConnection).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    expect(byId[KREMLIN].statementsAboutConnection).toEqual({ totalCount: 1, nodes: [{ speaker: { id: ISW } }] });
    // The planner folds the three statement fields and the speakers into the organizations' query.
    expect(result.cypher).toHaveLength(1);
  });

  it('gives topics and events statementsAbout with filters', async () => {
    const { data, errors } = await graph.query(`{
      topic(id: "${NEGOTIATIONS}") {
        statementsAbout(filter: { speaker: "${ISW}" }, orderBy: OLDEST_FIRST, first: 10) { id }
        statementsAboutConnection(filter: { from: "2025-08" }) { totalCount nodes { speaker { name } } }
      }
      event(id: "${TARIFFS}") { statementsAboutConnection(filter: { textContains: "enforced" }) { totalCount nodes { speaker { name } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.topic.statementsAbout.map((s: any) => s.id)).toEqual([SEED.iswConsistentlyAssessed, SEED.iswKremlinProtracting, SEED.iswOnlyProperAssistance, expect.any(String)]);
    expect(data.topic.statementsAboutConnection).toEqual({ totalCount: 1, nodes: [{ speaker: { name: 'Dmitry Peskov' } }] });
    expect(data.event.statementsAboutConnection).toEqual({ totalCount: 1, nodes: [{ speaker: { name: 'Volodymyr Zelensky' } }] });
  });

  it('keeps an article\'s statements in reading order with their evidence, filterable and paged', async () => {
    const { data, errors } = await graph.query(`{
      article(id: "${SEED.article}") {
        body
        statements(filter: { speaker: "${ISW}" }) { statement { id } evidence { sentence start end } }
        statementsConnection(first: 2, filter: { kind: CLAIM }) { totalCount edges { cursor node { statement { verb } evidence { start } } } pageInfo { hasNextPage } }
      }
    }`);
    expect(errors).toBeUndefined();
    const a = data.article;
    expect(a.statements.map((s: any) => s.statement.id)).toEqual([
      SEED.iswOnlyProperAssistance, SEED.iswConsistentlyAssessed, SEED.iswSetbacksUnlikely, SEED.iswKremlinProtracting,
    ]);
    for (const { evidence } of a.statements) expect(a.body.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    expect(a.statementsConnection.totalCount).toBe(2);
    expect(a.statementsConnection.edges.map((e: any) => e.node.statement.verb)).toEqual(['emphasise', 'suggest']);
    expect(a.statementsConnection.pageInfo.hasNextPage).toBe(false);
  });
});
