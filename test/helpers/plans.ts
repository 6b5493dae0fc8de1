import { expect } from 'vitest';
import { toCypherParams, type Params } from '../../src/db/executor.js';
import type { TestGraph } from './graph.js';

/** Runs an operation, expecting no errors, and returns its data and every Cypher query it sent, with parameters. */
export async function runObserved(graph: TestGraph, query: string, variables?: Record<string, unknown>) {
  const sent: { cypher: string; params: Params }[] = [];
  const { data, errors } = await graph.queryWith(query, variables, (q) => sent.push({ cypher: q.cypher, params: q.params }));
  expect(errors).toBeUndefined();
  return { data: data as any, sent };
}

/** The operators of the plan Neo4j makes for a query (EXPLAIN: nothing runs), without their "@neo4j" suffix. */
export async function planOperators(graph: TestGraph, cypher: string, params: Params): Promise<string[]> {
  // Planned for the graph as it is now: Neo4j would otherwise reuse a plan an earlier test made
  // for the same text on another graph until it replans (10 s and a change in the statistics).
  await graph.executor.driver.executeQuery('CALL db.clearQueryCaches()');
  const result = await graph.executor.driver.executeQuery(`EXPLAIN ${cypher}`, toCypherParams(params));
  const names: string[] = [];
  const walk = (op: { operatorType: string; children: unknown[] }) => {
    names.push(op.operatorType.replace(/@.*$/, ''));
    for (const child of op.children) walk(child as typeof op);
  };
  walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
  return names;
}
