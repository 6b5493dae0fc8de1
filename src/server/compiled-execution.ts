import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../domain/context.js';
import type { KnownQueries } from './fast-lane.js';

/**
 * Queries run as compiled JavaScript (graphql-jit) instead of graphql-js's generic walk over the
 * document: measured on the bench:api shapes, graphql-js execution was most of the API's CPU per
 * request once the planner had made each root field one Cypher query, and Node's one thread is
 * what bounds throughput on a list of 20 articles with their authors and mentions.
 *
 * Apollo takes a custom executor only through its gateway interface; what it does around the
 * executor is unchanged: parsing and validation (cached per document), the cost and depth limits,
 * and error formatting (the errors returned here go through the same formatError as before).
 *
 * A document is compiled the second time it is seen (compiling costs about what a few executions
 * do, so a query sent once never pays it); until then, and for mutations and anything that did not
 * resolve to one operation, graphql-js executes it as before. Compiled queries are held in a
 * WeakMap on the parsed document, which Apollo's document cache owns: they go when it evicts the
 * document, so their number is bounded by that cache, not by what clients send.
 */

/** What a document's compiled forms are kept under: one per operation name it is run with. */
interface Compiled {
  seen: number;
  byOperation: Map<string, CompiledQuery | null>;
}

/** Compiled once a document has run this many times with graphql-js. */
const COMPILE_AFTER = 1;

/** Told each time a document is compiled (tests use it to know the compiled path ran). */
export type CompileObserver = (operationName: string | undefined) => void;

export function compiledExecutor(schema: GraphQLSchema, onCompile?: CompileObserver, compileAfter = COMPILE_AFTER, known?: KnownQueries): GatewayExecutor {
  const cache = new WeakMap<DocumentNode, Compiled>();

  const compiled = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let entry = cache.get(document);
    if (!entry) cache.set(document, (entry = { seen: 0, byOperation: new Map() }));
    if (entry.seen++ < compileAfter) return null;
    const key = operationName ?? '';
    if (!entry.byOperation.has(key)) {
      const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      // A document graphql-jit can't compile runs with graphql-js, which reports any error itself.
      entry.byOperation.set(key, isCompiledQuery(result) ? result : null);
      if (isCompiledQuery(result)) onCompile?.(operationName);
    }
    return entry.byOperation.get(key) ?? null;
  };

  return async (requestContext) => {
    const { document, request, operation } = requestContext;
    const context = requestContext.context as Context;
    const operationName = request.operationName ?? undefined;
    const query = operation?.operation === 'query' ? compiled(document, operationName) : null;
    // Parsed, validated and priced by Apollo: the fast lane may run it next time (fast-lane.ts).
    if (query && operation && known && typeof request.query === 'string') known.remember(request.query, operationName, { document, operation, compiled: query });
    if (!query) return (await execute({ schema, document, contextValue: context, variableValues: request.variables, operationName })) as GatewayExecutionResult;
    // graphql-js words a bad variable's error differently; coercing with it first keeps the
    // message a client sees the same on both paths (the compiled query coerces them again).
    const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors } as GatewayExecutionResult;
    const result: ExecutionResult = await query.query(undefined, context, request.variables ?? {});
    if (result.errors) return { ...result, errors: result.errors.map(asGraphQLJsError) } as GatewayExecutionResult;
    return result as GatewayExecutionResult;
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the thrown error has none (graphql-js
 * always sets an object); Apollo reads `extensions.code` and, failing, answers a bare
 * INTERNAL_SERVER_ERROR without calling our formatError — a database outage lost its
 * SERVICE_UNAVAILABLE. So each becomes the graphql-js error it stands for.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  (copy as { locations: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * The gateway Apollo asks for its schema and executor: the one schema, fixed, and the executor
 * above. Nothing is federated.
 */
export function compiledExecutionGateway(schema: GraphQLSchema, enabled = true, known?: KnownQueries): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      // Off (NEWSGRAPH_COMPILED_EXECUTION=false): never compiled, graphql-js runs every request.
      return { executor: compiledExecutor(schema, undefined, enabled ? COMPILE_AFTER : Infinity, known) };
    },
    async stop() {},
  };
}
