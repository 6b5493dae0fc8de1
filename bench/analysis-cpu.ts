/**
 * `npx tsx bench/analysis-cpu.ts [--warmup 50] [--count 300] [--rounds 1] [--against ../other-checkout]`:
 * CPU ms per article of analysis (parse → extract, what an analysis worker runs) on the main
 * thread alone, over synthetic articles (`npm run bench:data`) against knowledge that grows as
 * ingest's does. CPU time (process.cpuUsage), not wall time: the machine is shared.
 *
 * `--against DIR` loads DIR's analysis too (another checkout with its own node_modules, so the two
 * do not share compromise) and alternates the two article by article, so both see the same load;
 * on a busy machine that is the only comparison worth reading. Prints one line per round and the
 * medians; run it under `node --cpu-prof --import tsx` to see where the time goes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { addTags, emptyKnowledge } from '../src/ingest/known.js';
import { parseAndExtract } from '../src/ingest/parallel/analysis-steps.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/data' },
    warmup: { type: 'string', default: '50' },
    count: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '1' },
    against: { type: 'string' },
  },
});
const files = readdirSync(values.data!).filter((f) => f.endsWith('.txt')).sort();
const warmup = Number(values.warmup);
const sources = files.slice(0, warmup + Number(values.count)).map((f) => ({ name: f, content: readFileSync(join(values.data!, f)) }));

type Analyse = typeof parseAndExtract;
const versions: Array<{ name: string; analyse: Analyse }> = [{ name: 'this checkout', analyse: parseAndExtract }];
if (values.against) {
  const steps = pathToFileURL(resolve(values.against, 'src/ingest/parallel/analysis-steps.ts')).href;
  versions.unshift({ name: values.against, analyse: ((await import(steps)) as { parseAndExtract: Analyse }).parseAndExtract });
}

/** One pass over the sources, each version in turn per article, with fresh knowledge; CPU ms per article after the warm-up ones. */
function round(): number[] {
  const knowledge = versions.map(() => emptyKnowledge());
  const spent = versions.map(() => 0);
  for (const [i, s] of sources.entries()) {
    for (const [v, version] of versions.entries()) {
      const since = process.cpuUsage();
      const r = version.analyse(s.name, s.content, knowledge[v]!);
      const d = process.cpuUsage(since);
      if (i >= warmup) spent[v]! += (d.user + d.system) / 1000;
      if (!r.ok) throw new Error(r.error);
      // the tags are what the tag splitter learns; entities are learnt after resolve, left out here
      addTags(knowledge[v]!, r.article.tags);
    }
  }
  return spent.map((ms) => ms / (sources.length - warmup));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: number[][] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const ms = round();
  results.push(ms);
  const ratio = ms.length > 1 ? `; ratio ${(ms[1]! / ms[0]!).toFixed(2)}` : '';
  console.log(`round ${r + 1}: ${ms.map((m) => m.toFixed(2)).join(' | ')} CPU ms per article${ratio} (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
}
for (const [v, version] of versions.entries()) {
  console.log(`median ${median(results.map((ms) => ms[v]!)).toFixed(2)} CPU ms per article over ${results.length} round(s) of ${sources.length - warmup}: ${version.name}`);
}
if (versions.length > 1) console.log(`median ratio ${median(results.map((ms) => ms[1]! / ms[0]!)).toFixed(2)} (this checkout ÷ ${values.against})`);
