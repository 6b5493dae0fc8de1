/**
 * The performance contract: a request's Neo4j round trips grow with the depth of the GraphQL query,
 * never with the number of results. A root field and the relationship fields the planner folds into
 * it are one query; a field it leaves out (a hub's list below a shared node, a filter on report
 * dates) is one batched query per level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { syntheticArticles } from '../fixtures/synthetic.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

async function loadSynthetic(count: number): Promise<void> {
  await graph.reset({ seed: false });
  for (const parsed of syntheticArticles(count)) await writeArticle(graph.executor, parsed);
}

/** Depth 4: articles → mentions → statements about each → their speakers (plus authors, totals and reports). */
const DASHBOARD = `query Dashboard($first: Int) {
  articles(first: $first) {
    nodes {
      title
      authors { name }
      mentions {
        __typename
        ... on Entity {
          name
          statementsAboutConnection(first: 3) {
            totalCount
            nodes { text verb speaker { name } }
          }
        }
      }
    }
  }
}`;

/** Issue 2: articles with their authors and mentions. */
const ARTICLES_WITH_AUTHORS_AND_MENTIONS = `{
  articles(first: 20) { nodes { title authors { name } mentions { __typename ... on Entity { name } } } }
}`;

/** Loads `count` synthetic articles and runs the dashboard over all of them, checking what it returns. */
async function runDashboard(count: number): Promise<{ queries: number; statements: number; ms: number }> {
  await loadSynthetic(count);
  const started = performance.now();
  const { data, errors, cypher } = await graph.query(DASHBOARD, { first: 100 });
  const ms = performance.now() - started;
  expect(errors).toBeUndefined();
  const articles = data.articles.nodes;
  expect(articles).toHaveLength(count);
  const statements = articles.flatMap((a: any) => a.mentions.flatMap((m: any) => m.statementsAboutConnection.nodes));
  expect(statements.length).toBeGreaterThan(count);
  expect(statements.every((s: any) => typeof s.speaker?.name === 'string')).toBe(true);
  expect(articles.every((a: any) => a.authors.length === 1 && a.mentions.length === 5)).toBe(true);
  return { queries: cypher.length, statements: statements.length, ms };
}

describe('round trips grow with query depth, not result count', () => {
  it('runs the depth-4 dashboard over 100 articles in the same 3 queries as over 10', async () => {
    const runs = { 100: await runDashboard(100), 10: await runDashboard(10) };
    console.log(
      `dashboard round trips: ${Object.entries(runs)
        .map(([n, r]) => `${n} articles → ${r.queries} queries (${r.statements} statements, ${r.ms.toFixed(0)} ms)`)
        .join('; ')}`,
    );
    // articles with authors and mentions; statementsAboutConnection of the distinct mentioned entities (with totals); their speakers.
    expect(runs[10].queries).toBe(3);
    expect(runs[100].queries).toBe(3);
  });

  it('serves 20 articles with their authors and mentions in one query', async () => {
    await loadSynthetic(20);
    const { data, errors, cypher } = await graph.query(ARTICLES_WITH_AUTHORS_AND_MENTIONS);
    expect(errors).toBeUndefined();
    expect(data.articles.nodes).toHaveLength(20);
    expect(data.articles.nodes.every((a: any) => a.authors.length === 1 && a.mentions.length === 5)).toBe(true);
    expect(cypher).toHaveLength(1);
  });

  it('keeps filtered statement fields at one query per level however many parents share them', async () => {
    await loadSynthetic(20);
    const { data, errors, cypher } = await graph.query(`{
      organizations(first: 50) {
        nodes {
          statements(filter: { kind: ASSESSMENT }, first: 2) { about { __typename } reports { article { title } } }
          statementsAboutConnection(filter: { from: "2025-01-05" }, first: 2) { totalCount nodes { speaker { name } } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.organizations.nodes).toHaveLength(10);
    // organizations with their statements, about and reports; statementsAboutConnection (a date filter); speaker.
    expect(cypher).toHaveLength(3);
  });
});
