import { isUtf8 } from 'node:buffer';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { ErrorCode } from '../core/errors.js';

/** Largest request body accepted; an ingestArticle of a long report stays far below it. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** Sends `{ errors: [...] }` as GraphQL over HTTP does, with a status and a code: never HTML. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

class InvalidUtf8Error extends Error {
  readonly type = 'encoding.invalid';
  readonly status = 400;
}

/**
 * JSON bodies up to MAX_BODY_BYTES, in UTF-8 only: the body parser would replace invalid bytes
 * with U+FFFD and let a mangled name reach the graph.
 */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: MAX_BODY_BYTES,
    verify: (_req, _res, buffer) => {
      if (!isUtf8(buffer)) throw new InvalidUtf8Error('The request body is not valid UTF-8.');
    },
  });
}

/**
 * A POST whose body the JSON parser skipped (another content type) would reach Apollo's Express
 * integration without `req.body`, which answers 500 in plain text.
 */
export const requireJsonBodyOnPost: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && req.body === undefined) {
    sendGraphQLError(res, 415, ErrorCode.BAD_REQUEST, `POST a JSON body ({"query": "…", "variables": {…}}) with Content-Type: application/json; got ${req.headers['content-type'] ? `Content-Type: ${req.headers['content-type']}` : 'no Content-Type'}.`);
    return;
  }
  next();
};

/** What the body parser's failures mean to a client, by its `type`; none of them names a path or a stack. */
function describe(error: { type?: string; message?: string; status?: number }): { status: number; message: string } | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, message: `The request body is not valid JSON (${error.message}).` };
    case 'entity.too.large':
      return { status: 413, message: `The request body is larger than the limit of ${MAX_BODY_BYTES / 1024 / 1024} MB.` };
    case 'encoding.invalid':
      return { status: 400, message: 'The request body is not valid UTF-8.' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, message: 'Send the request body as JSON in UTF-8 (Content-Type: application/json; charset=utf-8).' };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, message: 'The request body ended before its Content-Length.' };
    default:
      return null;
  }
}

/**
 * Express's own error page is HTML with the stack and install paths (unless NODE_ENV=production):
 * every error that reaches Express answers as GraphQL JSON instead, in every mode.
 */
export function graphqlErrorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const known = describe(error ?? {});
    if (known) return sendGraphQLError(res, known.status, ErrorCode.BAD_REQUEST, known.message);
    log(error);
    sendGraphQLError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}

/** Any other path: JSON, naming where the API is. */
export const notFound: RequestHandler = (req, res) => {
  sendGraphQLError(res, 404, ErrorCode.NOT_FOUND, `Nothing at ${req.method} ${req.path.slice(0, 200)}: the GraphQL API is at /graphql, health at /healthz.`);
};
