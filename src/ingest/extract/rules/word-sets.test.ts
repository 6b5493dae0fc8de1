import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from './catalogue.js';
import { EVENT_PHRASE_WORDS, EVENT_PHRASE_WORD_SETS } from './event-phrase-words.js';
import { EVENT_WORDS, EVENT_WORD_SETS } from './event-words.js';
import { MENTION_WORDS, MENTION_WORD_SETS } from './mention-words.js';
import { SUBJECT_WORDS, SUBJECT_WORD_SETS } from './subject-words.js';
import { type WordSet, alternation, wholeWord, wordSetsByName } from './word-sets.js';

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
  const matches: Array<[string[], string, boolean]> = [
    [['not', "n't"], "n't", true],
    [['not', "n't"], 'nothing', false],
    [['not', "n't"], 'Not', false],
    [['up', 'out'], 'up out', false],
    [['a.b'], 'axb', false],
    [['a.b'], 'a.b', true],
    [['its', 'their'], 'Its', false],
  ];
  it.each(matches)('wholeWord(%j) on "%s" is %s', (words, text, match) => {
    expect(wholeWord(words).test(text)).toBe(match);
  });

  it('matches words of any case with the flag "i"', () => {
    expect(wholeWord(['its', 'their'], 'i').test('Its')).toBe(true);
    expect(wholeWord(['its', 'their'], 'i').test('Itself')).toBe(false);
  });

  it('escapes the words of an alternation', () => {
    expect(alternation(['a.b', 'c'])).toBe('a\\.b|c');
  });
});

