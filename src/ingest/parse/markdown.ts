import matter from 'gray-matter';
import { z } from 'zod';
import { foldName } from '../../core/ids.js';
import type { ParsedArticleMeta } from '../contract.js';
import { cleanLine, describeValue, finishMeta, shapeError, splitAuthors, type ParseOptions } from './common.js';
import { dateFromYaml } from './dates.js';
import { EXPECTED_FORMATS, ParseError } from './errors.js';
import { dedupeTags } from './tags.js';

/**
 * Markdown with YAML front matter:
 *
 *   ---
 *   title: EU opens safeguard probe into steel imports
 *   publishedAt: 2025-09-03T10:30:00+02:00     (or date:)
 *   authors: [Jane Doe, John Roe]               (or author: Jane Doe)
 *   url: https://example.com/…
 *   tags: [EU, trade, steel]                    (or "EU, trade, steel")
 *   source: Reuters
 *   section: Business
 *   ---
 *
 *   Body paragraphs. Heading markers, emphasis, link targets and blockquote markers are dropped;
 *   everything else is kept as written.
 */

/** '---' then a newline; '---json' / '---js' name another front-matter language (JS is refused). */
const FRONT_MATTER = /^---[a-z]*[^\S\n]*\n/i;

export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(text);
}

const stringOrList = z.union([z.string(), z.array(z.string())]);
const frontMatterSchema = z.looseObject({
  title: z.union([z.string(), z.number()]).optional(),
  publishedAt: z.union([z.string(), z.date()]).optional(),
  date: z.union([z.string(), z.date()]).optional(),
  authors: stringOrList.optional(),
  author: stringOrList.optional(),
  url: z.string().optional(),
  tags: stringOrList.optional(),
  source: z.string().optional(),
  section: z.string().optional(),
  language: z.string().optional(),
  lang: z.string().optional(),
  caption: z.string().optional(),
});

const EXPECTED_FIELD: Record<string, string> = {
  title: 'a string',
  publishedAt: "a date like 2025-07-22 or '22 July 2025, 03:22'",
  date: "a date like 2025-07-22 or '22 July 2025, 03:22'",
  authors: 'a name or a list of names',
  author: 'a name or a list of names',
  tags: 'a list of strings or a comma-separated string',
};

function refuseEngine(name: string, file: string | undefined) {
  return (): never => {
    throw new ParseError('BAD_FRONT_MATTER', `front matter in ${name} is not accepted (it would run code); expected YAML front matter between '---' lines`, file);
  };
}

/** The value of `key:` as written in the YAML, so "2025-07-22" stays a date, not a UTC midnight. */
function rawYamlScalar(yaml: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[^\\S\\n]*(.+?)[^\\S\\n]*$`, 'm').exec(yaml);
  return m?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
}

const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)\s*$/;
const RULE = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;

/** Inline Markdown that is presentation, not text: emphasis, link targets, code ticks, escapes. */
export function stripInlineMarkdown(text: string): string {
  // Escaped characters ("\\*") are parked in the private-use area so no rule below touches them.
  const park = (c: string): string => String.fromCharCode(0xe100 + c.charCodeAt(0));
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>"])/g, (_, c: string) => park(c))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/[\ue100-\ue17f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe100));
}

/** Markdown body → paragraphs of text. A leading heading that repeats the title is dropped. */
export function markdownParagraphs(content: string, title: string): string[] {
  const blocks = content.replace(/<!--[\s\S]*?-->/g, '').split(/\n[ \t]*\n/);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.length === 1 && RULE.test(lines[0]!)) continue;
    lines = lines.map((l) => l.replace(/^>\s?/, ''));
    if (lines.length === 2 && SETEXT_UNDERLINE.test(lines[1]!)) lines = [lines[0]!];
    let text: string;
    const heading = lines.length === 1 ? HEADING.exec(lines[0]!) : null;
    if (heading) text = heading[1]!;
    else if (lines.every((l) => LIST_ITEM.test(l))) text = lines.join('\n');
    else text = lines.join(' ');
    text = stripInlineMarkdown(text).trim();
    if (text === '') continue;
    if (paragraphs.length === 0 && heading && foldName(text) === foldName(title)) continue;
    paragraphs.push(text);
  }
  return paragraphs;
}

export function parseMarkdown(text: string, options: ParseOptions = {}): ParsedArticleMeta {
  const file = options.filename;
  if (!hasFrontMatter(text)) {
    throw new ParseError(
      'UNRECOGNISED_FORMAT',
      `unrecognised format: Markdown without YAML front matter (the file must start with a '---' line, then title and publishedAt, then '---'); ${EXPECTED_FORMATS}`,
      file,
    );
  }
  if (!/\n---[^\S\n]*(?:\n|$)/.test(text.slice(3))) {
    throw new ParseError('BAD_FRONT_MATTER', "front matter is not closed; expected a second '---' line after the fields", file);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        js: refuseEngine('JavaScript', file),
        javascript: refuseEngine('JavaScript', file),
        coffee: refuseEngine('CoffeeScript', file),
        coffeescript: refuseEngine('CoffeeScript', file),
        cson: refuseEngine('CoffeeScript', file),
      },
    });
  } catch (cause) {
    if (cause instanceof ParseError) throw cause;
    const detail = cleanLine(cause instanceof Error ? cause.message : String(cause)).slice(0, 200);
    throw new ParseError('BAD_FRONT_MATTER', `front matter is not valid YAML (${detail}); expected 'key: value' lines between '---' lines`, file, { cause });
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ParseError('BAD_FRONT_MATTER', `front matter is ${describeValue(data)}; expected 'key: value' fields (title, publishedAt, authors, tags…)`, file);
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) throw shapeError(result.error.issues, data, 'front matter field', EXPECTED_FIELD, file);
  const fm = result.data;
  const title = fm.title === undefined ? undefined : String(fm.title);

  const dateField = fm.publishedAt === undefined && fm.date !== undefined ? 'date' : 'publishedAt';
  const dateValue = fm.publishedAt ?? fm.date;
  const date = dateValue instanceof Date ? (rawYamlScalar(parsed.matter, dateField) ?? dateFromYaml(dateValue)) : dateValue;

  const authorsValue = fm.authors ?? fm.author;
  const authors = authorsValue === undefined ? [] : typeof authorsValue === 'string' ? splitAuthors(authorsValue) : authorsValue;
  const tags = fm.tags === undefined ? [] : typeof fm.tags === 'string' ? fm.tags.split(/\s*[,;]\s*/) : fm.tags;

  return finishMeta(
    {
      title,
      date,
      dateField,
      authors,
      tags: dedupeTags(tags),
      url: fm.url,
      section: fm.section,
      language: fm.language ?? fm.lang,
      caption: fm.caption,
      source: fm.source,
      paragraphs: markdownParagraphs(parsed.content, cleanLine(title ?? '')),
    },
    file,
    {
      title: "expected a 'title:' field in the front matter",
      date: "expected a 'publishedAt:' (or 'date:') field in the front matter, ISO 8601 like 2025-07-22 or '22 July 2025, 03:22'",
    },
  );
}
