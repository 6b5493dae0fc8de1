/**
 * Issue 10 item 7: `newsgraph export` writes the graph as ParsedArticle JSON Lines, and `ingest`
 * of that file into an empty graph gives the same nodes, relationships and ids — merges included.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, ingestFiles } from '../../src/cli/commands/ingest.js';
import type { ParsedArticle } from '../../src/ingest/contract.js';
import { exportGraph } from '../../src/ingest/export/export.js';
import { mergeEntities } from '../../src/ingest/merge/merge.js';
import { identifyArticle } from '../../src/ingest/write/write-article.js';
import { projectPath } from '../../src/project-path.js';
import { cliEnv, runCli } from '../helpers/cli-process.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { snapshotGraph } from '../helpers/graph-snapshot.js';
import { testConnection } from '../helpers/neo4j.js';

const KEY = { authorization: 'Bearer s3cret' };

/** Who ingested each article, and when, and who restored it: id → [ingestedBy, ingestedAt, restoredBy, restoredAt]. */
async function provenance(): Promise<Record<string, (string | null)[]>> {
  const rows = await graph.executor.read<{ id: string; by: string | null; at: string | null; restoredBy: string | null; restoredAt: string | null }>(
    'MATCH (a:Article) RETURN a.id AS id, a.ingestedBy AS by, a.ingestedAt AS at, a.restoredBy AS restoredBy, a.restoredAt AS restoredAt',
  );
  return Object.fromEntries(rows.map((r) => [r.id, [r.by, r.at, r.restoredBy, r.restoredAt]]));
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret' });
  await graph.reset();
  const { outcomes } = await ingestFiles(graph.executor, await expandInputs([projectPath('seed', 'samples')]));
  expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
  // A merge whose dropped entity made no statement, so every id stays as it is.
  await mergeEntities(graph.executor, { keep: 'organization:kremlin', drop: 'organization:white-house', reason: 'test merge', by: 'test' });
}, 300_000);
afterAll(() => graph.close());

describe('export and restore', () => {
  it('export → ingest into an empty graph gives identical counts and ids, the merge included', async () => {
    const before = await snapshotGraph(graph.executor);
    expect(before.labels.Merged).toBe(1);
    const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-export-')), 'graph.jsonl');
    const run = runCli(['export', '--out', out], cliEnv(testConnection()));
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(run.stderr()).toContain(`Exported ${before.labels.Article} articles and 1 merges to ${out}.`);
    expect(lines).toHaveLength(before.labels.Article! + 1);
    expect(JSON.parse(lines.at(-1)!).merge).toMatchObject({ drop: 'organization:white-house', keep: 'organization:kremlin' });

    // Each line says who ingested the article and when: the seed by `seed`, the samples by the CLI's user.
    const ingested = await provenance();
    const exported = lines.slice(0, -1).map((line) => JSON.parse(line) as ParsedArticle);
    expect(exported.map((a) => a.provenance)).toEqual(exported.map((a) => ({ ingestedBy: ingested[identifyArticle(a).id]![0], ingestedAt: ingested[identifyArticle(a).id]![1] })));
    expect(new Set(exported.map((a) => a.provenance!.ingestedBy))).toEqual(new Set(['seed', `cli:${userInfo().username}`]));

    await graph.reset({ seed: false });
    const { outcomes } = await ingestFiles(graph.executor, [out]);
    expect(outcomes.filter((o) => o.status !== 'created').map((o) => (o.status === 'failed' ? o.error : o.source))).toEqual([]);
    expect(await snapshotGraph(graph.executor)).toEqual(before);
    // The operator's restore keeps who ingested each article and when, and records who restored it.
    const restored = await provenance();
    expect(Object.keys(restored).sort()).toEqual(Object.keys(ingested).sort());
    for (const [id, [by, at, restoredBy, restoredAt]] of Object.entries(restored)) {
      expect([by, at]).toEqual(ingested[id]!.slice(0, 2));
      expect(restoredBy).toBe(`cli:${userInfo().username}`);
      expect(Date.parse(restoredAt!)).toBeGreaterThan(Date.parse(at!));
    }
    // So exporting the restored graph writes the same lines again.
    expect(await exportLines()).toEqual(lines);
    const { data } = await graph.query(`{ merges { nodes { keep drop reason by } } organization(id: "organization:white-house") { id } }`);
    expect(data).toEqual({ merges: { nodes: [{ keep: 'organization:kremlin', drop: 'organization:white-house', reason: 'test merge', by: 'test' }] }, organization: { id: 'organization:kremlin' } });
  }, 300_000);

  it('only a restore records the provenance a file carries: the API and a plain .json file refuse it', async () => {
    const [line] = await exportLines();
    const parsed = JSON.parse(line!) as ParsedArticle;
    const forged = JSON.stringify({ ...parsed, article: { ...parsed.article, url: 'https://example.test/forged', title: 'Forged' }, provenance: { ingestedBy: 'key:someone-else', ingestedAt: '2020-01-01T00:00:00Z' } });
    const before = await snapshotGraph(graph.executor);

    const viaApi = await graph.query(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`, { input: { text: forged, filename: 'forged.json' } }, KEY);
    expect(viaApi.data).toBeNull();
    expect(viaApi.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'forged.json: "provenance" (ingestedBy key:someone-else) is recorded only when an operator restores an export with `newsgraph ingest <file>.jsonl`; any other way in records whoever sends the article — remove the field'],
    ]);

    const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-forged-')), 'forged.json');
    writeFileSync(file, forged);
    const { outcomes } = await ingestFiles(graph.executor, [file]);
    expect(outcomes.map((o) => (o.status === 'failed' ? [o.stage, o.error.startsWith(`${file}: "provenance" (ingestedBy key:someone-else) is recorded only when`)] : o.status))).toEqual([['input', true]]);
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  }, 300_000);
});

async function exportLines(): Promise<string[]> {
  const lines: string[] = [];
  await exportGraph(graph.executor, (line) => void lines.push(line));
  return lines;
}
