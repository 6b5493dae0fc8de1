/**
 * `npx tsx bench/analysis-cpu.ts [--warmup 50] [--count 300] [--rounds 1]`: CPU ms per article of
 * analysis (parse → extract, what an analysis worker runs) on the main thread alone, over synthetic
 * articles (`npm run bench:data`) against knowledge that grows as ingest's does. CPU time
 * (process.cpuUsage), not wall time: the machine is shared, and other processes' load shows in the
 * wall clock far more than in our own CPU. Prints one line per round and the median; run it under
 * `node --cpu-prof --import tsx` to see where the time goes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addTags, emptyKnowledge } from '../src/ingest/known.js';
import { parseAndExtract } from '../src/ingest/parallel/analysis-steps.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/data' },
    warmup: { type: 'string', default: '50' },
    count: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '1' },
  },
});
const files = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort();
const warmup = Number(values.warmup);
const sources = files.slice(0, warmup + Number(values.count)).map((f) => ({ name: f, content: readFileSync(join(values.data!, f)) }));

/** One pass over the sources with fresh knowledge; CPU ms per article after the warm-up ones. */
function round(): number {
  const knowledge = emptyKnowledge();
  let since = process.cpuUsage();
  for (const [i, s] of sources.entries()) {
    if (i === warmup) since = process.cpuUsage();
    const r = parseAndExtract(s.name, s.content, knowledge);
    if (!r.ok) throw new Error(r.error);
    // the tags are what the tag splitter learns; entities are learnt after resolve, left out here
    addTags(knowledge, r.article.tags);
  }
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000 / (sources.length - warmup);
}

const results: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const ms = round();
  results.push(ms);
  console.log(`round ${r + 1}: ${ms.toFixed(2)} CPU ms per article (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
}
const sorted = [...results].sort((a, b) => a - b);
console.log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} CPU ms per article over ${results.length} round(s) of ${sources.length - warmup}`);
