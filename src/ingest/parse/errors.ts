/** Inputs larger than this are refused before decoding: no news article is 5 MB of text. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What went wrong, for callers that branch on it (exit codes, API error extensions, tests). */
export const PARSE_ERROR_CODES = [
  'EMPTY',
  'TOO_LARGE',
  'BINARY',
  'ENCODING',
  'UNRECOGNISED_FORMAT',
  'BAD_JSON',
  'BAD_FRONT_MATTER',
  'BAD_SHAPE',
  'MISSING_TITLE',
  'MISSING_DATE',
  'BAD_DATE',
  'EMPTY_BODY',
] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

/**
 * A raw article that cannot be turned into article metadata. `message` names the file (when
 * known), the problem and what was expected; `reason` is the same text without the file name.
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly code: ParseErrorCode;
  readonly file: string | undefined;
  readonly reason: string;

  constructor(code: ParseErrorCode, reason: string, file?: string, options?: { cause?: unknown }) {
    super(file ? `${file}: ${reason}` : reason, options);
    this.code = code;
    this.file = file;
    this.reason = reason;
  }
}

export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError;
}

/** "22 July 2025, 03:22" is what a human writes; the ISO form is what machines write. */
export const EXPECTED_DATE = "expected ISO 8601 like 2025-07-22 or '22 July 2025, 03:22'";

export const EXPECTED_FORMATS =
  'expected plain text with a title and a byline, Markdown with YAML front matter, or JSON {title, body, publishedAt}';
