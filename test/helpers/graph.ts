import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { parseConfig, type Config } from '../../src/config/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor, type QueryObserver } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { seed } from '../../src/ingest/seed.js';
import { createContext, type Context } from '../../src/server/context.js';
import { createSchema } from '../../src/server/schema.js';
import { createApollo } from '../../src/server/server.js';
import { testConnection } from './neo4j.js';

export interface TestGraph {
  config: Config;
  executor: Executor;
  /** Runs an operation through the production Apollo server (limits, error masking and all). */
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { authorization?: string }): Promise<QueryResult<T>>;
  /** The same, passing every Cypher query sent (with its parameters) to `observer`. */
  queryWith<T = any>(query: string, variables: Record<string, unknown> | undefined, observer: QueryObserver): Promise<QueryResult<T>>;
  /** Wipes the graph (data and migration records), migrates and, unless told not to, loads the seed. */
  reset(options?: { seed?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface QueryResult<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** The response's extensions (`cost`, unless NEWSGRAPH_COST_EXTENSION=false). */
  extensions: Record<string, unknown> | undefined;
  /** Cypher queries this operation sent to Neo4j. */
  cypher: string[];
}

let schemaPromise: Promise<GraphQLSchema> | undefined;

/** One graph per test file, on the throwaway Neo4j the global setup started (or NEO4J_TEST_URI). */
export async function openTestGraph(env: Record<string, string | undefined> = {}): Promise<TestGraph> {
  const connection = testConnection();
  const config = parseConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, NEO4J_USERNAME: connection.username, LOG_LEVEL: 'silent', ...env });
  const executor = new Executor(createDriver(config.neo4j!), connection.uri, undefined, config.queryTimeoutMs);
  schemaPromise ??= createSchema();
  const apollo: ApolloServer<Context> = createApollo(await schemaPromise, config);
  await apollo.start();

  return {
    config,
    executor,
    async query(query, variables, options) {
      const cypher: string[] = [];
      const observed = executor.observe((q) => cypher.push(q.cypher));
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(config, observed, options?.authorization) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { data: response.body.singleResult.data as any, errors: response.body.singleResult.errors, extensions: response.body.singleResult.extensions, cypher };
    },
    async queryWith(query, variables, observer) {
      const cypher: string[] = [];
      const observed = executor.observe((q) => {
        cypher.push(q.cypher);
        observer(q);
      });
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(config, observed) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { data: response.body.singleResult.data as any, errors: response.body.singleResult.errors, extensions: response.body.singleResult.extensions, cypher };
    },
    async reset(options = {}) {
      await executor.write('MATCH (n) DETACH DELETE n');
      await migrate(executor);
      if (options.seed !== false) await seed(executor);
    },
    async close() {
      await apollo.stop();
      await executor.close();
    },
  };
}

/** Wipes, migrates and seeds the test graph, and lets go of it: for tests that reach it through a `newsgraph` process. */
export async function resetTestGraph(): Promise<void> {
  const graph = await openTestGraph();
  try {
    await graph.reset();
  } finally {
    await graph.close();
  }
}
