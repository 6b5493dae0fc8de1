/**
 * Child process: newsgraph's production HTTP server (startHttpServer + createSchema, config from
 * parseConfig) on 127.0.0.1 and a free port, with counters (see counters.ts). Round trips are
 * counted by Executor.observe on the executor every request's context is built from.
 * Env: BENCH_NEO4J_URI, BENCH_NEO4J_USERNAME, BENCH_NEO4J_PASSWORD.
 */
import 'reflect-metadata';
import { installCounters } from './counters.js';

const counters = installCounters();
const { parseConfig } = await import('../../src/config/config.js');
const { createDriver } = await import('../../src/db/driver.js');
const { Executor } = await import('../../src/db/executor.js');
const { createSchema } = await import('../../src/server/schema.js');
const { startHttpServer } = await import('../../src/server/server.js');

const config = parseConfig({
  // Settings to compare (NEWSGRAPH_COMPILED_EXECUTION=false npm run bench:api …); the ones below win.
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('NEWSGRAPH_'))),
  NEO4J_URI: process.env.BENCH_NEO4J_URI,
  NEO4J_USERNAME: process.env.BENCH_NEO4J_USERNAME,
  NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  NEWSGRAPH_MAX_CONCURRENT_HEAVY: process.env.NEWSGRAPH_MAX_CONCURRENT_HEAVY,
});
const connection = config.neo4j!;
// As src/cli/runtime.ts builds it for `serve`.
const executor = new Executor(createDriver(connection), connection.uri, connection.database ?? config.neo4jDatabase, config.queryTimeoutMs);
const server = await startHttpServer(await createSchema(), config, executor.observe(counters.countRoundTrip));
counters.ready(server.port);
