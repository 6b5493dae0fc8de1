/**
 * `npm run bench:ingest [-- --count 1000 --workers N --batch 25 --naive 0 --digest]`: ingests the first
 * `count` articles of the synthetic corpus (npm run bench:data) into a throwaway Neo4j and prints:
 *  - analysis (parse → extract) on the worker threads alone, articles/s;
 *  - end to end (bulk ingest: workers analyse, the main thread resolves and writes `batch` articles
 *    per transaction) into a graph already holding 1,000 entities, then the same articles into one
 *    holding 100,000 (preloaded with one UNWIND per 10,000), and the ratio of the two rates: the
 *    cost of an article must not grow with the graph; with the Neo4j process's CPU per article
 *    (/proc: the local server, or NEO4J_BENCH_PID's);
 *  - with --digest, after each end-to-end run, the graph's relationships per type and the digest
 *    bench:bulk compares (graph-digest.ts): two versions of the write should leave the same graph;
 *  - with --naive N, the old comparison of one transaction per article with two queries against one
 *    query per node and relationship, over N articles.
 * Set NEO4J_BENCH_URI/NEO4J_BENCH_PASSWORD to use a running server instead: its graph is WIPED.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../src/db/migrate.js';
import { emptyKnowledge, loadGraphKnowledge } from '../src/ingest/known.js';
import { AnalysisPool, defaultWorkerCount } from '../src/ingest/parallel/analysis-pool.js';
import { BulkIngest } from '../src/ingest/parallel/bulk-ingest.js';
import { analyseSource } from '../src/ingest/pipeline.js';
import { writeArticle } from '../src/ingest/write/write-article.js';
import { describeGraph } from './graph-digest.js';
import { writeArticleNaively } from './naive-writer.js';
import { preload } from './preload.js';
import { procCpuMs } from './proc-cpu.js';
import { benchServer } from './server.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/data' },
    count: { type: 'string', default: '1000' },
    workers: { type: 'string', default: String(defaultWorkerCount()) },
    batch: { type: 'string', default: '25' },
    naive: { type: 'string', default: '0' },
    digest: { type: 'boolean', default: false },
  },
});
if (!existsSync(values.data!)) {
  console.error(`No corpus in ${values.data}: run \`npm run bench:data\` first.`);
  process.exit(1);
}
const files = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.count));
const workers = Number(values.workers);
const batchSize = Number(values.batch);
const rate = (n: number, ms: number) => n / (ms / 1000);

async function main() {
  const sources = files.map((f) => ({ name: f, content: readFileSync(join(values.data!, f)) }));
  console.log(`corpus: ${sources.length} articles from ${values.data}; ${workers} analysis worker(s), ${batchSize} articles per transaction`);

  // Analysis alone, on the workers (graph knowledge empty).
  if (workers > 0) {
    const pool = new AnalysisPool(emptyKnowledge(), workers);
    try {
      await Promise.all(Array.from({ length: workers }, (_, k) => pool.analyse(sources[k % sources.length]!.name, sources[k % sources.length]!.content))); // warm up
      const t = performance.now();
      await Promise.all(sources.map((s) => pool.analyse(s.name, s.content)));
      const ms = performance.now() - t;
      console.log(`analysis (parse → extract) on ${workers} worker thread(s): ${rate(sources.length, ms).toFixed(1)} articles/s (${ms.toFixed(0)} ms)`);
    } finally {
      await pool.close();
    }
  }

  const { executor, stop, pid } = await benchServer();
  try {
    const wipe = async () => {
      // In slices: one transaction deleting 100,000 entities and their links needs a large heap, and
      // 10,000 nodes of 1,000 articles with their RELATED_TO pairs passed db.memory.transaction.max.
      for (const slice of ['MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n', 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n']) {
        for (;;) {
          const [r] = await executor.write<{ n: number }>(slice);
          if (!r || Number(r.n) === 0) break;
        }
      }
      await migrate(executor);
    };
    const rates: Record<number, number> = {};
    for (const preloaded of [1_000, 100_000]) {
      await wipe();
      let t = performance.now();
      await preload(executor, preloaded);
      const preloadMs = performance.now() - t;
      t = performance.now();
      const knowledge = await loadGraphKnowledge(executor);
      const loadMs = performance.now() - t;
      const bulk = await BulkIngest.open(executor, { workers, batchSize, ingestedBy: 'bench' }, knowledge);
      let outcomes;
      const neo0 = pid ? procCpuMs(pid) : NaN;
      try {
        t = performance.now();
        ({ outcomes } = await bulk.run(sources.map((s) => ({ name: s.name, read: async () => s.content }))));
      } finally {
        await bulk.close();
      }
      const ms = performance.now() - t;
      const neoCpu = pid ? `; Neo4j CPU ${((procCpuMs(pid) - neo0) / sources.length).toFixed(0)} ms/article` : '';
      const failed = outcomes.filter((o) => o.status === 'failed');
      const [size] = await executor.read<{ nodes: number; rels: number }>('MATCH (n) WHERE NOT n:Migration WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels');
      rates[preloaded] = rate(sources.length, ms);
      console.log(
        `end to end with ${preloaded.toLocaleString('en')} entities already in the graph (preloaded in ${(preloadMs / 1000).toFixed(1)} s, read into the index in ${loadMs.toFixed(0)} ms): ` +
          `${rates[preloaded]!.toFixed(1)} articles/s (${ms.toFixed(0)} ms; ${failed.length} failed${neoCpu}) → graph of ${size!.nodes} nodes, ${size!.rels} relationships`,
      );
      for (const f of failed.slice(0, 3)) console.log(`  failed ${f.source}: ${f.status === 'failed' ? f.error : ''}`);
      if (values.digest) {
        const g = await describeGraph(executor);
        console.log(`  relationships ${JSON.stringify(g.relationships)}; ${g.lines} dump lines, digest ${g.digest}`);
      }
    }
    console.log(`ratio (100,000 entities / 1,000): ${(rates[100_000]! / rates[1_000]!).toFixed(2)}`);

    const naiveCount = Math.min(Number(values.naive), sources.length);
    if (naiveCount > 0) {
      const parsed = sources.slice(0, naiveCount).map((s) => analyseSource(s).parsed);
      await wipe();
      {
        const t = performance.now();
        for (const p of parsed) await writeArticle(executor, p);
        const batched = rate(naiveCount, performance.now() - t);
        await wipe();
        const u = performance.now();
        for (const p of parsed) await writeArticleNaively(executor, p);
        const naive = rate(naiveCount, performance.now() - u);
        console.log(`one transaction per article, two queries: ${batched.toFixed(1)} articles/s; one query per node and relationship: ${naive.toFixed(1)} articles/s; ratio ${(batched / naive).toFixed(2)}x over ${naiveCount} articles`);
      }
    }
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
