import type { ApolloServer } from '@apollo/server';
import type { Config } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import type { Context } from '../domain/context.js';
import { createContext } from './context.js';

export interface WarmUpResult {
  operations: number;
  failed: number;
  ms: number;
}

/**
 * Runs the hot operations (the examples the playground opens) before the server listens: Neo4j
 * plans and compiles their queries and reads their pages into its cache, so the first clients do
 * not pay for that, and /healthz only answers — green — once it is done. Each runs twice (the
 * second run uses the compiled plan); errors are ignored (an empty graph answers null or empty lists, an
 * unreachable Neo4j is the health state's business), and the whole stops after `budgetMs`.
 */
export async function warmUp(apollo: ApolloServer<Context>, config: Config, executor: Executor, queries: readonly string[], budgetMs: number): Promise<WarmUpResult> {
  const started = Date.now();
  let operations = 0;
  let failed = 0;
  for (const query of queries) {
    for (let round = 0; round < 2; round++) {
      if (Date.now() - started > budgetMs || !executor.health.up) return { operations, failed, ms: Date.now() - started };
      const response = await apollo.executeOperation({ query }, { contextValue: createContext(config, executor) }).catch(() => null);
      operations++;
      if (!response || (response.body.kind === 'single' && response.body.singleResult.errors)) failed++;
    }
  }
  return { operations, failed, ms: Date.now() - started };
}
