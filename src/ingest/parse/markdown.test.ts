import { describe, expect, it } from 'vitest';
import { parseError } from './test-helpers.js';
import { parseArticle } from './index.js';
import { markdownParagraphs, parseMarkdown, stripInlineMarkdown } from './markdown.js';

const md = (frontMatter: string[], body: string[]): string => ['---', ...frontMatter, '---', '', ...body].join('\n');

describe('parseMarkdown', () => {
  it('reads every front-matter field and the body paragraphs', () => {
    const meta = parseMarkdown(
      md(
        [
          'title: "EU opens safeguard probe into steel imports"',
          'publishedAt: 2025-09-03T10:30:00+02:00',
          'authors:',
          '  - Jane Doe',
          '  - John Roe',
          'url: https://example.com/eu/steel-probe',
          'tags: [EU, trade, steel]',
          'source: Example Wire',
          'section: Business',
          'layout: article',
        ],
        ['# EU opens safeguard probe into steel imports', '', 'The **European Commission** opened a probe', 'on *Wednesday*.', '', '## Background', '', 'See [the notice](https://example.com/notice).'],
      ),
    );
    expect(meta).toStrictEqual({
      title: 'EU opens safeguard probe into steel imports',
      publishedAt: '2025-09-03T10:30:00+02:00',
      authors: ['Jane Doe', 'John Roe'],
      tags: ['EU', 'trade', 'steel'],
      url: 'https://example.com/eu/steel-probe',
      section: 'Business',
      language: 'en',
      source: 'Example Wire',
      body: 'The European Commission opened a probe on Wednesday.\n\nBackground\n\nSee the notice.',
    });
  });

  it('accepts date, author and comma-separated tags, and keeps an unquoted YAML date as written', () => {
    const meta = parseMarkdown(md(['title: T', 'date: 2025-09-03', 'author: Jane Doe and John Roe', 'tags: EU, trade', 'lang: de'], ['Body.']));
    expect(meta.publishedAt).toBe('2025-09-03');
    expect(meta.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(meta.tags).toEqual(['EU', 'trade']);
    expect(meta.language).toBe('de');
  });

  it('reads a quoted human date and takes "Source:" from the body when the front matter has none', () => {
    const meta = parseMarkdown(md(["title: T", "publishedAt: '22 July 2025, 03:22'"], ['Body.', '', 'Source: ISW']));
    expect(meta.publishedAt).toBe('2025-07-22T03:22:00');
    expect(meta.source).toBe('ISW');
  });

  it('never runs JavaScript front matter', () => {
    const g = globalThis as { __newsgraphPwned?: number };
    const text = ['---js', "{ title: (globalThis.__newsgraphPwned = 1, 'x'), publishedAt: '2025-01-01' }", '---', 'Body.'].join('\n');
    const error = parseError(() => parseArticle({ text, filename: 'evil.md' }));
    expect(error.code).toBe('BAD_FRONT_MATTER');
    expect(error.message).toContain('JavaScript');
    expect(g.__newsgraphPwned).toBeUndefined();
  });

  it('refuses broken YAML, unclosed front matter and fields of the wrong type', () => {
    expect(parseError(() => parseMarkdown(md(['title: [unclosed'], ['Body.']))).code).toBe('BAD_FRONT_MATTER');
    expect(parseError(() => parseMarkdown(['---', 'title: T', 'date: 2025-01-01', 'Body.'].join('\n'))).message).toContain('not closed');
    const wrong = parseError(() => parseMarkdown(md(['title: T', 'date: 2025-01-01', 'tags: 42'], ['Body.'])));
    expect(wrong.code).toBe('BAD_SHAPE');
    expect(wrong.message).toBe("front matter field 'tags' is a number 42; expected a list of strings or a comma-separated string");
    const item = parseError(() => parseMarkdown(md(['title: T', 'date: 2025-01-01', 'authors: [Jane Doe, 7]'], ['Body.'])));
    expect(item.message).toBe("front matter field 'authors[1]' is a number 7; expected a string");
  });
});

describe('markdown body', () => {
  it('strips emphasis sparingly and keeps everything else', () => {
    expect(stripInlineMarkdown('**bold** and __bold__, *it* and _it_, snake_case_name, 2*3*4, `code`, \\*literal\\*')).toBe(
      'bold and bold, it and it, snake_case_name, 2*3*4, code, *literal*',
    );
  });
  it('drops rules, images and comments, unwraps blockquotes and keeps list lines', () => {
    expect(
      markdownParagraphs(['Title', '=====', '', '![alt](x.png)', '', '***', '', '> "Quoted," she said.', '', '- one', '- two', '', '<!-- note -->'].join('\n'), 'Other'),
    ).toEqual(['Title', '"Quoted," she said.', '- one\n- two']);
  });
});
