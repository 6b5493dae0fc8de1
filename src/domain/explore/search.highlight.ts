/**
 * Highlights computed in TypeScript from the node that matched: the field that best matches the
 * search words (allowing the same typos the index allowed), a fragment of it around the first
 * match, and that fragment with the matched words marked.
 */
import type { GraphNode } from '../node/graph-node.js';
import { fuzziness } from './search.lucene.js';

export const FRAGMENT_LENGTH = 160;

export interface Highlight {
  field: 'name' | 'alias' | 'title' | 'text';
  fragment: string;
  /** Offsets of the matched words in `fragment`. */
  ranges: { start: number; end: number }[];
  /** `fragment`, HTML-escaped, with <mark>…</mark> around the matched words. */
  html: string;
}

/** Levenshtein distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function matches(word: string, terms: string[]): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  return terms.some((t) => w === t || (fuzziness(t) > 0 && editDistance(w, t, fuzziness(t)) <= fuzziness(t)));
}

/** Word ranges in `text` that match a search term. */
export function matchRanges(text: string, terms: string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) if (matches(m[0], terms)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function fragmentOf(text: string, ranges: { start: number; end: number }[]): { fragment: string; ranges: { start: number; end: number }[] } {
  if (text.length <= FRAGMENT_LENGTH) return { fragment: text, ranges };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - 40, text.length - FRAGMENT_LENGTH));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + FRAGMENT_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (ranges.find((r) => r.end <= end)?.end ?? start)) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    fragment: `${prefix}${text.slice(start, end)}${suffix}`,
    ranges: ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}

function markHtml(fragment: string, ranges: { start: number; end: number }[]): string {
  let html = '';
  let at = 0;
  for (const r of ranges) {
    html += `${escapeHtml(fragment.slice(at, r.start))}<mark>${escapeHtml(fragment.slice(r.start, r.end))}</mark>`;
    at = r.end;
  }
  return html + escapeHtml(fragment.slice(at));
}

/** The best-matching field of a hit and its highlighted fragment. */
export function highlight(node: GraphNode, terms: string[]): Highlight {
  const fields: { field: Highlight['field']; text: string }[] = [];
  if (typeof node.name === 'string') fields.push({ field: 'name', text: node.name });
  if (Array.isArray(node.aliases)) for (const a of node.aliases) if (typeof a === 'string') fields.push({ field: 'alias', text: a });
  if (typeof node.title === 'string') fields.push({ field: 'title', text: node.title });
  if (typeof node.text === 'string') fields.push({ field: 'text', text: node.text });
  let best = fields[0] ?? { field: 'name' as const, text: node.id };
  let bestRanges = matchRanges(best.text, terms);
  let bestScore = new Set(bestRanges.map((r) => best.text.slice(r.start, r.end).toLowerCase())).size;
  for (const f of fields.slice(1)) {
    const ranges = matchRanges(f.text, terms);
    const score = new Set(ranges.map((r) => f.text.slice(r.start, r.end).toLowerCase())).size;
    if (score > bestScore) [best, bestRanges, bestScore] = [f, ranges, score];
  }
  const { fragment, ranges } = fragmentOf(best.text, bestRanges);
  return { field: best.field, fragment, ranges, html: markHtml(fragment, ranges) };
}