describe('the rules word set files', () => {
  const files: Array<[string, ReadonlyArray<WordSet>, Record<string, ReadonlySet<string>>]> = [
    ['subject-words.ts', SUBJECT_WORD_SETS, SUBJECT_WORDS],
    ['event-words.ts', EVENT_WORD_SETS, EVENT_WORDS],
    ['event-phrase-words.ts', EVENT_PHRASE_WORD_SETS, EVENT_PHRASE_WORDS],
    ['mention-words.ts', MENTION_WORD_SETS, MENTION_WORDS],
  ];
  it.each(files)('%s names every set by its id, lists each in the rule catalogue and repeats no word', (_, sets, byName) => {
    expect(Object.keys(byName).length).toBe(sets.length);
    for (const set of sets) {
      expect(ruleCatalogue().get(set.id), set.id).toMatch(/^word set: /);
      expect(new Set(set.words).size, `${set.id} repeats a word`).toBe(set.words.length);
    }
  });

  // [set, a word in it, a word the finders must not read as one of it]
  const members: Array<[string, ReadonlySet<string>, string, string]> = [
    ['event.words.negations', EVENT_WORDS.negations, "n't", 'now'],
    ['event.words.phrasal-particles', EVENT_WORDS.phrasalParticles, 'off', 'in'],
    ['event.words.contact-pronouns', EVENT_WORDS.contactPronouns, 'they', 'i'],
    ['event.words.passive-be', EVENT_WORDS.passiveBe, 'were', 'am'],
    ['event.words.negated-be', EVENT_WORDS.negatedBe, 'being', 'was'],
    ['event.words.moving-verbs', EVENT_WORDS.movingVerbs, 'canceled', 'cancel'],
    ['event.words.timing-verbs', EVENT_WORDS.timingVerbs, 'lasted', 'said'],
    ['event.words.determiners', EVENT_WORDS.determiners, 'no', 'some'],
    ['event.words.object-determiners', EVENT_WORDS.objectDeterminers, 'its', 'no'],
    ['event.words.perfect-auxiliaries', EVENT_WORDS.perfectAuxiliaries, 'had', 'having'],
    ['event.words.present-perfect', EVENT_WORDS.presentPerfect, 'have', 'had'],
    ['event.words.be-forms', EVENT_WORDS.beForms, 'am', 'become'],
    ['event.words.approximators', EVENT_WORDS.approximators, 'roughly', 'million'],
    ['event.words.speaker-pronouns', EVENT_WORDS.speakerPronouns, 'i', 'who'],
    ['event.phrase-words.meeting-nouns', EVENT_PHRASE_WORDS.meetingNouns, 'forum', 'round'],
    ['event.phrase-words.round-of', EVENT_PHRASE_WORDS.roundOf, 'consultations', 'meetings'],
    ['event.phrase-words.relative-ordinals', EVENT_PHRASE_WORDS.relativeOrdinals, 'fresh', 'third'],
    ['event.phrase-words.ordinals', EVENT_PHRASE_WORDS.ordinals, 'final', 'fresh'],
    ['event.phrase-words.penalty-heads', EVENT_PHRASE_WORDS.penaltyHeads, 'embargo', 'fine'],
    ['event.phrase-words.evaluative-modifiers', EVENT_PHRASE_WORDS.evaluativeModifiers, 'so-called', 'emergency'],
    ['event.phrase-words.naming-modifiers', EVENT_PHRASE_WORDS.namingModifiers, 'snap', 'strict'],
    ['event.phrase-words.call-media', EVENT_PHRASE_WORDS.callMedia, 'telephone', 'roll'],
    ['event.phrase-words.future-after', EVENT_PHRASE_WORDS.futureAfter, 'is due', 'due'],
    ['mention.words.connectors', MENTION_WORDS.connectors, 'y', 'and'],
    ['mention.words.foreign-connectors', MENTION_WORDS.foreignConnectors, 'del', 'of'],
    ['mention.words.name-particles', MENTION_WORDS.nameParticles, 'ó', 'y'],
    ['mention.words.styles-after-the', MENTION_WORDS.stylesAfterThe, 'rev.', 'mr'],
    ['mention.words.places-with-article', MENTION_WORDS.placesWithArticle, 'Czech Republic', 'czech republic'],
    ['mention.words.org-type-nouns', MENTION_WORDS.orgTypeNouns, 'start-up', 'union'],
    ['mention.words.org-descriptors', MENTION_WORDS.orgDescriptors, 'co-operative', 'company'],
    ['mention.words.holder-nouns', MENTION_WORDS.holderNouns, 'analysts', 'board'],
    ['mention.words.stock-nouns', MENTION_WORDS.stockNouns, 'stock', 'analysts'],
    ['mention.words.possessed-org-nouns', MENTION_WORDS.possessedOrgNouns, 'ceo', 'analysts'],
    ['mention.words.government-levels', MENTION_WORDS.governmentLevels, 'city', 'caretaker'],
    ['mention.words.government-modifiers', MENTION_WORDS.governmentModifiers, 'caretaker', 'provincial'],
    ['mention.words.subnational-government-levels', MENTION_WORDS.subnationalGovernmentLevels, 'cantonal', 'federal'],
    ['mention.words.title-fields', MENTION_WORDS.titleFields, 'elections', 'competition'],
    ['mention.words.name-labels', MENTION_WORDS.nameLabels, 'credit', 'source'],
    ['mention.words.credit-labels', MENTION_WORDS.creditLabels, 'source', 'footage'],
    ['mention.words.credit-media', MENTION_WORDS.creditMedia, 'footage', 'photos'],
    ['mention.words.units-named-with-of', MENTION_WORDS.unitsNamedWithOf, 'regional municipality', 'regional'],
    ['mention.words.city-units', MENTION_WORDS.cityUnits, 'village', 'county'],
    ['mention.words.org-noun-endings', MENTION_WORDS.orgNounEndings, 'lender', 'makers'],
    ['mention.words.bank-endings', MENTION_WORDS.bankEndings, 'banco', 'banque'],
  ];
  it.each(members)('%s holds "%s" and not "%s"', (_, set, member, other) => {
    expect(set.has(member)).toBe(true);
    expect(set.has(other)).toBe(false);
  });

  // [set, the set it is a part of]: a word added to the part alone would be read by one pass and not the other
  const parts: Array<[string, ReadonlySet<string>, ReadonlySet<string>]> = [
    ['mention.words.foreign-connectors', MENTION_WORDS.foreignConnectors, MENTION_WORDS.connectors],
    ['mention.words.stock-nouns', MENTION_WORDS.stockNouns, MENTION_WORDS.holderNouns],
    ['mention.words.city-units', MENTION_WORDS.cityUnits, MENTION_WORDS.unitsNamedWithOf],
    ['mention.words.clause-relatives', MENTION_WORDS.clauseRelatives, MENTION_WORDS.descriptionRelatives],
    ['mention.words.company-noun-endings', MENTION_WORDS.companyNounEndings, MENTION_WORDS.orgNounEndings],
  ];
  it.each(parts)('every word of %s is in its whole set', (_, part, whole) => {
    expect([...part].filter((w) => !whole.has(w))).toEqual([]);
  });
});
