/**
 * `npx tsx bench/ingest-profile.ts [-- --count 300 --preload 1000]`: where one article's time goes
 * in bulk ingest, as CPU time rather than wall time (the machine is shared, so rates are noisy):
 *  - analysis (parse → extract) and the main thread's resolve + plan, each on the main thread alone
 *    (process.cpuUsage: no worker runs meanwhile);
 *  - each Cypher statement of the write: count, wall ms and Neo4j's own time (the result summary's
 *    resultAvailableAfter + resultConsumedAfter) per article;
 *  - the Neo4j process's CPU per article (/proc/<pid>/stat) over the whole write.
 * With 0 workers, so the main thread's CPU is the ingest's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { Executor, toCypherParams } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';
import { emptyKnowledge, loadGraphKnowledge } from '../src/ingest/known.js';
import { parseAndExtract } from '../src/ingest/parallel/analysis-steps.js';
import { BulkIngest } from '../src/ingest/parallel/bulk-ingest.js';
import { KnowledgeJournal } from '../src/ingest/parallel/journal.js';
import * as C from '../src/ingest/write/contributions-cypher.js';
import * as R from '../src/ingest/write/related-cypher.js';
import * as W from '../src/ingest/write/write-cypher.js';
import { preload } from './preload.js';
import { procCpuMs } from './proc-cpu.js';
import { benchServer } from './server.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/data' },
    count: { type: 'string', default: '300' },
    preload: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '25' },
    workers: { type: 'string', default: '0' },
    explain: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '100' },
  },
});
const all = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort();
const read = (f: string) => ({ name: f, content: readFileSync(join(values.data!, f)) });
/** Written first, unmeasured: a fresh JVM compiles for its first minutes, and Neo4j re-plans as a small graph grows. */
const warmup = all.slice(0, Number(values.warmup)).map(read);
const sources = all.slice(warmup.length, warmup.length + Number(values.count)).map(read);
const n = sources.length;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** The exported name of a write-path statement (WRITE_ARTICLE, READ_AFFECTED, …), else its first words. */
const NAMES = new Map<string, string>(
  [W, R, C].flatMap((m) => Object.entries(m).filter(([, v]) => typeof v === 'string').map(([name, cypher]) => [cypher as string, name] as [string, string])),
);
const statementName = (cypher: string): string => NAMES.get(cypher) ?? cypher.replace(/\s+/g, ' ').trim().slice(0, 70);

/** Per Cypher statement (by name): count, wall ms, server ms. */
const queries = new Map<string, { count: number; wallMs: number; serverMs: number; last?: { cypher: string; params: Record<string, unknown> } }>();
function timeQueries(): void {
  const proto = Executor.prototype as unknown as { wrap: (tx: ManagedTransaction, mode: string) => unknown };
  proto.wrap = function (tx: ManagedTransaction) {
    return {
      run: async (cypher: string, params: Record<string, unknown> = {}) => {
        const key = statementName(cypher);
        const t = performance.now();
        const result = await tx.run(cypher, toCypherParams(params));
        const wall = performance.now() - t;
        const s = result.summary;
        const q = queries.get(key) ?? { count: 0, wallMs: 0, serverMs: 0 };
        q.count++;
        q.wallMs += wall;
        q.serverMs += Number(s.resultAvailableAfter ?? 0) + Number(s.resultConsumedAfter ?? 0);
        q.last = { cypher, params };
        queries.set(key, q);
        return result.records.map((r) => r.toObject());
      },
    };
  };
}

/** The main thread's prepare step (synchronous: its CPU is its own) and how many extractions went stale. */
const stages = { prepareMs: 0, stale: 0 };
function timeStages(): void {
  const bulk = BulkIngest.prototype as unknown as { prepare: (...args: unknown[]) => unknown };
  const prepare = bulk.prepare;
  bulk.prepare = function (this: unknown, ...args: unknown[]) {
    const c = process.cpuUsage();
    try {
      return prepare.apply(this, args);
    } finally {
      stages.prepareMs += cpuMs(c);
    }
  };
  const journal = KnowledgeJournal.prototype;
  const affects = journal.affects;
  journal.affects = function (this: KnowledgeJournal, stamp: number, text: string) {
    const stale = affects.call(this, stamp, text);
    if (stale) stages.stale++;
    return stale;
  };
}

interface PlanNode { operatorType: string; arguments: Record<string, unknown>; dbHits: number; rows: number; children: PlanNode[] }

