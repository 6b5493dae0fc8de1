import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_DEPTH, DEFAULT_NEIGHBORS, MAX_DEPTH, MAX_NEIGHBORS } from '../domain/explore/neighborhood.cypher.js';
import { DEFAULT_HOPS, DEFAULT_PATHS, MAX_HOPS, MAX_PATHS } from '../domain/explore/paths.cypher.js';
import { DEFAULT_LIST_LIMIT } from '../domain/limits.js';
import { ErrorCode } from '../core/errors.js';
import { ConcurrencyGate } from './concurrency-gate.js';

/**
 * What one visited node costs next to one returned field: a traversal step reads the node, its
 * relationships and, for the neighbourhood, sorts it with all the others before the limit applies.
 */
const VISIT = 10;
/**
 * Neighbours per node assumed for pricing: the hubs a hostile client picks (Putin, Russia, ISW)
 * have hundreds, most nodes a handful. 20 prices a depth-3 neighbourhood at 80,000 — two fit in the
 * default budget of 200,000, thirty aliased ones do not.
 */
const BRANCHING = 20;
const explore = (hops: number) => VISIT * BRANCHING ** Math.max(0, hops);
const int = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
/** Priced at most at the resolver's cap: past it the resolver names the argument (BAD_USER_INPUT), which says more than a cost. */
const capped = (value: unknown, fallback: number, cap: number) => Math.min(int(value, fallback), cap);

/**
 * The root fields that explore the graph before they return anything, with the nodes they may
 * visit (`work`) and how many items their result lists (`items`), the resolvers' defaults
 * included: a left-out `limit` is the neighbourhood's 50, not the generic 20.
 */
const EXPLORATIONS: Record<string, (args: Record<string, unknown>) => { work: number; items: number }> = {
  'Query.neighborhood': (a) => ({ work: explore(capped(a.depth, DEFAULT_DEPTH, MAX_DEPTH)), items: capped(a.limit, DEFAULT_NEIGHBORS, MAX_NEIGHBORS) }),
  // Shortest paths search from both ends: each side goes about half the hops.
  'Query.paths': (a) => ({ work: 2 * explore(Math.ceil(capped(a.maxHops, DEFAULT_HOPS, MAX_HOPS) / 2)), items: capped(a.first, DEFAULT_PATHS, MAX_PATHS) }),
  // Entity → articles and statements → other entities, then counted and ranked.
  'Query.relatedEntities': (a) => ({ work: explore(2), items: int(a.first, DEFAULT_LIST_LIMIT) }),
  'Query.timeline': () => ({ work: explore(2), items: DEFAULT_LIST_LIMIT }),
  // One stance; its assessments are a connection priced by their own `first`.
  'Query.stance': () => ({ work: explore(2), items: 1 }),
  // Dashboard counts: every matching statement (or mention in the date range) read, then grouped.
  'Query.statementCounts': (a) => ({ work: explore(2), items: int(a.first, DEFAULT_LIST_LIMIT) }),
  'Query.mentionCounts': (a) => ({ work: explore(2), items: int(a.first, DEFAULT_LIST_LIMIT) }),
  // Full-text: a fuzzy Lucene query over every name, title and statement, then ranked.
  'Query.search': (a) => ({ work: explore(1) * 10, items: int(a.first, DEFAULT_LIST_LIMIT) }),
  ...Object.fromEntries(['people', 'organizations', 'places', 'topics', 'articles', 'statements'].map((name) => [`Query.${name}`, scanningList])),
};

/**
 * A list priced like a one-hop exploration when it reads every node of its label before the page:
 * ordered by mentions (each node's count, then a sort), or filtered on text (a scan of titles,
 * bodies or statements). Otherwise an index walk cut after the page: its items alone.
 */
function scanningList(a: Record<string, unknown>): { work: number; items: number } {
  const filter = a.filter as Record<string, unknown> | null | undefined;
  const scans = a.orderBy === 'MOST_MENTIONED' || (filter?.textContains != null && filter.textContains !== '');
  return { work: scans ? explore(1) : 0, items: int(a.first, DEFAULT_LIST_LIMIT) };
}

/**
 * Cost of a field: itself plus its children once per item it may return, plus the nodes it may
 * visit on the way for the explorations above. A field that takes `first` or `limit` returns at
 * most that many (the default when the client leaves it out), with the variables of this request
 * filled in — a `first: $n` must cost what $n says.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const exploration = EXPLORATIONS[`${type.name}.${field.name}`]?.(args);
  if (exploration) return 1 + exploration.work + Math.max(exploration.items, 1) * childComplexity;
  const takes = (name: string) => field.args.some((a) => a.name === name);
  const count = (name: string) => int(args[name], DEFAULT_LIST_LIMIT);
  const items = takes('first') ? count('first') : takes('limit') ? count('limit') : 1;
  return 1 + Math.max(items, 1) * childComplexity;
};

export function queryCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listCostEstimator] });
}

/**
 * The operation Apollo resolved, with the fragments it may use. Passing the request's operationName
 * instead crashed the cost count when Apollo runs the only (anonymous) operation of a document
 * whatever name was sent: `{ __typename }` with operationName "X".
 */
