/**
 * /graphql on Node's own HTTP server, without Express: Apollo's integration API
 * (executeHTTPGraphQLRequest, what @as-integrations/express5 calls) fed by the same body parser.
 * Measured on the bench:api shapes, Express's router and response helpers around every GraphQL
 * request cost more than the one route needs; the other routes (/healthz, /explore, 404s) stay
 * on Express. Every answer is the one the Express mount gave: body errors, 415, statuses, headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { NextFunction } from 'express';
import { acceptsBody, answerError, jsonBody } from './http-errors.js';

type BodyRequest = IncomingMessage & { body?: unknown };

/** Whether `url` is /graphql or below it (matched as Express's mount did: case-insensitively). */
export function isGraphqlUrl(url: string | undefined, path: string): { search: string } | null {
  if (!url) return null;
  const query = url.indexOf('?');
  const pathname = (query < 0 ? url : url.slice(0, query)).toLowerCase();
  if (pathname !== path && !pathname.startsWith(`${path}/`)) return null;
  return { search: query < 0 ? '' : url.slice(query) };
}

/** Answers a request itself and resolves to null, or resolves to a handover for Apollo (fast-lane.ts). */
export type Lane<C> = (req: BodyRequest, res: ServerResponse, context: () => Promise<C>) => Promise<{ context?: C } | null>;

export function graphqlHttpHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: BodyRequest) => Promise<C>,
  log: (error: unknown) => void,
  lane?: Lane<C>,
): (req: IncomingMessage, res: ServerResponse, search: string) => void {
  const parseBody = jsonBody() as unknown as (req: BodyRequest, res: ServerResponse, next: NextFunction) => void;
  const handle = async (req: BodyRequest, res: ServerResponse, search: string) => {
    const handover = lane ? await lane(req, res, () => context(req)) : {};
    if (!handover) return;
    const made = handover.context;
    await execute(apollo, req, res, search, made ? async () => made : context);
  };
  return (req: BodyRequest, res, search) => {
    parseBody(req, res, (error?: unknown) => {
      if (error) return answerError(res, error, log);
      if (!acceptsBody(req, res)) return;
      handle(req, res, search).catch((e: unknown) => answerError(res, e, log));
    });
  };
}

async function execute<C extends BaseContext>(apollo: ApolloServer<C>, req: BodyRequest, res: ServerResponse, search: string, context: (req: BodyRequest) => Promise<C>): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body: req.body },
    context: () => context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(req.method === 'HEAD' ? undefined : response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
