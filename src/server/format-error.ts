import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../db/errors.js';
import { ErrorCode } from '../core/errors.js';

/** Codes whose message was written for the client; every other error is masked. */
const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.NOT_FOUND, ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.QUERY_TOO_COMPLEX,
]);

/**
 * No Cypher, driver message or stack trace reaches a client: errors without a client code become
 * INTERNAL_SERVER_ERROR (logged in full by the server), a lost database SERVICE_UNAVAILABLE.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log?: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DatabaseUnavailableError) {
    return { ...base, message: 'The graph database is unavailable; try again shortly.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (original instanceof DatabaseTimeoutError) {
    return { ...base, message: original.message, extensions: { code: ErrorCode.QUERY_TIMEOUT } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log?.(original);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
