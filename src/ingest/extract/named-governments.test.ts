import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';

function article(body: string): ParsedArticleMeta {
  return { title: 'Test', publishedAt: '2026-11-20T10:00:00', authors: [], tags: [], body };
}
const ids = (body: string): string[] => analyse(article(body)).parsed.entities.map((e) => e.id);

// The first analysis loads compromise's lexicon (seconds on a loaded machine): outside any test's 5 s.
beforeAll(() => void ids('Warm-up.'), 60_000);

// Round 18 (entities): a government named with its place is an entity whether it acts or is talked about.
describe('extract — governments named with their place (mention.government.named-place)', () => {
  // [text, ids that must appear, ids that must not]
  const cases: Array<[string, string[], string[]]> = [
    ['The fisheries minister said the government of Norvalla would ask for a review by March.', ['organization:government-of-norvalla', 'place:norvalla'], []],
    ['The East Marvo provincial government has until January to review the bylaw, officials said.', ['organization:government-of-east-marvo'], ['place:east-marvo']],
    ['Talks with the Kenya government resumed on Monday.', ['organization:government-of-kenya'], []],
    // a demand is no act of the government: a noun after it (a subjunctive the tagger misreads) makes no entity
    ['Farmers in Romania blocked the road, demanding that the government pay overdue subsidies.', ['place:romania'], ['organization:government-of-romania']],
    // a past act reported after "that" still is one
    ['The minister in Romania confirmed that the government had approved the grant.', ['organization:government-of-romania'], []],
  ];
  for (const [text, present, absent] of cases) {
    it(`reads: ${text}`, () => {
      const found = ids(text);
      for (const id of present) expect(found).toContain(id);
      for (const id of absent) expect(found).not.toContain(id);
    });
  }
});

describe('extract — a municipality that acts is the municipal body (mention.org.municipal-body)', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['The Varena Municipality said it would run a bus to the site.', ['organization:varena-municipality'], ['place:varena-municipality']],
    ["The City of Dorvik's council approved the budget on Monday.", ['organization:city-of-dorvik'], ['place:city-of-dorvik']],
    ['The ministry must decide by January, according to the City Municipality of Lorna.', ['organization:city-municipality-of-lorna'], []],
    // where things happen, or before a title, it is the place
    ['Fires burned across the Regional Municipality of Tarn Hollow on Sunday.', ['place:regional-municipality-of-tarn-hollow'], ['organization:regional-municipality-of-tarn-hollow']],
  ];
  for (const [text, present, absent] of cases) {
    it(`reads: ${text}`, () => {
      const found = ids(text);
      for (const id of present) expect(found).toContain(id);
      for (const id of absent) expect(found).not.toContain(id);
    });
  }
});

// Round 20 (attribution): more fields of a ministry written as a description, and the same ministry written by its name without its country.
describe('extract — "the <field> ministry" of the story\'s country (mention.ministry.of-story-country)', () => {
  const said = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.text]);

  it.each([
    ['Kenya passed the law on Thursday, the communications ministry said.', 'organization:ministry-of-communications-of-kenya', 'Kenya passed the law on Thursday'],
    ['Kenya will close the parks in May, according to the tourism ministry.', 'organization:ministry-of-tourism-of-kenya', 'Kenya will close the parks in May'],
    ['Kenya raised the minimum wage, the labour ministry said.', 'organization:ministry-of-labour-of-kenya', 'Kenya raised the minimum wage'],
    ['Kenya banned trawling in the bay, the fisheries ministry said.', 'organization:ministry-of-fisheries-of-kenya', 'Kenya banned trawling in the bay'],
  ])('%s', (body, id, text) => {
    expect(said(body)).toEqual([[id, text]]);
  });

  it('"Ministry of Tourism" written before "the tourism ministry" is the same body, named with its country', () => {
    const body = 'Kenya will close two parks in May, the Ministry of Tourism said on Friday. The parks will reopen in June, according to the tourism ministry.';
    expect(ids(body).filter((id) => id.startsWith('organization:'))).toEqual(['organization:ministry-of-tourism-of-kenya']);
    expect(said(body).map(([speaker]) => speaker)).toEqual(['organization:ministry-of-tourism-of-kenya', 'organization:ministry-of-tourism-of-kenya']);
  });
});
