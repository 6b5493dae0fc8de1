import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from './catalogue.js';
import { EVENT_PHRASE_WORDS, EVENT_PHRASE_WORD_SETS } from './event-phrase-words.js';

describe('rules/event-phrase-words.ts', () => {
  it('names every set by its id and lists each in the rule catalogue', () => {
    expect(Object.keys(EVENT_PHRASE_WORDS).length).toBe(EVENT_PHRASE_WORD_SETS.length);
    for (const set of EVENT_PHRASE_WORD_SETS) {
      expect(ruleCatalogue().get(set.id), set.id).toMatch(/^word set: /);
      expect(new Set(set.words).size, `${set.id} repeats a word`).toBe(set.words.length);
    }
  });

  // [set name, a word in it, a word the finder must not read as one of it]
  const cases: Array<[keyof typeof EVENT_PHRASE_WORDS, string, string]> = [
    ['meetingNouns', 'forum', 'round'],
    ['roundOf', 'consultations', 'meetings'],
    ['relativeOrdinals', 'fresh', 'third'],
    ['ordinals', 'final', 'fresh'],
    ['penaltyHeads', 'embargo', 'fine'],
    ['evaluativeModifiers', 'so-called', 'emergency'],
    ['namingModifiers', 'snap', 'strict'],
    ['callMedia', 'telephone', 'roll'],
    ['futureAfter', 'is due', 'due'],
  ];
  it.each(cases)('%s holds "%s" and not "%s"', (name, member, other) => {
    expect(EVENT_PHRASE_WORDS[name].has(member)).toBe(true);
    expect(EVENT_PHRASE_WORDS[name].has(other)).toBe(false);
  });
});
