/**
 * Child process: the raw-driver baseline. A bare node:http server, one POST route per shape
 * (/S1 … /S5, body `{"variables": {…}}` as a GraphQL client sends it), each running ONE Cypher
 * query from shapes.ts and answering `{"data": …}` shaped like the GraphQL response. The driver
 * comes from src/db/driver.ts, so socket settings (no-delay, pool) equal newsgraph's.
 * Env: BENCH_NEO4J_URI, BENCH_NEO4J_USERNAME, BENCH_NEO4J_PASSWORD.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installCounters } from './counters.js';

const counters = installCounters();
const neo4j = (await import('neo4j-driver')).default;
const { createDriver } = await import('../../src/db/driver.js');
const { shapeByName } = await import('./shapes.js');

const driver = createDriver({ uri: process.env.BENCH_NEO4J_URI!, username: process.env.BENCH_NEO4J_USERNAME!, password: process.env.BENCH_NEO4J_PASSWORD! });

/** Whole numbers go as Cypher integers (LIMIT refuses floats), as the Executor does. */
const toCypher = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const reply = (status: number, body: unknown) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    const shape = req.method === 'POST' ? shapeByName((req.url ?? '').slice(1)) : undefined;
    if (!shape) return reply(404, { errors: [{ message: 'unknown route' }] });
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { variables?: Record<string, unknown> };
      counters.countRoundTrip();
      // A read-routed auto-commit transaction, as the Executor runs a one-query read: measured with
      // 8 concurrent clients it serves 1.6–2.3× the queries of driver.executeQuery (a managed
      // transaction: BEGIN, RUN, COMMIT), so it is the best the baseline can do.
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const { records } = await session.run(shape.cypher, toCypher(shape.params(variables ?? {})));
        reply(200, { data: records.length > 0 ? records[0]!.get('data') : shape.empty });
      } finally {
        await session.close();
      }
    } catch (error) {
      reply(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => counters.ready((server.address() as AddressInfo).port));
