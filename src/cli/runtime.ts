import { loadConfig, type Config, type Neo4jConnection } from '../config/config.js';
import { COMMAND_TIMEOUTS, createDriver, type DriverTimeouts } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { DatabaseUnavailableError } from '../db/errors.js';
import { startLocalNeo4j, statusLocalNeo4j, type LocalNeo4j } from '../db/local/index.js';
import { migrate } from '../db/migrate.js';

export interface Runtime {
  executor: Executor;
  /** The local server this process started, if any (stopped on close). */
  local: LocalNeo4j | null;
  /** Runs first when the runtime closes, on close() or Ctrl-C: e.g. stop the HTTP server. */
  beforeClose(step: () => Promise<void>): void;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or with it unset to the local Neo4j (starting it if it is not running).
 * Fails with one line naming the URI and what to do when the server is down or the password wrong.
 */
export async function connect(config: Config, options: { log?: (line: string) => void; timeouts?: DriverTimeouts } = {}): Promise<Runtime> {
  let local: LocalNeo4j | null = null;
  let connection: Neo4jConnection;
  if (config.neo4j) {
    connection = config.neo4j;
  } else {
    options.log?.('NEO4J_URI is not set: using the local Neo4j (db/neo4j).');
    local = await startLocalNeo4j({ ...config.localNeo4j, detached: false, log: options.log });
    options.log?.(`Neo4j ${local.reused ? 'already running' : 'started'} at ${local.uri} (Browser: ${local.httpUrl}/browser/)`);
    connection = { uri: local.uri, username: local.username, password: local.password };
  }
  const executor = new Executor(createDriver(connection, options.timeouts ?? COMMAND_TIMEOUTS), connection.uri, connection.database ?? config.neo4jDatabase, config.queryTimeoutMs);
  try {
    await executor.verify();
  } catch (error) {
    await executor.close();
    await local?.stop();
    throw error;
  }
  // Ctrl-C or a kill during any command (migrate, seed, ingest, serve) still stops the local Neo4j
  // this process started and closes the driver: Node runs no 'exit' handlers on a signal.
  const steps: (() => Promise<void>)[] = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      for (const step of steps) await step().catch(() => undefined);
      await executor.close();
      await local?.stop();
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    options.log?.(`${signal}: stopping`);
    // A server asked to stop has done its job (0); an interrupted command has not (128 + signal).
    const serving = steps.length > 0;
    void close().finally(() => process.exit(serving ? 0 : signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    executor,
    local,
    beforeClose: (step) => void steps.push(step),
    close,
  };
}

/** Runs one command against the configured graph and always closes the connection (and the local Neo4j it started). */
export async function withRuntime<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const runtime = await connect(loadConfig(), { log: (line) => console.error(line) });
  try {
    return await work(runtime.executor);
  } finally {
    await runtime.close();
  }
}

/** withRuntime, after bringing the schema up to date. */
export function withMigratedGraph<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  return withRuntime(async (executor) => {
    await migrate(executor);
    return work(executor);
  });
}

/**
 * Runs `work` against the graph when one is reachable without starting anything (NEO4J_URI answers,
 * or the local Neo4j is running), else with null: for previews such as `parse`, which then resolve
 * against an empty graph and say so.
 */
export async function withGraphIfReachable<T>(work: (executor: Executor | null) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (!config.neo4j) {
    const status = await statusLocalNeo4j(config.localNeo4j.home);
    if (!status.running || !status.answering) {
      console.error('No graph reachable (NEO4J_URI is unset and the local Neo4j is not running): resolving against an empty graph.');
      return work(null);
    }
  }
  let runtime: Runtime;
  try {
    runtime = await connect(config, { log: (line) => console.error(line) });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    console.error(`${error.message} Resolving against an empty graph.`);
    return work(null);
  }
  try {
    return await work(runtime.executor);
  } finally {
    await runtime.close();
  }
}
