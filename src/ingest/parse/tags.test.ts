import { describe, expect, it } from 'vitest';
import { dedupeTags, looksLikeTagLine, parseTagLines, splitRunTogetherTags } from './tags.js';

describe('splitRunTogetherTags', () => {
  it.each([
    // the seed: acronym run into a capitalised word, then a lowercase run-in
    ['ISWRusso-Ukrainian warnegotiations', ['ISW', 'Russo-Ukrainian war', 'negotiations']],
    ['EUenergygasNaftogaz', ['EU', 'energy', 'gas', 'Naftogaz']],
    ['Donald TrumpVladimir Putinnegotiations', ['Donald Trump', 'Vladimir Putin', 'negotiations']],
    ['Russo-Ukrainian wardronesKharkiv', ['Russo-Ukrainian war', 'drones', 'Kharkiv']],
    ['Kharkivdrones', ['Kharkiv', 'drones']],
    ['NATOsummitdefence spending', ['NATO', 'summit', 'defence spending']],
    // a capitalised word that happens to end in a word stays whole when it is a known tag
    ['Greenlandclimate', ['Greenland', 'climate']],
    ['WhatsAppsecurity', ['WhatsApp', 'security']],
    ['LinkedInjobs', ['LinkedIn', 'jobs']],
    ['McDonaldsjobs', ['McDonalds', 'jobs']],
    ['single tag', ['single tag']],
    ['unrecognisable lowercase', ['unrecognisable lowercase']],
    ['G7summitsanctions', ['G7', 'summit', 'sanctions']],
  ])('%s', (line, tags) => {
    expect(splitRunTogetherTags(line)).toEqual(tags);
  });

  it('uses the tags the graph knows for words it cannot recognise', () => {
    expect(splitRunTogetherTags('Mariupolsiege')).toEqual(['Mariupolsiege']);
    expect(splitRunTogetherTags('Mariupolsiege', ['siege'])).toEqual(['Mariupol', 'siege']);
    expect(splitRunTogetherTags('ISWSoledar battlehryvnia', ['Soledar battle', 'hryvnia'])).toEqual(['ISW', 'Soledar battle', 'hryvnia']);
  });

  it('keeps a known tag whole even across a capitalisation boundary', () => {
    expect(splitRunTogetherTags('DeepMindAI')).toEqual(['Deep', 'Mind', 'AI']);
    expect(splitRunTogetherTags('DeepMindAI', ['DeepMind'])).toEqual(['DeepMind', 'AI']);
  });
});

describe('parseTagLines', () => {
  it('joins the lines in order and drops a trailing line that repeats a tag', () => {
    expect(parseTagLines(['ISWRusso-Ukrainian warnegotiations', 'ISW'])).toEqual(['ISW', 'Russo-Ukrainian war', 'negotiations']);
  });
  it('splits lines that kept their separators', () => {
    expect(parseTagLines(['Tags: EU, trade , steel'])).toEqual(['EU', 'trade', 'steel']);
    expect(parseTagLines(['#EU #trade #steel'])).toEqual(['EU', 'trade', 'steel']);
    expect(parseTagLines(['EU | trade · steel; tariffs'])).toEqual(['EU', 'trade', 'steel', 'tariffs']);
  });
  it('dedupes case- and diacritic-insensitively, keeping the first spelling', () => {
    expect(dedupeTags(['Türkiye', 'turkiye', 'EU', ' eu ', 'energy'])).toEqual(['Türkiye', 'EU', 'energy']);
  });
});

describe('looksLikeTagLine', () => {
  it.each([
    ['ISWRusso-Ukrainian warnegotiations', true],
    ['ISW', true],
    ['Tags: EU, trade', true],
    ['Source: ISW', false],
    ['The talks ended without a deal.', false],
    ['Quote from ISW: "The Kremlin remains dedicated."', false],
    ['', false],
    ['x'.repeat(201), false],
  ])('%j → %s', (line, expected) => {
    expect(looksLikeTagLine(line)).toBe(expected);
  });
});
