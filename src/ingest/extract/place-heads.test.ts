import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { COMPETITION_NAMES, COORDINATED_PLURAL_HEADS, NUMBERED_PLACES, OCCASION_AFTER_PLACE, PLACE_HEADS, SITE_ENDINGS } from './rules/place-heads.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const places = (body: string): string[] => analyse(article(body)).parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.name);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('place head nouns (rules/place-heads.ts)', () => {
  it.each(PLACE_HEADS.flatMap((r) => r.examples.map(([text, name]) => ({ id: r.id, text, name }))))('$id: "$text" names the place $name', ({ text, name }) => {
    expect(places(text)).toContain(name);
  });

  it.each(PLACE_HEADS.flatMap((r) => r.examples.flatMap(([text, name, other]) => (other ? [{ id: r.id, text, name, other }] : []))))('$id: "$text" keeps the other form $other as an alias of $name', ({ text, name, other }) => {
    const place = analyse(article(text)).parsed.entities.find((e) => e.name === name);
    expect(place?.aliases).toEqual([other]);
  });

  it('keeps the bare name as an alias of a district written with a capitalised head', () => {
    expect(analyse(article('Schools in Kolvan District closed on Monday.')).parsed.entities.map((e) => [e.name, e.aliases])).toEqual([['Kolvan District', ['Kolvan']]]);
  });

  it('a head that makes places only of names in words makes none of a code ("the NO2 area")', () => {
    expect(places('The price in the NX4 area around Kessby settled at 212 euros.')).not.toContain('NX4');
  });

  it('an organization word keeps the run an organization', () => {
    expect(places('The Kell Airport Authority said flights would resume.')).not.toContain('Kell Airport Authority');
  });

  it.each(COORDINATED_PLURAL_HEADS.examples.map(([text, names]) => ({ text, names })))('$text names each unit in full: $names', ({ text, names }) => {
    expect(places(text)).toEqual(names);
  });

  it('a plural head after one name alone, with no coordination, makes no unit of it', () => {
    expect(places('The Vardo regions had rain.')).not.toContain('Vardo Region');
  });

  it.each(OCCASION_AFTER_PLACE.examples.map(([text, place]) => ({ text, place })))('$text: the occasion is no entity, its place $place is', ({ text, place }) => {
    const entities = analyse(article(text)).parsed.entities;
    expect(entities.filter((e) => e.type === 'PLACE').map((e) => e.name)).toEqual(place ? [place] : []);
    expect(entities.some((e) => /Marathon/.test(e.name))).toBe(false);
  });

  it.each(COMPETITION_NAMES.examples.map(([text, id]) => ({ text, id })))('$text: a competition names no entity, not $id', ({ text, id }) => {
    const ids = analyse(article(text)).parsed.entities.map((e) => e.id);
    expect(ids).not.toContain(id);
    expect(ids.some((e) => /cup/.test(e))).toBe(false);
  });

  it.each(NUMBERED_PLACES.examples.map(([text, name]) => ({ text, name })))('$text: $name is a place with its number, the head alone none', ({ text, name }) => {
    const names = places(text);
    expect(names).toContain(name);
    expect(names).not.toContain(name.split(' ')[0]);
  });

  it.each(SITE_ENDINGS.examples.map(([text, name]) => ({ text, name })))('$text: $name is a place, not an organization', ({ text, name }) => {
    const entity = analyse(article(text)).parsed.entities.find((e) => e.name === name);
    expect(entity).toMatchObject({ type: 'PLACE', kind: 'spaceport' });
  });
});
