/**
 * Missed events by class, over the annotated sets named on the command line (a directory each):
 * every expected event with a date or deadline that no extracted event matches by kind and date
 * (the `eventsByKindDate` match of src/ingest/evaluate.ts) is put in one class, so recall work
 * starts from the largest class rather than from single articles.
 *
 *   npx tsx bench/event-misses.ts [--list] [--extras] <set dirs…>
 *
 * Classes, first that applies: `wrong date` (an unmatched extracted event of the same kind with
 * another date), `no date` (one of the same kind without a date), `wrong kind` (an unmatched
 * extracted event with the same date but another kind), `not triggered` (nothing of the kind).
 * `--extras` also lists the extracted events that match no expected one (each is a false positive of the score), with the rules that
 * made them: precision work starts from the rule that fires most often wrongly.
 */
import type { ParsedEvent } from '../src/ingest/contract.js';
import { annotatedArticles, closest, show, when } from './event-census.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const extras = args.includes('--extras');
const dirs = args.filter((a) => !a.startsWith('-'));
const classes = new Map<string, string[]>();
const extraLines: string[] = [];
const put = (cls: string, line: string): void => void classes.set(cls, [...(classes.get(cls) ?? []), line]);
let dated = 0;
for (const dir of dirs) {
  for (const { stem, expected, parsed, sentences } of annotatedArticles(dir)) {
    const used = new Set<ParsedEvent>();
    const missed: ParsedEvent[] = [];
    for (const e of expected.events) {
      if (when(e) === null) continue;
      dated++;
      const a = parsed.events.find((x) => !used.has(x) && x.kind === e.kind && when(x) === when(e));
      if (a) used.add(a);
      else missed.push(e);
    }
    const free = parsed.events.filter((x) => !used.has(x));
    for (const x of free) extraLines.push(`${dir}/${stem}: ${show(x)}  [${(x.rules ?? []).join(' ')}]`);
    for (const e of missed) {
      const sameKind = free.filter((x) => x.kind === e.kind);
      const sameDate = free.find((x) => when(x) === when(e));
      const cls = sameKind.some((x) => when(x) !== null) ? 'wrong date' : sameKind.length ? 'no date' : sameDate ? 'wrong kind' : 'not triggered';
      const got = cls === 'wrong kind' ? `  ← ${show(sameDate!)}` : sameKind.length ? `  ← ${sameKind.map(show).join(' | ')}` : '';
      put(cls, `${dir}/${stem} (${expected.article.publishedAt?.slice(0, 10)}): ${show(e)}${got}${list ? `\n        ¶ ${closest(e.name, sentences)}` : ''}`);
    }
  }
}
console.log(`dated expected events: ${dated}`);
for (const [cls, lines] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${cls.padEnd(14)} ${lines.length}`);
  if (list) for (const l of lines) console.log(`    ${l}`);
}
if (extras) {
  console.log(`extracted events matching none: ${extraLines.length}`);
  for (const l of extraLines) console.log(`    ${l}`);
}
