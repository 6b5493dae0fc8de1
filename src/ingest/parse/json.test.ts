import { describe, expect, it } from 'vitest';
import { parseError } from './test-helpers.js';
import { parseJsonArticle } from './json.js';

const base = { title: 'T', publishedAt: '2025-07-22T03:22:00+03:00', body: 'One.\n\nTwo.' };
const json = (o: unknown): string => JSON.stringify(o, null, 2);

describe('parseJsonArticle', () => {
  it('reads all fields, body as a string', () => {
    const meta = parseJsonArticle(
      json({ ...base, authors: ['Jane Doe'], url: 'https://example.com/a', tags: ['EU', 'eu', 'trade'], section: 'World', source: 'Reuters', caption: 'Photo: AP', extra: 1 }),
    );
    expect(meta).toStrictEqual({
      title: 'T',
      publishedAt: '2025-07-22T03:22:00+03:00',
      authors: ['Jane Doe'],
      tags: ['EU', 'trade'],
      url: 'https://example.com/a',
      section: 'World',
      language: 'en',
      caption: 'Photo: AP',
      source: 'Reuters',
      body: 'One.\n\nTwo.',
    });
  });

  it('reads body as an array of paragraphs, date and author aliases', () => {
    const meta = parseJsonArticle(json({ title: ' T ', date: '2025-07-22', author: 'Jane Doe', body: ['  One. ', '', 'Two\nlines.'] }));
    expect(meta).toMatchObject({ title: 'T', publishedAt: '2025-07-22', authors: ['Jane Doe'], body: 'One.\n\nTwo lines.' });
  });

  it.each([
    [{ ...base, title: 42 }, "JSON field 'title' is a number 42; expected a non-empty string"],
    [{ title: 'T', publishedAt: '2025-07-22' }, "JSON field 'body' is missing; expected a string or an array of paragraph strings"],
    [{ ...base, body: { text: 'x' } }, "JSON field 'body' is an object; expected a string or an array of paragraph strings"],
    [{ ...base, tags: ['EU', 3] }, "JSON field 'tags[1]' is a number 3; expected a string"],
    [{ ...base, authors: null }, "JSON field 'authors' is null; expected an array of names"],
    [{ ...base, publishedAt: 20250722 }, "JSON field 'publishedAt' is a number 20250722; expected an ISO 8601 date string"],
    [[base], 'JSON is a list; expected one article as a JSON object'],
    [{ ...base, url: 'not a url' }, "url 'not a url' is not an absolute http(s) URL"],
  ])('refuses the wrong shape: %j', (input, message) => {
    const error = parseError(() => parseJsonArticle(json(input), { filename: 'a.json' }));
    expect(error.code).toBe('BAD_SHAPE');
    expect(error.message).toContain(message);
    expect(error.file).toBe('a.json');
  });

  it('refuses text that is not JSON', () => {
    const error = parseError(() => parseJsonArticle('{"title": "T",', { filename: 'a.json' }));
    expect(error.code).toBe('BAD_JSON');
    expect(error.message).toMatch(/^a\.json: not valid JSON \(.+\); expected a JSON object \{title, body, publishedAt\}$/);
  });
});
