import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config/config.js';
import type { Executor } from '../../db/executor.js';
import { adminImport } from '../../db/local/admin-import.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local/index.js';
import { migrate } from '../../db/migrate.js';
import { ARRAY_DELIMITER_OPTION } from '../../ingest/bulk/csv.js';
import { CsvFiles, type CsvFileSet } from '../../ingest/bulk/csv-files.js';
import { foldSources, type FoldOutcome, type FoldSummary } from '../../ingest/bulk/fold-sources.js';
import { COUNT_CONTENT, RESTORE_EMPTY_LISTS } from '../../ingest/bulk/import-cypher.js';
import { defaultWorkerCount } from '../../ingest/parallel/analysis-pool.js';
import { summarise, type IngestOutcome } from '../../ingest/pipeline.js';
import { connect } from '../runtime.js';
import { expandInputs, ingestFiles, InputError } from './ingest.js';

const INGEST_INSTEAD = 'use `newsgraph ingest` to add articles to a graph that holds data or to a remote server (it writes through transactions and MERGEs into what is there)';

export interface BulkImportOptions {
  workers?: number;
  /** Keep the CSV files here (default: a temporary folder, deleted afterwards). */
  csvDir?: string;
  log?: (line: string) => void;
  onOutcome?: (outcome: FoldOutcome) => void;
}

export interface BulkImportSummary {
  articles: number;
  created: number;
  unchanged: number;
  republished: number;
  failed: { source: string; stage: string; error: string }[];
  /** New versions of articles earlier in the load, written by `ingest` after the import. */
  versions: IngestOutcome[];
  nodes: number;
  relationships: number;
  /** Seconds per phase: analyse, fold and write the CSV files as they go; neo4j-admin import; restart + empty lists + migrations + versions. */
  seconds: { fold: number; import: number; finish: number; total: number };
}

async function contentNodes(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ nodes: number }>(COUNT_CONTENT);
  return Number(row?.nodes ?? 0);
}

async function assertEmpty(executor: Executor, home: string): Promise<void> {
  const nodes = await contentNodes(executor);
  if (nodes > 0) {
    throw new InputError(`the local graph (${home}) holds ${nodes} nodes: import --bulk replaces the whole database, so it only loads into an empty graph. Nothing was written; ${INGEST_INSTEAD}.`);
  }
}

/**
 * `import --bulk`: folds the articles into node and relationship rows (the same plans and rules
 * as ingest, src/ingest/bulk), written as CSV while the fold goes, stops the local Neo4j, replaces its database with
 * `neo4j-admin database import full`, starts it again, restores the empty lists the import cannot
 * store and runs the migrations. Only into the local server the CLI manages, and only when its
 * graph is empty: checked before the work and again just before the server stops.
 */
export async function bulkImport(config: Config, files: string[], options: BulkImportOptions = {}): Promise<BulkImportSummary> {
  const log = options.log ?? (() => undefined);
  if (config.neo4j) {
    throw new InputError(`NEO4J_URI is set (${config.neo4j.uri}): import --bulk writes the database files of the local Neo4j this CLI manages (NEO4J_URI unset), so it cannot load into another server. Nothing was written; ${INGEST_INSTEAD}.`);
  }
  const exports = files.filter((f) => /\.jsonl$/i.test(f));
  if (exports.length > 0) throw new InputError(`${exports.join(', ')}: an export is restored with \`newsgraph ingest <file>.jsonl\` (it keeps its provenance and merges), not with import --bulk`);
  const home = config.localNeo4j.home;
  const started = Date.now();
  const seconds = (from: number) => Math.round((Date.now() - from) / 100) / 10;

  let runtime = await connect(config, { log });
  const wasRunning = runtime.local!.reused;
  let fold: FoldSummary;
  let csv: { nodes: CsvFileSet[]; relationships: CsvFileSet[] };
  const csvDir = options.csvDir ?? mkdtempSync(join(tmpdir(), 'newsgraph-import-'));
  const timing = { fold: 0, import: 0, finish: 0, total: 0 };
  try {
    await assertEmpty(runtime.executor, home);
    const at = Date.now();
    const sink = new CsvFiles(csvDir);
    try {
      fold = await foldSources(files.map((file) => ({ name: file, read: () => readFile(file) })), {
        ingestedBy: `cli:${userInfo().username}`, limits: config.articleLimits, workers: options.workers ?? defaultWorkerCount(), sink, onOutcome: options.onOutcome,
      });
    } catch (error) {
      sink.abandon();
      throw error;
    }
    csv = sink.close();
    timing.fold = seconds(at);
    // Another writer may have written meanwhile: the last check before the database is replaced.
    await assertEmpty(runtime.executor, home);
  } catch (error) {
    await runtime.close();
    if (!options.csvDir) rmSync(csvDir, { recursive: true, force: true });
    throw error;
  }
  await runtime.close();
  if (wasRunning) await stopLocalNeo4j(home);

  let at = Date.now();
  try {
    log(`neo4j-admin database import full: ${fold.nodes} nodes, ${fold.relationships} relationships`);
    await adminImport({ home, nodes: csv.nodes, relationships: csv.relationships, arrayDelimiter: ARRAY_DELIMITER_OPTION, log });
  } finally {
    if (!options.csvDir) rmSync(csvDir, { recursive: true, force: true });
  }
  timing.import = seconds(at);

  at = Date.now();
  // Running before: left running, in the background as `neo4j start` leaves it.
  if (wasRunning) await startLocalNeo4j({ ...config.localNeo4j, detached: true, log });
  runtime = await connect(config, { log });
  let versions: IngestOutcome[];
  try {
    for (const statement of RESTORE_EMPTY_LISTS) await runtime.executor.schema(statement);
    await migrate(runtime.executor);
    ({ outcomes: versions } = fold.deferred.length ? await ingestFiles(runtime.executor, fold.deferred, { limits: config.articleLimits }) : { outcomes: [] });
  } finally {
    await runtime.close();
  }
  timing.finish = seconds(at);
  timing.total = seconds(started);

  return {
    articles: files.length,
    created: fold.counts.created,
    unchanged: fold.counts.unchanged,
    republished: fold.counts.republished,
    failed: fold.failed,
    versions,
    nodes: fold.nodes,
    relationships: fold.relationships,
    seconds: timing,
  };
}

