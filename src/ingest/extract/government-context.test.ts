import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../contract.js';
import { analyse } from '../resolve/analyse.js';

const parsed = (body: string, tags: string[] = []): ParsedArticle => analyse({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags, body }).parsed;
const governments = (p: ParsedArticle): string[] => p.entities.filter((e) => e.kind === 'government' && e.name.startsWith('Government of')).map((e) => e.name);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void parsed('Warm-up.'), 60_000);

describe('"the government" resolved with the story\'s country (issue 11 item 5)', () => {
  it('a described government that speaks is the story\'s: "The federal government said"', () => {
    const p = parsed('Floods hit Belgium on Monday. The federal government said it would send the army.');
    expect(governments(p)).toEqual(['Government of Belgium']);
    expect(p.statements.map((s) => s.speaker)).toEqual(['organization:government-of-belgium']);
  });

  it('a demonym names the country: "The Finnish government said"', () => {
    expect(governments(parsed('Talks stalled in Oslo. The Finnish government said it had made its final offer.'))).toEqual(['Government of Finland']);
  });

  it('a country among the tags outweighs one mentioned more often in passing', () => {
    const body = 'Turnout in Lithuania was high. Observers from Sweden, invited by Sweden, praised Sweden\'s help. The government said results would follow on Monday.';
    expect(governments(parsed(body, ['Lithuania', 'elections']))).toEqual(['Government of Lithuania']);
    expect(governments(parsed(body))).toEqual(['Government of Sweden']);
  });

  it('with no country named, the country of a capital the story names (from world-countries)', () => {
    expect(governments(parsed('Protesters marched in Vilnius on Monday. The government said it would not change the law.'))).toEqual(['Government of Lithuania']);
    // a country named outweighs a capital
    expect(governments(parsed('Floods hit Belgium on Monday. Officials in Vilnius watched. The government said it would send the army.'))).toEqual(['Government of Belgium']);
  });

  it('with no country named, the country of another city the story names (city-timezones)', () => {
    expect(governments(parsed('Dockers in Gdansk walked out on Monday. The government said it would not intervene.'))).toEqual(['Government of Poland']);
    // a city name two countries share, neither far larger, gives no country (Valencia: Spain, Venezuela)
    expect(governments(parsed('Dockers in Valencia walked out on Monday. The government said it would not intervene.'))).toEqual([]);
  });

  it('acting in a reported clause it is an entity: "confirmed that the government had approved"', () => {
    expect(governments(parsed('Latvia\'s economy minister confirmed that the government had approved a grant for the plant.'))).toEqual(['Government of Latvia']);
  });

  it.each([
    ['would', "Latvia's economy minister said that the government would decide on the grant next month."],
    ['will', "Latvia's economy minister warned that the government will not pay for the plant."],
    ['could', "Latvia's economy minister said that the government could sell its stake."],
  ])('a plan reported in a clause with "%s" is only talked about: no entity', (_, body) => {
    expect(governments(parsed(body))).toEqual([]);
  });

  it('only talked about, it stays a description: "appointed by the government", "has promised to pay"', () => {
    expect(governments(parsed('The rail operator in Ghana, which is run by a board appointed by the government, said it would cooperate.'))).toEqual([]);
    expect(governments(parsed('Voters in Norway backed the tunnel. The federal government has promised to pay a third of the cost.'))).toEqual([]);
  });
});
