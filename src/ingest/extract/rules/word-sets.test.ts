import { describe, expect, it } from 'vitest';
import { alternation, wholeWord, wordSetsByName } from './word-sets.js';

describe('rules/word-sets.ts', () => {
  it('names each set by its id past the prefix, in camel case', () => {
    const sets = wordSetsByName('x.words.', [
      { id: 'x.words.phrasal-particles', about: 'a', words: ['up', 'off'] },
      { id: 'x.words.negations', about: 'b', words: ['not'] },
    ]);
    expect(Object.keys(sets)).toEqual(['phrasalParticles', 'negations']);
    expect([...sets.phrasalParticles]).toEqual(['up', 'off']);
  });

  it('refuses a set whose id lacks the prefix', () => {
    expect(() => wordSetsByName('x.words.', [{ id: 'y.words.a', about: 'a', words: [] }])).toThrow('word set y.words.a does not start with x.words.');
  });

  // [words, text, whether wholeWord matches it]
  const cases: Array<[string[], string, boolean]> = [
    [['not', "n't"], "n't", true],
    [['not', "n't"], 'nothing', false],
    [['not', "n't"], 'Not', false],
    [['up', 'out'], 'up out', false],
    [['a.b'], 'axb', false],
    [['a.b'], 'a.b', true],
  ];
  it.each(cases)('wholeWord(%j) on "%s" is %s', (words, text, match) => {
    expect(wholeWord(words).test(text)).toBe(match);
  });

  it('escapes the words of an alternation', () => {
    expect(alternation(['a.b', 'c'])).toBe('a\\.b|c');
  });
});
