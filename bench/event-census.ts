/**
 * What the event census scripts (event-misses.ts, undated-events.ts) share: each annotated article of a set directory
 * with the extractor's parse of it, and how an event is shown.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle, ParsedEvent } from '../src/ingest/contract.js';
import { parseArticle } from '../src/ingest/parse/index.js';
import { analyse } from '../src/ingest/resolve/index.js';

/** The date an event is matched by: its date, else its deadline. */
export const when = (e: ParsedEvent): string | null => e.date ?? e.endDate ?? null;
export const show = (e: ParsedEvent): string => `${e.kind} ${e.date ?? (e.endDate ? `by ${e.endDate}` : 'undated')}: ${e.name}`;

/** The sentence sharing most words with the event's name: where to look for its trigger. */
export function closest(name: string, sentences: string[]): string {
  const words = new Set(name.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []);
  const score = (x: string): number => (x.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []).filter((w) => words.has(w)).length;
  return sentences.reduce((best, x) => (score(x) > score(best) ? x : best), '');
}

export interface AnnotatedArticle {
  stem: string;
  expected: ParsedArticle;
  parsed: ParsedArticle;
  sentences: string[];
}

/** Every `<stem>.expected.json` of `dir` that has its raw article beside it, with the extractor's parse. */
export function* annotatedArticles(dir: string): Generator<AnnotatedArticle> {
  const files = readdirSync(dir).sort();
  for (const f of files.filter((x) => x.endsWith('.expected.json'))) {
    const stem = f.slice(0, -'.expected.json'.length);
    const raw = files.find((g) => g !== f && g.startsWith(`${stem}.`) && /\.(txt|md|json)$/.test(g) && !g.endsWith('.expected.json'));
    if (!raw) continue;
    const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ParsedArticle;
    const article = parseArticle({ text: readFileSync(join(dir, raw)), filename: raw });
    const { parsed } = analyse(article);
    yield { stem, expected, parsed, sentences: article.body.split(/(?<=[.!?]["”]?)\s+/) };
  }
}
