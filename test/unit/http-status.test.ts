import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../src/db/errors.js';
import { formatError } from '../../src/server/format-error.js';
import { prefersGraphQLResponseJson } from '../../src/server/http-status.js';

describe('prefersGraphQLResponseJson', () => {
  it('follows quality, then specificity, then order, like Apollo', () => {
    expect(prefersGraphQLResponseJson(undefined)).toBe(false);
    expect(prefersGraphQLResponseJson('*/*')).toBe(false);
    expect(prefersGraphQLResponseJson('application/json')).toBe(false);
    expect(prefersGraphQLResponseJson('application/graphql-response+json')).toBe(true);
    expect(prefersGraphQLResponseJson('application/graphql-response+json, application/json;q=0.9')).toBe(true);
    expect(prefersGraphQLResponseJson('application/json, application/graphql-response+json')).toBe(false);
    expect(prefersGraphQLResponseJson('*/*, application/graphql-response+json')).toBe(true);
    expect(prefersGraphQLResponseJson('application/graphql-response+json;q=0.5, application/json')).toBe(false);
  });
});

describe('transient Neo4j failures', () => {
  const format = (error: Neo4jError) => formatError({ message: error.message, path: ['people'] }, mapDriverError(error, 'bolt://db:7687'));

  it('become TRANSIENT_FAILURE, marked retryable: deadlock, memory pool, full connection pool', () => {
    const expected = { message: 'The graph database is busy: try again in a moment.', path: ['people'], extensions: { code: 'TRANSIENT_FAILURE', retryable: true } };
    expect(format(new Neo4jError('ForsetiClient can not acquire lock', 'Neo.TransientError.Transaction.DeadlockDetected', 'gql', 'd'))).toMatchObject(expected);
    expect(format(new Neo4jError('The allocation of an extra 2 MiB would use more than the limit', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'gql', 'd'))).toMatchObject(expected);
    expect(format(new Neo4jError('Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A', 'gql', 'd'))).toMatchObject(expected);
  });

  it('a transaction over its own memory limit is the query being too big, not the server busy', () => {
    expect(format(new Neo4jError('The allocation of an extra 8 MiB would use more than the limit 256 MiB', 'Neo.ClientError.General.TransactionOutOfMemoryError', 'gql', 'd'))).toMatchObject({
      message: 'The query needs more memory than one request may use: narrow it (fewer hops, a smaller depth, a smaller page).',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('a lost database is SERVICE_UNAVAILABLE, marked retryable', () => {
    expect(format(new Neo4jError('Could not perform discovery', 'ServiceUnavailable', 'gql', 'd')).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
  });
});
