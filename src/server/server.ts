import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import { compiledExecutionGateway } from './compiled-execution.js';
import { ConcurrencyGate } from './concurrency-gate.js';
import { bookmarksPlugin, requestBookmarks } from './bookmarks.js';
import { createContext, type Context } from './context.js';
import { formatError } from './format-error.js';
import { graphqlHttpHandler, isGraphqlUrl } from './graphql-http.js';
import { answerClientError, graphqlErrorHandler, notFound } from './http-errors.js';
import { httpStatusPlugin } from './http-status.js';
import { EXPLORE_PATH, explorePage } from './explore-page.js';
import { graphiqlLandingPage, loadExamples } from './landing-page.js';
import { queryProtection } from './limits.js';
import { startMetricsEndpoint } from './metrics-endpoint.js';
import { Metrics } from './metrics.js';
import { requestObservationPlugin, requestObserver, type RequestObserver } from './request-observation.js';
import { fastLane, KnownQueries } from './fast-lane.js';
import { warmUp } from './warm-up.js';

/** The most a start spends warming up before it listens. */
const WARM_UP_BUDGET_MS = 20_000;

export const GRAPHQL_PATH = '/graphql';

export interface ApolloOptions {
  /** Drained on stop. */
  httpServer?: Server;
  /** Where requests are recorded; none → no metrics kept. */
  metrics?: Metrics;
  /** Where compiled queries are left for the fast lane (fast-lane.ts); none → no fast lane. */
  known?: KnownQueries;
  /** The slots for heavy operations, when the fast lane shares them; otherwise the cost plugin makes its own. */
  heavyGate?: ConcurrencyGate;
  /** What reports each request, when the caller shares it with the fast lane; otherwise made from config, metrics and logger. */
  observer?: RequestObserver;
}

/** What requests report and where (request-observation.ts); undefined when nothing would be reported. */
function observation(config: Config, metrics?: Metrics, logger?: Logger): RequestObserver | undefined {
  const observed = config.costExtension || metrics !== undefined || (logger !== undefined && config.requestLogSample > 0);
  return observed ? requestObserver({ maxCost: config.maxCost, costExtension: config.costExtension, metrics, logger, logSample: config.requestLogSample }) : undefined;
}

/** The Apollo server without HTTP: what `serve` mounts and what tests call executeOperation on. */
export function createApollo(schema: GraphQLSchema, config: Config, logger?: Logger, options: ApolloOptions = {}): ApolloServer<Context> {
  const { httpServer, metrics, known, heavyGate } = options;
  const protection = queryProtection(config, heavyGate);
  const observed = 'observer' in options ? options.observer : observation(config, metrics, logger);
  return new ApolloServer<Context>({
    // The schema, executed by compiled queries once a document repeats (compiled-execution.ts).
    gateway: compiledExecutionGateway(schema, config.compiledExecution, known),
    // A documented setting (NEWSGRAPH_INTROSPECTION), off by default in production.
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, (e) => logger?.error({ err: e }, 'unexpected error in a GraphQL request')),
    logger: logger ? { debug: (m) => logger.debug(m), info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) } : undefined,
    plugins: [
      ...protection.plugins,
      httpStatusPlugin(),
      bookmarksPlugin(),
      // After httpStatusPlugin: request lines carry the status it sets.
      ...(observed ? [requestObservationPlugin(observed)] : []),
      // Apollo installs cache control by default and then wraps every field's resolver to collect
      // cache hints; nothing here sets or reads one (profiled: a few % of a list query's CPU).
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      config.playground ? graphiqlLandingPage({ endpoint: GRAPHQL_PATH, examples: loadExamples(), explorePath: EXPLORE_PATH }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  /** The Prometheus scrape URL, when NEWSGRAPH_METRICS_PORT is set. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/**
 * HTTP: POST/GET /graphql (GraphiQL for browsers), GET /explore (the graph explorer), GET /healthz
 * (200 when Neo4j answers); GET /metrics on its own port when NEWSGRAPH_METRICS_PORT is set.
 */
export async function startHttpServer(schema: GraphQLSchema, config: Config, executor: Executor, logger?: Logger): Promise<RunningServer> {
  const app = express();
  const log = (error: unknown) => logger?.error({ err: error }, 'unexpected error in an HTTP request');
  // Requests are handled once Apollo (which drains this server on stop) has started: see below.
  const httpServer = createServer();
  httpServer.on('clientError', answerClientError);
  const metrics = config.metrics ? new Metrics() : undefined;
  // Compiled queries run again without Apollo's pipeline (NEWSGRAPH_FAST_LANE, on by default).
  const known = config.fastLane && config.compiledExecution ? new KnownQueries() : undefined;
  // One set of slots for heavy operations, whichever path admits them.
  const heavyGate = new ConcurrencyGate(config.maxConcurrentHeavy);
  // One observer for both paths a request can take.
  const observer = observation(config, metrics, logger);
  const apollo = createApollo(schema, config, logger, { httpServer, metrics, known, heavyGate, observer });
  await apollo.start();
  // Ready means ready: the hot operations run before the port opens (and so before /healthz).
  const warm = await warmUp(apollo, config, executor, loadExamples().map((e) => e.query), WARM_UP_BUDGET_MS);
  logger?.info(`Warmed up with ${warm.operations} operations in ${warm.ms} ms (${warm.failed} answered with errors).`);
  // The warm-up's requests are not traffic: the counts start with the first client.
  metrics?.resetRequests();

  app.disable('x-powered-by');
  // Express hashes every response body for an ETag; no GraphQL client revalidates a POST with it.
  app.set('etag', false);
  app.get('/healthz', async (_req, res) => {
    try {
      // Known down (a query failed, the probe has not seen it back): answer now, not after a connect timeout.
      if (!executor.health.up) throw new Error('down');
      await executor.verify();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j is not reachable' });
    }
  });
  app.get('/', (_req, res) => res.redirect(GRAPHQL_PATH));
  // The graph explorer: a browser UI like GraphiQL, so served when the playground is.
  if (config.playground) app.use(EXPLORE_PATH, explorePage());
  const lane = known ? fastLane({ schema, known, maxCost: config.maxCost, heavyGate, observe: observer }) : undefined;
  const graphql = graphqlHttpHandler(apollo, async (req) => createContext(config, executor, req.headers.authorization, requestBookmarks(req.headers, req.body)), log, lane);
  app.use(notFound);
  app.use(graphqlErrorHandler(log));
  // /graphql straight to Apollo or the fast lane (graphql-http.ts); every other path through Express.
  httpServer.on('request', (req, res) => {
    const target = isGraphqlUrl(req.url, GRAPHQL_PATH);
    if (target) graphql(req, res, target.search);
    else app(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  // After the API's port: a clash on the metrics port stops the start with nothing left listening.
  const metricsEndpoint = metrics && config.metrics ? await startMetricsEndpoint(metrics, config.metrics.port, config.metrics.host).catch(async (error) => {
    await apollo.stop();
    throw error;
  }) : undefined;
  if (metricsEndpoint) logger?.info(`Metrics at ${metricsEndpoint.url}`);
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    port,
    metricsUrl: metricsEndpoint?.url,
    stop: async () => {
      await metricsEndpoint?.stop();
      await apollo.stop();
    },
  };
}
