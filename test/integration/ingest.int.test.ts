import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedGraphKnowledge } from '../../src/ingest/known.js';
import { IngestSession, summarise, type IngestOutcome } from '../../src/ingest/pipeline.js';
import { projectPath } from '../../src/project-path.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const SAMPLES = projectPath('seed', 'samples');
const SEED_TEXT = projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.txt');

function articleFiles(): string[] {
  const samples = readdirSync(SAMPLES)
    .filter((f) => /\.(txt|md|json)$/.test(f) && !f.endsWith('.expected.json') && f !== 'README.md')
    .sort()
    .map((f) => join(SAMPLES, f));
  return [SEED_TEXT, ...samples];
}

async function ingestAll(graph: TestGraph, files: string[]): Promise<IngestOutcome[]> {
  const session = await IngestSession.open(graph.executor);
  const outcomes: IngestOutcome[] = [];
  for (const file of files) outcomes.push(await session.ingest({ name: file, content: readFileSync(file) }));
  return outcomes;
}

async function graphSize(graph: TestGraph) {
  const [row] = await graph.executor.read<{ nodes: number; rels: number }>(
    'MATCH (n) WHERE NOT n:Migration WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels',
  );
  return row!;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'test-key-1' });
  await graph.reset({ seed: false });
});
afterAll(() => graph.close());

describe('ingesting the seed and the samples', () => {
  it('creates every article and links ISW across the reports that quote it', async () => {
    const files = articleFiles();
    const outcomes = await ingestAll(graph, files);
    const summary = summarise(outcomes);
    expect(summary.failures).toEqual([]);
    expect(summary.created).toBe(files.length);
    // Real reports give no alias that names two entities: the naming rule refuses nothing of theirs.
    expect([...summary.aliasesRefused, ...summary.aliasesWithdrawn]).toEqual([]);

    const { data } = await graph.query(`{
      organization(name: "ISW") { id name statements(first: 100) { reports { article { title } } } }
      organizations(first: 100) { nodes { name } }
    }`);
    expect(data.organization.name).toBe('Institute for the Study of War');
    // Every report whose annotation has ISW speaking, and only those.
    const ISW = 'organization:institute-for-the-study-of-war';
    const quoting = [projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.json'), ...readdirSync(SAMPLES).filter((f) => f.endsWith('.expected.json')).map((f) => join(SAMPLES, f))]
      .map((f) => JSON.parse(readFileSync(f, 'utf8')))
      .filter((p) => p.statements.some((st: any) => st.speaker === ISW))
      .map((p) => p.article.title)
      .sort();
    expect(quoting.length).toBeGreaterThanOrEqual(3);
    const titles = [...new Set<string>(data.organization.statements.flatMap((s: any) => s.reports.map((r: any) => r.article.title)))].sort();
    expect(titles).toEqual(quoting);
    expect(data.organizations.nodes.filter((o: any) => /study of war/i.test(o.name))).toHaveLength(1);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await graphSize(graph);
    const outcomes = await ingestAll(graph, articleFiles());
    expect(outcomes.map((o) => o.status)).toEqual(articleFiles().map(() => 'unchanged'));
    expect(await graphSize(graph)).toEqual(before);
  });
});

describe('bad input', () => {
  const bad: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/i],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/i],
    ['broken-utf8.txt', Buffer.concat([Buffer.from('Title\n\nJohn Smith, 22 July 2025\n\nBody '), Buffer.from([0xc3, 0x28, 0xff])]), /UTF-8/i],
    ['huge.txt', `Big title\n\nJohn SmithTuesday, 22 July 2025, 03:22\n\n${'word '.repeat(1_100_000)}`, /5 ?MB|too large|MiB/i],
    ['no-title.json', JSON.stringify({ body: 'Text.', publishedAt: '2025-07-22' }), /title/i],
    ['bad-date.json', JSON.stringify({ title: 'T', body: 'Text.', publishedAt: 'next Tuesday-ish' }), /next Tuesday-ish/],
    ['wrong-shape.json', JSON.stringify({ title: 'T', body: 42, publishedAt: '2025-07-22' }), /body/],
  ];

  it.each(bad)('%s fails with a message naming the problem and writes nothing', async (name, content, message) => {
    const before = await graphSize(graph);
    const session = await IngestSession.open(graph.executor);
    const outcome = await session.ingest({ name, content });
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed') expect(outcome.error).toMatch(message);
    expect(await graphSize(graph)).toEqual(before);
  });

  it('answers "unchanged" to the second of two simultaneous ingests of one article, writing it once', async () => {
    const text = `Port workers walk out – report\n\nJane DoeTuesday, 4 March 2025, 08:00\n\nDock workers at the port began a strike on Monday, the union said.\n\nstrikes`;
    const [one, two] = await Promise.all([
      (await IngestSession.open(graph.executor)).ingest({ name: 'a.txt', content: text }),
      (await IngestSession.open(graph.executor)).ingest({ name: 'b.txt', content: text }),
    ]);
    expect([one.status, two.status].sort()).toEqual(['created', 'unchanged']);
    const [row] = await graph.executor.read<{ count: number }>("MATCH (a:Article {title: 'Port workers walk out – report'}) RETURN count(a) AS count");
    expect(row!.count).toBe(1);
  });

  it('reports a ParsedArticle JSON with a made-up statement id as bad input, writing nothing', async () => {
    const before = await graphSize(graph);
    const parsed = JSON.parse(readFileSync(projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.json'), 'utf8'));
    parsed.article.title = 'Another report';
    parsed.statements[0].id = 'statement:0000000000000000';
    const outcome = await (await IngestSession.open(graph.executor)).ingest({ name: 'edited.json', content: JSON.stringify(parsed) });
    expect(outcome).toMatchObject({ status: 'failed', stage: 'input' });
    if (outcome.status === 'failed') expect(outcome.error).toContain('statements.0.id: expected statement:');
    expect(await graphSize(graph)).toEqual(before);
  });

  it('still ingests the good files of a batch with bad ones', async () => {
    const session = await IngestSession.open(graph.executor);
    const good = `Drone strike hits depot – report\n\nJane DoeMonday, 3 March 2025, 10:00\n\nA drone hit a fuel depot near Kharkiv, the Air Force said.\n\ndrones`;
    const outcomes = [
      await session.ingest({ name: 'empty.txt', content: '' }),
      await session.ingest({ name: 'good.txt', content: good }),
    ];
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'created']);
  });
});

