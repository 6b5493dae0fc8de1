import type { ParsedArticleMeta } from '../contract.js';
import type { ParseOptions } from './common.js';
import { EXPECTED_FORMATS, ParseError } from './errors.js';
import { decodeInput } from './input.js';
import { looksLikeJson, parseJsonArticle } from './json.js';
import { hasFrontMatter, parseMarkdown } from './markdown.js';
import { parsePlainText } from './plaintext.js';

export { DEFAULT_LANGUAGE, type ParseOptions } from './common.js';
export { parseDate } from './dates.js';
export { EXPECTED_DATE, EXPECTED_FORMATS, MAX_ARTICLE_BYTES, PARSE_ERROR_CODES, ParseError, isParseError, type ParseErrorCode } from './errors.js';
export { decodeInput } from './input.js';
export { jsonArticleSchema, parseJsonArticle } from './json.js';
export { markdownParagraphs, parseMarkdown } from './markdown.js';
export { parseByline, parsePlainText, type Byline } from './plaintext.js';
export { COMMON_TAGS, NEWS_WORDS, dedupeTags, parseTagLines, splitRunTogetherTags } from './tags.js';

export type ArticleFormat = 'text' | 'markdown' | 'json';

export interface ParseInput {
  text: string | Buffer;
  /** Used for format detection by extension and named in errors. */
  filename?: string;
  /** Tags the graph already knows: they help split run-together tag lines. */
  knownTags?: string[];
}

function extensionOf(filename: string | undefined): string {
  const m = filename ? /\.([a-z0-9]+)$/i.exec(filename) : null;
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * Which parser reads this text. The content decides (a JSON object, a '---' front-matter block, or
 * anything else as plain text); the extension only breaks ties: `.json` is always JSON, and `.md`
 * without front matter is refused rather than read as plain text.
 */
export function detectFormat(text: string, filename?: string): ArticleFormat {
  const ext = extensionOf(filename);
  if (ext === 'json' || /^\s*\{/.test(text)) return 'json';
  if (hasFrontMatter(text) || ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  if (looksLikeJson(text)) {
    // "[" starts JSON arrays, but also plain-text titles like "[VIDEO] …": only valid JSON counts.
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return 'text';
    }
  }
  return 'text';
}

/**
 * Raw article (a file's text or bytes) → article metadata and body, in whichever of the three
 * formats it comes. Pure: no I/O. Throws ParseError for anything it cannot read.
 */
export function parseArticle(input: ParseInput): ParsedArticleMeta {
  const file = input.filename;
  const text = decodeInput(input.text, file);
  const options: ParseOptions = { ...(file !== undefined ? { filename: file } : {}), knownTags: input.knownTags ?? [] };
  const format = detectFormat(text, file);
  switch (format) {
    case 'json':
      return parseJsonArticle(text, options);
    case 'markdown':
      return parseMarkdown(text, options);
    case 'text':
      return parsePlainText(text, options);
    default: {
      const never: never = format;
      throw new ParseError('UNRECOGNISED_FORMAT', `unrecognised format ${String(never)}; ${EXPECTED_FORMATS}`, file);
    }
  }
}
