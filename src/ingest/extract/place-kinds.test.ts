import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import type { KnownEntity } from '../resolve/types.js';
import { PLACE_KIND_CUES } from './rules/place-kinds.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });

/** The place's kind as analysed against an empty graph and against one that knows the name without a kind. */
function kinds(body: string, name: string): { unknown: string | undefined; known: string | undefined } {
  const known: KnownEntity[] = [{ id: `place:${name.toLowerCase()}`, type: 'PLACE', name }];
  const kindIn = (entities: ReturnType<typeof analyse>['parsed']['entities']) => entities.find((e) => e.name === name && e.type === 'PLACE')?.kind;
  return { unknown: kindIn(analyse(article(body)).parsed.entities), known: kindIn(analyse(article(body), known).parsed.entities) };
}

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('place kinds the text states (rules/place-kinds.ts)', () => {
  it.each(PLACE_KIND_CUES.flatMap((r) => r.examples.map(([sentence, name, kind]) => ({ id: r.id, sentence, name, kind }))))('$id: "$sentence" makes $name a $kind', ({ sentence, name, kind }) => {
    expect(kinds(sentence, name)).toEqual({ unknown: kind, known: kind });
  });

  it('an indefinite description whose noun qualifies another ("a town councillor") makes no place', () => {
    const entities = analyse(article('Orla Vennick, a town councillor, said the road would close.')).parsed.entities;
    expect(entities.filter((e) => e.type === 'PLACE')).toEqual([]);
  });

  it('a cue never overrides the kind a word list gives', () => {
    expect(kinds('Talks resumed in the city of Lithuania, officials said.', 'Lithuania').unknown).toBe('country');
  });
});

describe('a known name without a kind gets the kind its own words give (issue 10)', () => {
  // compromise tags these names #City; before, a name the graph already knew skipped that reading
  it.each([
    ['Protesters marched through Rotterdam on Saturday.', 'Rotterdam'],
    ['Voters in Tartu and Bratislava queued for hours on Sunday.', 'Tartu'],
  ])('"%s": %s is a city whether or not the graph knows it', (sentence, name) => {
    expect(kinds(sentence, name)).toEqual({ unknown: 'city', known: 'city' });
  });

  it('a name with no kind in its words or context stays without one, known or not', () => {
    expect(kinds('Protesters marched through Veldmark on Saturday.', 'Veldmark')).toEqual({ unknown: undefined, known: undefined });
  });
});
