import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from '../core/errors.js';

/** Largest request body accepted; an ingestArticle of a long report stays far below it. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** Sends `{ errors: [...] }` as GraphQL over HTTP does, with a status and a code: never HTML. */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
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
 * Whether a request's body is fit for Apollo; if not, answered here. A POST whose body the JSON
 * parser skipped (another content type) has no body Apollo could read.
 */
export function acceptsBody(req: IncomingMessage & { body?: unknown }, res: ServerResponse): boolean {
  if (req.method === 'POST' && req.body === undefined) {
    sendGraphQLError(res, 415, ErrorCode.BAD_REQUEST, `POST a JSON body ({"query": "…", "variables": {…}}) with Content-Type: application/json; got ${req.headers['content-type'] ? `Content-Type: ${req.headers['content-type']}` : 'no Content-Type'}.`);
    return false;
  }
  return true;
}

/** What the body parser's failures mean to a client, by its `type`; none of them names a path or a stack. */
function describe(error: { type?: string; message?: string; status?: number; code?: unknown; encoding?: string; body?: unknown }): { status: number; message: string } | null {
  // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR …) come through untyped: a gzip, deflate or br body that is not one.
  if (typeof error.code === 'string' && error.code.startsWith('Z_')) {
    return { status: 400, message: `The request body could not be decompressed as its Content-Encoding says (${error.message}).` };
  }
  switch (error.type) {
    case 'entity.parse.failed':
      // The parser's strict mode refuses `null`, `42` or `"x"` with JSON.parse's words ("null is not valid JSON"), which mislead.
      if (typeof error.body === 'string' && /^\s*[^\s{[]/.test(error.body) && isJson(error.body)) {
        return { status: 400, message: 'The request body must be a JSON object: {"query": "…", "variables": {…}}.' };
      }
      return { status: 400, message: `The request body is not valid JSON (${error.message}).` };
    case 'entity.too.large':
      return { status: 413, message: `The request body is larger than the limit of ${MAX_BODY_BYTES / 1024 / 1024} MB.` };
    case 'encoding.invalid':
      return { status: 400, message: 'The request body is not valid UTF-8.' };
    case 'charset.unsupported':
      return { status: 415, message: 'Send the request body as JSON in UTF-8 (Content-Type: application/json; charset=utf-8).' };
    case 'encoding.unsupported':
      return { status: 415, message: `Content-Encoding ${JSON.stringify(String(error.encoding ?? '').slice(0, 40))} is not supported: send the body uncompressed, or as gzip, deflate or br.` };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, message: 'The request body ended before its Content-Length.' };
    default:
      return null;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Express's own error page is HTML with the stack and install paths (unless NODE_ENV=production):
 * every error that reaches Express answers as GraphQL JSON instead, in every mode.
 */
export function graphqlErrorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    answerError(res, error, log);
  };
}

/** Answers a failed request: what the client did wrong, or a bare 500 (the error itself only logged). */
export function answerError(res: ServerResponse, error: unknown, log: (error: unknown) => void): void {
  if (res.headersSent) {
    log(error);
    res.destroy();
    return;
  }
  const known = describe((error ?? {}) as Parameters<typeof describe>[0]);
  if (known) return sendGraphQLError(res, known.status, ErrorCode.BAD_REQUEST, known.message);
  log(error);
  sendGraphQLError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}

/** Any other path: JSON, naming where the API is. */
export const notFound: RequestHandler = (req, res) => {
  sendGraphQLError(res, 404, ErrorCode.NOT_FOUND, `Nothing at ${req.method} ${req.path.slice(0, 200)}: the GraphQL API is at /graphql, health at /healthz.`);
};

/** Node's HTTP parser errors a client can cause, with the status and message each gets. */
const CLIENT_ERRORS: Record<string, [status: number, reason: string, message: string]> = {
  HPE_INVALID_EOF_STATE: [400, 'Bad Request', 'The request ended before its body did (see its Content-Length or chunks).'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'The request headers are larger than the server accepts (16 KB).'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request did not arrive in time.'],
};

/**
 * What Node cannot parse as HTTP (a body cut short, oversized headers, a malformed request line)
 * never reaches Express: Node answers it itself with a bare `400 Bad Request` and no body. The
 * server's `clientError` listener answers it as GraphQL JSON like every other error instead.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request', 'The request is not valid HTTP/1.1.'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
