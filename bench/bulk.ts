/**
 * `npm run bench:bulk [-- --count 20000 --data bench/data --workers N]`: the first `count` articles
 * of the synthetic corpus (npm run bench:data) loaded twice into empty throwaway Neo4j servers —
 * by `ingest` (bulk ingest: worker threads analyse, 25 articles per transaction) and by
 * `import --bulk` (the same analysis folded into tables, neo4j-admin import, migrations) — and
 * compared: nodes per label, relationships per type, and a SHA-256 digest of the canonical dump of
 * every node and relationship with its properties (test/helpers/canonical-dump.ts: write timestamps
 * left out). Prints each path's wall time and seconds per 100,000 articles at that rate, and for
 * `ingest` a table of each `--segment` articles in turn (wall time, articles/s, the Neo4j process's
 * CPU per article), so whether an article costs more as the graph grows shows in one run; writes it
 * all to bench/results/bulk-<ISO date>.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bulkImport, per100k } from '../src/cli/commands/import.js';
import { ingestFiles } from '../src/cli/commands/ingest.js';
import { parseConfig } from '../src/config/config.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { findFreePorts, startLocalNeo4j } from '../src/db/local/index.js';
import { migrate } from '../src/db/migrate.js';
import { defaultWorkerCount } from '../src/ingest/parallel/analysis-pool.js';
import { projectPath } from '../src/project-path.js';
import { describeGraph } from './graph-digest.js';
import { procCpuMs } from './proc-cpu.js';
import { benchServer } from './server.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/data' },
    count: { type: 'string', default: '20000' },
    workers: { type: 'string', default: String(defaultWorkerCount()) },
    /** Time and memory of `import --bulk` alone, without the ingest path and the comparison. */
    'import-only': { type: 'boolean', default: false },
    /** Articles per row of the ingest table. */
    segment: { type: 'string', default: '1000' },
  },
});
if (!existsSync(values.data!)) {
  console.error(`No corpus in ${values.data}: run \`npm run bench:data\` first.`);
  process.exit(1);
}
/** One row of the ingest table: the articles after the previous row's, up to `upTo`. */
interface Segment {
  upTo: number;
  seconds: number;
  perSecond: number;
  neo4jCpuMsPerArticle: number;
  failed: number;
}

const files = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.count)).map((f) => join(values.data!, f));
const workers = Number(values.workers);

/** The main thread's largest V8 heap, sampled every 100 ms: what the fold keeps (worker threads' heaps are their own). */
function sampleHeap(): () => number {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 100);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().heapUsed) / 2 ** 20);
  };
}

async function viaIngest() {
  const server = await benchServer();
  try {
    await server.executor.write('MATCH (n) DETACH DELETE n');
    await migrate(server.executor);
    const started = Date.now();
    const segments: Segment[] = [];
    const size = Number(values.segment);
    const cpu = () => (server.pid ? procCpuMs(server.pid) : NaN);
    let mark = { at: started, cpu: cpu(), done: 0, failed: 0 };
    const onOutcome = (outcome: { status: string }) => {
      const done = mark.done + 1;
      const failed = mark.failed + (outcome.status === 'failed' ? 1 : 0);
      if (done % size !== 0 && done !== files.length) {
        mark = { ...mark, done, failed };
        return;
      }
      const at = Date.now();
      const now = cpu();
      const articles = done - (segments.at(-1)?.upTo ?? 0);
      const segment = { upTo: done, seconds: (at - mark.at) / 1000, perSecond: articles / ((at - mark.at) / 1000), neo4jCpuMsPerArticle: (now - mark.cpu) / articles, failed };
      segments.push(segment);
      console.log(`ingest to ${done}: ${segment.seconds.toFixed(1)} s, ${segment.perSecond.toFixed(1)} articles/s, Neo4j CPU ${segment.neo4jCpuMsPerArticle.toFixed(1)} ms/article, ${failed} failed so far`);
      mark = { at, cpu: now, done, failed };
    };
    const { outcomes } = await ingestFiles(server.executor, files, { workers, batchSize: 25, onOutcome });
    const seconds = (Date.now() - started) / 1000;
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    return { seconds, failed, segments, graph: await describeGraph(server.executor) };
  } finally {
    await server.stop();
  }
}

