/**
 * Turns what a user typed into a Lucene query for the full-text index, safely: the input is cut
 * into words (letters and digits, apostrophes inside words), lower-cased — so AND, OR, NOT are
 * plain words — and every Lucene special character is escaped anyway, then each word becomes a
 * required clause that also accepts small typos (fuzzy `~`), and the whole phrase scores higher.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 12;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes the characters Lucene's query syntax gives meaning to. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&');
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The words of a search, lower-cased, in order, without repeats. */
export function searchTerms(query: string): string[] {
  const words = query.normalize('NFC').replace(/[’‘`´]/g, "'").toLowerCase().match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** Edits allowed for a word to still match: none for short words, where one edit changes the word ("us" → "uk"). */
export function fuzziness(term: string): 0 | 1 | 2 {
  const length = [...term].length;
  if (length <= 3) return 0;
  return length <= 6 ? 1 : 2;
}

/** `("a b")^4 OR (+(a^2 OR a~1) +(b^2 OR b~1))`: every word required, exact spellings and the phrase first. */
export function luceneQuery(terms: string[]): string {
  const clauses = terms.map((t) => {
    const term = escapeLucene(t);
    const edits = fuzziness(t);
    return edits === 0 ? `+${term}` : `+(${term}^2 OR ${term}~${edits})`;
  });
  const all = `(${clauses.join(' ')})`;
  return terms.length > 1 ? `("${terms.map(escapeLucene).join(' ')}")^4 OR ${all}` : all;
}
