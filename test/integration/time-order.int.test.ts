import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/ingest/seed.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
  // Two reports carrying the same ISW statement. Kyiv's is earlier in time (22:00 UTC on 31 July)
  // but its text sorts after London's (23:00 UTC): order must follow the instant, not the string.
  const { parsed } = (await loadSeed())[0]!;
  const report = (title: string, publishedAt: string) => {
    const copy = structuredClone(parsed);
    copy.article.title = title;
    copy.article.publishedAt = publishedAt;
    // Each edition its own closing line: the same words under two headlines are one article (issue 10).
    copy.article.body = `${copy.article.body}\n\n${title}.`;
    return copy;
  };
  await writeArticle(graph.executor, report('Kyiv edition', '2025-08-01T01:00:00+03:00'));
  await writeArticle(graph.executor, report('London edition', '2025-07-31T23:00:00Z'));
});
afterAll(() => graph.close());

describe('time order across time zones', () => {
  it('lists articles newest first by instant', async () => {
    const { data } = await graph.query('{ articles { nodes { title publishedAt } } }');
    expect(data.articles.nodes).toEqual([
      { title: 'London edition', publishedAt: '2025-07-31T23:00:00Z' },
      { title: 'Kyiv edition', publishedAt: '2025-08-01T01:00:00+03:00' },
    ]);
  });

  it('dates a statement first and last reported by instant, and lists its reports oldest first', async () => {
    const { data } = await graph.query(`{
      organization(name: "ISW") { statements(first: 1, filter: { kind: ASSESSMENT, verb: "assess" }) { firstReportedAt lastReportedAt reports { article { title } } } }
    }`);
    expect(data.organization.statements).toEqual([
      {
        firstReportedAt: '2025-08-01T01:00:00+03:00',
        lastReportedAt: '2025-07-31T23:00:00Z',
        reports: [{ article: { title: 'Kyiv edition' } }, { article: { title: 'London edition' } }],
      },
    ]);
  });
});
