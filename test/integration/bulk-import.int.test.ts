/**
 * Issue 13, item 4: `import --bulk` loads an empty local graph through neo4j-admin and gives the
 * graph `ingest` gives for the same articles: every node with its labels and properties, every
 * relationship with its properties (canonicalDump), the same provenance by the documented rule
 * (ingestedBy as ingest records it; ingestedAt and createdAt present where ingest sets them, with
 * the time the run prepared the article), and the migrations' constraints and indexes. The ingest
 * side runs on the suite's Neo4j; the import needs a server of its own that it may stop, so this
 * file starts a second throwaway one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkImport } from '../../src/cli/commands/import.js';
import { expandInputs, ingestFiles } from '../../src/cli/commands/ingest.js';
import { parseConfig, type Config } from '../../src/config/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { findFreePorts, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../../src/db/local/index.js';
import { projectPath } from '../../src/project-path.js';
import { canonicalDump } from '../helpers/canonical-dump.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { testConnection } from '../helpers/neo4j.js';

const TIMESTAMPS = ['createdAt', 'ingestedAt'];

/** Which nodes and relationships carry a timestamp, and who ingested each article. */
async function provenance(executor: Executor): Promise<string[]> {
  const rows = await executor.read<{ line: string }>(
    `MATCH (n) WHERE NOT n:Migration
     RETURN n.id + ' ' + reduce(s = '', k IN [k IN keys(n) WHERE k IN $keys] | s + k + ',') + coalesce(n.ingestedBy, '') AS line`,
    { keys: TIMESTAMPS },
  );
  return rows.map((r) => r.line).sort();
}

async function schema(executor: Executor): Promise<string[]> {
  const constraints = await executor.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await executor.read<{ name: string; state: string }>('SHOW INDEXES YIELD name, state RETURN name, state');
  const migrations = await executor.read<{ id: string }>('MATCH (m:Migration) RETURN m.id AS id');
  return [...constraints.map((c) => `constraint ${c.name}`), ...indexes.map((i) => `index ${i.name} ${i.state}`), ...migrations.map((m) => `migration ${m.id}`)].sort();
}

let graph: TestGraph;
let home: string;
let config: Config;
let files: string[];
let corpus: string;

beforeAll(async () => {
  graph = await openTestGraph();
  home = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-'));
  corpus = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-corpus-'));
  // A few hundred articles of bench's synthetic corpus: many names shared between articles.
  execFileSync(process.execPath, ['--import', 'tsx', projectPath('bench', 'generate-corpus.ts'), '--count', '200', '--out', corpus], { cwd: projectPath(), stdio: 'ignore' });
  files = await expandInputs([projectPath('seed', 'samples'), projectPath('seed', 'articles'), corpus]);
  const [boltPort, httpPort] = await findFreePorts(2);
  config = parseConfig({ NEWSGRAPH_LOCAL_NEO4J_HOME: home, NEWSGRAPH_LOCAL_NEO4J_BOLT_PORT: String(boltPort), NEWSGRAPH_LOCAL_NEO4J_HTTP_PORT: String(httpPort), LOG_LEVEL: 'silent' });
}, 120_000);

afterAll(async () => {
  await graph?.close();
  await stopLocalNeo4j(home, { graceMs: 0 }).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

describe('import --bulk', () => {
  it('refuses a server other than the local one, naming ingest as the way there, and writes nothing', async () => {
    const remote = parseConfig({ NEO4J_URI: testConnection().uri, NEO4J_PASSWORD: testConnection().password, LOG_LEVEL: 'silent' });
    const before = await canonicalDump(graph.executor);
    await expect(bulkImport(remote, files)).rejects.toThrow(/NEO4J_URI is set \(bolt:\/\/.*\): import --bulk writes the database files of the local Neo4j .* Nothing was written; use `newsgraph ingest`/);
    expect(await canonicalDump(graph.executor)).toEqual(before);
  }, 300_000);

  it('gives the graph ingest gives: nodes, relationships, properties, provenance and schema', async () => {
    expect(files.length).toBeGreaterThan(210);
    await graph.reset({ seed: false });
    const { outcomes } = await ingestFiles(graph.executor, files);
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    const expected = await canonicalDump(graph.executor);
    const expectedProvenance = await provenance(graph.executor);
    const expectedSchema = await schema(graph.executor);

    // Running in the background as `neo4j start` leaves it: import stops it, and starts it again.
    const server: LocalNeo4j = await startLocalNeo4j({ ...config.localNeo4j, detached: true, timeoutMs: 180_000 });
    const summary = await bulkImport(config, files, { workers: 1 });
    expect(summary.failed).toEqual([]);
    expect({ created: summary.created, unchanged: summary.unchanged }).toEqual({
      created: outcomes.filter((o) => o.status === 'created').length,
      unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
    });

    const executor = new Executor(createDriver({ uri: server.uri, username: server.username, password: server.password }), server.uri);
    try {
      const imported = await canonicalDump(executor);
      expect(imported.length).toBe(expected.length);
      expect({ onlyImported: imported.filter((l) => !expected.includes(l)), onlyIngested: expected.filter((l) => !imported.includes(l)) }).toEqual({ onlyImported: [], onlyIngested: [] });
      expect(imported).toEqual(expected);
      // What neo4j-admin loaded: all but the RELATED_TO aggregate, which migration 011 builds after the load.
      expect(summary.nodes + summary.relationships).toBe(expected.filter((l) => !l.includes(' -RELATED_TO-> ')).length);
      // Provenance: the same ingestedBy (cli:<user>), a timestamp on the same nodes.
      const user = `cli:${userInfo().username}`;
      expect(expectedProvenance.filter((l) => l.startsWith('article:')).every((l) => l.endsWith(`ingestedAt,${user}`))).toBe(true);
      expect(await provenance(executor)).toEqual(expectedProvenance);
      expect(await schema(executor)).toEqual(expectedSchema);

      // A graph that holds something is refused, and left as it is.
      await expect(bulkImport(config, files.slice(0, 3))).rejects.toThrow(/holds \d+ nodes: import --bulk replaces the whole database, so it only loads into an empty graph\. Nothing was written; use `newsgraph ingest`/);
      expect(await canonicalDump(executor)).toEqual(imported);
    } finally {
      await executor.close();
    }
  }, 900_000);
});
