import { HONORIFICS } from '../gazetteer.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';

/** Pure tests on tokens that every pass shares: where a run of names breaks, tags, a word without its possessive. */

/** Breaks a run of capitalised words: anything between two words except spaces, hyphens and apostrophes. */
export function breaksAfter(t: Token): boolean {
  return /[^\s\-'’]/.test(t.post);
}
export function breaksBefore(t: Token): boolean {
  return /[^\s]/.test(t.pre);
}

export function hasTag(t: Token, ...tags: string[]): boolean {
  return tags.some((x) => t.tags.has(x));
}

export function bareText(t: Token): string {
  const p = possessiveLength(t);
  return p ? t.text.slice(0, t.text.length - p) : t.text;
}

/** A run of words as written, with the spaces between them and no possessive on the last ("the Port of Tallinn's" → "Port of Tallinn" for its words). */
export function runText(words: readonly Token[]): string {
  return words.map((w, i) => (i === words.length - 1 ? bareText(w) : w.text + w.post)).join('');
}

/** First content token of the sentence: after a "Details:" label, an opening quote, or the sentence start. */
export function isClauseInitial(tokens: Token[], k: number, sentence: Sentence): boolean {
  if (k === sentence.from) return true;
  const prev = tokens[k - 1]!;
  if (/[:]\s*$/.test(prev.post) || /["“]\s*$/.test(prev.post)) return true;
  return /["“]/.test(tokens[k]!.pre);
}

export function isHonorific(t: Token): boolean {
  return t.normal.replace(/\.$/, '') in HONORIFICS || t.normal in HONORIFICS;
}

export function isClauseBreak(t: Token): boolean {
  return /[;:.!?]/.test(t.post);
}

/** The last capitalised word of the stretch starting at k ("Fund" in "Fund (UNICEF)"), lower-cased. */
export function runHead(tokens: Token[], k: number, limit: number): string {
  let e = k;
  while (e + 1 < limit && isCapitalised(tokens[e + 1]!.text) && !breaksAfter(tokens[e]!) && !breaksBefore(tokens[e + 1]!)) e++;
  return tokens[e]?.normal ?? '';
}
