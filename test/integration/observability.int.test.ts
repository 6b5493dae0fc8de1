/** Issue 12 items 4 and 7: `extensions.cost` on responses, Prometheus metrics, sampled request logs. */
import { Writable } from 'node:stream';
import { parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from '../../src/server/query-cost.js';
import { createSchema } from '../../src/server/schema.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { sample } from '../helpers/prometheus.js';

const LATEST = '{ articles(first: 2) { nodes { title } } }';
const ISW = 'organization:institute-for-the-study-of-war';
// Both ends the same node: a BAD_USER_INPUT error after pricing (an unknown end is null, not an error).
const PATHS = 'query NoPath($from: ID!, $to: ID!) { paths(from: $from, to: $to) { text } }';
const TOO_COMPLEX = '{ articles(first: 100) { nodes { mentions(first: 100) { ... on Person { statements(first: 100) { text } } } } } }';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

describe('extensions.cost', () => {
  it('reports the cost the model priced, the limit, one round trip and the database time of a planned query', async () => {
    const priced = queryCost(await createSchema(), parse(LATEST));
    // articles: 1 + 2 items × (nodes: 1 + title: 1).
    expect(priced).toBe(5);
    const { data, extensions, cypher } = await graph.query(LATEST);
    expect(data.articles.nodes).toHaveLength(1);
    expect(extensions).toEqual({ cost: { requestedQueryCost: 5, maxCost: 200_000, neo4jRoundTrips: 1, neo4jTimeMs: expect.any(Number) } });
    expect(cypher).toHaveLength(1);
    const { neo4jTimeMs } = (extensions as any).cost;
    expect(neo4jTimeMs).toBeGreaterThan(0);
    // Rounded to hundredths (516.95 × 100 is 51695.00000000001 in floating point: compare as text).
    expect(neo4jTimeMs).toBe(Number(neo4jTimeMs.toFixed(2)));
  });

  it('counts every Cypher query of a request of several, each request on its own', async () => {
    const statements = `{ statements(filter: { speaker: "${ISW}" }, first: 2) { totalCount nodes { text } } }`;
    const first = await graph.query(statements);
    const second = await graph.query(LATEST);
    expect(first.cypher.length).toBeGreaterThan(1);
    expect((first.extensions as any).cost.neo4jRoundTrips).toBe(first.cypher.length);
    expect((second.extensions as any).cost.neo4jRoundTrips).toBe(1);
  });

  it('is on error responses once the cost was computed, and absent when the document never got that far', async () => {
    const tooComplex = await graph.query(TOO_COMPLEX);
    expect(tooComplex.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 1_010_201, maxCost: 200_000 });
    expect(tooComplex.extensions).toEqual({ cost: { requestedQueryCost: 1_010_201, maxCost: 200_000, neo4jRoundTrips: 0, neo4jTimeMs: 0 } });

    const refused = await graph.query(PATHS, { from: ISW, to: ISW });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'to' });
    expect(refused.cypher).toEqual([]);
    expect(refused.extensions).toEqual({ cost: { requestedQueryCost: queryCost(await createSchema(), parse(PATHS), { from: ISW, to: ISW }), maxCost: 200_000, neo4jRoundTrips: 0, neo4jTimeMs: 0 } });

    const unparsed = await graph.query('{ articles(first: 2) { nodes { title }');
    expect(unparsed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(unparsed.extensions).toBeUndefined();
  });

  it('is absent when NEWSGRAPH_COST_EXTENSION=false', async () => {
    const off = await openTestGraph({ NEWSGRAPH_COST_EXTENSION: 'false' });
    try {
      const ok = await off.query(LATEST);
      expect(ok.data.articles.nodes).toHaveLength(1);
      expect(ok.extensions).toBeUndefined();
      expect((await off.query(TOO_COMPLEX)).extensions).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});

describe('the HTTP server: /metrics on its own port, request log lines', () => {
  let server: RunningServer;
  const lines: any[] = [];
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const logger = pino({ level: 'info', base: undefined }, sink);
    const config = { ...graph.config, port: 0, host: '127.0.0.1', metrics: { port: 0, host: '127.0.0.1' }, requestLogSample: 1 };
    server = await startHttpServer(await createSchema(), config, graph.executor, logger);
  });
  afterAll(() => server?.stop());

  it('counts each request, its round trips and its errors by code, and not the warm-up', async () => {
    // The warm-up's own request lines (rate 1) may still be waiting for their turn of the loop.
    await new Promise((resolve) => setImmediate(resolve));
    lines.length = 0;
    const latest = `query Latest ${LATEST}`;
    const first = await post(latest);
    await post(latest);
    const failed = await post(PATHS, { from: ISW, to: ISW });
    expect(first.body.extensions).toEqual({ cost: { requestedQueryCost: 5, maxCost: 200_000, neo4jRoundTrips: 1, neo4jTimeMs: expect.any(Number) } });
    expect(failed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noPathTrips = failed.body.extensions.cost.neo4jRoundTrips;

    const scrape = await fetch(server.metricsUrl!);
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await scrape.text();
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="Latest"}')).toBe(2);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="NoPath"}')).toBe(1);
    expect(sample(text, 'newsgraph_neo4j_round_trips_total{operation="Latest"}')).toBe(2);
    // Refused before any query: a counter never incremented for a label has no sample.
    expect(noPathTrips).toBe(0);
    expect(sample(text, 'newsgraph_neo4j_round_trips_total{operation="NoPath"}')).toBeUndefined();
    expect(sample(text, 'newsgraph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    // Only these: the warm-up ran every example operation twice before the port opened.
    expect(text.match(/^newsgraph_graphql_request_duration_seconds_count\{.*$/gm)).toHaveLength(2);
    expect(text.match(/^newsgraph_graphql_errors_total\{.*$/gm)).toHaveLength(1);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);

    // The sampled lines (rate 1 here) are written after the responses, on a later turn of the loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((l) => l.msg === 'graphql request')).toEqual([
      { level: 30, time: expect.any(Number), msg: 'graphql request', operation: 'Latest', cost: 5, durationMs: expect.any(Number), status: 200, roundTrips: 1, neo4jMs: expect.any(Number), errors: [] },
      { level: 30, time: expect.any(Number), msg: 'graphql request', operation: 'Latest', cost: 5, durationMs: expect.any(Number), status: 200, roundTrips: 1, neo4jMs: expect.any(Number), errors: [] },
      { level: 30, time: expect.any(Number), msg: 'graphql request', operation: 'NoPath', cost: failed.body.extensions.cost.requestedQueryCost, durationMs: expect.any(Number), status: 200, roundTrips: noPathTrips, neo4jMs: expect.any(Number), errors: ['BAD_USER_INPUT'] },
    ]);
  });

  it('serves the metrics only on their own listener', async () => {
    expect(new URL(server.metricsUrl!).port).not.toBe(String(server.port));
    const onApi = await fetch(server.url.replace('/graphql', '/metrics'));
    expect(onApi.status).toBe(404);
    expect((await fetch(server.metricsUrl!.replace('/metrics', '/'))).status).toBe(404);
  });

  it('counts an error code per error, and a request that fails to parse as (unknown)', async () => {
    const before = await (await fetch(server.metricsUrl!)).text();
    await post('{ articles(first: 2) { nodes { title }');
    const text = await (await fetch(server.metricsUrl!)).text();
    const parseFailures = (t: string) => sample(t, 'newsgraph_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}') ?? 0;
    expect(parseFailures(text) - parseFailures(before)).toBe(1);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="(unknown)"}')).toBe(1);
  });
});

describe('the HTTP server without NEWSGRAPH_METRICS_PORT', () => {
  it('opens no metrics listener', async () => {
    const server = await startHttpServer(await createSchema(), { ...graph.config, port: 0, host: '127.0.0.1', metrics: null }, graph.executor);
    try {
      expect(server.metricsUrl).toBeUndefined();
      expect((await fetch(server.url.replace('/graphql', '/metrics'))).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
