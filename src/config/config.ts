import { z } from 'zod';

/**
 * All configuration comes from the environment, read once (loadConfig) and validated by a pure
 * function (parseConfig) so tests can build a Config without touching process.env.
 */
const EnvSchema = z.object({
  /** Unset → `npm start` runs the local Neo4j from db/neo4j (see src/db/local). */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /**
   * Writes (ingestArticle) need `Authorization: Bearer <secret>` with one of these comma-separated
   * keys, each `id:secret` (the id, not secret, is recorded on what the key writes); unset → writes refused.
   */
  NEWSGRAPH_API_KEYS: z.string().optional(),
  /** `true`/`false`: answer introspection queries; default on unless NODE_ENV=production. */
  NEWSGRAPH_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** `true`/`false`: run repeated queries as compiled code (src/server/compiled-execution.ts); default on. */
  NEWSGRAPH_COMPILED_EXECUTION: z.enum(['true', 'false']).optional(),
  NEWSGRAPH_FAST_LANE: z.enum(['true', 'false']).optional(),
  NEWSGRAPH_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  NEWSGRAPH_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
  // Worst-case items a query may touch (query-cost.ts); a dashboard of 100 articles × 20 mentions × … costs ~45,000.
  NEWSGRAPH_MAX_COST: z.coerce.number().int().min(1).default(200_000),
  NEWSGRAPH_PLAYGROUND: z.enum(['true', 'false']).optional(),
  /** Client-driven reads (paths, neighbourhoods, searches) are stopped after this long. */
  NEWSGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** One deadline across all Cypher a GraphQL request runs: past it, QUERY_TIMEOUT. */
  NEWSGRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Expensive operations (neighborhood, paths, relatedEntities, search, stance, timeline) running at once per server; more wait briefly, then TRANSIENT_FAILURE. */
  NEWSGRAPH_MAX_CONCURRENT_HEAVY: z.coerce.number().int().min(1).default(4),
  /** `true`/`false`: add `extensions.cost` (cost, limit, Neo4j round trips and time) to every response. */
  NEWSGRAPH_COST_EXTENSION: z.enum(['true', 'false']).default('true'),
  /**
   * Prometheus metrics at /metrics on their own listener, off unless a port is given: the API port
   * may face the internet through a proxy that forwards every path; this one should not.
   */
  NEWSGRAPH_METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  NEWSGRAPH_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Share of GraphQL requests logged (operation, cost, duration, status): 0 none, 1 all. */
  NEWSGRAPH_REQUEST_LOG_SAMPLE: z.coerce.number().min(0).max(1).default(0.01),
  /** How long a request waits for a connection to Neo4j before SERVICE_UNAVAILABLE. */
  NEWSGRAPH_NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(1_000),
  /** Most of each kind one article may bring (ARTICLE_LIMITS below); an article over any of them is refused whole. */
  NEWSGRAPH_MAX_AUTHORS_PER_ARTICLE: z.coerce.number().int().min(1).default(50),
  NEWSGRAPH_MAX_TAGS_PER_ARTICLE: z.coerce.number().int().min(1).default(100),
  NEWSGRAPH_MAX_ENTITIES_PER_ARTICLE: z.coerce.number().int().min(1).default(2_000),
  NEWSGRAPH_MAX_STATEMENTS_PER_ARTICLE: z.coerce.number().int().min(1).default(5_000),
  NEWSGRAPH_MAX_EVENTS_PER_ARTICLE: z.coerce.number().int().min(1).default(500),
  /** An entity's aliases, roles or positions, a statement's subjects, an event's participants. */
  NEWSGRAPH_MAX_LIST_PER_ITEM: z.coerce.number().int().min(1).default(100),
  /** Local Neo4j (no NEO4J_URI): ports and data folder. */
  NEWSGRAPH_LOCAL_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEWSGRAPH_LOCAL_NEO4J_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7474),
  NEWSGRAPH_LOCAL_NEO4J_HOME: z.string().default('.neo4j/local'),
});

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

/** A write key: `id` is recorded on what it writes and may be shown; `secret` is what the client sends. */
export interface ApiKey {
  id: string;
  secret: string;
}

/**
 * Caps on what one article may bring into the graph. Each is far above any real report (the seed's
 * largest annotated article has 2 authors, 25 entities, 15 statements) and keeps one request from
 * writing thousands of nodes: 10,000 authors used to become 10,000 people in 8 s.
 */
export interface ArticleLimits {
  authors: number;
  tags: number;
  entities: number;
  statements: number;
  events: number;
  /** Per entity (aliases, roles, positions), per statement (about) and per event (participants). */
  listPerItem: number;
}

/** The environment variable that sets each cap, for the messages that name it. */
export const ARTICLE_LIMIT_SETTINGS: Record<keyof ArticleLimits, string> = {
  authors: 'NEWSGRAPH_MAX_AUTHORS_PER_ARTICLE',
  tags: 'NEWSGRAPH_MAX_TAGS_PER_ARTICLE',
  entities: 'NEWSGRAPH_MAX_ENTITIES_PER_ARTICLE',
  statements: 'NEWSGRAPH_MAX_STATEMENTS_PER_ARTICLE',
  events: 'NEWSGRAPH_MAX_EVENTS_PER_ARTICLE',
  listPerItem: 'NEWSGRAPH_MAX_LIST_PER_ITEM',
};