/** PROFILE of each statement's last call, rolled back: operators with their db hits, and planning vs execution. */
async function explain(executor: Executor): Promise<void> {
  const session = executor.driver.session();
  try {
    for (const [key, q] of queries) {
      if (!q.last) continue;
      // The article was written: profile the same write of a copy under another id and hash.
      const fresh = (v: unknown): unknown => (typeof v === 'string' && v.startsWith('article:') ? `${v}-profile` : v);
      const data = q.last.params.data as { article?: Record<string, unknown> } | undefined;
      const params = data?.article ? { ...q.last.params, data: { ...data, article: { ...data.article, id: fresh(data.article.id), contentHash: `${String(data.article.contentHash)}-profile` } } } : q.last.params;
      const times: number[] = [];
      let profile: PlanNode | undefined;
      // Each run in a transaction of its own, rolled back: the write's CREATE would refuse a second run.
      for (let k = 0; k < 4; k++) {
        const tx = session.beginTransaction();
        try {
          const r = await tx.run(`${k === 3 ? 'PROFILE ' : ''}${q.last.cypher}`, toCypherParams(params));
          times.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
          if (k === 3) profile = r.summary.profile as unknown as PlanNode;
        } finally {
          await tx.rollback();
        }
      }
      const lines: string[] = [];
      const walk = (p: PlanNode, depth: number) => {
        const detail = String(p.arguments.Details ?? '').slice(0, 110);
        lines.push(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${detail}`);
        p.children.forEach((c) => walk(c, depth + 1));
      };
      walk(profile!, 3);
      console.log(`\n  ${key}\n    server ms of three runs and PROFILE: ${times.join(', ')}; planner ${String(profile!.arguments.planner)}, runtime ${String(profile!.arguments.runtime)}`);
      console.log(lines.join('\n'));
    }
  } finally {
    await session.close();
  }
}

async function main() {
  // Analysis alone on the main thread: its CPU per article.
  const knowledge0 = emptyKnowledge();
  for (const s of sources.slice(0, 20)) parseAndExtract(s.name, s.content, knowledge0); // warm up
  let c = process.cpuUsage();
  let t = performance.now();
  for (const s of sources) parseAndExtract(s.name, s.content, knowledge0);
  console.log(`analysis on the main thread: ${(cpuMs(c) / n).toFixed(2)} CPU ms/article, ${((performance.now() - t) / n).toFixed(2)} wall ms/article`);

  const { executor, stop, pid } = await benchServer();
  try {
    await executor.write('MATCH (n) DETACH DELETE n');
    await migrate(executor);
    await preload(executor, Number(values.preload));
    const knowledge = await loadGraphKnowledge(executor);
    const options = { workers: Number(values.workers), batchSize: Number(values.batch), ingestedBy: 'bench' };
    const warm = await BulkIngest.open(executor, options, knowledge);
    await warm.run(warmup.map((s) => ({ name: s.name, read: async () => s.content })));
    await warm.close();
    timeQueries();
    timeStages();
    const bulk = await BulkIngest.open(executor, options, knowledge);
    const neo0 = pid ? procCpuMs(pid) : 0;
    c = process.cpuUsage();
    t = performance.now();
    const { outcomes } = await bulk.run(sources.map((s) => ({ name: s.name, read: async () => s.content })));
    const wall = performance.now() - t;
    const nodeCpu = cpuMs(c);
    const neoCpu = pid ? procCpuMs(pid) - neo0 : NaN;
    await bulk.close();
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    console.log(`bulk ingest of ${n} articles (${failed} failed) into ${values.preload} preloaded entities and ${warmup.length} articles, ${values.workers} workers, batch ${values.batch}:`);
    console.log(`  wall ${(wall / n).toFixed(2)} ms/article (${(n / (wall / 1000)).toFixed(1)} articles/s); node CPU ${(nodeCpu / n).toFixed(2)} ms/article; Neo4j CPU ${(neoCpu / n).toFixed(2)} ms/article`);
    console.log(`  main thread: prepare (resolve, validate, plan; re-extraction of ${stages.stale} stale articles included) ${(stages.prepareMs / n).toFixed(2)} CPU ms/article`);
    const rows = [...queries.entries()].sort((a, b) => b[1].wallMs - a[1].wallMs);
    console.log('  per statement: count/article, wall ms/article, Neo4j ms/article');
    for (const [key, q] of rows) console.log(`    ${(q.count / n).toFixed(2)}  ${(q.wallMs / n).toFixed(2)}  ${(q.serverMs / n).toFixed(2)}  ${key}`);
    if (values.explain) await explain(executor);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
