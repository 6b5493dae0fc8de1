import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticleFiles } from '../helpers/article-files.js';
import { cliEnv, postGraphQL, runCli, startServe, type ServeProcess } from '../helpers/cli-process.js';
import { resetTestGraph } from '../helpers/graph.js';
import { testConnection, type TestConnection } from '../helpers/neo4j.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

/**
 * Neo4j unplugged (a TCP proxy in front of it cut) under `newsgraph serve` while clients keep
 * asking, and under `newsgraph ingest` mid-batch: the processes a user runs, with their defaults.
 */
let proxy: TcpProxy;
let viaProxy: TestConnection;
beforeAll(async () => {
  await resetTestGraph();
  const target = new URL(testConnection().uri.replace(/^bolt/, 'http'));
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  viaProxy = { ...testConnection(), uri: `bolt://127.0.0.1:${proxy.port}` };
});
afterAll(async () => {
  await proxy?.close();
});

const KEY = 'desk:outage-test-key';
const OPERATIONS = {
  lookup: { query: '{ person(name: "Putin") { name } }' },
  list: { query: '{ articles(first: 5) { nodes { title mentions(first: 5) { __typename } } } }' },
  related: { query: '{ relatedEntities(id: "person:vladimir-putin", first: 5) { totalCount } }' },
  write: {
    query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
    variables: { input: { title: 'Outage probe', body: 'The Kremlin said talks would resume, officials said.', publishedAt: '2025-08-01T09:00:00Z', authors: ['Anna Field'] } },
  },
} as const;

interface Answer {
  operation: string;
  sentAt: number;
  ms: number;
  status: number;
  code: string;
}

describe('newsgraph serve with Neo4j cut off under load', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe(viaProxy, { NEWSGRAPH_API_KEYS: KEY });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy.restore();
  });

  it('answers every request, those in flight at the cut included, within 2 s with 503 SERVICE_UNAVAILABLE, and recovers', async () => {
    const answers: Answer[] = [];
    let stopAt = Number.POSITIVE_INFINITY;
    const loop = async (operation: keyof typeof OPERATIONS) => {
      while (Date.now() < stopAt) {
        const sentAt = Date.now();
        const { ms, status, body } = await postGraphQL(server.url, OPERATIONS[operation], { authorization: `Bearer ${KEY.split(':')[1]}` });
        answers.push({ operation, sentAt, ms, status, code: body?.errors?.[0]?.extensions?.code ?? 'OK' });
      }
    };
    const operations = ['lookup', 'lookup', 'list', 'list', 'related', 'related', 'write'] as const;
    const clients = Promise.all(operations.map(loop));
    // Cut once every client has had answers: the connections are open and requests in flight.
    await expect.poll(() => answers.length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(3 * operations.length);
    const cutAt = Date.now();
    await proxy.cut();
    stopAt = cutAt + 6_000;
    await clients;

    const before = answers.filter((a) => a.sentAt + a.ms < cutAt);
    const after = answers.filter((a) => a.sentAt >= cutAt);
    const inFlight = answers.filter((a) => a.sentAt < cutAt && a.sentAt + a.ms >= cutAt);
    const slowest = Object.fromEntries([...new Set(operations)].map((o) => [o, Math.round(Math.max(...after.filter((a) => a.operation === o).map((a) => a.ms)))]));
    console.log(`outage: ${after.length} requests after the cut (slowest per kind, ms: ${JSON.stringify(slowest)}); ${inFlight.length} in flight at the cut`);
    expect(before.filter((a) => a.status !== 200)).toEqual([]);
    // Six seconds of 503s: every kind of request answered after the cut.
    for (const operation of new Set(operations)) expect(after.filter((a) => a.operation === operation).length, operation).toBeGreaterThan(0);
    for (const a of after) expect(a, a.operation).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    for (const a of after) expect(a.ms, a.operation).toBeLessThan(2_000);
    // A request the cut caught mid-way ends with its answer, or with 503, no later than 2 s after the cut.
    for (const a of inFlight) {
      expect(a.sentAt + a.ms - cutAt, a.operation).toBeLessThan(2_000);
      expect([200, 503], `${a.operation}: ${a.code}`).toContain(a.status);
    }

    await proxy.restore();
    await expect.poll(async () => (await postGraphQL(server.url, OPERATIONS.lookup)).status, { timeout: 5_000, interval: 250 }).toBe(200);
  });
});

describe('newsgraph ingest with Neo4j cut off mid-batch', () => {
  it('stops within 30 s of the cut, names the files it did not attempt, exits 1; a re-run finishes the rest', async () => {
    const files = writeArticleFiles(
      [1, 2, 3, 4, 5, 6].map((n) => ({ title: `Outage batch report ${n}`, body: `The Kremlin said on Monday that talks would resume, report ${n} said.`, publishedAt: `2025-08-0${n}T09:00:00Z`, authors: ['Anna Field'] })),
      'newsgraph-outage-batch-',
    );
    const env = cliEnv(viaProxy, { LOG_LEVEL: 'silent' });
    // One article per transaction (on the worker threads as by default): a batch of 25 would hold all
    // six, and the cut must fall between two commits.
    const run = runCli(['ingest', '--batch', '1', ...files], env);
    let cutAt = 0;
    await new Promise<void>((resolve, reject) => {
      run.child.stderr!.on('data', () => {
        if (!cutAt && run.stderr().includes(`created   ${files[1]}`)) {
          cutAt = Date.now();
          void proxy.cut().then(resolve);
        }
      });
      void run.exited.then(() => reject(new Error(`ingest ended before the cut:\n${run.stdout()}${run.stderr()}`)));
    });
    const { code } = await run.exited;
    const stoppedAfterMs = Date.now() - cutAt;
    await proxy.restore();
    console.log(`outage: ingest exited ${stoppedAfterMs} ms after the cut`);

    expect(code).toBe(1);
    expect(stoppedAfterMs).toBeLessThanOrEqual(30_000);
    const created = files.filter((f) => run.stderr().includes(`created   ${f}`));
    const failed = files[created.length]!;
    const notAttempted = files.slice(created.length + 1);
    expect(created.length).toBeGreaterThanOrEqual(2);
    expect(run.stdout()).toContain(`failed ${failed}: `);
    expect(run.stdout()).toContain(`Not attempted (${notAttempted.length}): ${notAttempted.join(', ') || 'none'}.`);

    const rerun = runCli(['ingest', ...files], env);
    expect(await rerun.exited).toEqual({ code: 0, signal: null });
    expect(rerun.stdout()).toContain(`Articles: ${files.length - created.length} new, ${created.length} unchanged, 0 failed`);
  });
});
