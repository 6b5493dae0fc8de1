import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMMAND_TIMEOUTS, createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { IngestSession, type IngestOutcome, type IngestSource } from '../../src/ingest/pipeline.js';
import { projectPath } from '../../src/project-path.js';
import { OVERLAPPING_ENTITIES, OVERLAPPING_QUOTES, overlappingArticle } from '../fixtures/overlapping.js';
import { duplicates, snapshotGraph } from '../helpers/graph-snapshot.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { testConnection } from '../helpers/neo4j.js';

const WRITERS = 8;
const OVERLAPPING = 24;

/**
 * Eight writers, each its own driver as eight `newsgraph ingest` processes would be, ingest the same
 * overlapping reports in different orders: the ten sample reports (raw text, Markdown and JSON
 * through parse, extract and resolve) and 24 ParsedArticles that share people, organizations,
 * places, authors, tags, events and quotes. The graph must be exactly the one a single sequential
 * ingest of the same set builds.
 */
const samples = readdirSync(projectPath('seed', 'samples'))
  .filter((f) => /\.(txt|md|json)$/.test(f) && !f.endsWith('.expected.json') && f !== 'README.md')
  .sort()
  .map((f): IngestSource => ({ name: f, content: readFileSync(projectPath('seed', 'samples', f)) }));
const overlapping = Array.from({ length: OVERLAPPING }, (_, i): IngestSource => ({ name: `overlapping-${i}.json`, content: JSON.stringify(overlappingArticle(i)) }));
const sources = [...samples, ...overlapping];

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

async function ingestAll(executor: Executor, order: IngestSource[]): Promise<IngestOutcome[]> {
  const session = await IngestSession.open(executor, undefined, 'reliability');
  const outcomes: IngestOutcome[] = [];
  for (const source of order) outcomes.push(await session.ingest(source));
  return outcomes;
}

it('8 concurrent writers of overlapping articles build exactly the graph of one sequential ingest', async () => {
  expect(samples).toHaveLength(10);

  await graph.reset({ seed: false });
  const sequential = await ingestAll(graph.executor, sources);
  expect(sequential.filter((o) => o.status !== 'created').map((o) => `${o.source}: ${o.status === 'failed' ? o.error : o.status}`)).toEqual([]);
  const expected = await snapshotGraph(graph.executor);

  // Exact counts for the part whose content the fixture fixes (the samples' depend on extraction).
  const overlapOnly = await (async () => {
    await graph.reset({ seed: false });
    await ingestAll(graph.executor, overlapping);
    return snapshotGraph(graph.executor);
  })();
  expect(overlapOnly.labels).toMatchObject({ Article: OVERLAPPING, Statement: OVERLAPPING_QUOTES, Person: OVERLAPPING_ENTITIES.PERSON, Organization: OVERLAPPING_ENTITIES.ORGANIZATION, Place: OVERLAPPING_ENTITIES.PLACE, Topic: 3, Event: 2 });
  // Each article reports two quotes; each quote is one node with an edge to every article that reports it.
  expect(overlapOnly.relationships).toMatchObject({ REPORTED_IN: 2 * OVERLAPPING, STATED: OVERLAPPING_QUOTES, WRITTEN_BY: OVERLAPPING, TAGGED: OVERLAPPING });

  await graph.reset({ seed: false });
  const { uri, username, password } = testConnection();
  const writers = Array.from({ length: WRITERS }, () => new Executor(createDriver({ uri, username, password }, COMMAND_TIMEOUTS), uri));
  let outcomes: IngestOutcome[][];
  try {
    // Writer w starts at a different article and goes round: at any moment all eight write different reports about the same entities.
    const step = Math.floor(sources.length / WRITERS);
    outcomes = await Promise.all(writers.map((executor, w) => ingestAll(executor, [...sources.slice(w * step), ...sources.slice(0, w * step)])));
  } finally {
    await Promise.all(writers.map((w) => w.close()));
  }

  const failures = outcomes.flat().filter((o) => o.status === 'failed').map((o) => `${o.source}: ${o.status === 'failed' ? o.error : ''}`);
  expect(failures).toEqual([]);
  // Each report written once: one writer created it, the other seven found it there.
  const created = outcomes.flat().filter((o) => o.status === 'created').map((o) => o.source).sort();
  expect(created).toEqual(sources.map((s) => s.name).sort());

  const actual = await snapshotGraph(graph.executor);
  expect(actual.labels).toEqual(expected.labels);
  expect(actual.relationships).toEqual(expected.relationships);
  expect(actual.nodes).toEqual(expected.nodes);
  expect(actual.edges).toEqual(expected.edges);
  expect(await duplicates(graph.executor)).toEqual([]);
}, 300_000);
