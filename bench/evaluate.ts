/**
 * Entity and attribution precision/recall of the extract+resolve stages over the hand-checked
 * corpus: seed/articles/*.json (a ParsedArticle each) and seed/samples/<name>.{txt,md,json} with
 * <name>.expected.json.
 *
 *   npx tsx bench/evaluate.ts [--verbose] [--parse] [files or directories…]
 *
 * By default each article's input is the expected file's `article` object, so parse differences do
 * not count against extraction; --parse reads the raw sample through the parse stage instead
 * (end to end; evidence offsets then depend on parse producing the same body).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedArticle, ParsedArticleMeta } from '../src/ingest/contract.js';
import { type ArticleScore, type Prf, evaluateArticle, sumPrf } from '../src/ingest/evaluate.js';
import { parseArticle } from '../src/ingest/parse/index.js';
import { analyse } from '../src/ingest/resolve/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const viaParse = args.includes('--parse');
const targets = args.filter((a) => !a.startsWith('-'));

interface Case {
  name: string;
  expected: ParsedArticle;
  input: () => ParsedArticleMeta;
}

function casesIn(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  const out: Case[] = [];
  for (const f of files) {
    const path = join(dir, f);
    if (f.endsWith('.expected.json')) {
      const stem = f.slice(0, -'.expected.json'.length);
      const raw = files.find((g) => g !== f && g.startsWith(`${stem}.`) && /\.(txt|md|json)$/.test(g) && !g.endsWith('.expected.json'));
      const expected = JSON.parse(readFileSync(path, 'utf8')) as ParsedArticle;
      out.push({
        name: relative(root, path),
        expected,
        input: () => (viaParse && raw ? parseArticle({ text: readFileSync(join(dir, raw)), filename: raw }) : expected.article),
      });
    } else if (f.endsWith('.json') && !files.includes(`${f.slice(0, -5)}.expected.json`)) {
      const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<ParsedArticle>;
      // a ParsedArticle with its own expected entities (seed/articles)
      if (json.article && Array.isArray(json.entities) && Array.isArray(json.statements)) {
        const expected = json as ParsedArticle;
        const raw = files.find((g) => g === `${f.slice(0, -5)}.txt` || g === `${f.slice(0, -5)}.md`);
        out.push({
          name: relative(root, path),
          expected,
          input: () => (viaParse && raw ? parseArticle({ text: readFileSync(join(dir, raw)), filename: raw }) : expected.article),
        });
      }
    }
  }
  return out;
}

function collect(): Case[] {
  const dirs = targets.length ? targets.map((t) => (statSync(t).isDirectory() ? t : dirname(t))) : [join(root, 'seed', 'articles'), join(root, 'seed', 'samples')];
  const cases = [...new Set(dirs)].flatMap((d) => casesIn(d));
  if (!targets.length) return cases;
  const files = targets.filter((t) => !statSync(t).isDirectory()).map((t) => basename(t));
  return files.length ? cases.filter((c) => files.some((f) => basename(c.name).startsWith(f.replace(/(\.expected)?\.(json|txt|md)$/, '')))) : cases;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const cell = (p: Prf): string => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

const cases = collect();
if (!cases.length) {
  console.error('No expected files found (seed/articles/*.json with entities, seed/samples/*.expected.json).');
  process.exit(1);
}
const rows: Array<{ name: string; score: ArticleScore }> = [];
for (const c of cases) {
  let score: ArticleScore;
  try {
    const { parsed } = analyse(c.input());
    score = evaluateArticle(c.expected, parsed);
  } catch (error) {
    console.error(`${c.name}: ${(error as Error).stack ?? error}`);
    continue;
  }
  rows.push({ name: c.name, score });
}

const width = Math.max(...rows.map((r) => r.name.length), 5);
console.log(`${'file'.padEnd(width)} | entities  P     R    F1 | attribution P  R    F1 | detected F1 | events F1`);
console.log(`${'-'.repeat(width)}-+-------------------------+------------------------+-------------+----------`);
for (const { name, score } of rows) {
  console.log(`${name.padEnd(width)} |        ${cell(score.entities)} |      ${cell(score.attribution)} |       ${pct(score.detection.f1)} |    ${pct(score.events.f1)}`);
  if (verbose) {
    for (const e of score.missingEntities) console.log(`    - missing entity  ${e}`);
    for (const e of score.extraEntities) console.log(`    + extra entity    ${e}`);
    for (const s of score.missingStatements) console.log(`    - missing stmt    ${s}`);
    for (const s of score.extraStatements) console.log(`    + extra stmt      ${s}`);
    for (const e of score.missingEvents) console.log(`    - missing event   ${e}`);
    for (const e of score.extraEvents) console.log(`    + extra event     ${e}`);
  }
}
const ent = sumPrf(rows.map((r) => r.score.entities));
const plc = sumPrf(rows.map((r) => r.score.places));
const att = sumPrf(rows.map((r) => r.score.attribution));
const det = sumPrf(rows.map((r) => r.score.detection));
const evs = sumPrf(rows.map((r) => r.score.events));
const evk = sumPrf(rows.map((r) => r.score.eventsByKindDate));
const eva = sumPrf(rows.map((r) => r.score.eventsByKind));
console.log(`${'-'.repeat(width)}-+-------------------------+------------------------+-------------+----------`);
console.log(`${`TOTAL (${rows.length} files, micro)`.padEnd(width)} |        ${cell(ent)} |      ${cell(att)} |       ${pct(det.f1)} |    ${pct(evs.f1)}`);
console.log(`entities tp/fp/fn ${ent.tp}/${ent.fp}/${ent.fn}; attribution tp/fp/fn ${att.tp}/${att.fp}/${att.fn}; events tp/fp/fn ${evs.tp}/${evs.fp}/${evs.fn} (same id or name)`);
console.log(`places (entities of type PLACE): tp/fp/fn ${plc.tp}/${plc.fp}/${plc.fn}, P ${pct(plc.precision)} R ${pct(plc.recall)} F1 ${pct(plc.f1)}`);
console.log(`events by kind and date (names ignored): tp/fp/fn ${evk.tp}/${evk.fp}/${evk.fn}, P ${pct(evk.precision)} R ${pct(evk.recall)} F1 ${pct(evk.f1)}`);
console.log(`events by kind, undated ones too (an undated annotation matches an undated event of its kind): tp/fp/fn ${eva.tp}/${eva.fp}/${eva.fn}, P ${pct(eva.precision)} R ${pct(eva.recall)} F1 ${pct(eva.f1)}`);
