/**
 * Undated events, over the annotated sets named on the command line (a directory each): every expected event with
 * neither a date nor a deadline that no undated extracted event of its kind matches (the undated half of the
 * `eventsByKind` match of src/ingest/evaluate.ts), put in one class, and with `--extras` the undated extracted events
 * that match none, with the rules that made them.
 *
 *   npx tsx bench/undated-events.ts [--list] [--extras] <set dirs…>
 *
 * Classes, first that applies: `dated instead` (an unmatched extracted event of the kind has a date or deadline),
 * `other kind` (an unmatched undated extracted event of another kind in the same sentence), `not triggered`.
 */
import type { ParsedEvent } from '../src/ingest/contract.js';
import { annotatedArticles, closest, show, when } from './event-census.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const extras = args.includes('--extras');
const dirs = args.filter((a) => !a.startsWith('-'));
const classes = new Map<string, string[]>();
const kinds = new Map<string, number>();
const extraLines: string[] = [];
const matchLines: string[] = [];
const put = (cls: string, line: string): void => void classes.set(cls, [...(classes.get(cls) ?? []), line]);
let undated = 0;
let matched = 0;
for (const dir of dirs) {
  for (const { stem, expected, parsed, sentences } of annotatedArticles(dir)) {
    // dated produced events first go to dated annotations, as the scorer pairs them
    const used = new Set<ParsedEvent>();
    for (const e of expected.events) {
      if (when(e) === null) continue;
      const a = parsed.events.find((x) => !used.has(x) && x.kind === e.kind && when(x) === when(e));
      if (a) used.add(a);
    }
    const missed: ParsedEvent[] = [];
    for (const e of expected.events) {
      if (when(e) !== null) continue;
      undated++;
      const a = parsed.events.find((x) => !used.has(x) && x.kind === e.kind && when(x) === null);
      if (a) {
        used.add(a);
        matched++;
        matchLines.push(`${dir}/${stem}: ${show(e)} ← ${a.name}  [${(a.rules ?? []).join(' ')}]`);
      } else missed.push(e);
    }
    const free = parsed.events.filter((x) => !used.has(x));
    for (const x of free.filter((y) => when(y) === null)) extraLines.push(`${dir}/${stem}: ${show(x)}  [${(x.rules ?? []).join(' ')}]`);
    for (const e of missed) {
      kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const dated = free.filter((x) => x.kind === e.kind && when(x) !== null);
      const cls = dated.length ? 'dated instead' : 'not triggered';
      const got = dated.length ? `  ← ${dated.map(show).join(' | ')}` : '';
      put(cls, `${dir}/${stem}: ${show(e)} ${e.status}${got}${list ? `\n        ¶ ${closest(e.name, sentences)}` : ''}`);
    }
  }
}
console.log(`undated expected events: ${undated}, matched ${matched}`);
for (const [cls, lines] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${cls.padEnd(14)} ${lines.length}`);
  if (list) for (const l of lines) console.log(`    ${l}`);
}
console.log(`missed kinds: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (extras) {
  console.log(`undated extracted events matched: ${matchLines.length}`);
  for (const l of matchLines) console.log(`    ${l}`);
  console.log(`undated extracted events matching none: ${extraLines.length}`);
  for (const l of extraLines) console.log(`    ${l}`);
}
