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

interface PlanOperator { operatorType: string; arguments: Record<string, unknown>; children: PlanOperator[] }

/** The plan Neo4j makes for a query on the graph as it is now (EXPLAIN: nothing runs). */
async function explain(graph: TestGraph, cypher: string, params: Params): Promise<PlanOperator> {
  // Planned for the graph as it is now: Neo4j would otherwise reuse a plan an earlier test made
  // for the same text on another graph until it replans (10 s and a change in the statistics), and
  // plan with index statistics sampled in the background, maybe before the test wrote its graph.
  // prepareForReplanning resamples every index, waits for that, then clears the plan caches.
  await graph.executor.driver.executeQuery('CALL db.prepareForReplanning()');
  const result = await graph.executor.driver.executeQuery(`EXPLAIN ${cypher}`, toCypherParams(params));
  return result.summary.plan as unknown as PlanOperator;
}

const operatorName = (op: PlanOperator) => op.operatorType.replace(/@.*$/, '');
/** An operator with what it reads: "Expand(Into) (x)-[r:RELATED_TO]->(y)". */
const step = (op: PlanOperator) => `${operatorName(op)} ${String(op.arguments.Details ?? '').replace(/\s+/g, ' ')}`.trim();

/** Every operator of a plan, parents before their children. */
function flatten(op: PlanOperator): PlanOperator[] {
  return [op, ...op.children.flatMap(flatten)];
}

/** The operators of the plan Neo4j makes for a query (EXPLAIN: nothing runs), without their "@neo4j" suffix. */
export async function planOperators(graph: TestGraph, cypher: string, params: Params): Promise<string[]> {
  return flatten(await explain(graph, cypher, params)).map(operatorName);
}

/** Where the plan starts reading: its leaf operators with what they read (e.g. "NodeUniqueIndexSeek UNIQUE a:Article(id) …"), sorted. */
export async function planLeaves(graph: TestGraph, cypher: string, params: Params): Promise<string[]> {
  return flatten(await explain(graph, cypher, params)).filter((op) => op.children.length === 0).map(step).sort();
}

/** Every operator of the plan Neo4j makes for a query (EXPLAIN), with what it reads: "Expand(Into) (x)-[r:RELATED_TO]->(y)". */
export async function planSteps(graph: TestGraph, cypher: string, params: Params): Promise<string[]> {
  return flatten(await explain(graph, cypher, params)).map(step);
}
