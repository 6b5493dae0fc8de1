/**
 * Exact, deterministic date parsing for article metadata. Only forms a publisher writes are
 * accepted; anything vaguer ("next Tuesday-ish", "yesterday") is refused rather than guessed.
 *
 *   2025-07-22 · 2025-07-22T03:22 · 2025-07-22T03:22:00+03:00 · 2025-07-22 03:22 EEST
 *   22 July 2025 · Tuesday, 22 July 2025, 03:22 · 22 Jul 2025 03:22 (UTC+3)
 *   July 22, 2025 · Tue, July 22, 2025 at 3:22 PM EDT · 22.07.2025 15:00
 *
 * Output: `YYYY-MM-DD` without a time, `YYYY-MM-DDTHH:MM:SS` with one, plus the offset (`Z`,
 * `+03:00`) when the text names a time zone.
 */

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Zone abbreviations that are unambiguous in European and US news. */
const ZONES: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z', WET: '+00:00', WEST: '+01:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00',
  MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\\.?';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const WEEKDAY_PREFIX = new RegExp(`^${WEEKDAY_RE},?\\s+`, 'i');
/** What may separate a date from its time: "22 July 2025, 03:22", "… at 3:22", "2025-07-22T03:22". */
const TIME_SEPARATOR = /^(?:T|\s*,\s*|\s+at\s+|\s*[|–—-]\s*|\s+)/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:\s*([ap])\.?m\.?(?![a-z]))?/i;
const NUMERIC_OFFSET = /^\(?\s*(?:(?:UTC|GMT)\s*)?([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?/i;
const UTC_OFFSET = /^\(?\s*(?:UTC|GMT)\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?/i;
const ZONE_NAME = /^\(?\s*([A-Z]{1,4})\s*\)?(?![A-Za-z])/;

export const WEEKDAY_NAME = new RegExp(`^${WEEKDAY_RE}`, 'i');

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function parseOffset(sign: string, hours: string, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  if (h > 14 || m > 59) return null;
  if (h === 0 && m === 0) return sign === '+' ? '+00:00' : null;
  return `${sign === '+' ? '+' : '-'}${pad(h)}:${pad(m)}`;
}

/** Parses a time-zone designator at the start of `rest`; returns the offset and what it consumed. */
function parseZone(rest: string): { offset: string; length: number } | null {
  const utc = UTC_OFFSET.exec(rest);
  if (utc) {
    const offset = parseOffset(utc[1]!, utc[2]!, utc[3]);
    return offset ? { offset, length: utc[0].length } : null;
  }
  if (/^Z$/.test(rest)) return { offset: 'Z', length: 1 };
  const numeric = NUMERIC_OFFSET.exec(rest);
  if (numeric && /^\(?\s*[+\-−–]\s*\d{2}(?::?\d{2})?\s*\)?$/.test(rest)) {
    const offset = parseOffset(numeric[1]!, numeric[2]!, numeric[3]);
    return offset ? { offset, length: numeric[0].length } : null;
  }
  const name = ZONE_NAME.exec(rest);
  if (name) {
    const offset = ZONES[name[1]!.toUpperCase()];
    if (offset && name[1] === name[1]!.toUpperCase()) return { offset, length: name[0].length };
  }
  return null;
}

/**
 * Parses a publication date as a publisher writes it; returns the ISO form, or null when the text
 * is not exactly a date (trailing words, impossible days and vague phrases all give null).
 */
export function parseDate(input: string): string | null {
  let rest = input.trim().replace(/\s+/g, ' ');
  rest = rest.replace(WEEKDAY_PREFIX, '');

  let year: number;
  let month: number;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = ISO_DATE.exec(rest))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = DAY_MONTH_YEAR.exec(rest))) {
    [day, month, year] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3])];
  } else if ((m = MONTH_DAY_YEAR.exec(rest))) {
    [month, day, year] = [MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3])];
  } else if ((m = DOTTED.exec(rest))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else return null;
  if (!validDay(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  rest = rest.slice(m[0].length);
  if (rest.trim() === '') return date;

  const sep = TIME_SEPARATOR.exec(rest);
  const afterSep = sep ? rest.slice(sep[0].length) : rest;
  const t = TIME.exec(afterSep);
  if (!t) return null;
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  const second = t[3] ? Number(t[3]) : 0;
  const meridiem = t[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'p' && hour !== 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${t[4] ?? ''}`;
  rest = afterSep.slice(t[0].length).trim();
  if (rest === '') return `${date}T${time}`;

  const zone = parseZone(rest);
  if (!zone || rest.slice(zone.length).trim() !== '') return null;
  return `${date}T${time}${zone.offset}`;
}

/** YAML front matter gives dates as Date objects; keep what the file said when we can. */
export function dateFromYaml(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
