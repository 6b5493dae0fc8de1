import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { COMPASS_REGION } from './rules/compass-regions.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const places = (body: string) => analyse(article(body)).parsed.entities.filter((e) => e.type === 'PLACE').map((e) => [e.name, e.kind]);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('a compass word before a continent or country is one region (rules/compass-regions.ts)', () => {
  it.each(COMPASS_REGION.examples.map(([sentence, name]) => ({ sentence, name })))('"$sentence" names $name alone', ({ sentence, name }) => {
    expect(places(sentence)).toEqual([[name, 'region']]);
  });

  it('a country whose own name starts with a compass word stays that country', () => {
    expect(places('Exports from South Africa rose in May.')).toEqual([['South Africa', 'country']]);
  });

  it('a compass word before a name no list knows as a continent or country is no region of it', () => {
    expect(places('Exports from South Africa and Central Vellmark rose in May.').map(([n]) => n)).not.toContain('Central Vellmark');
  });
});
