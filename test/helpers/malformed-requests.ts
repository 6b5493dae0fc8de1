import { expect } from 'vitest';

/**
 * Malformed request bodies and the GraphQL JSON error each must get (issue 9, item 3): the
 * integration suite sends them to an in-process server in each mode, the reliability suite to a
 * `newsgraph serve` process, over raw sockets too.
 */
export interface MalformedRequest {
  name: string;
  body: string | Buffer;
  contentType: string | null;
  status: number;
  code: string;
  message: string;
}

export const MALFORMED_REQUESTS: readonly MalformedRequest[] = [
  {
    name: 'a body that is not JSON',
    body: '{bad',
    contentType: 'application/json',
    status: 400,
    code: 'BAD_REQUEST',
    message: "The request body is not valid JSON (Expected property name or '}' in JSON at position 1).",
  },
  {
    name: 'another content type',
    body: '<query/>',
    contentType: 'application/xml',
    status: 415,
    code: 'BAD_REQUEST',
    message: 'POST a JSON body ({"query": "…", "variables": {…}}) with Content-Type: application/json; got Content-Type: application/xml.',
  },
  {
    name: 'no content type',
    body: '{"query":"{ __typename }"}',
    contentType: null,
    status: 415,
    code: 'BAD_REQUEST',
    message: 'POST a JSON body ({"query": "…", "variables": {…}}) with Content-Type: application/json; got no Content-Type.',
  },
  {
    name: 'a charset other than UTF-8',
    body: '{}',
    contentType: 'application/json; charset=latin-5',
    status: 415,
    code: 'BAD_REQUEST',
    message: 'Send the request body as JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
  },
  {
    name: 'bytes that are not UTF-8 (refused, not turned into U+FFFD)',
    body: Buffer.concat([Buffer.from('{"query":"{ __typename '), Buffer.from([0xff, 0xfe]), Buffer.from(' }"}')]),
    contentType: 'application/json',
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The request body is not valid UTF-8.',
  },
  {
    name: 'a body over 6 MB',
    body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(7 * 1024 * 1024)}` }),
    contentType: 'application/json',
    status: 413,
    code: 'BAD_REQUEST',
    message: 'The request body is larger than the limit of 6 MB.',
  },
];

/** Install paths, stack frames and HTML: what no answer may carry. */
export const LEAK = /<html|node_modules|\/work\/|\/tmp\/|at [A-Za-z.<>]+ \(|\.ts:\d+/i;

/** The answer is GraphQL JSON with this status, code and message, and leaks nothing. */
export function expectGraphQLError(answer: { status: number; contentType: string | null; text: string }, expected: Pick<MalformedRequest, 'status' | 'code' | 'message'>): void {
  expect(answer.text).not.toMatch(LEAK);
  expect(answer.contentType).toMatch(/^application\/(json|graphql-response\+json); charset=utf-8$/);
  expect({ status: answer.status, body: JSON.parse(answer.text) }).toEqual({ status: expected.status, body: { errors: [{ message: expected.message, extensions: { code: expected.code } }] } });
}

export async function postRaw(url: string, request: Pick<MalformedRequest, 'body' | 'contentType'>): Promise<{ status: number; contentType: string | null; text: string }> {
  // Bytes, not a string: fetch would add Content-Type: text/plain to a string body.
  const body = new Uint8Array(typeof request.body === 'string' ? Buffer.from(request.body) : request.body);
  const response = await fetch(url, { method: 'POST', headers: request.contentType ? { 'content-type': request.contentType } : {}, body });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}
