import type { ParsedArticleMeta } from '../contract.js';
import { parseDate } from './dates.js';
import { EXPECTED_DATE, ParseError } from './errors.js';
import { dedupeTags } from './tags.js';

/** Language assumed when the source does not say: the corpus is English-language news. */
export const DEFAULT_LANGUAGE = 'en';

export interface ParseOptions {
  /** Shown in errors (and ParseError.file). */
  filename?: string;
  /** Tags the graph already knows, used to split run-together tag lines. */
  knownTags?: readonly string[];
}

/** "Source: ISW" (a paragraph of its own) names the article's source. */
const SOURCE_LINE = /^Sources?:\s*(.{1,120}?)\s*\.?$/;

export function sourceFromParagraphs(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs) {
    const m = SOURCE_LINE.exec(p);
    if (m) return m[1];
  }
  return undefined;
}

/** Whitespace inside a one-line value (title, author) collapsed; ends trimmed. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits "Jane Doe, John Roe and Ann Poe" into names. */
export function splitAuthors(text: string): string[] {
  return cleanLine(text)
    .replace(/^By\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map(cleanLine)
    .filter(Boolean);
}

/** Paragraph blocks (split on blank lines) with each block's lines joined by a space. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
}

export interface RawMeta {
  title?: string | undefined;
  /** The date as written; `dateField` names it in errors. */
  date?: string | undefined;
  dateField?: string;
  authors?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  url?: string | undefined;
  section?: string | undefined;
  language?: string | undefined;
  caption?: string | undefined;
  source?: string | undefined;
  paragraphs: readonly string[];
}

/**
 * The checks every format shares, and the contract's field order: title and date are required,
 * the date must parse, the URL must be absolute, the body must have text.
 */
export function finishMeta(raw: RawMeta, file: string | undefined, hints: { title: string; date: string }): ParsedArticleMeta {
  const title = cleanLine(raw.title ?? '');
  if (!title) throw new ParseError('MISSING_TITLE', `missing title; ${hints.title}`, file);

  const dateField = raw.dateField ?? 'publishedAt';
  const dateText = cleanLine(raw.date ?? '');
  if (!dateText) throw new ParseError('MISSING_DATE', `missing ${dateField}; ${hints.date}`, file);
  const publishedAt = parseDate(dateText);
  if (!publishedAt) throw new ParseError('BAD_DATE', `${dateField} '${dateText}' is not a date; ${EXPECTED_DATE}`, file);

  let url: string | undefined;
  if (raw.url !== undefined && cleanLine(raw.url) !== '') {
    url = cleanLine(raw.url);
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new ParseError('BAD_SHAPE', `url '${url}' is not an absolute http(s) URL; expected e.g. https://example.com/news/article`, file);
  }

  const paragraphs = raw.paragraphs.map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new ParseError('EMPTY_BODY', 'article has no body text; expected at least one paragraph after the title', file);

  const section = cleanLine(raw.section ?? '');
  const caption = cleanLine(raw.caption ?? '');
  const source = cleanLine(raw.source ?? '') || sourceFromParagraphs(paragraphs);
  // Key order follows the contract (and the seed's JSON); optional keys are left out, not undefined.
  return {
    title,
    publishedAt,
    authors: dedupeTags((raw.authors ?? []).map(cleanLine)), // same folding rule: "Jane Doe" once
    tags: dedupeTags(raw.tags ?? []),
    ...(url ? { url } : {}),
    ...(section ? { section } : {}),
    language: cleanLine(raw.language ?? '') || DEFAULT_LANGUAGE,
    ...(caption ? { caption } : {}),
    ...(source ? { source } : {}),
    body: paragraphs.join('\n\n'),
  };
}

/** "a number (42)", "a list", "null": what a bad field holds, for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `${typeof value === 'number' || typeof value === 'boolean' ? 'a ' : 'the '}${typeof value} ${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown}`;
}

interface Issue {
  path: readonly PropertyKey[];
  code?: string;
  errors?: readonly (readonly Issue[])[];
}

/** For "string or list of strings" unions, the branch that got furthest names the real culprit. */
function deepestPath(issue: Issue | undefined): PropertyKey[] {
  if (!issue) return [];
  let best: PropertyKey[] = [...issue.path];
  if (issue.code === 'invalid_union' && issue.errors) {
    for (const branch of issue.errors) {
      for (const inner of branch) {
        const path = [...issue.path, ...deepestPath(inner)];
        if (path.length > best.length) best = path;
      }
    }
  }
  return best;
}

/**
 * The first schema violation as "<where> 'tags[1]' is a number 42; expected a string": names the
 * field, what it holds and what it should hold.
 */
export function shapeError(
  issues: readonly Issue[],
  data: unknown,
  where: string,
  expected: Record<string, string>,
  file: string | undefined,
): ParseError {
  const path = deepestPath(issues[0]);
  let value: unknown = data;
  let name = '';
  for (const key of path) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    name += typeof key === 'number' ? `[${key}]` : `${name ? '.' : ''}${String(key)}`;
  }
  const top = String(path[0] ?? '');
  const want = path.length > 1 && typeof path[1] === 'number' ? 'a string' : (expected[top] ?? 'a string');
  return new ParseError('BAD_SHAPE', `${where} '${name}' is ${describeValue(value)}; expected ${want}`, file);
}