/** Seconds per 100,000 articles at the rate of `seconds` for `articles`. */
export const per100k = (seconds: number, articles: number): number => (articles ? Math.round((seconds / articles) * 100_000) : 0);

export function importCommand(program: Command): void {
  program
    .command('import')
    .argument('<inputs...>', 'files, folders or globs of articles (as `ingest` takes them)')
    .option('--bulk', 'required: load an EMPTY local graph with neo4j-admin instead of transactions')
    .option('--workers <n>', `analysis worker threads (default ${defaultWorkerCount()})`, (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new InputError(`--workers must be a whole number of at least 0, got "${v}"`);
      return n;
    })
    .option('--csv-dir <dir>', 'keep the CSV files neo4j-admin imports in this folder')
    .option('--json', 'print the summary as JSON')
    .description('first load of many articles into an empty local graph: the articles become CSV files for `neo4j-admin database import full` (the same nodes and relationships `ingest` would write), the local Neo4j is stopped, its database replaced, started again and migrated. Refused when the graph holds anything or NEO4J_URI names another server: `ingest` is the way there')
    .action(async (inputs: string[], options: { bulk?: boolean; workers?: number; csvDir?: string; json?: boolean }) => {
      if (!options.bulk) throw new InputError('import only loads in bulk for now: pass --bulk (into an empty local graph), or use `newsgraph ingest`');
      const files = await expandInputs(inputs);
      if (files.length === 0) throw new InputError(`no article files in ${inputs.join(', ')}`);
      const summary = await bulkImport(loadConfig(), files, {
        workers: options.workers, csvDir: options.csvDir, log: (line) => console.error(line),
        onOutcome: options.json ? undefined : (o) => o.status !== 'created' && console.error(`${o.status.padEnd(11)} ${o.source}`),
      });
      const versions = summarise(summary.versions);
      if (options.json) console.log(JSON.stringify({ ...summary, versions: { updated: versions.updated, unchanged: versions.unchanged, failed: versions.failures } }, null, 2));
      else {
        console.log(`Articles: ${summary.created} new, ${summary.unchanged} unchanged, ${summary.republished} copies of stories already loaded, ${summary.failed.length} failed${summary.versions.length ? `; ${versions.updated} new versions written by ingest afterwards` : ''}`);
        console.log(`Imported ${summary.nodes} nodes and ${summary.relationships} relationships in ${summary.seconds.total} s (analyse and write CSV ${summary.seconds.fold} s, neo4j-admin ${summary.seconds.import} s, restart and migrations ${summary.seconds.finish} s): ${per100k(summary.seconds.total, summary.articles)} s per 100,000 articles at this rate`);
        for (const f of summary.failed) console.log(`  failed ${f.error.startsWith(`${f.source}:`) ? f.error : `${f.source}: ${f.error}`}`);
        for (const f of versions.failures) console.log(`  failed ${f.source}: ${f.error}`);
      }
      if (summary.failed.length > 0 || versions.failed > 0) process.exitCode = 1;
    });
}
