/**
 * Issue 12, item 2: filters and orders on every list — articles, people/organizations/places/topics,
 * events, relatedEntities, mentionedIn — over 60 deterministic synthetic reports (report i is
 * published on 2025-01-01 + i days at 12:00 UTC, written by Synthetic Author i mod 7, tagged
 * synthetic topic i mod 5, see test/fixtures/synthetic.ts) and a few reports written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCypherParams, type Params } from '../../src/db/executor.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { buildArticle, organization, person, place } from '../fixtures/parsed-article.js';
import { syntheticArticles } from '../fixtures/synthetic.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;

/** Two outlets print one story: the second is a Publication (a copy) of the first. */
const STORY = {
  paragraphs: ['Harbour cranes stood idle on Tuesday as the dock workers walked out.', 'Talks between the union and the port authority are to resume next week.'],
  entities: [organization('Harbour Union'), place('Synthetic Place 0')],
};

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
  for (const parsed of syntheticArticles(60)) await writeArticle(graph.executor, parsed);
  for (const [title, url] of [
    ['Dock workers walk out', 'https://harbour-news.test/2025/03/02/strike'],
    ['Dock workers walk out at the harbour', 'https://coast-daily.test/strike-copy'],
  ] as const) {
    await writeArticle(graph.executor, buildArticle({ title, publishedAt: '2025-03-02T23:30:00+02:00', url, authors: ['Dock Reporter'], tags: ['strikes'], paragraphs: STORY.paragraphs, entities: STORY.entities, statements: [] }));
  }
});
afterAll(() => graph.close());

async function run(query: string, variables?: Record<string, unknown>) {
  const sent: { cypher: string; params: Params }[] = [];
  const { data, errors } = await graph.queryWith(query, variables, (q) => sent.push({ cypher: q.cypher, params: q.params }));
  expect(errors).toBeUndefined();
  return { data: data as any, sent };
}

/** The operators of the plan Neo4j makes for a query (EXPLAIN: nothing runs). */
async function operators(cypher: string, params: Params): Promise<string[]> {
  const result = await graph.executor.driver.executeQuery(`EXPLAIN ${cypher}`, toCypherParams(params));
  const names: string[] = [];
  const walk = (op: { operatorType: string; children: unknown[] }) => {
    names.push(op.operatorType.replace(/@.*$/, ''));
    for (const child of op.children) walk(child as typeof op);
  };
  walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
  return names;
}

const titles = (connection: any) => connection.nodes.map((n: any) => n.title);
const report = (...numbers: number[]) => numbers.map((i) => `Synthetic report ${i}`);

describe('articles(filter, orderBy)', () => {
  it('filters by a date range, newest first, and counts the matches', async () => {
    const { data } = await run(`{ articles(filter: { from: "2025-02", to: "2025-02-05" }) { totalCount nodes { title } } }`);
    expect(data.articles.totalCount).toBe(5);
    expect(titles(data.articles)).toEqual(report(35, 34, 33, 32, 31));
  });
  it('prints what it got', async () => {
    const { data } = await run(`{ articles(filter: { outlet: "coast-daily.test" }) { totalCount nodes { title outlet publishedAt } } }`);
    console.log(JSON.stringify(data));
  });
});
