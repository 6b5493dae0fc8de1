/**
 * The fast lane: a query document Apollo has already parsed, validated, priced and compiled
 * (compiled-execution.ts) runs again without Apollo's request pipeline around it.
 *
 * Why: measured on the bench:api shapes, the framework's work per request (content negotiation,
 * hashing the query text for its document cache, a dozen plugin hooks, the request context it
 * builds) was a large share of the API's CPU on a list query once each root field is one Cypher
 * query — an Apollo server answering with hand-written Cypher reached only about half of the
 * raw-driver server's requests per second (bench/api/README.md).
 *
 * What is the same on both paths, because the same functions do it: the body parser and its
 * limits, the request context (API key, time budget, bookmarks, loaders), the cost limit with this
 * request's variables (query-cost.ts), the compiled query, `extensions.cost` and the metrics and
 * request log (request-observation.ts). What the lane leaves to Apollo, by handing the request
 * over: anything that is not a POST of a query document already known, a client that asks for
 * `application/graphql-response+json`, persisted queries, a heavy operation (HEAVY_COST) when no
 * slot is free at once (it waits in Apollo's queue), variables that fail to coerce and any result
 * with errors (queries only: a
 * second run changes nothing; it shares the first run's context, so its time budget too) — so
 * every error a client can get is formatted in one place.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { Context } from '../domain/context.js';
import type { ConcurrencyGate } from './concurrency-gate.js';
import { writtenBookmarks } from './bookmarks.js';
import { prefersGraphQLResponseJson } from './http-status.js';
import { HEAVY_COST, memoisedCost, recordPricedCost } from './query-cost.js';
import type { RequestObserver } from './request-observation.js';

/** A query as Apollo accepted it: what running it again needs. */
export interface KnownQuery {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  compiled: CompiledQuery;
}

/** Documents remembered at most: beyond it the least recently used goes (a client sending endless distinct queries gets Apollo). */
const CAPACITY = 512;
/** Longer query texts are not kept as keys; they run through Apollo each time. */
const MAX_QUERY_LENGTH = 16_384;

/** The known queries, by query text and the operation name the client sent with it. */
export class KnownQueries {
  private readonly byText = new Map<string, KnownQuery>();

  constructor(readonly capacity = CAPACITY) {}

  /** Once per document and operation: the same document compiled again (Apollo's cache dropped it) replaces it. */
  remember(query: string, operationName: string | undefined, known: KnownQuery): void {
    if (query.length > MAX_QUERY_LENGTH) return;
    const key = keyOf(query, operationName);
    if (this.byText.get(key)?.document === known.document) return;
    this.byText.delete(key);
    this.byText.set(key, known);
    if (this.byText.size > this.capacity) this.byText.delete(this.byText.keys().next().value!);
  }

  find(query: string, operationName: string | undefined): KnownQuery | undefined {
    const key = keyOf(query, operationName);
    const known = this.byText.get(key);
    if (known) {
      // Most recently used last: Map keeps insertion order.
      this.byText.delete(key);
      this.byText.set(key, known);
    }
    return known;
  }

  get size(): number {
    return this.byText.size;
  }
}

/** Light operations take no slot. */
const NO_SLOT = () => {};

const keyOf = (query: string, operationName: string | undefined) => `${operationName ?? ''}\u0000${query}`;

interface LaneBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

const LANE_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The body as the lane takes it, or null for Apollo: one operation (not a batch) with a query
 * text, variables an object or left out, an operation name a string or left out, and no
 * extensions but bookmarks (a persisted query's hash, anything unknown: Apollo's to judge).
 */
export function laneBody(req: IncomingMessage & { body?: unknown }): LaneBody | null {
  if (req.method !== 'POST' || prefersGraphQLResponseJson(req.headers.accept)) return null;
  const body = req.body;
  if (!isRecord(body) || typeof body.query !== 'string') return null;
  for (const key of Object.keys(body)) if (!LANE_KEYS.has(key)) return null;
  const { variables, operationName, extensions } = body;
  if (variables != null && !isRecord(variables)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (extensions != null && !(isRecord(extensions) && Object.keys(extensions).every((k) => k === 'bookmarks'))) return null;
  return { query: body.query, variables: (variables as Record<string, unknown> | null | undefined) ?? {}, operationName: (operationName as string | null | undefined) ?? undefined };
}

export interface FastLaneOptions {
  schema: GraphQLSchema;
  known: KnownQueries;
  maxCost: number;
  /** The slots heavy operations share with Apollo's cost plugin; without a free one now, the request is Apollo's (it waits there). */
  heavyGate: ConcurrencyGate;
  /** The response is about to go: metrics, request log, and the `extensions.cost` to add (request-observation.ts). */
  observe?: RequestObserver;
}

/** Why the lane gave a request back; Apollo answers it from the same context. */
export type Handover = { context?: Context };

/**
 * Answers `req` when the lane can; otherwise resolves to a handover (with the context, when one
 * was made) for Apollo to answer.
 */
export function fastLane(options: FastLaneOptions) {
  const { schema, known, maxCost, heavyGate, observe } = options;
  return async (req: IncomingMessage & { body?: unknown }, res: ServerResponse, makeContext: () => Promise<Context>): Promise<Handover | null> => {
    const started = performance.now();
    const body = laneBody(req);
    const query = body && known.find(body.query, body.operationName);
    if (!body || !query) return {};
    // A context that can't be made (bookmarks refused) is Apollo's to report.
    const context = await makeContext().catch(() => undefined);
    if (!context) return {};
    const priced = memoisedCost(schema, query.document, query.operation, body.variables);
    if (priced === null || priced > maxCost) return { context };
    const release = priced >= HEAVY_COST ? heavyGate.tryAcquire() : NO_SLOT;
    if (!release) return { context };
    recordPricedCost(context, priced);
    let result: Awaited<ReturnType<CompiledQuery['query']>> | undefined;
    try {
      result = await query.compiled.query(undefined, context, body.variables);
    } catch {
      // Apollo runs it again and answers whatever went wrong, as it would have.
      result = undefined;
    } finally {
      release();
    }
    if (!result || result.errors?.length) return { context };
    const cost = observe?.({ started, contextValue: context, operationName: query.operation.name?.value ?? null, errors: undefined, status: 200, fastLane: true });
    const bookmarks = writtenBookmarks(context);
    // In the order Apollo's plugins add them: bookmarks, then cost.
    const extensions = cost || bookmarks ? { ...(bookmarks ? { bookmarks } : {}), ...(cost ? { cost } : {}) } : undefined;
    const text = `${JSON.stringify(extensions ? { data: result.data, extensions } : { data: result.data })}\n`;
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
    return null;
  };
}
