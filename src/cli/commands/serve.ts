import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { SERVER_TIMEOUTS } from '../../db/driver.js';
import { migrate } from '../../db/migrate.js';
import { seed } from '../../ingest/seed.js';
import { createSchema } from '../../server/schema.js';
import { createLogger } from '../../server/logger.js';
import { startHttpServer } from '../../server/server.js';
import { connect } from '../runtime.js';

/** `start`: Neo4j (local when NEO4J_URI is unset) → migrate → seed an empty graph → serve. `serve`: only the last. */
export function serveCommands(program: Command): void {
  program
    .command('start')
    .description('start Neo4j if needed, migrate, seed an empty graph and serve the GraphQL API')
    .action(() => run({ prepare: true }));
  program
    .command('serve')
    .description('serve the GraphQL API (no migrations, no seed)')
    .action(() => run({ prepare: false }));
}

/** NEWSGRAPH_NEO4J_CONNECT_TIMEOUT_MS, and a pool wait that covers opening a connection. */
function serverTimeouts(connectTimeoutMs: number) {
  return { ...SERVER_TIMEOUTS, connectTimeoutMs, acquisitionTimeoutMs: Math.max(SERVER_TIMEOUTS.acquisitionTimeoutMs, connectTimeoutMs + 1_000) };
}

async function run({ prepare }: { prepare: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const log = (line: string) => logger.info(line);
  const runtime = await connect(config, { log, timeouts: serverTimeouts(config.neo4jConnectTimeoutMs) });
  try {
    if (prepare) {
      const migrations = await migrate(runtime.executor);
      log(`Migrations: ${migrations.applied.length} applied, ${migrations.skipped.length} already in place.`);
      const [articles] = await runtime.executor.read<{ count: number }>('MATCH (a:Article) RETURN count(a) AS count');
      if (!articles?.count) {
        const results = await seed(runtime.executor);
        log(`Seeded ${results.filter((r) => r.status === 'created').length} article(s).`);
      }
    }
    const server = await startHttpServer(await createSchema(), config, runtime.executor, logger);
    log(`GraphQL API ready at ${server.url} (GraphiQL: open it in a browser)`);
    // Ctrl-C: stop taking requests, finish those in flight, then close Neo4j (runtime.ts).
    runtime.beforeClose(() => server.stop());
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
