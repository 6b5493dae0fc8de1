import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { WORLD_PLACE_RULES } from './rules/world-places.js';
import { worldPlace } from './world-places.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const entities = (body: string): string[] => analyse(article(body)).parsed.entities.map((e) => `${e.type}:${e.name}`);

// compromise's lexicon and the world list load on first use: in a beforeAll with its own timeout
beforeAll(() => void analyse(article('Warm-up in Hagen.')), 60_000);

describe('the world list of cities and regions (world-places.ts)', () => {
  it('knows cities by their English and ASCII names with their population, and first-level regions', () => {
    expect(worldPlace('Hagen')).toMatchObject({ kind: 'city' });
    expect(worldPlace('Hagen')!.population).toBeGreaterThan(100_000);
    expect(worldPlace('Nowhereville')).toBeUndefined();
    expect(worldPlace('Zafferana Etnea')?.kind).toBe('city');
    expect(worldPlace('Sao Paulo')?.kind).toBe('city');
    expect(worldPlace('North Rhine-Westphalia')).toEqual({ kind: 'region', population: 0 });
    expect(worldPlace('BADEN-WÜRTTEMBERG')).toEqual({ kind: 'region', population: 0 });
  });

  it('leaves out countries and region names several countries use', () => {
    expect(worldPlace('Singapore')).toBeUndefined();
    expect(worldPlace('Northern')).toBeUndefined();
  });
});

describe('places from the world list (rules/world-places.ts)', () => {
  it.each(WORLD_PLACE_RULES.flatMap((r) => r.examples.map(([text, name]) => ({ id: r.id, text, name }))))('$id: "$text" names the place $name', ({ text, name }) => {
    expect(entities(text)).toContain(`PLACE:${name}`);
  });

  it('a town name that is a surname stays the person when it speaks or after the full name', () => {
    expect(entities('Lincoln said the vote would be close.')).not.toContain('PLACE:Lincoln');
    expect(entities('Mayor Tom Hagen opened the bridge. Hagen said it was safe.')).not.toContain('PLACE:Hagen');
  });

  it('a word of the dictionary, an acronym, "the" before it or a verb before it keep a town name from the list alone', () => {
    expect(entities('Reading rose by 3% in the quarter.')).not.toContain('PLACE:Reading');
    expect(entities('Investors sold shares of the ITA on Monday.')).not.toContain('PLACE:ITA');
    expect(entities('The probe will land on the Moon in May.')).not.toContain('PLACE:Moon');
    expect(entities('Celtic defeated Kilmarnock on Sunday.')).not.toContain('PLACE:Kilmarnock');
    expect(entities('The club signed Ajax midfielder Jan Smit.')).not.toContain('PLACE:Ajax');
  });

  it('a town the tagger read as a person before is still a place where only a place fits', () => {
    expect(entities('A councillor for Port Louis spoke first. Turnout in Port Louis was low.')).toContain('PLACE:Port Louis');
  });

  it('a preposition opening the sentence is not part of the name after it (OPENING_PREPOSITIONS)', () => {
    expect(entities('Under Ontario rules, the defence has 30 days.')).toEqual(['PLACE:Ontario']);
    expect(entities('Near Hagen, the bridge was closed.')).toEqual(['PLACE:Hagen']);
  });

  it('the same names in a place context are places', () => {
    expect(entities('Fans travelled from Reading and Kilmarnock on Saturday.')).toEqual(expect.arrayContaining(['PLACE:Reading', 'PLACE:Kilmarnock']));
  });
});

describe('a lower-case word inside a place the world list holds whole (mentions/runs.ts)', () => {
  it.each([
    ['Dockers in Kingston upon Hull stopped work on Monday.', ['PLACE:Kingston upon Hull']],
    ['Flights from Santiago del Estero were cancelled.', ['PLACE:Santiago del Estero']],
    // no list holds the whole: the words stay apart
    ['Growers in Murcia upon Tessnes were paid less.', ['PLACE:Murcia']],
  ])('%s → %j', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
