/**
 * `npm run bench:query [-- --count 1000 --runs 20]`: loads the synthetic corpus (npm run bench:data)
 * into a throwaway Neo4j with the seed, then runs every examples/*.graphql through the production
 * Apollo server and prints p50/p95 latency (after warm-up) and Cypher round trips per operation. Set NEO4J_BENCH_URI
 * and NEO4J_BENCH_PASSWORD to use a running server instead: its graph is WIPED.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../src/config/config.js';
import { IngestSession } from '../src/ingest/pipeline.js';
import { createContext } from '../src/server/context.js';
import { loadExamples } from '../src/server/landing-page.js';
import { createSchema } from '../src/server/schema.js';
import { createApollo } from '../src/server/server.js';
import { seededBenchServer } from './server.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'bench/data' }, count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '20' } } });
if (!existsSync(values.data!)) {
  console.error(`No corpus in ${values.data}: run \`npm run bench:data\` first.`);
  process.exit(1);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const { executor, stop } = await seededBenchServer();
  try {
    const files = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.count));
    const session = await IngestSession.open(executor);
    let t = performance.now();
    for (const f of files) await session.ingest({ name: f, content: readFileSync(join(values.data!, f)) });
    console.log(`loaded the seed and ${files.length} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const config = parseConfig({ NEO4J_URI: executor.uri, NEO4J_PASSWORD: 'unused', LOG_LEVEL: 'silent' });
    const apollo = createApollo(await createSchema(), config);
    await apollo.start();
    console.log(`${'operation'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'queries'.padStart(8)}`);
    for (const example of loadExamples()) {
      const times: number[] = [];
      let queries = 0;
      // The first runs of a query pay for Cypher planning and JIT compilation: warm up, then time.
      for (let i = -3; i < Number(values.runs); i++) {
        let sent = 0;
        const context = createContext(config, executor.observe(() => sent++));
        t = performance.now();
        const response = await apollo.executeOperation({ query: example.query }, { contextValue: context });
        if (i >= 0) times.push(performance.now() - t);
        queries = sent;
        if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(`${example.name}: ${JSON.stringify(response.body.singleResult.errors)}`);
      }
      times.sort((a, b) => a - b);
      console.log(`${example.name.padEnd(44)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${String(queries).padStart(8)}`);
    }
    await apollo.stop();
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
