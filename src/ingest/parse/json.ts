import { z } from 'zod';
import type { ParsedArticleMeta } from '../contract.js';
import { cleanLine, describeValue, finishMeta, paragraphsOf, shapeError, splitAuthors, type ParseOptions } from './common.js';
import { ParseError } from './errors.js';

/**
 * JSON articles: `{title, body, publishedAt, authors, url, tags}` plus optional section, source,
 * caption and language. `body` is one string (paragraphs separated by blank lines) or an array of
 * paragraphs. `date` and `author` are accepted for publishedAt and authors. Other keys are ignored.
 */

const stringOrList = z.union([z.string(), z.array(z.string())]);
export const jsonArticleSchema = z.looseObject({
  title: z.string().optional(),
  body: stringOrList,
  publishedAt: z.string().optional(),
  date: z.string().optional(),
  authors: stringOrList.optional(),
  author: stringOrList.optional(),
  url: z.string().optional(),
  tags: stringOrList.optional(),
  section: z.string().optional(),
  source: z.string().optional(),
  caption: z.string().optional(),
  language: z.string().optional(),
});
export type JsonArticle = z.infer<typeof jsonArticleSchema>;

const EXPECTED_FIELD: Record<string, string> = {
  title: 'a non-empty string',
  body: 'a string or an array of paragraph strings',
  publishedAt: "an ISO 8601 date string like \"2025-07-22\" or \"2025-07-22T03:22:00+03:00\"",
  date: "an ISO 8601 date string like \"2025-07-22\"",
  authors: 'an array of names',
  author: 'a name',
  url: 'an absolute URL string',
  tags: 'an array of strings',
};

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

export function parseJsonArticle(text: string, options: ParseOptions = {}): ParsedArticleMeta {
  const file = options.filename;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ParseError('BAD_JSON', `not valid JSON (${detail}); expected a JSON object {title, body, publishedAt}`, file, { cause });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ParseError('BAD_SHAPE', `JSON is ${describeValue(data)}; expected one article as a JSON object {title, body, publishedAt, authors, url, tags}`, file);
  }
  const result = jsonArticleSchema.safeParse(data);
  if (!result.success) throw shapeError(result.error.issues, data, 'JSON field', EXPECTED_FIELD, file);
  const article = result.data;

  const authorsValue = article.authors ?? article.author;
  const authors = authorsValue === undefined ? [] : typeof authorsValue === 'string' ? splitAuthors(authorsValue) : authorsValue;
  const tags = article.tags === undefined ? [] : typeof article.tags === 'string' ? article.tags.split(/\s*[,;]\s*/) : article.tags;
  const paragraphs = typeof article.body === 'string' ? paragraphsOf(article.body) : article.body.flatMap(paragraphsOf);

  return finishMeta(
    {
      title: article.title,
      date: article.publishedAt ?? article.date,
      dateField: article.publishedAt === undefined && article.date !== undefined ? 'date' : 'publishedAt',
      authors,
      tags: tags.map(cleanLine),
      url: article.url,
      section: article.section,
      language: article.language,
      caption: article.caption,
      source: article.source,
      paragraphs,
    },
    file,
    {
      title: 'expected a non-empty "title" string',
      date: 'expected a "publishedAt" string, ISO 8601 like "2025-07-22" or "2025-07-22T03:22:00+03:00"',
    },
  );
}
