import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../src/db/errors.js';
import { formatError } from '../../src/server/format-error.js';

const driverError = new Neo4jError("Invalid input 'MATCH (n:Secret' at line 1: expected ')'", 'Neo.ClientError.Statement.SyntaxError', 'gql', 'desc');

describe('formatError', () => {
  it('masks database and unexpected errors: no Cypher, driver text or stack reaches the client', () => {
    const mapped = mapDriverError(driverError, 'bolt://db:7687');
    const formatted = formatError({ message: mapped.message, path: ['people'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, mapped);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['people'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toContain('MATCH');
  });

  it('turns a lost database into SERVICE_UNAVAILABLE', () => {
    const down = mapDriverError(new Neo4jError('Could not perform discovery', 'ServiceUnavailable', 'gql', 'desc'), 'neo4j://cluster:7687');
    expect(down.message).toBe('Neo4j at neo4j://cluster:7687 is not reachable: check that it is running and that NEO4J_URI points at it (unset NEO4J_URI to use the local Neo4j of npm start).');
    expect(formatError({ message: down.message }, down)).toMatchObject({ message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('keeps errors written for the client, without their stack', () => {
    const error = new GraphQLError('first must be between 0 and 100, got 500.', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message: error.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at y'] } }, error)).toEqual({
      message: 'first must be between 0 and 100, got 500.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('turns a read that ran out of time into QUERY_TIMEOUT with advice', () => {
    const timeout = mapDriverError(new Neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'gql', 'desc'), 'bolt://db');
    expect(formatError({ message: 'x' }, timeout)).toMatchObject({
      message: 'The query ran out of time: narrow it (fewer hops, a smaller depth, a smaller page).',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  });

  it('names the URI and the fix for a wrong password', () => {
    const auth = mapDriverError(new Neo4jError('The client is unauthorized', 'Neo.ClientError.Security.Unauthorized', 'gql', 'desc'), 'bolt://localhost:7687');
    expect(auth.message).toBe('Neo4j at bolt://localhost:7687 refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.');
  });
});
