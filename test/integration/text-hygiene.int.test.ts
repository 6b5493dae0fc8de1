/** Names are stored and shown without invisible characters (issue 9), whatever the input held. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { buildArticle, person } from '../fixtures/parsed-article.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
});
afterAll(() => graph.close());

describe('text hygiene', () => {
  it('finds and shows a name written with a zero-width space and a bidi override as the plain name', async () => {
    const peskov = person('Dmitry\u200b Peskov', { aliases: ['\u202ePeskov\u202c'], roles: ['Kremlin\u00a0 spokesman'] });
    await writeArticle(
      graph.executor,
      buildArticle({
        title: 'Kremlin\u200b comments',
        publishedAt: '2025-07-22T10:00:00',
        url: 'https://example.test/hygiene/1',
        authors: ['A.\u200d Writer'],
        tags: ['talks\ufeff'],
        paragraphs: ['Dmitry Peskov said nothing new.'],
        entities: [peskov],
        statements: [],
      }),
    );
    const { data, errors } = await graph.query(`{
      person(name: "Dmitry Peskov") { id name aliases roles }
      articles(first: 1) { nodes { title authors { name } topics { name } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.person).toEqual({ id: 'person:dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Peskov'], roles: ['Kremlin spokesman'] });
    expect(data.articles.nodes).toEqual([{ title: 'Kremlin comments', authors: [{ name: 'A. Writer' }], topics: [{ name: 'talks' }] }]);
  });
});
