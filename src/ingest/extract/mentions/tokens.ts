import { HONORIFICS } from '../gazetteer.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
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

/** A name whose first word is an article joined to the next by a hyphen ("Al-X"; rules: mention.words.article-prefixes). */
export function opensWithArticle(name: readonly Token[]): boolean {
  return name.length >= 2 && MENTION_WORDS.articlePrefixes.has(name[0]!.normal) && name[0]!.post === '-' && isCapitalised(name[1]!.text);
}

/**
 * One capitalised word with a possessive that owns no noun after it ("sold at X's in Paris", "X's
 * said", "at X's."): the name of a business called after its founder, written with its "'s".
 */
export function ellipticalPossessive(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const w = tokens[from]!;
  if (possessiveLength(w) !== 2 || !isCapitalised(w.text)) return false;
  const next = tokens[to];
  if (!next || next.sentence !== w.sentence || breaksAfter(w)) return true;
  if (isCapitalised(next.text)) return false;
  return hasTag(next, 'Preposition', 'Conjunction') || (hasTag(next, 'Verb') && !hasTag(next, 'Noun', 'Adjective'));
}

/** "X North Bank", "the Left Bank": "Bank" after a side (mention.words.bank-sides) ends a river's bank, not a lender's name. */
export function endsInRiverBank(words: readonly Token[]): boolean {
  const n = words.length;
  return n >= 2 && words[n - 1]!.normal === 'bank' && MENTION_WORDS.bankSides.has(words[n - 2]!.normal);
}
