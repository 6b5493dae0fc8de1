import { GraphQLError } from 'graphql';

/**
 * The error codes a client can see in `extensions.code`. Apollo's own (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, INTERNAL_SERVER_ERROR…) plus ours.
 */
export const ErrorCode = {
  /** The HTTP request itself is malformed: not JSON, not UTF-8, too large, wrong content type. */
  BAD_REQUEST: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** Neo4j cannot be reached. Retryable: HTTP 503 with Retry-After. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /**
   * A momentary failure that the same request will likely not meet again: a deadlock, no free
   * database connection in time, Neo4j's shared transaction memory exhausted, too many expensive
   * operations running at once. Retryable: HTTP 503 with Retry-After.
   */
  TRANSIENT_FAILURE: 'TRANSIENT_FAILURE',
  /** Refused before running (or stopped for memory): the operation asks for too much. HTTP 400. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The request used up its time budget (NEWSGRAPH_REQUEST_TIMEOUT_MS). */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes a client may retry unchanged after a pause: each response carries `extensions.retryable: true`. */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.TRANSIENT_FAILURE]);

export function userInputError(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) } });
}

export function clientError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