describe('mutation ingestArticle', () => {
  const mutation = `mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) { status article { title authors { name } } statements }
  }`;
  const input = { title: 'Kremlin rejects ceasefire plan', body: 'The Kremlin rejected the plan on Monday, Kremlin spokesman Dmitry Peskov said.', publishedAt: '2025-08-05T09:00:00+03:00', authors: ['Anna Field'], tags: ['negotiations'] };

  it('refuses without an API key, and with a wrong one, writing nothing', async () => {
    const before = await graphSize(graph);
    const none = await graph.query(mutation, { input });
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const wrong = await graph.query(mutation, { input }, { authorization: 'Bearer nope' });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await graphSize(graph)).toEqual(before);
  });

  it('writes with a key, and a second time changes nothing', async () => {
    const first = await graph.query(mutation, { input }, { authorization: 'Bearer test-key-1' });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toMatchObject({ status: 'CREATED', article: { title: 'Kremlin rejects ceasefire plan', authors: [{ name: 'Anna Field' }] } });
    const again = await graph.query(mutation, { input }, { authorization: 'Bearer test-key-1' });
    expect(again.data.ingestArticle.status).toBe('UNCHANGED');
  });

  it('answers bad input with BAD_USER_INPUT naming the problem', async () => {
    const result = await graph.query(mutation, { input: { ...input, publishedAt: 'sometime' } }, { authorization: 'Bearer test-key-1' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('sometime');
  });
});

describe('the knowledge ingestArticle resolves against', () => {
  it('is read from the graph once, then topped up once a minute with what other writers created', async () => {
    const reads: { cypher: string; since: unknown }[] = [];
    const executor = graph.executor.observe((q) => reads.push({ cypher: q.cypher, since: q.params.since }));
    const t0 = Date.now() + 3_600_000; // a time no earlier test has cached at
    const first = await sharedGraphKnowledge(executor, t0);
    expect(first.entities.has('organization:institute-for-the-study-of-war')).toBe(true);
    reads.length = 0;
    expect(await sharedGraphKnowledge(executor, t0 + 59_000)).toBe(first);
    expect(reads).toEqual([]); // within the minute: no read at all

    // Another writer (its own session and knowledge) creates an entity this process has not seen.
    const other = await IngestSession.open(graph.executor, undefined, 'other-writer');
    const written = await other.ingest({ name: 'other.md', content: '---\ntitle: Harbour reopens\npublishedAt: 2025-11-02\n---\nZofia Brzezinska-Lund, the port director, said the harbour would reopen on Monday.\n' });
    expect(written.status).toBe('created');
    expect(first.entities.has('person:zofia-brzezinska-lund')).toBe(false);

    const later = await sharedGraphKnowledge(executor, t0 + 61_000);
    expect(later).toBe(first); // topped up in place
    expect(later.entities.has('person:zofia-brzezinska-lund')).toBe(true);
    // The top-up reads entities and topics from the latest creation time seen (less a minute of clock slack), not from the start.
    expect(reads).toHaveLength(2);
    expect(reads.every((r) => typeof r.since === 'string')).toBe(true);
  });
});

describe('a server without API keys', () => {
  it('refuses writes with FORBIDDEN', async () => {
    const closed = await openTestGraph();
    try {
      const result = await closed.query('mutation { ingestArticle(input: {text: "x"}) { status } }', {}, { authorization: 'Bearer anything' });
      expect(result.errors?.[0]).toMatchObject({ message: 'Writes are disabled on this server: set NEWSGRAPH_API_KEYS to allow ingestArticle.', extensions: { code: 'FORBIDDEN' } });
    } finally {
      await closed.close();
    }
  });
});
