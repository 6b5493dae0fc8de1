import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseBookmarkError, DatabaseQueryTooLargeError, DatabaseTimeoutError, DatabaseTransientError, DatabaseUnavailableError } from '../db/errors.js';
import { ErrorCode, RETRYABLE_CODES } from '../core/errors.js';

/** Codes whose message was written for the client; every other error is masked. */
const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.NOT_FOUND, ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.QUERY_TIMEOUT, ErrorCode.TRANSIENT_FAILURE, ErrorCode.SERVICE_UNAVAILABLE,
]);

/** Database failures a client can act on, by class: the code it sees and the message (ours, never the driver's). */
function databaseError(error: unknown): { code: ErrorCode; message: string } | null {
  if (error instanceof DatabaseBookmarkError) return { code: ErrorCode.BAD_USER_INPUT, message: error.message };
  if (error instanceof DatabaseUnavailableError) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The graph database is unavailable; try again shortly.' };
  if (error instanceof DatabaseTransientError) return { code: ErrorCode.TRANSIENT_FAILURE, message: error.message };
  if (error instanceof DatabaseTimeoutError) return { code: ErrorCode.QUERY_TIMEOUT, message: error.message };
  if (error instanceof DatabaseQueryTooLargeError) return { code: ErrorCode.QUERY_TOO_COMPLEX, message: error.message };
  return null;
}

/**
 * No Cypher, driver message or stack trace reaches a client: errors without a client code become
 * INTERNAL_SERVER_ERROR (logged in full by the server), database failures their own codes.
 * Retryable codes say so in `extensions.retryable`, so a client need not know the list.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log?: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const database = databaseError(original);
  if (database) return { ...base, message: database.message, extensions: withRetryable(database.code, {}) };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: withRetryable(code, extensions) };
  }
  log?.(original);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function withRetryable(code: string, extensions: Record<string, unknown>): Record<string, unknown> {
  return RETRYABLE_CODES.has(code) ? { ...extensions, code, retryable: true } : { ...extensions, code };
}