async function viaImport() {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-bench-bulk-'));
  const [boltPort, httpPort] = await findFreePorts(2);
  const config = parseConfig({ NEWSGRAPH_LOCAL_NEO4J_HOME: home, NEWSGRAPH_LOCAL_NEO4J_BOLT_PORT: String(boltPort), NEWSGRAPH_LOCAL_NEO4J_HTTP_PORT: String(httpPort), LOG_LEVEL: 'silent' });
  try {
    // Running beforehand, as after `newsgraph neo4j start`: its start is not part of the import's time.
    const server = await startLocalNeo4j({ ...config.localNeo4j, detached: true, heap: '1g', pageCache: '512m', timeoutMs: 300_000 });
    const heapPeak = sampleHeap();
    const summary = await bulkImport(config, files, { workers });
    const heapMb = heapPeak();
    // Peak resident size of this process (main thread, analysis workers and the fold; neo4j-admin and Neo4j are other
    // processes), taken before the comparison reads the graph back.
    const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const executor = new Executor(createDriver({ uri: server.uri, username: server.username, password: server.password }), server.uri);
    try {
      return { summary, heapMb, rssMb, graph: await describeGraph(executor) };
    } finally {
      await executor.close();
      await server.stop({ graceMs: 0 });
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function main() {
  console.log(`corpus: ${files.length} articles from ${values.data}; ${workers} analysis worker(s)`);
  const imported = await viaImport();
  const s = imported.summary.seconds;
  console.log(`import --bulk: ${s.total} s (analyse, fold and write CSV ${s.fold} s, neo4j-admin ${s.import} s, restart + empty lists + migrations ${s.finish} s); ${per100k(s.total, files.length)} s per 100k articles; ${imported.summary.failed.length} failed`);
  console.log(`import --bulk memory: peak RSS of this process ${imported.rssMb} MB, peak main-thread heap ${imported.heapMb} MB; ${imported.graph.lines} nodes and relationships`);
  if (values['import-only']) return;
  const ingested = await viaIngest();
  console.log(`ingest (workers ${workers}, 25 per transaction): ${ingested.seconds.toFixed(1)} s; ${per100k(ingested.seconds, files.length)} s per 100k articles; ${ingested.failed} failed`);
  console.log(`import --bulk is ${(ingested.seconds / s.total).toFixed(2)}× as fast end to end`);
  for (const [name, g] of [['ingest', ingested.graph], ['import --bulk', imported.graph]] as const) {
    console.log(`${name.padEnd(13)} nodes ${JSON.stringify(g.labels)}\n${''.padEnd(13)} relationships ${JSON.stringify(g.relationships)}\n${''.padEnd(13)} ${g.lines} dump lines, digest ${g.digest}`);
  }
  console.log('\n| ingest, articles | s | articles/s | Neo4j CPU ms/article | failed so far |\n|---|---|---|---|---|');
  let from = 0;
  for (const g of ingested.segments) {
    console.log(`| ${from + 1}–${g.upTo} | ${g.seconds.toFixed(1)} | ${g.perSecond.toFixed(1)} | ${g.neo4jCpuMsPerArticle.toFixed(1)} | ${g.failed} |`);
    from = g.upTo;
  }
  const same = ingested.graph.digest === imported.graph.digest;
  console.log(same ? 'IDENTICAL: same counts and digest' : 'DIFFERENT graphs');
  const dir = projectPath('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString();
  const file = join(dir, `bulk-${date.replace(/[:.]/g, '-')}.json`);
  const graph = (g: typeof imported.graph) => ({ labels: g.labels, relationships: g.relationships, lines: g.lines, digest: g.digest });
  writeFileSync(
    file,
    `${JSON.stringify({ date, options: { count: files.length, workers, segment: Number(values.segment) }, import: { ...imported.summary.seconds, failed: imported.summary.failed.length, rssMb: imported.rssMb, heapMb: imported.heapMb, graph: graph(imported.graph) }, ingest: { seconds: ingested.seconds, failed: ingested.failed, segments: ingested.segments, graph: graph(ingested.graph) }, identical: same }, null, 2)}\n`,
  );
  console.log(`written ${file}`);
  if (!same) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
