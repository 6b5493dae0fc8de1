import { describe, expect, it } from 'vitest';
import { EXPECTED_FORMATS, MAX_ARTICLE_BYTES, ParseError, type ParseErrorCode } from './errors.js';
import { detectFormat, parseArticle, type ParseInput } from './index.js';

function failure(input: ParseInput): ParseError {
  try {
    parseArticle(input);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected parseArticle to throw a ParseError');
}

function expectFailure(input: ParseInput, code: ParseErrorCode, ...fragments: string[]): ParseError {
  const error = failure(input);
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

const GOOD_TEXT = ['Title', 'Jane DoeMonday, 4 August 2025, 10:00', '', 'Body.'].join('\n');

describe('ParseError', () => {
  it('names the file in the message and in .file, and keeps the bare reason', () => {
    const error = expectFailure({ text: '', filename: 'seed/empty.txt' }, 'EMPTY');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ParseError');
    expect(error.file).toBe('seed/empty.txt');
    expect(error.message).toBe(`seed/empty.txt: file is empty; ${EXPECTED_FORMATS}`);
    expect(error.reason).toBe(`file is empty; ${EXPECTED_FORMATS}`);
  });
});

describe('parseArticle refuses', () => {
  it('empty files', () => {
    expectFailure({ text: '' }, 'EMPTY', 'file is empty');
    expectFailure({ text: Buffer.alloc(0) }, 'EMPTY', 'file is empty');
    expectFailure({ text: ' \n\t\n' }, 'EMPTY', 'file is empty (only whitespace)');
  });

  it('binary data: NUL bytes or mostly control characters', () => {
    expectFailure({ text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) }, 'BINARY', 'binary data', 'NUL bytes');
    expectFailure({ text: `Title\u0000\nbody` }, 'BINARY', 'NUL characters');
    expectFailure({ text: Buffer.from('Title\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008', 'latin1') }, 'BINARY', 'control characters');
  });

  it('broken UTF-8, naming the offending byte', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\nJane DoeMonday, 4 August 2025\n\nBody.')]);
    expectFailure({ text: bytes, filename: 'latin1.txt' }, 'ENCODING', 'latin1.txt: file is not valid UTF-8', 'byte 0xe9 at offset 3', 'expected UTF-8');
    expectFailure({ text: Buffer.from([0xe2, 0x82]) }, 'ENCODING', 'not valid UTF-8');
    expectFailure({ text: Buffer.from('\ufeffTitle', 'utf16le') }, 'ENCODING', 'UTF-16');
  });

  it('files over the size limit, before reading them', () => {
    expect(MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
    expectFailure({ text: Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61) }, 'TOO_LARGE', 'over the 5 MB limit');
    expectFailure({ text: 'a'.repeat(MAX_ARTICLE_BYTES + 1) }, 'TOO_LARGE', 'over the 5 MB limit');
    // exactly at the limit is read (and then fails for other reasons)
    expect(failure({ text: Buffer.alloc(MAX_ARTICLE_BYTES, 0x61) }).code).not.toBe('TOO_LARGE');
  });

  it('a missing title', () => {
    expectFailure({ text: ' date 2025-07-22 All Sections\n' }, 'MISSING_TITLE', 'missing title', 'expected the title');
    expectFailure({ text: 'Olha HlushchenkoTuesday, 22 July 2025, 03:22\n\nBody.' }, 'MISSING_TITLE', 'missing title', 'is already the byline');
    expectFailure({ text: '---\npublishedAt: 2025-07-22\n---\nBody.', filename: 'a.md' }, 'MISSING_TITLE', 'missing title', "'title:' field");
    expectFailure({ text: JSON.stringify({ title: '  ', publishedAt: '2025-07-22', body: 'x' }) }, 'MISSING_TITLE', 'missing title', '"title"');
  });

  it('a missing date', () => {
    expectFailure({ text: 'Title\nBy Jane Doe\n\nBody.' }, 'MISSING_DATE', 'missing publishedAt', 'byline');
    expectFailure({ text: '---\ntitle: T\n---\nBody.' }, 'MISSING_DATE', 'missing publishedAt', "'publishedAt:'");
    expectFailure({ text: JSON.stringify({ title: 'T', body: 'x' }) }, 'MISSING_DATE', 'missing publishedAt');
  });

  it('a date that is not a date, quoting it and saying what would be', () => {
    const expected = "publishedAt 'next Tuesday-ish' is not a date; expected ISO 8601 like 2025-07-22 or '22 July 2025, 03:22'";
    expectFailure({ text: JSON.stringify({ title: 'T', body: 'x', publishedAt: 'next Tuesday-ish' }) }, 'BAD_DATE', expected);
    expectFailure({ text: "---\ntitle: T\npublishedAt: next Tuesday-ish\n---\nBody." }, 'BAD_DATE', expected);
    expectFailure({ text: 'Title\nBy Jane Doe | next Tuesday-ish\n\nBody.' }, 'BAD_DATE', expected);
    expectFailure({ text: 'Title\nJane DoeTuesday, 31 June 2025, 03:22\n\nBody.' }, 'BAD_DATE', "publishedAt 'Tuesday, 31 June 2025, 03:22' is not a date");
    expectFailure({ text: '---\ntitle: T\ndate: soon\n---\nBody.' }, 'BAD_DATE', "date 'soon' is not a date");
  });

  it('JSON of the wrong shape, naming the field', () => {
    expectFailure({ text: JSON.stringify({ title: ['T'], publishedAt: '2025-07-22', body: 'x' }), filename: 'a.json' }, 'BAD_SHAPE', "JSON field 'title' is a list");
    expectFailure({ text: '[1, 2]' }, 'BAD_SHAPE', 'JSON is a list');
    expectFailure({ text: '{"title": "T", "body": ', filename: 'a.json' }, 'BAD_JSON', 'not valid JSON');
    expectFailure({ text: 'not json at all', filename: 'a.json' }, 'BAD_JSON', 'not valid JSON');
  });

  it('an article with no body', () => {
    expectFailure({ text: 'Title\nJane DoeMonday, 4 August 2025, 10:00\n' }, 'EMPTY_BODY', 'no body text');
    expectFailure({ text: JSON.stringify({ title: 'T', publishedAt: '2025-07-22', body: [] }) }, 'EMPTY_BODY', 'no body text');
  });

  it('unrecognised formats, saying which formats are understood', () => {
    expectFailure({ text: 'Just a note to self.\n\nNothing else here.', filename: 'note.txt' }, 'UNRECOGNISED_FORMAT', 'unrecognised format', 'no byline', EXPECTED_FORMATS);
    expectFailure({ text: 'Just a title', filename: 'note.txt' }, 'UNRECOGNISED_FORMAT', 'the file ends after the title');
    expectFailure({ text: '# Heading\n\nSome markdown.', filename: 'post.md' }, 'UNRECOGNISED_FORMAT', 'Markdown without YAML front matter', EXPECTED_FORMATS);
  });
});

describe('detectFormat', () => {
  it.each([
    ['{"title": "T"}', undefined, 'json'],
    ['  [1]', undefined, 'json'],
    ['[VIDEO] Title\nJane DoeMonday, 4 August 2025\n\nBody.', undefined, 'text'],
    ['anything', 'a.json', 'json'],
    ['---\ntitle: T\n---\n', undefined, 'markdown'],
    ['# no front matter', 'a.md', 'markdown'],
    [GOOD_TEXT, 'a.txt', 'text'],
    [GOOD_TEXT, undefined, 'text'],
  ] as const)('%j (%s) → %s', (text, filename, format) => {
    expect(detectFormat(text, filename)).toBe(format);
  });

  it('parses a "[…]" title as plain text', () => {
    expect(parseArticle({ text: '[VIDEO] Title\nJane DoeMonday, 4 August 2025\n\nBody.' }).title).toBe('[VIDEO] Title');
  });
});
