/**
 * Issue 10, item 3: the same story with typographic changes is the same article (body fingerprint),
 * and a story republished by another outlet with ≥ 90 % of its text is one story with two
 * publications — report counts count the story once.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { snapshotGraph, type GraphSnapshot } from '../helpers/graph-snapshot.js';

const KEY = { authorization: 'Bearer s3cret' };
const SEED_TEXT = readFileSync(projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.txt'), 'utf8');
const SEED_TITLE = 'Russia will come to negotiating table only after major battlefield defeats – ISW';

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status publication article { id title } statements }
}`;
const STORY = `query($id: ID!) {
  article(id: $id) {
    publications { id url outlet title similarity ingestedBy }
    statements { statement { id reportCount publicationCount } }
  }
}`;

/** Curly quotes straightened and dashes made hyphens: all that Latin-1 (or an ASCII keyboard) can hold of them. */
const straightened = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');

/** The seed as another outlet prints it: its own URL and headline, the source line dropped, a word changed, its own footer. */
function syndicated(): string {
  const lines = SEED_TEXT.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Experts from the Institute'));
  const end = lines.findIndex((l, i) => i > start && /^ISWRusso/.test(l));
  const body = lines.slice(start, end < 0 ? undefined : end).join('\n')
    .replace('Source: ISW\n', '')
    .replace('The goal is to pressure', 'The aim is to pressure')
    .trim();
  return [
    '---',
    'title: "ISW: Russia will negotiate only after battlefield defeats"',
    'publishedAt: 2025-07-22T09:00:00Z',
    'url: https://wire.example.org/world/isw-russia-negotiations?utm_source=rss',
    'source: Example Wire',
    '---',
    '',
    body,
    '',
    'This article was originally published by Ukrainska Pravda.',
    '',
    'Follow us on Telegram and X',
    '',
  ].join('\n');
}

let graph: TestGraph;
let seedId: string;
let seedOnly: GraphSnapshot;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret', NEWSGRAPH_REQUEST_TIMEOUT_MS: '60000', NEWSGRAPH_QUERY_TIMEOUT_MS: '60000' });
  await graph.reset();
  const [row] = await graph.executor.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id');
  seedId = row!.id;
  seedOnly = await snapshotGraph(graph.executor);
});
afterAll(() => graph.close());

describe('the same article, typographic changes aside', () => {
  const cases: [string, () => string][] = [
    ['re-encoded in Latin-1 (its dash and curly apostrophe straightened)', () => Buffer.from(straightened(SEED_TEXT), 'latin1').toString('latin1')],
    ['as UTF-8 bytes read as Latin-1 (mojibake)', () => Buffer.from(SEED_TEXT, 'utf8').toString('latin1')],
    ['with straightened quotes and doubled spaces', () => straightened(SEED_TEXT).replace(/\. /g, '.  ')],
    ['with another headline', () => SEED_TEXT.replace(SEED_TITLE, 'ISW: only battlefield defeats will bring Russia to the table')],
    ['with a boilerplate footer', () => SEED_TEXT.replace('\nISWRusso', '\nRead also: Kremlin rejects ceasefire talks\n\nFollow us on Telegram\n\nISWRusso')],
  ];
  it.each(cases)('%s: unchanged, the seed article', async (_, variant) => {
    const result = await graph.query(INGEST, { input: { text: variant(), filename: 'isw.txt' } }, KEY);
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toMatchObject({ status: 'UNCHANGED', publication: null, article: { id: seedId } });
  });

  it('left the graph as the seed made it', async () => {
    expect(await snapshotGraph(graph.executor)).toEqual(seedOnly);
  });
});

describe('syndication', () => {
  it('another outlet\'s copy is a publication of the same story; reports count the story once', async () => {
    const result = await graph.query(INGEST, { input: { text: syndicated(), filename: 'wire.md' } }, KEY);
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toMatchObject({ status: 'REPUBLISHED', article: { id: seedId, title: SEED_TITLE }, statements: 0 });
    const publication = result.data.ingestArticle.publication;

    const { data } = await graph.query(STORY, { id: seedId });
    expect(data.article.publications).toHaveLength(1);
    expect(data.article.publications[0]).toMatchObject({
      id: publication, url: 'https://wire.example.org/world/isw-russia-negotiations', outlet: 'wire.example.org',
      title: 'ISW: Russia will negotiate only after battlefield defeats', ingestedBy: 'key:editor',
    });
    expect(data.article.publications[0].similarity).toBeGreaterThanOrEqual(0.9);
    expect(data.article.publications[0].similarity).toBeLessThan(1);
    const counts = data.article.statements.map((s: any) => [s.statement.reportCount, s.statement.publicationCount]);
    expect(counts.length).toBeGreaterThan(3);
    expect(counts.every(([stories, copies]: number[]) => stories === 1 && copies === 2)).toBe(true);

    // Nothing but the copy itself was added: one Publication node and its link.
    const after = await snapshotGraph(graph.executor);
    expect(after.labels).toEqual({ ...seedOnly.labels, Publication: 1 });
    expect(after.relationships).toEqual({ ...seedOnly.relationships, REPUBLISHES: 1 });

    const again = await graph.query(INGEST, { input: { text: syndicated(), filename: 'wire.md' } }, KEY);
    expect(again.data.ingestArticle).toMatchObject({ status: 'UNCHANGED', publication, article: { id: seedId } });
  });

  it('a copy is retracted alone: the story stays', async () => {
    const result = await graph.query(`mutation { retractArticle(article: "http://wire.example.org/world/isw-russia-negotiations/") { articleId statementsRemoved } }`, {}, KEY);
    expect(result.errors).toBeUndefined();
    expect(result.data.retractArticle.statementsRemoved).toBe(0);
    const after = await snapshotGraph(graph.executor);
    const { Retraction, ...labels } = after.labels;
    expect(Retraction).toBe(1);
    expect({ ...after, labels, nodes: after.nodes.filter((n) => !n.startsWith(':Retraction ')) }).toEqual(seedOnly);
  });
});
