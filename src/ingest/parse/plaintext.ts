import type { ParsedArticleMeta } from '../contract.js';
import { cleanLine, finishMeta, type ParseOptions } from './common.js';
import { parseDate, WEEKDAY_NAME } from './dates.js';
import { EXPECTED_FORMATS, ParseError } from './errors.js';
import { looksLikeTagLine, parseTagLines } from './tags.js';

/**
 * Plain-text articles as news sites print them (see seed/articles/*.txt):
 *
 *    date 2025-07-22 All Sections                       optional header: date and section
 *   Russia will come to negotiating table … – ISW       title
 *                                                       (blank lines are optional up to the body)
 *   Olha HlushchenkoTuesday, 22 July 2025, 03:22        byline: authors run into the date
 *   Talks. Screenshot: video by the Foreign Ministry    optional photo caption
 *
 *   Body paragraphs, separated by blank lines; "Source: ISW" names the source.
 *
 *   ISWRusso-Ukrainian warnegotiations                  tags run together, then repeats
 *   ISW
 */

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;
/** A word of a person's name: capitalised, or a lowercase particle ("van", "de", "al-"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|van|von|de|der|den|da|di|del|della|du|la|le|bin|ibn|al|el)$/u;
/** Credits that mark a line as a photo caption wherever it stands. */
const STRONG_CREDIT = /\b(?:Photo(?:graph)?|Screenshot|Illustration|Image|Video|Collage)(?:\s+by)?\s*:|\bGetty Images\b|\bAP Photo\b|\bPhoto credit\b/i;
/** Words that make a short line right under the byline a caption. */
const CREDIT = /\b(?:Photo(?:graph)?s?|Screenshot|Getty|Images?|Illustrat\w*|Video|Collage|Credit|Reuters|AFP|EPA|AP)\b/i;
const SENTENCE_END = /[.!?…]["”’)]?$/u;
const MAX_CAPTION_LENGTH = 200;

export interface Byline {
  authors: string[];
  /** The date as written ("Tuesday, 22 July 2025, 03:22"); empty when the byline has none. */
  dateText: string;
  /** ISO form of dateText, or null when it has none or it does not parse. */
  publishedAt: string | null;
}

function namesOf(text: string): string[] | null {
  const cleaned = cleanLine(text)
    .replace(/^By\s+/i, '')
    .replace(/[\s,|•·–—-]+$/u, '');
  if (cleaned === '') return [];
  if (/[\d!?:;"“”()]/u.test(cleaned)) return null;
  const authors = cleaned.split(/\s*(?:,|&|\band\b)\s*/).map(cleanLine).filter(Boolean);
  for (const author of authors) {
    const words = author.split(' ');
    if (words.length > 6 || !/^\p{Lu}/u.test(author) || !words.every((w) => NAME_WORD.test(w))) return null;
  }
  return authors;
}

/**
 * Reads a byline: author names running straight into the date ("Olha HlushchenkoTuesday, 22 July
 * 2025, 03:22"), or "By Jane Doe | 22 July 2025". Returns null for lines that are not bylines; a
 * byline whose date does not parse comes back with publishedAt null so the caller can say so.
 */
export function parseByline(line: string): Byline | null {
  const text = cleanLine(line);
  if (text === '' || text.length > 200) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (i > 0 && !/[\p{Lu}\d]/u.test(c)) continue;
    const publishedAt = parseDate(text.slice(i));
    if (!publishedAt) continue;
    const authors = namesOf(text.slice(0, i));
    if (authors) return { authors, dateText: text.slice(i), publishedAt };
  }
  // Bylines whose date is missing or broken: "By Jane Doe", "Jane DoeTuesday, 31 June 2025".
  const weekday = /(?<=^|\p{Ll}|[\s,|•·–—-])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.exec(text);
  if (weekday) {
    const authors = namesOf(text.slice(0, weekday.index));
    if (authors) return { authors, dateText: text.slice(weekday.index), publishedAt: null };
  }
  if (/^By\s+\p{Lu}/u.test(text)) {
    const sep = /\s*[|•·–—]\s*/u.exec(text);
    const names = sep ? text.slice(0, sep.index) : text;
    const authors = namesOf(names);
    if (authors) return { authors, dateText: sep ? text.slice(sep.index + sep[0].length) : '', publishedAt: null };
  }
  return null;
}

/** A byline no title would be mistaken for: names, then a weekday or a time. */
function isUnmistakableByline(line: string): boolean {
  const byline = parseByline(line);
  return !!byline && byline.authors.length > 0 && (WEEKDAY_NAME.test(byline.dateText) || /\d:\d\d/.test(byline.dateText));
}

function isCaption(line: string, directlyUnderByline: boolean): boolean {
  const text = line.trim();
  if (text.length > MAX_CAPTION_LENGTH) return false;
  if (directlyUnderByline) return CREDIT.test(text) || !SENTENCE_END.test(text);
  return STRONG_CREDIT.test(text) && !SENTENCE_END.test(text);
}

export function parsePlainText(text: string, options: ParseOptions = {}): ParsedArticleMeta {
  const file = options.filename;
  const lines = text.split('\n').map((l) => l.replace(/\s+$/u, ''));
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };

  skipBlank();
  let headerDate: string | undefined;
  let section: string | undefined;
  const header = HEADER.exec(lines[i] ?? '');
  if (header) {
    headerDate = header[1];
    section = header[2] || undefined;
    i++;
    skipBlank();
  }

  const titleHint = "expected the title on the first line (after an optional ' date YYYY-MM-DD Section' header), followed by the byline";
  const titleLine = lines[i];
  if (titleLine === undefined || isUnmistakableByline(titleLine)) {
    const what = titleLine === undefined ? 'the file has no text after the header' : `line ${i + 1} '${cleanLine(titleLine)}' is already the byline`;
    throw new ParseError('MISSING_TITLE', `missing title (${what}); ${titleHint}`, file);
  }
  const title = titleLine;
  i++;
  skipBlank();

  const bylineIndex = i;
  const byline = i < lines.length ? parseByline(lines[i]!) : null;
  let caption: string | undefined;
  if (byline) {
    i++;
    if (i < lines.length && lines[i]!.trim() !== '' && (lines[i + 1] ?? '').trim() === '' && isCaption(lines[i]!, true)) {
      caption = lines[i]!;
      i++;
    } else {
      const afterBlank = i;
      skipBlank();
      if (i > afterBlank && i < lines.length && (lines[i + 1] ?? '').trim() === '' && isCaption(lines[i]!, false)) {
        caption = lines[i]!;
        i++;
      }
    }
  } else if (!headerDate) {
    const found = i < lines.length ? `line ${i + 1} is '${cleanLine(lines[i]!).slice(0, 80)}'` : 'the file ends after the title';
    throw new ParseError(
      'UNRECOGNISED_FORMAT',
      `unrecognised format: no byline under the title (${found}; a byline looks like 'Olha HlushchenkoTuesday, 22 July 2025, 03:22'); ${EXPECTED_FORMATS}`,
      file,
    );
  }

  // Blocks of consecutive non-blank lines; trailing blocks made only of tag-like lines are tags.
  const blocks: string[][] = [];
  let current: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  let firstTagBlock = blocks.length;
  while (firstTagBlock > 1 && blocks[firstTagBlock - 1]!.every(looksLikeTagLine)) firstTagBlock--;
  const tagLines = blocks.slice(firstTagBlock).flat();
  const paragraphs = blocks.slice(0, firstTagBlock).map((block) => block.join(' '));

  return finishMeta(
    {
      title,
      date: byline?.dateText || headerDate,
      dateField: 'publishedAt',
      authors: byline?.authors ?? [],
      tags: parseTagLines(tagLines, options.knownTags ?? []),
      section,
      caption,
      paragraphs,
    },
    file,
    {
      title: titleHint,
      date: `no date in the byline (line ${bylineIndex + 1}) or a ' date YYYY-MM-DD' header; expected a byline like 'Olha HlushchenkoTuesday, 22 July 2025, 03:22'`,
    },
  );
}
