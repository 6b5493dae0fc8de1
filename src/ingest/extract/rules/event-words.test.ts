import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from './catalogue.js';
import { EVENT_WORDS, EVENT_WORD_SETS } from './event-words.js';

describe('rules/event-words.ts', () => {
  it('names every set by its id and lists each in the rule catalogue', () => {
    expect(Object.keys(EVENT_WORDS).length).toBe(EVENT_WORD_SETS.length);
    for (const set of EVENT_WORD_SETS) {
      expect(ruleCatalogue().get(set.id), set.id).toMatch(/^word set: /);
      expect(new Set(set.words).size, `${set.id} repeats a word`).toBe(set.words.length);
    }
  });

  // [set name, a word in it, a word the finder must not read as one of it]
  const cases: Array<[keyof typeof EVENT_WORDS, string, string]> = [
    ['negations', "n't", 'now'],
    ['phrasalParticles', 'off', 'in'],
    ['contactPronouns', 'they', 'i'],
    ['passiveBe', 'were', 'am'],
    ['negatedBe', 'being', 'was'],
    ['movingVerbs', 'canceled', 'cancel'],
    ['timingVerbs', 'lasted', 'said'],
    ['determiners', 'no', 'some'],
    ['objectDeterminers', 'its', 'no'],
    ['perfectAuxiliaries', 'had', 'having'],
    ['presentPerfect', 'have', 'had'],
    ['beForms', 'am', 'become'],
    ['approximators', 'roughly', 'million'],
    ['speakerPronouns', 'i', 'who'],
  ];
  it.each(cases)('%s holds "%s" and not "%s"', (name, member, other) => {
    expect(EVENT_WORDS[name].has(member)).toBe(true);
    expect(EVENT_WORDS[name].has(other)).toBe(false);
  });
});
