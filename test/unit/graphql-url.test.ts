import { describe, expect, it } from 'vitest';
import { isGraphqlUrl } from '../../src/server/graphql-http.js';

describe('isGraphqlUrl', () => {
  it('matches /graphql and paths below it, in any case, keeping the query string', () => {
    expect(isGraphqlUrl('/graphql', '/graphql')).toEqual({ search: '' });
    expect(isGraphqlUrl('/GraphQL?query=%7B__typename%7D', '/graphql')).toEqual({ search: '?query=%7B__typename%7D' });
    expect(isGraphqlUrl('/graphql/', '/graphql')).toEqual({ search: '' });
  });

  it('leaves every other path to the other routes', () => {
    expect(isGraphqlUrl('/graphqlx', '/graphql')).toBeNull();
    expect(isGraphqlUrl('/healthz', '/graphql')).toBeNull();
    expect(isGraphqlUrl('/explore?q=/graphql', '/graphql')).toBeNull();
    expect(isGraphqlUrl(undefined, '/graphql')).toBeNull();
  });
});
