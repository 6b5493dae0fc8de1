import net from 'node:net';
import tls from 'node:tls';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config.js';

/**
 * One driver per process. Integers come back as JS numbers: every count and offset in this graph
 * is far below 2^53, and lossless Integer objects would leak into GraphQL otherwise.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  disableNagleForBolt();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    userAgent: 'newsgraph/0.1',
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 50,
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
