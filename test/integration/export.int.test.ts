/**
 * Issue 10 item 7: `newsgraph export` writes the graph as ParsedArticle JSON Lines, and `ingest`
 * of that file into an empty graph gives the same nodes, relationships and ids — merges included.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, ingestFiles } from '../../src/cli/commands/ingest.js';
import { mergeEntities } from '../../src/ingest/merge/merge.js';
import { projectPath } from '../../src/project-path.js';
import { cliEnv, runCli } from '../helpers/cli-process.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { snapshotGraph } from '../helpers/graph-snapshot.js';
import { testConnection } from '../helpers/neo4j.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  const { outcomes } = await ingestFiles(graph.executor, await expandInputs([projectPath('seed', 'samples')]));
  expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
  // A merge whose dropped entity made no statement, so every id stays as it is.
  await mergeEntities(graph.executor, { keep: 'organization:kremlin', drop: 'organization:white-house', reason: 'test merge', by: 'test' });
});
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

    await graph.reset({ seed: false });
    const { outcomes } = await ingestFiles(graph.executor, [out]);
    expect(outcomes.filter((o) => o.status !== 'created').map((o) => (o.status === 'failed' ? o.error : o.source))).toEqual([]);
    expect(await snapshotGraph(graph.executor)).toEqual(before);
    const { data } = await graph.query(`{ merges { nodes { keep drop reason by } } organization(id: "organization:white-house") { id } }`);
    expect(data).toEqual({ merges: { nodes: [{ keep: 'organization:kremlin', drop: 'organization:white-house', reason: 'test merge', by: 'test' }] }, organization: { id: 'organization:kremlin' } });
  }, 300_000);
});
