/**
 * The fast lane (src/server/fast-lane.ts) answers a query Apollo has already accepted without
 * Apollo's pipeline. A client must not be able to tell which path answered: for the playground's
 * examples and for requests the lane must hand back (errors, limits, bookmarks, other media
 * types), two servers — the lane on and off — give the same status, content type and body, and
 * the Prometheus counter shows which requests the lane answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/server/landing-page.js';
import { createSchema } from '../../src/server/schema.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { sample } from '../helpers/prometheus.js';

let graph: TestGraph;
let lane: RunningServer;
let apollo: RunningServer;

beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_COST_EXTENSION: 'true' });
  await graph.reset();
  const schema = await createSchema();
  const config = { ...graph.config, port: 0, host: '127.0.0.1', metrics: { port: 0, host: '127.0.0.1' } };
  lane = await startHttpServer(schema, { ...config, fastLane: true }, graph.executor);
  apollo = await startHttpServer(schema, { ...config, fastLane: false }, graph.executor);
}, 180_000);
afterAll(async () => {
  await lane?.stop();
  await apollo?.stop();
  await graph?.close();
});

interface Sent {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: any;
}

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  const parsed = JSON.parse(text);
  // Database time differs between any two runs; everything else of the cost report must not.
  if (parsed.extensions?.cost) parsed.extensions.cost.neo4jTimeMs = typeof parsed.extensions.cost.neo4jTimeMs;
  return { status: response.status, contentType: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body: parsed };
}

const laneAnswers = async () => sample(await (await fetch(lane.metricsUrl!)).text(), 'newsgraph_graphql_fast_lane_requests_total') ?? 0;

/** Sends `body` three times to each server (Apollo's first run, its compiled run, then the lane's turn) and returns the third answers. */
async function thirdRuns(body: unknown, headers: Record<string, string> = {}) {
  const before = await laneAnswers();
  const answers: { lane: Sent; apollo: Sent }[] = [];
  for (let i = 0; i < 3; i++) answers.push({ lane: await post(lane, body, headers), apollo: await post(apollo, body, headers) });
  for (const { lane: a, apollo: b } of answers) expect(a).toEqual(b);
  return { ...answers[2]!, laneAnswered: (await laneAnswers()) - before };
}

describe('the fast lane answers known queries exactly as Apollo does', () => {
  for (const example of loadExamples()) {
    it(`example ${example.name}`, async () => {
      const { lane: answer, laneAnswered } = await thirdRuns({ query: example.query, operationName: undefined });
      expect(answer.status).toBe(200);
      expect(answer.contentType).toBe('application/json; charset=utf-8');
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.extensions.cost).toMatchObject({ maxCost: 200_000, neo4jTimeMs: 'number' });
      // A document is the lane's once Apollo has compiled it: from the first request when the
      // warm-up reached it before the port opened, from the third at the latest; heavy
      // explorations too (a slot is free).
      expect(laneAnswered).toBeGreaterThanOrEqual(1);
    });
  }

  it('variables: each set priced and answered on its own', async () => {
    const query = 'query Latest($n: Int) { articles(first: $n) { totalCount nodes { title } } }';
    const one = await thirdRuns({ query, variables: { n: 1 }, operationName: 'Latest' });
    const five = await thirdRuns({ query, variables: { n: 5 }, operationName: 'Latest' });
    expect(one.lane.body.data.articles.nodes).toHaveLength(1);
    // The seed is one article.
    expect(five.lane.body.data.articles.nodes).toHaveLength(1);
    // articles: 1 + n × (totalCount 1 + nodes (1 + title 1)).
    expect(one.lane.body.extensions.cost.requestedQueryCost).toBe(4);
    expect(five.lane.body.extensions.cost.requestedQueryCost).toBe(16);
    // A new document: interpreted, then compiled and known, then the lane's; the same document with other variables is the lane's at once.
    expect(one.laneAnswered).toBe(1);
    expect(five.laneAnswered).toBe(3);
  });
});

describe('what the lane hands back to Apollo answers the same on both servers', () => {
  const LATEST = 'query Latest($n: Int) { articles(first: $n) { nodes { title } } }';

  it('variables that fail to coerce: the same error, nothing answered by the lane', async () => {
    await thirdRuns({ query: LATEST, variables: { n: 2 } });
    const { lane: answer, laneAnswered } = await thirdRuns({ query: LATEST, variables: { n: 'twenty' } });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([{ message: 'Variable "$n" got invalid value "twenty"; Int cannot represent non-integer value: "twenty"', locations: [{ line: 1, column: 14 }], extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.extensions).toBeUndefined();
    expect(laneAnswered).toBe(0);
  });

  it('a resolver error (argument out of range): partial data and the error, from Apollo', async () => {
    const { lane: answer, laneAnswered } = await thirdRuns({ query: LATEST, variables: { n: -1 } });
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(laneAnswered).toBe(0);
  });

  it('a cost over the limit with these variables: QUERY_TOO_COMPLEX, 400', async () => {
    const deep = 'query Deep($n: Int) { articles(first: $n) { nodes { mentions(first: 100) { ... on Person { statements(first: 100) { text } } } } } }';
    await thirdRuns({ query: deep, variables: { n: 1 } });
    const { lane: answer, laneAnswered } = await thirdRuns({ query: deep, variables: { n: 100 } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(laneAnswered).toBe(0);
  });

  it('bookmarks that are refused: BAD_REQUEST, 400', async () => {
    await thirdRuns({ query: LATEST, variables: { n: 1 } });
    const { lane: answer, laneAnswered } = await thirdRuns({ query: LATEST, variables: { n: 1 }, extensions: { bookmarks: 'not a list' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(laneAnswered).toBe(0);
  });

  it('a client that prefers application/graphql-response+json gets it, from Apollo', async () => {
    const { lane: answer, laneAnswered } = await thirdRuns({ query: LATEST, variables: { n: 1 } }, { accept: 'application/graphql-response+json' });
    expect(answer.contentType).toBe('application/graphql-response+json; charset=utf-8');
    expect(laneAnswered).toBe(0);
  });

  it('an operation name the document does not have: the same error', async () => {
    const { lane: answer, laneAnswered } = await thirdRuns({ query: LATEST, variables: { n: 1 }, operationName: 'Other' });
    expect(answer.body.errors[0].message).toMatch(/Other/);
    expect(laneAnswered).toBe(0);
  });

  it('a mutation is never the lane’s', async () => {
    const retract = 'mutation { retractArticle(article: "article:nothing") { retractedAt } }';
    const { lane: answer, laneAnswered } = await thirdRuns({ query: retract });
    expect(answer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(laneAnswered).toBe(0);
  });
});