export interface Config {
  /** null → use the local Neo4j managed by newsgraph. */
  neo4j: (Omit<Neo4jConnection, 'password'> & { password: string }) | null;
  neo4jDatabase?: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  production: boolean;
  /** The NEWSGRAPH_API_KEYS entries as given. */
  apiKeys: string[];
  /** The same, as ids and secrets. */
  writeKeys: ApiKey[];
  introspection: boolean;
  /** Repeated queries run as compiled code; off, graphql-js executes every request. */
  compiledExecution: boolean;
  /** Compiled queries seen before are answered without Apollo's request pipeline (src/server/fast-lane.ts). */
  fastLane: boolean;
  requestTimeoutMs: number;
  maxConcurrentHeavy: number;
  neo4jConnectTimeoutMs: number;
  maxPageSize: number;
  maxDepth: number;
  maxCost: number;
  queryTimeoutMs: number;
  playground: boolean;
  articleLimits: ArticleLimits;
  costExtension: boolean;
  /** null → no /metrics listener and no metrics kept. */
  metrics: { port: number; host: string } | null;
  requestLogSample: number;
  localNeo4j: { boltPort: number; httpPort: number; home: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = result.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(`NEO4J_URI is set to ${e.NEO4J_URI} but NEO4J_PASSWORD is not: set NEO4J_PASSWORD too.`);
  }
  const production = e.NODE_ENV === 'production';
  if (e.NEWSGRAPH_METRICS_PORT !== undefined && e.NEWSGRAPH_METRICS_PORT !== 0 && e.NEWSGRAPH_METRICS_PORT === e.PORT) {
    throw new ConfigError(`NEWSGRAPH_METRICS_PORT is ${e.PORT}, the API's PORT: give the metrics their own port (e.g. 9464).`);
  }
  const apiKeys = (e.NEWSGRAPH_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  return {
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD!, database: e.NEO4J_DATABASE }
      : null,
    neo4jDatabase: e.NEO4J_DATABASE,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    production,
    apiKeys,
    writeKeys: parseApiKeys(apiKeys),
    introspection: e.NEWSGRAPH_INTROSPECTION ? e.NEWSGRAPH_INTROSPECTION === 'true' : !production,
    compiledExecution: e.NEWSGRAPH_COMPILED_EXECUTION !== 'false',
    fastLane: e.NEWSGRAPH_FAST_LANE !== 'false',
    requestTimeoutMs: e.NEWSGRAPH_REQUEST_TIMEOUT_MS,
    maxConcurrentHeavy: e.NEWSGRAPH_MAX_CONCURRENT_HEAVY,
    neo4jConnectTimeoutMs: e.NEWSGRAPH_NEO4J_CONNECT_TIMEOUT_MS,
    maxPageSize: e.NEWSGRAPH_MAX_PAGE_SIZE,
    maxDepth: e.NEWSGRAPH_MAX_DEPTH,
    maxCost: e.NEWSGRAPH_MAX_COST,
    queryTimeoutMs: e.NEWSGRAPH_QUERY_TIMEOUT_MS,
    playground: e.NEWSGRAPH_PLAYGROUND ? e.NEWSGRAPH_PLAYGROUND === 'true' : !production,
    articleLimits: {
      authors: e.NEWSGRAPH_MAX_AUTHORS_PER_ARTICLE,
      tags: e.NEWSGRAPH_MAX_TAGS_PER_ARTICLE,
      entities: e.NEWSGRAPH_MAX_ENTITIES_PER_ARTICLE,
      statements: e.NEWSGRAPH_MAX_STATEMENTS_PER_ARTICLE,
      events: e.NEWSGRAPH_MAX_EVENTS_PER_ARTICLE,
      listPerItem: e.NEWSGRAPH_MAX_LIST_PER_ITEM,
    },
    costExtension: e.NEWSGRAPH_COST_EXTENSION === 'true',
    metrics: e.NEWSGRAPH_METRICS_PORT === undefined ? null : { port: e.NEWSGRAPH_METRICS_PORT, host: e.NEWSGRAPH_METRICS_HOST },
    requestLogSample: e.NEWSGRAPH_REQUEST_LOG_SAMPLE,
    localNeo4j: { boltPort: e.NEWSGRAPH_LOCAL_NEO4J_BOLT_PORT, httpPort: e.NEWSGRAPH_LOCAL_NEO4J_HTTP_PORT, home: e.NEWSGRAPH_LOCAL_NEO4J_HOME },
  };
}

/**
 * `id:secret` entries. An entry without an id (the older format) is named `key-<position>`, so
 * existing deployments keep working; ids must be unique.
 */
export function parseApiKeys(entries: string[]): ApiKey[] {
  const keys = entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon).trim() : `key-${index + 1}`;
    const secret = colon > 0 ? entry.slice(colon + 1).trim() : entry;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new ConfigError(`NEWSGRAPH_API_KEYS entry ${index + 1}: the id "${id}" may only use letters, digits, '.', '_' and '-' (write keys as id:secret).`);
    if (!secret) throw new ConfigError(`NEWSGRAPH_API_KEYS entry ${index + 1} (${id}): the secret is empty (write keys as id:secret).`);
    return { id, secret };
  });
  const ids = keys.map((k) => k.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new ConfigError(`NEWSGRAPH_API_KEYS: the id "${repeated}" is used twice; each key needs its own id.`);
  return keys;
}

/** The caps when nothing overrides them: what a write without a server configuration (seed, benchmarks) gets. */
export const DEFAULT_ARTICLE_LIMITS: ArticleLimits = parseConfig({}).articleLimits;

export function loadConfig(): Config {
  return parseConfig(process.env);
}
