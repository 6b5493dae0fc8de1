import net from 'node:net';
import tls from 'node:tls';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config.js';

export interface DriverTimeouts {
  /** Opening a socket to Neo4j; an unreachable server fails after this long. */
  connectTimeoutMs: number;
  /** Waiting for a pooled connection (opening one included) before TRANSIENT_FAILURE. */
  acquisitionTimeoutMs: number;
  /** How long the driver keeps retrying a managed transaction after a transient failure. */
  maxRetryTimeMs: number;
}

/**
 * The server answers within its request budget: an outage must not hold a request 30–60 s (the
 * driver's defaults), and a full pool is better refused in 2 s than queued. One retry of a failed
 * transaction (the driver always waits ~1 s before it) still covers a deadlock or a lost connection.
 */
export const SERVER_TIMEOUTS: DriverTimeouts = { connectTimeoutMs: 1_000, acquisitionTimeoutMs: 2_000, maxRetryTimeMs: 0 };

/**
 * Commands (ingest, migrate, seed) may wait longer: nobody is waiting on an HTTP answer. The
 * driver's retries stay short because it retries an outage the same as a deadlock, and a command
 * must give up on a dead server in seconds; the executor retries lock conflicts on its own for
 * longer (`LOCK_RETRY_MS` in executor.ts).
 */
export const COMMAND_TIMEOUTS: DriverTimeouts = { connectTimeoutMs: 5_000, acquisitionTimeoutMs: 10_000, maxRetryTimeMs: 5_000 };

/**
 * One driver per process. Integers come back as JS numbers: every count and offset in this graph
 * is far below 2^53, and lossless Integer objects would leak into GraphQL otherwise.
 *
 * Neo4j is asked for no notifications: nothing here reads them, and a query naming a relationship
 * type the graph has never held (SAME_AS before the first merge) drew a warning with every answer,
 * which Neo4j built and the driver decoded each time: on the bench:api store, three of the five
 * shapes read 0.4–0.7 KB more per request for it (S3: 2.9 KB read for a 2.5 KB response).
 */
export function createDriver(connection: Neo4jConnection, timeouts: DriverTimeouts = COMMAND_TIMEOUTS): Driver {
  disableNagleForBolt();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    userAgent: 'newsgraph/0.1',
    connectionTimeout: timeouts.connectTimeoutMs,
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs,
    maxTransactionRetryTime: timeouts.maxRetryTimeMs,
    maxConnectionPoolSize: 50,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}

let nagleDisabled = false;

/**
 * The JavaScript driver (5.28) writes a Bolt message in 1,400-byte chunks on sockets that keep
 * Nagle's algorithm on. A query whose parameters pass one chunk (every batched UNWIND write) then
 * waits for the server's delayed ACK — about 40 ms on Linux — before its last chunk leaves: the
 * batched writer measured slower than one query per node. The Python driver sets TCP_NODELAY for
 * this reason (neo4j/neo4j-python-driver PR #1122); the JS driver offers no option, so we set it on
 * the sockets it opens through net.connect / tls.connect. The wrapper applies to every outgoing
 * socket of this process; no-delay is what Node's own HTTP client uses, so none is worse for it.
 */
function disableNagleForBolt(): void {
  if (nagleDisabled) return;
  nagleDisabled = true;
  for (const module of [net, tls] as { connect: (...args: unknown[]) => net.Socket }[]) {
    const connect = module.connect;
    module.connect = function connectWithoutNagle(this: unknown, ...args: unknown[]) {
      const socket = connect.apply(this, args);
      socket.setNoDelay(true);
      return socket;
    };
  }
}
