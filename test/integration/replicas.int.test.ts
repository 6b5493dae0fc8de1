import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startServe, type ServeProcess } from '../helpers/cli-process.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { testConnection } from '../helpers/neo4j.js';

/**
 * Two API processes on one Neo4j, as behind a load balancer: a client writes through one and reads
 * through the other, carrying the write's bookmark. The second process connects with a neo4j://
 * routing URI, as it would to a cluster or Aura.
 */
const KEY = 'replica-test-key';
let graph: TestGraph;
let writer: ServeProcess;
let reader: ServeProcess;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
  const neo4j = testConnection();
  const routing = { ...neo4j, uri: neo4j.uri.replace(/^bolt:\/\//, 'neo4j://') };
  // Each compiles the sources through tsx and warms up: minutes on a busy machine.
  [writer, reader] = await Promise.all([startServe(neo4j, { NEWSGRAPH_API_KEYS: KEY, NEWSGRAPH_REQUEST_TIMEOUT_MS: '120000' }, 280_000), startServe(routing, {}, 280_000)]);
}, 300_000);
afterAll(async () => {
  await Promise.all([writer?.stop(), reader?.stop()]);
  await graph.close();
});

const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }`;
const read = `query($id: ID!) { article(id: $id) { title } }`;

describe('two API processes on one Neo4j', () => {
  it('a mutation returns bookmarks; a read through the other process that carries them sees the write', async () => {
    const input = { title: 'Ferry line to Tallinn resumes', body: 'The harbour authority said on Monday that the ferry line would resume in June.', publishedAt: '2025-06-02T08:00:00Z' };
    const written = await postGraphQL(writer.url, { query: ingest, variables: { input } }, { authorization: `Bearer ${KEY}` });
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data.ingestArticle.status).toBe('CREATED');
    const bookmarks: string[] = written.body.extensions.bookmarks;
    expect(bookmarks).toHaveLength(1);
    expect(typeof bookmarks[0]).toBe('string');
    const id = written.body.data.ingestArticle.article.id;

    // In the header…
    const viaHeader = await postGraphQL(reader.url, { query: read, variables: { id } }, { 'x-newsgraph-bookmarks': bookmarks.join(',') });
    expect(viaHeader.body.errors).toBeUndefined();
    expect(viaHeader.body.data).toEqual({ article: { title: 'Ferry line to Tallinn resumes' } });
    // …or in the request's extensions.
    const viaExtension = await postGraphQL(reader.url, { query: read, variables: { id }, extensions: { bookmarks } });
    expect(viaExtension.body.data).toEqual({ article: { title: 'Ferry line to Tallinn resumes' } });
    // A read returns no bookmark of its own.
    expect(viaExtension.body.extensions?.bookmarks).toBeUndefined();
  });

  it('refuses a bookmark that is not one, naming what is expected', async () => {
    const bad = await postGraphQL(reader.url, { query: read, variables: { id: 'article:x' }, extensions: { bookmarks: 'FB:abc' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ message: 'extensions.bookmarks must be a list of strings (the bookmarks of an earlier response), got "FB:abc".', extensions: { code: 'BAD_REQUEST' } });

    const unknown = await postGraphQL(reader.url, { query: read, variables: { id: 'article:x' } }, { 'x-newsgraph-bookmarks': 'not-a-bookmark' });
    expect(unknown.body.data?.article ?? null).toBeNull();
    expect(unknown.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(unknown.body.errors[0].message).toContain('The bookmark sent with the request is not one this graph gave');
  });
});
