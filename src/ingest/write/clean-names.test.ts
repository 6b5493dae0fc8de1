import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text.js';
import type { ParsedArticle } from '../contract.js';
import { cleanNames } from './clean-names.js';

describe('cleanText', () => {
  it('removes zero-width and bidi controls, composes accents (NFC) and collapses whitespace', () => {
    expect(cleanText('Dmitry\u200b Peskov')).toBe('Dmitry Peskov');
    expect(cleanText('\u202eKremlin\u202c  spokesman\n')).toBe('Kremlin spokesman');
    expect(cleanText('Zelens\u00adkyy\ufeff')).toBe('Zelenskyy');
    expect(cleanText('Mu\u0308ller')).toBe('Müller');
    expect(cleanText('Mu\u0308ller')).toHaveLength(6);
  });
});

describe('cleanNames', () => {
  const parsed: ParsedArticle = {
    article: { title: ' Talks\u200b resume ', publishedAt: '2025-07-22', authors: ['Olha\u200d Hlushchenko', 'Olha Hlushchenko'], tags: ['talks', '\u200b'], body: 'Body\u200b text.' },
    entities: [{ id: 'person:dmitry-peskov', type: 'PERSON', name: 'Dmitry\u200b Peskov', aliases: ['Peskov', 'Pes\u200bkov', '\u2066'], roles: ['Kremlin\u00a0spokesman'] }],
    statements: [],
    events: [{ id: 'event:talks', name: 'talks\u200e', kind: 'NEGOTIATIONS', date: null, status: 'expected', participants: [] }],
  };

  it('cleans names, titles, aliases, roles, authors and tags, dropping the duplicates and blanks that leaves', () => {
    const clean = cleanNames(parsed);
    expect(clean.article.title).toBe('Talks resume');
    expect(clean.article.authors).toEqual(['Olha Hlushchenko']);
    expect(clean.article.tags).toEqual(['talks']);
    expect(clean.entities[0]).toMatchObject({ name: 'Dmitry Peskov', aliases: ['Peskov'], roles: ['Kremlin spokesman'] });
    expect(clean.events[0]!.name).toBe('talks');
  });

  it('keeps the body as written (evidence offsets index into it) and leaves its input alone', () => {
    const clean = cleanNames(parsed);
    expect(clean.article.body).toBe('Body\u200b text.');
    expect(parsed.entities[0]!.name).toBe('Dmitry\u200b Peskov');
  });
});
