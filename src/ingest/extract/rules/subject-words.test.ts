import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from './catalogue.js';
import { SUBJECT_WORD_SETS, SUBJECT_WORDS } from './subject-words.js';

describe('rules/subject-words.ts', () => {
  it('names every set by its id and lists each in the rule catalogue', () => {
    expect(Object.keys(SUBJECT_WORDS).length).toBe(SUBJECT_WORD_SETS.length);
    expect(SUBJECT_WORDS.placePrepositions.has('along')).toBe(true);
    expect(SUBJECT_WORDS.sourceOpeners.has('four')).toBe(true);
    expect([...SUBJECT_WORDS.articles]).toEqual(['the', 'a', 'an']);
    for (const set of SUBJECT_WORD_SETS) expect(ruleCatalogue().get(set.id), set.id).toMatch(/^word set: /);
  });
});
