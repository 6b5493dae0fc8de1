import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from './extract.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [text, type] of each body mention. */
const mentions = (body: string) => extract(article(body)).mentions.filter((m) => m.field === 'body').map((m) => [m.text, m.type]);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('titles are never inside a name', () => {
  it('"Justice" before a judge\'s name is a title, as "Advocate" is', () => {
    expect(mentions('Justice Amara Tuvo said the county had erred.')).toEqual([['Amara Tuvo', 'PERSON']]);
  });

  it('"Justice" inside the name of a body stays in it', () => {
    expect(mentions('The Ministry of Justice said the law was clear.')).toEqual([['Ministry of Justice', 'ORGANIZATION']]);
  });

  it('a title inside the name of a body leaves no person opening with "of"', () => {
    expect(mentions('The Directorate General of Harbour Safety said none of the crew had been hurt.')).toEqual([['Directorate General of Harbour Safety', 'ORGANIZATION']]);
  });

  it('an administrative unit with a title after it does not swallow the person named after the title', () => {
    const found = mentions('Regional Municipality of Harlow Mayor Graham Beddoe said 2,000 people had registered.');
    expect(found).toContainEqual(['Graham Beddoe', 'PERSON']);
    expect(found.filter(([text]) => String(text).includes('Mayor'))).toEqual([]);
  });
});
