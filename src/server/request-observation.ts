import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from '../domain/context.js';
import { operationDescription, type Metrics } from './metrics.js';
import { pricedCost } from './query-cost.js';

export interface ObservationOptions {
  maxCost: number;
  /** Add `extensions.cost` to responses. */
  costExtension: boolean;
  metrics?: Metrics;
  /** Request lines go here, for `logSample` of the requests (0 none, 1 all). */
  logger?: Logger;
  logSample: number;
}

/** What a response says about its own cost (`extensions.cost`). */
export interface CostReport {
  /** The worst-case cost the operation was priced at before it ran (query-cost.ts). */
  requestedQueryCost: number;
  /** The most an operation may cost on this server (NEWSGRAPH_MAX_COST). */
  maxCost: number;
  /** Cypher queries sent to Neo4j for this request. */
  neo4jRoundTrips: number;
  /** Milliseconds with a query in flight (overlapping queries count once), to 0.01 ms. */
  neo4jTimeMs: number;
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

/** What is known of a request when its response is about to go. */
export interface FinishedRequest {
  /** performance.now() when the request started. */
  started: number;
  contextValue: Context;
  /** The operation's name; null when anonymous, undefined when no operation was resolved. */
  operationName: string | null | undefined;
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined;
  status: number;
  /** Answered by the fast lane (fast-lane.ts). */
  fastLane?: boolean;
}

/**
 * What every response goes through when it is about to be sent, whichever path answered it
 * (Apollo's plugin below, or the fast lane): the cost priced before execution, the Neo4j round
 * trips and time the request's executor metered (its QueryMeter), and the duration, recorded in
 * the metrics and, for a sample of requests, logged — the log line built and written after the
 * response has gone (setImmediate), so it never delays one. Answers the `extensions.cost` to add,
 * when that is turned on.
 */
export type RequestObserver = (request: FinishedRequest) => CostReport | undefined;

export function requestObserver(options: ObservationOptions): RequestObserver {
  const { costExtension, metrics, logger, logSample, maxCost } = options;
  const logs = logger !== undefined && logSample > 0;
  return ({ started, contextValue, operationName, errors, status, fastLane }) => {
    const ms = performance.now() - started;
    const meter = contextValue.executor.meter;
    const cost = pricedCost(contextValue);
    const report: CostReport | undefined = costExtension && cost !== undefined
      ? { requestedQueryCost: cost, maxCost, neo4jRoundTrips: meter?.roundTrips ?? 0, neo4jTimeMs: round2(meter?.ms ?? 0) }
      : undefined;
    const sampled = logs && Math.random() < logSample;
    if (!metrics && !sampled) return report;
    const errorCodes = (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
    const roundTrips = meter?.roundTrips ?? 0;
    const neo4jMs = meter?.ms ?? 0;
    metrics?.record({ operationName, seconds: ms / 1000, roundTrips, neo4jSeconds: neo4jMs / 1000, errorCodes, fastLane });
    if (sampled && logger) {
      const line = { operation: operationDescription(operationName), cost: cost ?? null, durationMs: round2(ms), status, roundTrips, neo4jMs: round2(neo4jMs), errors: errorCodes };
      setImmediate(() => logger.info(line, 'graphql request'));
    }
    return report;
  };
}

/** The observer as an Apollo plugin: one hook at the start of a request, one before its response; nothing per field. */
export function requestObservationPlugin(observe: RequestObserver): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Anonymous and unresolved operations are told apart: Apollo's operationName is null for both.
          const operationName = operation ? (operation.name?.value ?? null) : undefined;
          const cost = observe({ started, contextValue, operationName, errors: result.errors, status: response.http.status ?? 200 });
          if (cost) result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
