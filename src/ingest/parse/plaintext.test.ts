import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../contract.js';
import { parseArticle } from './index.js';
import { parseByline, parsePlainText } from './plaintext.js';

const seedDir = fileURLToPath(new URL('../../../seed/articles/', import.meta.url));
const SEED = 'isw-negotiating-table-2025-07-22';

describe('the seed article', () => {
  const text = readFileSync(`${seedDir}${SEED}.txt`);
  const expected = (JSON.parse(readFileSync(`${seedDir}${SEED}.json`, 'utf8')) as ParsedArticle).article;
  const meta = parseArticle({ text, filename: `${SEED}.txt` });

  it('reproduces the hand-written article object exactly', () => {
    expect(meta).toStrictEqual(expected);
  });

  it('reads each field as specified', () => {
    expect(meta.title).toBe('Russia will come to negotiating table only after major battlefield defeats – ISW');
    expect(meta.publishedAt).toBe('2025-07-22T03:22:00');
    expect(meta.authors).toEqual(['Olha Hlushchenko']);
    expect(meta.tags).toEqual(['ISW', 'Russo-Ukrainian war', 'negotiations']);
    expect(meta.section).toBe('All Sections');
    expect(meta.language).toBe('en');
    expect(meta.caption).toBe('Talks. Screenshot: video by the Foreign Ministry');
    expect(meta.source).toBe('ISW');
    expect(meta.url).toBeUndefined();
  });

  it('keeps markers and the source line in the body, and nothing from the header, byline, caption or tags', () => {
    expect(meta.body.startsWith('Experts from the Institute for the Study of War (ISW) assess')).toBe(true);
    expect(meta.body).toContain('\n\nSource: ISW\n\nDetails: UK Defence Secretary');
    expect(meta.body).toContain('Quote from ISW: "ISW continues');
    expect(meta.body.endsWith('from Ukraine and the West."')).toBe(true);
    expect(meta.body.split('\n\n')).toHaveLength(8);
    for (const gone of ['All Sections', 'Hlushchenko', 'Screenshot', 'warnegotiations']) expect(meta.body).not.toContain(gone);
  });

  it('reads the same from a string, from CRLF text and with a byte-order mark', () => {
    const s = text.toString('utf8');
    expect(parseArticle({ text: s })).toStrictEqual(expected);
    expect(parseArticle({ text: s.replace(/\n/g, '\r\n') })).toStrictEqual(expected);
    expect(parseArticle({ text: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]) })).toStrictEqual(expected);
  });
});

describe('parseByline', () => {
  it.each([
    ['Olha HlushchenkoTuesday, 22 July 2025, 03:22', ['Olha Hlushchenko'], '2025-07-22T03:22:00'],
    ['Olha HlushchenkoTuesday, 22 July 2025, 03:22 (UTC+3)', ['Olha Hlushchenko'], '2025-07-22T03:22:00+03:00'],
    ['Roman PetrenkoTuesday, 5 August 2025, 09:14 EEST', ['Roman Petrenko'], '2025-08-05T09:14:00+03:00'],
    ['Olha Hlushchenko, Roman PetrenkoWednesday, 10 September 2025, 18:40', ['Olha Hlushchenko', 'Roman Petrenko'], '2025-09-10T18:40:00'],
    ['Anna de la Cruz and Jan van Dijk22 July 2025', ['Anna de la Cruz', 'Jan van Dijk'], '2025-07-22'],
    ['By Jane Doe | 22 July 2025, 03:22 EEST', ['Jane Doe'], '2025-07-22T03:22:00+03:00'],
    ['Tuesday, 22 July 2025, 03:22', [], '2025-07-22T03:22:00'],
  ])('%s', (line, authors, publishedAt) => {
    expect(parseByline(line)).toMatchObject({ authors, publishedAt });
  });

  it('reports a byline whose date does not parse', () => {
    expect(parseByline('Olha HlushchenkoTuesday, 31 June 2025, 03:22')).toEqual({
      authors: ['Olha Hlushchenko'],
      dateText: 'Tuesday, 31 June 2025, 03:22',
      publishedAt: null,
    });
    expect(parseByline('By Jane Doe')).toEqual({ authors: ['Jane Doe'], dateText: '', publishedAt: null });
  });

  it('does not take headlines or body sentences for bylines', () => {
    expect(parseByline('Elections set for 22 June 2025')).toBeNull();
    expect(parseByline('Russia launched 80 drones overnight on 22 July 2025.')).toBeNull();
  });
});

const article = (lines: string[]): string => lines.join('\n');

describe('parsePlainText', () => {
  it('works without the header line, takes the time zone from the byline and a caption without credit words', () => {
    const meta = parsePlainText(
      article([
        'Drones hit Kharkiv overnight',
        'Roman PetrenkoTuesday, 5 August 2025, 09:14 EEST',
        'Firefighters at the scene',
        '',
        'Russian forces attacked Kharkiv with drones overnight, the Air Force said.',
        '',
        'Kharkivdrones',
      ]),
    );
    expect(meta).toStrictEqual({
      title: 'Drones hit Kharkiv overnight',
      publishedAt: '2025-08-05T09:14:00+03:00',
      authors: ['Roman Petrenko'],
      tags: ['Kharkiv', 'drones'],
      language: 'en',
      caption: 'Firefighters at the scene',
      body: 'Russian forces attacked Kharkiv with drones overnight, the Air Force said.',
    });
  });

  it('reads a first sentence right under the byline as body, not as a caption', () => {
    const meta = parsePlainText(article(['Title', 'Jane DoeMonday, 4 August 2025, 10:00', 'The strike killed two people.', '', 'More.']));
    expect(meta.caption).toBeUndefined();
    expect(meta.body).toBe('The strike killed two people.\n\nMore.');
  });

  it('takes a credited caption after a blank line', () => {
    const meta = parsePlainText(article(['Title', 'Jane DoeMonday, 4 August 2025, 10:00', '', 'Photo: Getty Images', '', 'Body.']));
    expect(meta.caption).toBe('Photo: Getty Images');
    expect(meta.body).toBe('Body.');
  });

  it('takes the date from the header when there is no byline, and joins hard-wrapped lines', () => {
    const meta = parsePlainText(article([' date 2025-07-22 World', 'Title', '', 'First line', 'wraps here.', '', 'Second.', '', 'Tags: EU, trade']));
    expect(meta).toStrictEqual({
      title: 'Title',
      publishedAt: '2025-07-22',
      authors: [],
      tags: ['EU', 'trade'],
      section: 'World',
      language: 'en',
      body: 'First line wraps here.\n\nSecond.',
    });
  });

  it('uses the known tags passed in to split tag lines', () => {
    const text = article(['Title', 'Jane DoeMonday, 4 August 2025, 10:00', '', 'Body.', '', 'ISWMariupolsiege']);
    expect(parsePlainText(text).tags).toEqual(['ISW', 'Mariupolsiege']);
    expect(parseArticle({ text, knownTags: ['siege'] }).tags).toEqual(['ISW', 'Mariupol', 'siege']);
  });

  it('keeps a body whose only paragraph looks like a tag line', () => {
    const meta = parsePlainText(article(['Title', 'Jane DoeMonday, 4 August 2025, 10:00', '', 'Short body without a full stop']));
    expect(meta.body).toBe('Short body without a full stop');
    expect(meta.tags).toEqual([]);
  });
});
