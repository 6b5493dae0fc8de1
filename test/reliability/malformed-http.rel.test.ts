import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, postGraphQL, type ServeProcess } from '../helpers/cli-process.js';
import { resetTestGraph } from '../helpers/graph.js';
import { MALFORMED_REQUESTS, expectGraphQLError, postRaw } from '../helpers/malformed-requests.js';
import { testConnection } from '../helpers/neo4j.js';
import { chunk, head, rawRequest } from '../helpers/raw-http.js';

/**
 * Malformed HTTP against `newsgraph serve` as it runs by default (NODE_ENV unset: where Express's
 * HTML page with a stack and install paths used to leak): GraphQL JSON with the right status
 * every time, over fetch and over raw sockets, many at once, and the server still answers after.
 */
let server: ServeProcess;
let port: number;
beforeAll(async () => {
  await resetTestGraph();
  server = await startServe(testConnection());
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.stop();
});

const tooLarge = { status: 413, code: 'BAD_REQUEST', message: 'The request body is larger than the limit of 6 MB.' };

describe('malformed bodies', () => {
  it.each(MALFORMED_REQUESTS)('answers $name with $status $code', async (request) => {
    expectGraphQLError(await postRaw(server.url, request), request);
  });

  it('answers all of them sent at once, ten times over, and still serves a lookup after', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => MALFORMED_REQUESTS.map(async (request) => ({ request, answer: await postRaw(server.url, request) }))).flat());
    for (const { request, answer } of answers) expectGraphQLError(answer, request);
    const lookup = await postGraphQL(server.url, { query: '{ person(name: "Putin") { name } }' });
    expect(lookup).toMatchObject({ status: 200, body: { data: { person: { name: 'Vladimir Putin' } } } });
  });

  it('answers JSON that is not a GraphQL request with 400 BAD_REQUEST naming what is wrong', async () => {
    const cases: [string, string][] = [
      ['null', 'The request body must be a JSON object: {"query": "…", "variables": {…}}.'],
      ['"{ __typename }"', 'The request body must be a JSON object: {"query": "…", "variables": {…}}.'],
      ['[{"query": "{ __typename }"}]', 'Operation batching disabled.'],
      ['{}', 'POST body missing, invalid Content-Type, or JSON object has no keys.'],
      ['{"query": 42}', 'GraphQL queries must be strings.'],
      ['{"query": "{ __typename }", "variables": "{}"}', '`variables` in a POST body should be provided as an object, not a recursively JSON-encoded string.'],
      // 100,000 levels of nesting: parsed without a stack overflow, then refused as a batch.
      [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'Operation batching disabled.'],
    ];
    for (const [body, message] of cases) {
      expectGraphQLError(await postRaw(server.url, { body, contentType: 'application/json' }), { status: 400, code: 'BAD_REQUEST', message });
    }
  });
});

describe('bodies only a raw socket sends', () => {
  it('answers what is not HTTP at all as JSON too: a body cut short, oversized headers, a broken header line', async () => {
    const cutShort = await Promise.all(Array.from({ length: 10 }, () => rawRequest(port, head('/graphql', { 'content-type': 'application/json', 'content-length': 1_000 }), ['{"query":"{ __typ'], { halfClose: true })));
    for (const answer of cutShort) expectGraphQLError(answer!, { status: 400, code: 'BAD_REQUEST', message: 'The request ended before its body did (see its Content-Length or chunks).' });
    const oversized = await rawRequest(port, head('/graphql', { 'content-type': 'application/json', 'x-padding': 'x'.repeat(20_000) }), []);
    expectGraphQLError(oversized!, { status: 431, code: 'BAD_REQUEST', message: 'The request headers are larger than the server accepts (16 KB).' });
    const broken = await rawRequest(port, 'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\nnot a header\r\n\r\n', []);
    expectGraphQLError(broken!, { status: 400, code: 'BAD_REQUEST', message: 'The request is not valid HTTP/1.1.' });
    expect(await postGraphQL(server.url, { query: '{ __typename }' })).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('refuses invalid UTF-8 split across chunks, and takes a character split across chunks', async () => {
    const json = { 'content-type': 'application/json', 'transfer-encoding': 'chunked' };
    const bad = await rawRequest(port, head('/graphql', json), [chunk('{"query":"{ __typename } # '), chunk(Buffer.from([0xe2, 0x82])), chunk(Buffer.from([0x28, 0x22, 0x7d])), chunk('')]);
    expectGraphQLError(bad!, { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid UTF-8.' });
    const euro = Buffer.from('€');
    const good = await rawRequest(port, head('/graphql', json), [chunk('{"query":"{ __typename } # '), chunk(euro.subarray(0, 2)), chunk(Buffer.concat([euro.subarray(2), Buffer.from('"}')])), chunk('')]);
    expect(good).toMatchObject({ status: 200 });
    const answer = JSON.parse(good!.text);
    expect(answer.data).toEqual({ __typename: 'Query' });
    expect(answer.errors).toBeUndefined();
  });

  it('answers a chunked body over 6 MB (no Content-Length to refuse up front) with 413', async () => {
    const mb = 'x'.repeat(1024 * 1024);
    const parts = [chunk('{"query":"{ __typename } # '), ...Array.from({ length: 7 }, () => chunk(mb)), chunk('"}'), chunk('')];
    expectGraphQLError((await rawRequest(port, head('/graphql', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }), parts))!, tooLarge);
  });

  it('answers a compressed body: gzip that is not gzip with 400, a gzip bomb with 413, an unknown encoding with 415', async () => {
    const send = (encoding: string, body: Buffer) =>
      rawRequest(port, head('/graphql', { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': body.length }), [body]);
    expectGraphQLError((await send('gzip', Buffer.from('certainly not gzip')))!, { status: 400, code: 'BAD_REQUEST', message: 'The request body could not be decompressed as its Content-Encoding says (incorrect header check).' });
    const bomb = gzipSync(Buffer.from(JSON.stringify({ query: `{ __typename } # ${' '.repeat(64 * 1024 * 1024)}` })));
    expect(bomb.length).toBeLessThan(100_000);
    expectGraphQLError((await send('gzip', bomb))!, tooLarge);
    expectGraphQLError((await send('compress', Buffer.from('{}')))!, { status: 415, code: 'BAD_REQUEST', message: 'Content-Encoding "compress" is not supported: send the body uncompressed, or as gzip, deflate or br.' });
  });
});
