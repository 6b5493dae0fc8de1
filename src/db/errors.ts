import { Neo4jError } from 'neo4j-driver';

/**
 * What went wrong talking to Neo4j, in words a user can act on. The driver's own message (which may
 * quote Cypher) stays in `cause` for the logs and never reaches a GraphQL client.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
export class DatabaseAuthError extends Error {
  override name = 'DatabaseAuthError';
}
export class DatabaseTimeoutError extends Error {
  override name = 'DatabaseTimeoutError';
}
/** Worth retrying as is: a deadlock, a full connection pool, Neo4j's shared memory pool exhausted. */
export class DatabaseTransientError extends Error {
  override name = 'DatabaseTransientError';
}
/** One transaction wanted more memory than `db.memory.transaction.max` allows: the query is too big, not the server busy. */
export class DatabaseQueryTooLargeError extends Error {
  override name = 'DatabaseQueryTooLargeError';
}
/** The client sent a bookmark Neo4j does not recognise: the client's to fix. */
export class DatabaseBookmarkError extends Error {
  override name = 'DatabaseBookmarkError';
}
export class DatabaseQueryError extends Error {
  override name = 'DatabaseQueryError';
}

export function mapDriverError(error: unknown, uri: string): Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} is not reachable: check that it is running and that NEO4J_URI points at it (unset NEO4J_URI to use the local Neo4j of npm start).`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseAuthError(
      `Neo4j at ${uri} refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new DatabaseTimeoutError('The query ran out of time: narrow it (fewer hops, a smaller depth, a smaller page).', { cause: error });
  }
  if (code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return new DatabaseBookmarkError('The bookmark sent with the request is not one this graph gave: send the `bookmarks` of a response of this server unchanged, or none.', { cause: error });
  }
  if (code === 'Neo.ClientError.General.TransactionOutOfMemoryError') {
    return new DatabaseQueryTooLargeError('The query needs more memory than one request may use: narrow it (fewer hops, a smaller depth, a smaller page).', { cause: error });
  }
  if (code.startsWith('Neo.TransientError.') || isPoolAcquisitionTimeout(error)) {
    return new DatabaseTransientError('The graph database is busy: try again in a moment.', { cause: error });
  }
  return new DatabaseQueryError(`Neo4j query failed (${code || 'unknown code'})`, { cause: error });
}

/**
 * The driver raises "Connection acquisition timed out" without a code (N/A), so its message is the
 * only sign; the pool being full is momentary, like a Neo4j TransientError.
 */
function isPoolAcquisitionTimeout(error: Neo4jError): boolean {
  return (error.code === 'N/A' || !error.code) && error.message.startsWith('Connection acquisition timed out');
}