function operationOnly(document: DocumentNode, operation: OperationDefinitionNode | undefined): DocumentNode {
  if (!operation) return document;
  return { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
}

/** Variable sets remembered per operation: enough for a client's few pages, bounded against a flood of distinct ones. */
const MEMO_PER_OPERATION = 32;
/** Larger variables (an article sent to ingestArticle) are not worth keeping as a key. */
const MEMO_MAX_KEY = 1_024;

/**
 * Costs already counted, per operation (Apollo hands the same parsed document for the same query
 * text from its document cache) and variables. Counting walks every field with its arguments: the
 * largest CPU cost on the server while 8 clients flooded it with a refused 30-alias query
 * (profiled: a fifth of its CPU time, more than parsing, validating and answering them).
 */
const costMemo = new WeakMap<object, Map<string, number>>();

/**
 * An error of the variables, not of the document: the operation will not run (execution refuses
 * them with BAD_USER_INPUT, which Apollo words), so it is not priced at all. graphql-query-complexity
 * throws graphql-js's coercion error, which as a plugin's error reached clients as a 500.
 */
function isVariableError(error: unknown): boolean {
  return error instanceof GraphQLError && error.nodes?.length === 1 && error.nodes[0]!.kind === Kind.VARIABLE_DEFINITION;
}

/** The operation's cost with these variables; null when the variables do not coerce to the operation's types. */
export function memoisedCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined, variables: Record<string, unknown>): number | null {
  const key = JSON.stringify(variables);
  const owner = operation ?? document;
  const costs = costMemo.get(owner);
  const known = costs?.get(key);
  if (known !== undefined) return known;
  let cost: number;
  try {
    cost = queryCost(schema, operationOnly(document, operation), variables);
  } catch (error) {
    if (isVariableError(error)) return null;
    throw error;
  }
  if (key.length <= MEMO_MAX_KEY) {
    if (!costs) costMemo.set(owner, new Map([[key, cost]]));
    else {
      if (costs.size >= MEMO_PER_OPERATION) costs.delete(costs.keys().next().value!);
      costs.set(key, cost);
    }
  }
  return cost;
}

/** Operations at least this costly count as expensive: one graph exploration of two hops or more. */
export const HEAVY_COST = explore(2);

/**
 * The cost each request was priced at, by its context value (one per request), for the response's
 * `extensions.cost` and the request log: the cost plugin prices, the observation plugin reports.
 */
const pricedCosts = new WeakMap<object, number>();

/** The cost this request's operation was priced at; undefined when it never got that far (parse or validation failed). */
export function pricedCost(contextValue: object): number | undefined {
  return pricedCosts.get(contextValue);
}

export function recordPricedCost(contextValue: object, cost: number): void {
  pricedCosts.set(contextValue, cost);
}

export interface CostOptions {
  maxCost: number;
  /** Expensive operations running at once on this server; more wait up to `heavyWaitMs`, then TRANSIENT_FAILURE. */
  maxConcurrentHeavy?: number;
  /** The gate itself, when something besides this plugin (the fast lane) admits heavy operations too. */
  gate?: ConcurrencyGate;
  heavyWaitMs?: number;
}

/**
 * Refuses, before execution, an operation whose worst-case size passes `maxCost`; lets at most
 * `maxConcurrentHeavy` expensive ones run at once, so a flood of them queues (briefly) instead of
 * taking every Neo4j connection and the memory pool from the cheap lookups.
 */
export function queryCostPlugin(options: CostOptions): ApolloServerPlugin<any> {
  const { maxCost } = options;
  const gate = options.gate ?? new ConcurrencyGate(options.maxConcurrentHeavy ?? Infinity);
  const waitMs = options.heavyWaitMs ?? 2_000;
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue }) {
          const cost = memoisedCost(schema, document, operation, request.variables ?? {});
          if (cost === null) return;
          recordPricedCost(contextValue, cost);
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer items per list (first, limit) or fewer nested lists.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, maxCost },
            });
          }
          if (cost >= HEAVY_COST) {
            release = await gate.acquire(waitMs);
            if (!release) {
              throw new GraphQLError(`The server is running as many expensive operations as it allows (${gate.capacity}): try again in a moment.`, {
                extensions: { code: ErrorCode.TRANSIENT_FAILURE },
              });
            }
          }
        },
        async willSendResponse() {
          release?.();
          release = null;
        },
      };
    },
  };
}
