import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { findFreePorts, startLocalNeo4j } from '../src/db/local/index.js';
import { migrate } from '../src/db/migrate.js';
import { seed } from '../src/ingest/seed.js';

/**
 * The Neo4j a benchmark runs against: NEO4J_BENCH_URI (+ NEO4J_BENCH_USERNAME/PASSWORD) if set —
 * benchmarks wipe it — else a throwaway local server with its own data folder, removed afterwards.
 */
export async function benchServer(): Promise<{ executor: Executor; stop(): Promise<void>; /** The local server's process (CPU figures); for NEO4J_BENCH_URI, NEO4J_BENCH_PID if set. */ pid?: number }> {
  if (process.env.NEO4J_BENCH_URI) {
    const uri = process.env.NEO4J_BENCH_URI;
    const executor = new Executor(createDriver({ uri, username: process.env.NEO4J_BENCH_USERNAME ?? 'neo4j', password: process.env.NEO4J_BENCH_PASSWORD ?? '' }), uri);
    // NEO4J_BENCH_PID: that server's process, when it runs on this machine (CPU figures).
    const pid = process.env.NEO4J_BENCH_PID ? Number(process.env.NEO4J_BENCH_PID) : undefined;
    return { executor, stop: () => executor.close(), ...(pid ? { pid } : {}) };
  }
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const [boltPort, httpPort] = await findFreePorts(2);
  const local = await startLocalNeo4j({ home, boltPort: boltPort!, httpPort: httpPort!, detached: false, heap: '1g', pageCache: '512m', timeoutMs: 300_000 });
  const executor = new Executor(createDriver(local), local.uri);
  return {
    executor,
    pid: local.pid,
    async stop() {
      await executor.close();
      await local.stop({ graceMs: 0 });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** benchServer with its graph wiped, migrated and loaded with the seed. */
export async function seededBenchServer(): Promise<{ executor: Executor; stop(): Promise<void> }> {
  const server = await benchServer();
  try {
    await server.executor.write('MATCH (n) DETACH DELETE n');
    await migrate(server.executor);
    await seed(server.executor);
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}
