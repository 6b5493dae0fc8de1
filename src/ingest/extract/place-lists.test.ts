import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { extract } from './extract.js';
import { LISTED_AFTER_PLACE } from './rules/place-lists.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const entities = (body: string) => analyse(article(body)).parsed.entities;

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('a later item of a list of places (rules/place-lists.ts)', () => {
  it.each(LISTED_AFTER_PLACE.examples.map(([text, names]) => ({ text, names })))('$text names the places $names', ({ text, names }) => {
    expect(entities(text).filter((e) => e.type === 'PLACE').map((e) => e.name)).toEqual(names);
  });

  it.each(LISTED_AFTER_PLACE.counterExamples.map(([text, name]) => ({ text, name })))('$text: $name is no place', ({ text, name }) => {
    expect(entities(text).filter((e) => e.type === 'PLACE').map((e) => e.name)).not.toContain(name);
  });

  it('the mention carries the rule id', () => {
    const { mentions } = extract(article('The plants in Florø and Tessnes will close by March.'));
    expect(mentions.filter((m) => m.text === 'Tessnes').map((m) => [m.type, m.rules])).toEqual([['PLACE', [LISTED_AFTER_PLACE.id]]]);
  });
});
