import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkIngest } from '../../src/ingest/parallel/bulk-ingest.js';
import { IngestSession, type IngestOutcome } from '../../src/ingest/pipeline.js';
import { projectPath } from '../../src/project-path.js';
import { snapshotGraph } from '../helpers/graph-snapshot.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const SAMPLES = projectPath('seed', 'samples');
const files = [
  projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.txt'),
  ...readdirSync(SAMPLES).filter((f) => /\.(txt|md|json)$/.test(f) && !f.endsWith('.expected.json') && f !== 'README.md').sort().map((f) => join(SAMPLES, f)),
];

/** What a reader compares: each outcome's status and the entities and statements it resolved to. */
const summary = (outcomes: IngestOutcome[]) =>
  outcomes.map((o) => (o.status === 'failed' ? { source: o.source, status: o.status, error: o.error } : {
    source: o.source, status: o.status, entities: o.parsed.entities.map((e) => `${e.id} ${e.aliases.join('|')}`), statements: o.parsed.statements.map((s) => s.id),
  }));

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

// Worker threads start by compiling the sources through tsx: slow on a busy machine.
describe('bulk ingest (worker threads, several articles per transaction)', { timeout: 240_000 }, () => {
  it('resolves and writes exactly what ingesting one article at a time does', async () => {
    await graph.reset({ seed: false });
    const session = await IngestSession.open(graph.executor);
    const oneByOne: IngestOutcome[] = [];
    for (const f of files) oneByOne.push(await session.ingest({ name: f, content: readFileSync(f) }));
    const expected = await snapshotGraph(graph.executor);

    await graph.reset({ seed: false });
    const bulk = await BulkIngest.open(graph.executor, { workers: 1, batchSize: 3 });
    try {
      const { outcomes, notAttempted } = await bulk.run(files.map((f) => ({ name: f, read: async () => readFileSync(f) })));
      expect(notAttempted).toEqual([]);
      expect(summary(outcomes)).toEqual(summary(oneByOne));
    } finally {
      await bulk.close();
    }
    expect(oneByOne.filter((o) => o.status === 'created')).toHaveLength(files.length);
    expect(await snapshotGraph(graph.executor)).toEqual(expected);
  });

  it('a failing article writes nothing; the others of its batch land', async () => {
    await graph.reset({ seed: false });
    const broken = files[2]!;
    const brokenTitle = (await (await IngestSession.open(graph.executor)).ingest({ name: broken, content: readFileSync(broken) })) as { parsed?: { article: { title: string } } };
    await graph.reset({ seed: false });
    // The database refuses that one article's write (as a constraint or a full disk would).
    const failing = graph.executor.observe(({ params }) => {
      const data = params.data as { article?: { title?: string } } | undefined;
      if (data?.article?.title === brokenTitle.parsed!.article.title) throw new Error('write refused for the test');
    });
    const bulk = await BulkIngest.open(failing, { workers: 1, batchSize: 4 });
    try {
      const { outcomes } = await bulk.run(files.slice(0, 6).map((f) => ({ name: f, read: async () => readFileSync(f) })));
      expect(outcomes.map((o) => o.status)).toEqual(['created', 'created', 'failed', 'created', 'created', 'created']);
      expect(outcomes[2]).toMatchObject({ source: broken, stage: 'write', error: 'write refused for the test' });
    } finally {
      await bulk.close();
    }
    const [row] = await graph.executor.read<{ titles: string[] }>('MATCH (a:Article) RETURN collect(a.title) AS titles');
    expect(row!.titles).toHaveLength(5);
    expect(row!.titles).not.toContain(brokenTitle.parsed!.article.title);
  });

  it('reports an unreadable file and an input that does not parse, and writes the rest', async () => {
    await graph.reset({ seed: false });
    const bulk = await BulkIngest.open(graph.executor, { workers: 1, batchSize: 5 });
    try {
      const { outcomes } = await bulk.run([
        { name: 'gone.txt', read: async () => { throw new Error('ENOENT: no such file'); } },
        { name: 'empty.md', read: async () => '' },
        { name: files[0]!, read: async () => readFileSync(files[0]!) },
      ]);
      expect(outcomes.map((o) => [o.source, o.status, o.status === 'failed' ? o.stage : null])).toEqual([
        ['gone.txt', 'failed', 'input'],
        ['empty.md', 'failed', 'input'],
        [files[0], 'created', null],
      ]);
      expect(outcomes[0]).toMatchObject({ error: 'cannot read the file (ENOENT: no such file)' });
    } finally {
      await bulk.close();
    }
  });
});
