/**
 * Repeated queries run as compiled code (src/server/compiled-execution.ts). What a client gets must
 * not depend on which path ran: for every playground example and for requests that fail in each
 * way a resolver or the variables can fail, the compiled answer equals graphql-js's — data, error
 * messages, codes and paths.
 */
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { execute, getOperationAST, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_TIMEOUTS, createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { compiledExecutor } from '../../src/server/compiled-execution.js';
import { createContext } from '../../src/server/context.js';
import { loadExamples } from '../../src/server/landing-page.js';
import { createSchema } from '../../src/server/schema.js';
import { createApollo } from '../../src/server/server.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
let schema: GraphQLSchema;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  schema = await createSchema();
});
afterAll(() => graph.close());

const context = () => createContext(graph.config, graph.executor);

function requestContext(document: DocumentNode, variables: Record<string, unknown>): GatewayGraphQLRequestContext {
  return { document, request: { variables }, context: context(), operation: getOperationAST(document) } as unknown as GatewayGraphQLRequestContext;
}

/** Plain JSON of a result: GraphQLError instances compared by what a client is sent. */
const sent = (result: unknown) => JSON.parse(JSON.stringify(result));

/** Runs a document through graphql-js, then three times through one compiled executor (the first interpreted, the rest compiled). */
async function bothWays(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const compiledNames: (string | undefined)[] = [];
  const executor: GatewayExecutor = compiledExecutor(schema, (name) => compiledNames.push(name));
  const reference = sent(await execute({ schema, document, contextValue: context(), variableValues: variables }));
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(sent(await executor(requestContext(document, variables))));
  return { reference, runs, compiled: compiledNames.length };
}

describe('compiled execution answers exactly as graphql-js does', () => {
  for (const example of loadExamples()) {
    it(`example ${example.name}`, async () => {
      const { reference, runs, compiled } = await bothWays(example.query);
      expect(compiled).toBe(1);
      expect(reference.errors).toBeUndefined();
      for (const run of runs) expect(run).toEqual(reference);
    });
  }

  it('a field that fails: the same message, code and path, the rest of the data kept', async () => {
    const { reference, runs, compiled } = await bothWays(`{
      ok: person(id: "person:vladimir-putin") { name }
      bad: neighborhood(id: "person:vladimir-putin", depth: 99) { nodes { id } }
    }`);
    expect(compiled).toBe(1);
    expect(reference.data.ok).toEqual({ name: 'Vladimir Putin' });
    expect(reference.errors).toHaveLength(1);
    expect(reference.errors[0].path).toEqual(['bad']);
    expect(reference.data.bad).toBeNull();
    expect(reference.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const run of runs) expect(run).toEqual(reference);
  });

  it('an argument out of range: BAD_USER_INPUT either way', async () => {
    const { reference, runs } = await bothWays(`{ articles(first: -1) { nodes { title } } }`);
    expect(reference.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const run of runs) expect(run).toEqual(reference);
  });

  it('variables of the wrong type: refused before anything runs, either way', async () => {
    const source = `query($n: Int) { articles(first: $n) { nodes { title } } }`;
    const { reference, runs } = await bothWays(source, { n: 'twenty' });
    expect(reference.data).toBeUndefined();
    expect(reference.errors[0].message).toMatch(/\$n/);
    for (const run of runs) expect(run).toEqual(reference);
  });

  it('a database that is down: SERVICE_UNAVAILABLE through Apollo on every run, compiled or not', async () => {
    // Nothing listens on port 1: the driver fails at once, as it does when Neo4j is down.
    const uri = 'bolt://127.0.0.1:1';
    const down = new Executor(createDriver({ uri, username: 'neo4j', password: 'unused' }, SERVER_TIMEOUTS), uri);
    const apollo = createApollo(schema, graph.config);
    await apollo.start();
    try {
      for (let i = 0; i < 3; i++) {
        const response = await apollo.executeOperation({ query: '{ person(name: "Putin") { name } }' }, { contextValue: createContext(graph.config, down) });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        expect(response.body.singleResult.data).toEqual({ person: null });
        expect(response.body.singleResult.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
          ['The graph database is unavailable; try again shortly.', 'SERVICE_UNAVAILABLE'],
        ]);
      }
    } finally {
      await apollo.stop();
      await down.close();
    }
  });
});
