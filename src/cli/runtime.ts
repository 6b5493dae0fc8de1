import type { Config, Neo4jConnection } from '../config/config.js';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../db/local/index.js';

export interface Runtime {
  executor: Executor;
  /** The local server this process started, if any (stopped on close). */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or with it unset to the local Neo4j (starting it if it is not running).
 * Fails with one line naming the URI and what to do when the server is down or the password wrong.
 */
export async function connect(config: Config, options: { log?: (line: string) => void; startLocal?: boolean } = {}): Promise<Runtime> {
  let local: LocalNeo4j | null = null;
  let connection: Neo4jConnection;
  if (config.neo4j) {
    connection = config.neo4j;
  } else {
    if (options.startLocal === false) throw new Error('NEO4J_URI is not set: set it, or run `npm run neo4j:start` and use `npm start`.');
    options.log?.('NEO4J_URI is not set: using the local Neo4j (db/neo4j).');
    local = await startLocalNeo4j({ ...config.localNeo4j, detached: false, log: options.log });
    options.log?.(`Neo4j ${local.reused ? 'already running' : 'started'} at ${local.uri} (Browser: ${local.httpUrl}/browser/)`);
    connection = { uri: local.uri, username: local.username, password: local.password };
  }
  const executor = new Executor(createDriver(connection), connection.uri, connection.database ?? config.neo4jDatabase);
  try {
    await executor.verify();
  } catch (error) {
    await executor.close();
    await local?.stop();
    throw error;
  }
  return {
    executor,
    local,
    async close() {
      await executor.close();
      await local?.stop();
    },
  };
}
