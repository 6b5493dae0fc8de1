import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../core/errors.js';

/** Seconds a client should wait before retrying a 503 (SERVICE_UNAVAILABLE, TRANSIENT_FAILURE). */
export const RETRY_AFTER_SECONDS = 1;

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The HTTP status of a GraphQL response. GraphQL over HTTP asks for two behaviours by media type:
 * a client that accepts only `application/json` (the legacy type every GraphQL client sends) gets
 * 200 for a document that fails to parse or validate, or variables that fail to coerce — its
 * error handling reads `errors`, not the status; one that prefers `application/graphql-response+json`
 * gets 400. Apollo answers 400 to both, so the first case is set back to 200 here.
 *
 * Two conditions are about the server, not the document, and keep their status for every client,
 * as the spec allows for HTTP-level conditions: a database that is down or momentarily busy is
 * 503 with Retry-After (load balancers and HTTP clients retry on it), and an operation refused for
 * its size (QUERY_TOO_COMPLEX) is 400, so a proxy never caches or retries it as success.
 */
export function httpStatusPlugin(): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const codes = new Set((response.body.singleResult.errors ?? []).map((e) => e.extensions?.code));
          if (codes.size === 0) return;
          if (codes.has(ErrorCode.SERVICE_UNAVAILABLE) || codes.has(ErrorCode.TRANSIENT_FAILURE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          } else if (codes.has(ErrorCode.QUERY_TOO_COMPLEX)) {
            response.http.status = 400;
          } else if (response.http.status === 400 && [...codes].every((c) => REQUEST_ERROR_CODES.has(String(c))) && !prefersGraphQLResponseJson(request.http?.headers.get('accept'))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * Whether Apollo will answer this Accept header with application/graphql-response+json rather than
 * application/json: the higher quality wins, then the more specific match, then the earlier entry
 * (the same order Apollo's content negotiation uses). No header means application/json.
 */
export function prefersGraphQLResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const entries = accept.split(',').map((part, order) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    return { type, q: Number.isFinite(q) ? q : 1, order };
  });
  const best = (mediaType: string) => {
    const specificity = (type: string) => (type === mediaType ? 2 : type === 'application/*' ? 1 : type === '*/*' ? 0 : -1);
    return entries
      .map((e) => ({ ...e, s: specificity(e.type) }))
      .filter((e) => e.s >= 0)
      .sort((a, b) => b.s - a.s || a.order - b.order)[0];
  };
  const gql = best(GRAPHQL_RESPONSE_JSON);
  const json = best('application/json');
  if (!gql || gql.q <= 0) return false;
  if (!json || json.q <= 0) return true;
  return gql.q > json.q || (gql.q === json.q && (gql.s > json.s || (gql.s === json.s && gql.order < json.order)));
}
