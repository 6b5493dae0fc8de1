/**
 * `npm run bench:ingest [-- --count 1000 --naive 200]`: ingests the synthetic corpus (npm run
 * bench:data) into a throwaway Neo4j and prints articles/s for analysis (parse → extract →
 * resolve), for the batched writer, and for the one-query-per-node-and-relationship baseline, with
 * the ratio. Set NEO4J_BENCH_URI/NEO4J_BENCH_PASSWORD to use a running server instead: its graph is WIPED.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../src/db/migrate.js';
import type { ParsedArticle } from '../src/ingest/contract.js';
import { analyseSource } from '../src/ingest/pipeline.js';
import { emptyKnowledge, type GraphKnowledge } from '../src/ingest/known.js';
import { writeArticle } from '../src/ingest/write/write-article.js';
import { writeArticleNaively } from './naive-writer.js';
import { benchServer } from './server.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'bench/data' }, count: { type: 'string', default: '1000' }, naive: { type: 'string', default: '200' } } });
if (!existsSync(values.data!)) {
  console.error(`No corpus in ${values.data}: run \`npm run bench:data\` first.`);
  process.exit(1);
}
const files = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.count));
const naiveCount = Math.min(Number(values.naive), files.length);

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);

async function main() {
  const sources = files.map((f) => ({ name: f, content: readFileSync(join(values.data!, f)) }));
  const knowledge: GraphKnowledge = emptyKnowledge();
  let t = performance.now();
  const parsed: ParsedArticle[] = sources.map((s) => {
    const result = analyseSource(s, knowledge).parsed;
    for (const e of result.entities) knowledge.entities.add({ id: e.id, type: e.type, name: e.name, aliases: e.aliases });
    return result;
  });
  const analyseMs = performance.now() - t;
  const nodes = parsed.reduce((n, p) => n + 1 + p.entities.length + p.statements.length + p.events.length + p.article.tags.length, 0);

  const { executor, stop } = await benchServer();
  try {
    const wipe = async () => {
      await executor.write('MATCH (n) DETACH DELETE n');
      await migrate(executor);
    };
    await wipe();
    t = performance.now();
    for (const p of parsed) await writeArticle(executor, p);
    const batchedMs = performance.now() - t;
    const [size] = await executor.read<{ nodes: number; rels: number }>('MATCH (n) WHERE NOT n:Migration WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels');

    await wipe();
    t = performance.now();
    for (const p of parsed.slice(0, naiveCount)) await writeArticleNaively(executor, p);
    const naiveMs = performance.now() - t;

    const batchedRate = parsed.length / (batchedMs / 1000);
    const naiveRate = naiveCount / (naiveMs / 1000);
    console.log(`corpus: ${parsed.length} articles (${nodes} node writes before merging) → graph of ${size!.nodes} nodes, ${size!.rels} relationships`);
    console.log(`analyse (parse+extract+resolve): ${rate(parsed.length, analyseMs)} articles/s (${analyseMs.toFixed(0)} ms)`);
    console.log(`write, batched (2 queries per article: find, then one UNWIND+MERGE statement): ${batchedRate.toFixed(1)} articles/s (${batchedMs.toFixed(0)} ms)`);
    console.log(`write, one query per node and relationship: ${naiveRate.toFixed(1)} articles/s over ${naiveCount} articles (${naiveMs.toFixed(0)} ms)`);
    console.log(`ratio batched/naive: ${(batchedRate / naiveRate).toFixed(2)}x`);
    console.log(`end to end (analyse + batched write): ${rate(parsed.length, analyseMs + batchedMs)} articles/s`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
