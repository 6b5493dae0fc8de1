import { describe, expect, it } from 'vitest';
import { escapeLucene, fuzziness, luceneQuery, searchTerms } from './search.lucene.js';

describe('searchTerms', () => {
  it('cuts input into lower-cased words, keeping apostrophes inside words and dropping repeats', () => {
    expect(searchTerms('Russia’s  NEGOTIATING table, table!')).toEqual(["russia's", 'negotiating', 'table']);
  });

  it('leaves no Lucene syntax standing: operators become words, punctuation goes', () => {
    expect(searchTerms(`x'}) DETACH DELETE n // AND OR NOT "a" title:foo* b~2 (c) [d TO e] {f} \\ ^3 +g -h && || !`)).toEqual([
      'x', 'detach', 'delete', 'n', 'and', 'or', 'not', 'a', 'title', 'foo', 'b', '2', 'c', 'd', 'to', 'e', 'f', '3', 'g', 'h',
    ].slice(0, 12));
  });

  it('finds no words in punctuation only', () => {
    expect(searchTerms(`'"{}()//`)).toEqual([]);
  });
});

describe('escapeLucene', () => {
  it('escapes every special character of the query syntax', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene("o'brien")).toBe("o'brien");
  });
});

describe('luceneQuery', () => {
  it('requires every word, tolerates typos in longer words and boosts the exact phrase', () => {
    expect(fuzziness('us')).toBe(0);
    expect(fuzziness('putin')).toBe(1);
    expect(fuzziness('negotiating')).toBe(2);
    expect(luceneQuery(['negotiating', 'table'])).toBe('("negotiating table")^4 OR (+(negotiating^2 OR negotiating~2) +(table^2 OR table~1))');
    expect(luceneQuery(['isw'])).toBe('(+isw)');
  });
});
