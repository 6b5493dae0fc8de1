import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config.js';

/**
 * One driver per process. Integers come back as JS numbers: every count and offset in this graph
 * is far below 2^53, and lossless Integer objects would leak into GraphQL otherwise.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    userAgent: 'newsgraph/0.1',
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 50,
  });
}
