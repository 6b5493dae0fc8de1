/**
 * Issue 10, item 4: the graph after ingesting a set of articles is the same in any order. A
 * statement's text, verb and kind come from its earliest-published report (ties: the article id).
 * The articles are parsed ones (the samples' expected parses, the seed's annotated file): what is
 * under test is the write path. Raw text resolves against what the graph already holds, so two
 * orders can still resolve a mention differently (the README says where).
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/cli/commands/ingest.js';
import { articleId, statementId } from '../../src/core/ids.js';
import { projectPath } from '../../src/project-path.js';
import { buildArticle, organization, person, place } from '../fixtures/parsed-article.js';
import { writeArticleFiles } from '../helpers/article-files.js';
import { canonicalDump } from '../helpers/canonical-dump.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const SAMPLES = projectPath('seed', 'samples');
const PARSED_FILES = [
  ...readdirSync(SAMPLES).filter((f) => f.endsWith('.expected.json')).sort().map((f) => `${SAMPLES}/${f}`),
  projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.json'),
];

const SPEAKER = person('Mara Okafor');
const HARBOUR = organization('Harbour Authority');
const VELD = place('Veld');
const QUOTE = 'the harbour will reopen before winter';
const QUOTE_ID = statementId(SPEAKER.id, QUOTE);

/** One statement in three reports that word it differently: as a quote, a claim, a warning. */
function report(n: number, publishedAt: string, wording: { text: string; verb: string; kind: 'QUOTE' | 'CLAIM' | 'WARNING' }, about: string[]) {
  const sentence = `Mara Okafor ${wording.verb}ed ${wording.text}.`;
  return buildArticle({
    title: `Harbour report ${n}`, publishedAt, url: `https://example.test/harbour/${n}`, authors: [], tags: ['ports'],
    paragraphs: [`Harbour report ${n}.`, sentence],
    entities: [SPEAKER, HARBOUR, VELD],
    statements: [{ speaker: SPEAKER.id, ...wording, about, sentence }],
  });
}
const HARBOUR_REPORTS = [
  report(1, '2025-03-05T10:00:00Z', { text: `“${QUOTE}”`, verb: 'warn', kind: 'WARNING' }, [HARBOUR.id]),
  // Published at the same instant as report 3, earlier than report 1: the tie goes to the lower article id.
  report(2, '2025-03-04T12:00:00+02:00', { text: `${QUOTE}.`, verb: 'claim', kind: 'CLAIM' }, [HARBOUR.id, VELD.id]),
  report(3, '2025-03-04T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [VELD.id]),
];

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

async function ingestInOrder(files: string[]): Promise<string[]> {
  await graph.reset();
  const { outcomes } = await ingestFiles(graph.executor, files);
  expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
  return canonicalDump(graph.executor);
}

describe('order independence', () => {
  it('the seed, the ten samples\' parses and three rewordings of one quote give the same graph forward and reversed', async () => {
    const files = [...PARSED_FILES, ...writeArticleFiles(HARBOUR_REPORTS, 'newsgraph-order-')];
    const forward = await ingestInOrder(files);
    const [statement] = await graph.executor.read<{ text: string; verb: string; kind: string; first: string; last: string; about: string[]; stated: string }>(
      `MATCH (sp)-[st:STATED]->(s:Statement {id: $id})
       RETURN s.text AS text, s.verb AS verb, s.kind AS kind, s.firstReportedAt AS first, s.lastReportedAt AS last, st.verb AS stated,
              COLLECT { MATCH (s)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id } AS about`,
      { id: QUOTE_ID },
    );
    // Reports 2 and 3 were published at the same instant, before report 1: the lower article id words it.
    const tied = HARBOUR_REPORTS.slice(1).map((r) => ({ id: articleId(r.article.url, ''), statement: r.statements[0]! })).sort((a, b) => a.id.localeCompare(b.id));
    expect(statement).toMatchObject({ text: tied[0]!.statement.text, verb: tied[0]!.statement.verb, kind: tied[0]!.statement.kind, stated: tied[0]!.statement.verb });
    expect(statement!.first).toMatch(/^2025-03-04T/);
    expect(statement!.last).toBe('2025-03-05T10:00:00Z');
    expect(statement!.about).toEqual([HARBOUR.id, VELD.id].sort());
    expect(statement!.stated).toBe(statement!.verb);

    expect(forward.length).toBeGreaterThan(300);
    const reversed = await ingestInOrder([...files].reverse());
    expect(reversed.length).toBe(forward.length);
    expect({ onlyReversed: reversed.filter((line) => !forward.includes(line)), onlyForward: forward.filter((line) => !reversed.includes(line)) }).toEqual({ onlyReversed: [], onlyForward: [] });
    expect(reversed).toEqual(forward);
  }, 300_000);
});
