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
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle, ParsedEvent } from '../src/ingest/contract.js';
import { parseArticle } from '../src/ingest/parse/index.js';
import { analyse } from '../src/ingest/resolve/index.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const extras = args.includes('--extras');
const dirs = args.filter((a) => !a.startsWith('-'));
const when = (e: ParsedEvent): string | null => e.date ?? e.endDate ?? null;
const show = (e: ParsedEvent): string => `${e.kind} ${e.date ?? (e.endDate ? `by ${e.endDate}` : 'undated')}: ${e.name}`;

/** The sentence sharing most words with the event's name: where to look for its trigger. */
function closest(name: string, sentences: string[]): string {
  const words = new Set(name.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []);
  const score = (x: string): number => (x.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []).filter((w) => words.has(w)).length;
  return sentences.reduce((best, x) => (score(x) > score(best) ? x : best), '');
}

const classes = new Map<string, string[]>();
const extraLines: string[] = [];
const put = (cls: string, line: string): void => void classes.set(cls, [...(classes.get(cls) ?? []), line]);
let dated = 0;
for (const dir of dirs) {
  const files = readdirSync(dir).sort();
  for (const f of files.filter((x) => x.endsWith('.expected.json'))) {
    const stem = f.slice(0, -'.expected.json'.length);
    const raw = files.find((g) => g !== f && g.startsWith(`${stem}.`) && /\.(txt|md|json)$/.test(g) && !g.endsWith('.expected.json'));
    if (!raw) continue;
    const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ParsedArticle;
    const article = parseArticle({ text: readFileSync(join(dir, raw)), filename: raw });
    const { parsed } = analyse(article);
    const sentences = article.body.split(/(?<=[.!?]["”]?)\s+/);
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
