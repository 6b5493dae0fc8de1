import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './gazetteer.js';
import { Lexicon } from './lexicon.js';

const lexicon = new Lexicon();
const country = (name: string) => COUNTRIES.find((c) => c.name === name);

describe('countries: the curated list completed from world-countries', () => {
  it('adds the independent states the curated list lacks, as countries', () => {
    for (const name of ['Palau', 'Tonga', 'Liechtenstein', 'Eswatini']) expect(lexicon.lookup(name), name).toMatchObject({ type: 'PLACE', canonical: name, kind: 'country' });
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(190);
  });

  it('adds the demonyms a curated country lacks, and keeps its own names and plural demonyms', () => {
    expect(lexicon.demonym('Honduran')).toBe('Honduras');
    expect(lexicon.demonym('Palauan')).toBe('Palau');
    expect(country('United Kingdom')).toMatchObject({ aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons'] });
  });

  it('a package entry under another name is the curated country, not a second one', () => {
    // "Türkiye" and "Czechia" are how the package names Turkey and the Czech Republic
    expect(COUNTRIES.filter((c) => /^(Turkey|Türkiye)$/.test(c.name)).map((c) => c.name)).toEqual(['Turkey']);
    expect(COUNTRIES.some((c) => c.name === 'Czechia')).toBe(false);
    expect(new Set(COUNTRIES.map((c) => c.name)).size).toBe(COUNTRIES.length);
  });

  it('a demonym two states share names neither, and territories are left out', () => {
    expect(lexicon.demonym('Dominican')).toBeUndefined();
    expect(lexicon.demonym('Congolese')).toBeUndefined();
    expect(lexicon.lookup('Christmas Island')).toBeUndefined();
  });
});
