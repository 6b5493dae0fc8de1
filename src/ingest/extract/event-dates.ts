import type { EventStatus } from '../contract.js';
import { type DateMention, type Ymd, addDays, addMonths, compareDates, findDates, formatYmd } from './dates.js';
import { DATE_RULES, type DateRule, RELATIVE_DATE_RULES, STATUS_RULES } from './rules/event-dates.js';

/**
 * Dates for events: chrono-node's expressions (dates.ts) plus the deadline and range rules of
 * rules/event-dates.ts, each result naming the rule that read it. A deadline has no start
 * (`date: null`) and its last day in `endDate`; "within two weeks" counts from publication, so it
 * is a deadline too unless a start is written ("within 50 days from 14 July").
 */

export interface EventDate {
  start: number;
  end: number;
  text: string;
  date: string | null;
  endDate?: string;
  /** Rule id: `date.chrono`, `date.chrono.within` or one of DATE_RULES. */
  rule: string;
  /** The other days of a list ("on 3 and 10 December"): each dates an event of its own. */
  also?: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90 };
const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** A month named without a year is this year's, or next year's when it has already passed. */
function yearOf(month: number, published: Ymd, written?: string): number {
  if (written) return Number(written);
  return month < published.month ? published.year + 1 : published.year;
}

/** A written year, or "next year" / "this year" counted from publication. */
function yearIn(written: string | undefined, published: Ymd): number | undefined {
  if (!written) return undefined;
  if (/^next/i.test(written)) return published.year + 1;
  if (/^this/i.test(written)) return published.year;
  return Number(written);
}

function produce(rule: DateRule, m: RegExpExecArray, text: string, published: Ymd): { date: string | null; endDate: string | null; length: number; also?: string[] } | null {
  const g = m.groups ?? {};
  const month = g['month'] ? MONTHS.indexOf(g['month'].toLowerCase()) + 1 : 0;
  const shift = g['rel']?.toLowerCase() === 'next' ? 1 : 0;
  switch (rule.production) {
    case 'end-of-relative-year':
      return { date: null, endDate: `${published.year + shift}-12-31`, length: m[0].length };
    case 'end-of-relative-month': {
      const d = addMonths({ ...published, day: 1 }, shift);
      return { date: null, endDate: lastDay(d.year, d.month), length: m[0].length };
    }
    case 'end-of-quarter': {
      const q = QUARTERS[g['q']!.toLowerCase()]!;
      const year = yearIn(g['year'], published) ?? (q * 3 < published.month ? published.year + 1 : published.year);
      return { date: null, endDate: lastDay(year, q * 3), length: m[0].length };
    }
    case 'christmas': {
      const year = published.month === 12 && published.day > 25 ? published.year + 1 : published.year;
      return { date: null, endDate: `${year}-12-25`, length: m[0].length };
    }
    case 'this-week':
      return { date: formatYmd(published).slice(0, 7), endDate: null, length: m[0].length };
    case 'end-of-year':
    case 'by-year':
      return { date: null, endDate: `${g['year']}-12-31`, length: m[0].length };
    case 'end-of-month':
      return { date: null, endDate: lastDay(yearOf(month, published, g['year']), month), length: m[0].length };
    case 'quarter': {
      const q = QUARTERS[g['q']!.toLowerCase()]!;
      const year = yearIn(g['year'], published)!;
      return { date: `${year}-${pad(q * 3 - 2)}`, endDate: `${year}-${pad(q * 3)}`, length: m[0].length };
    }
    case 'half': {
      const first = g['h']!.toLowerCase() === 'first' ? 1 : 7;
      const year = yearIn(g['year'], published)!;
      return { date: `${year}-${pad(first)}`, endDate: `${year}-${pad(first + 5)}`, length: m[0].length };
    }
    case 'night-of': {
      const year = month > published.month ? published.year - 1 : published.year;
      return { date: `${year}-${pad(month)}-${pad(Number(g['d1']))}`, endDate: `${year}-${pad(month)}-${pad(Number(g['d2']))}`, length: m[0].length };
    }
    case 'period-to': {
      let end = published;
      for (const [n, u] of [[g['n1'], g['u1']], [g['n2'], g['u2']]] as const) {
        if (!n || !u) continue;
        const count = /^\d+$/.test(n) ? Number(n) : NUMBERS[n.toLowerCase()];
        if (!count) return null;
        end = u.toLowerCase().startsWith('month') ? addMonths(end, count) : addDays(end, count * (u.toLowerCase().startsWith('week') ? 7 : 1));
      }
      return { date: null, endDate: formatYmd(end), length: m[0].length };
    }
    case 'by-month':
      return { date: null, endDate: lastDay(yearOf(month, published, g['year']), month), length: m[0].length };
    case 'until-month':
      return { date: null, endDate: `${yearOf(month, published, g['year'])}-${pad(month)}`, length: m[0].length };
    case 'day-list': {
      const days = dayList(m[0], published, g['year']);
      if (days.length < 2) return null;
      return { date: days[0]!, endDate: null, length: m[0].length, also: days.slice(1) };
    }
    case 'by-date': {
      const after = findDates(text.slice(m.index + m[0].length), published, true)[0];
      if (!after || after.start !== 0 || after.date.length !== 10) return null;
      return { date: null, endDate: after.date, length: m[0].length + after.end };
    }
  }
}

/**
 * The days of a written list, each with its month: a day without one takes the next month written
 * after it ("3 and 10 December", "30 September and 7 October"), or the one before it when the month
 * comes first ("December 3 and 10"). The year as written, else as for a month without one.
 */
function dayList(written: string, published: Ymd, year: string | undefined): string[] {
  const parts = [...written.matchAll(/(?<month>[a-z]+)?\s*\b(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:\s+(?<after>[a-z]+))?/gi)].map((p) => {
    const monthOf = (w: string | undefined): number => (w ? MONTHS.indexOf(w.toLowerCase()) + 1 : 0);
    return { day: Number(p.groups!['day']), before: monthOf(p.groups!['month']), after: monthOf(p.groups!['after']) };
  });
  const days = parts.filter((p) => p.day >= 1 && p.day <= 31);
  const out: string[] = [];
  let carried = 0;
  for (let i = 0; i < days.length; i++) {
    const month = days[i]!.after || days.slice(i + 1).find((d) => d.after)?.after || days[i]!.before || carried;
    if (!month) return [];
    carried = days[i]!.before || carried;
    out.push(`${yearOf(month, published, year)}-${pad(month)}-${pad(days[i]!.day)}`);
  }
  return out;
}

/**
 * Every date expression of one sentence, offsets relative to `text`. `anchor` is the last full date
 * of the sentence before, from which "the day before" or "a week later" count when the sentence
 * itself has none before them.
 */
export function findEventDates(text: string, published: Ymd | null, future: boolean, anchor?: string): EventDate[] {
  if (!published) return [];
  const out: EventDate[] = [];
  for (const rule of DATE_RULES) {
    for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
      if (out.some((o) => m.index < o.end && m.index + m[0].length > o.start)) continue;
      const r = produce(rule, m as RegExpExecArray, text, published);
      if (!r) continue;
      out.push({ start: m.index, end: m.index + r.length, text: text.slice(m.index, m.index + r.length), date: r.date, ...(r.endDate ? { endDate: r.endDate } : {}), rule: rule.id, ...(r.also ? { also: r.also } : {}) });
    }
  }
  for (const d of findDates(text, published, future)) {
    if (out.some((o) => d.start < o.end && d.end > o.start)) continue;
    // a duration, not a date: "would last two days", "in the past three weeks"
    if (/^(?:the\s+)?(?:last|past|next)\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months|years)$/i.test(d.text.trim())) continue;
    // … nor is how long something lasts: "stopped processing cane for a week", "will close for two weeks from Monday"
    if (/^for\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?)$/i.test(d.text.trim())) continue;
    out.push(fromChrono(d));
  }
  out.sort((a, b) => a.start - b.start);
  return relativeDates(text, out, anchor);
}

/** RELATIVE_DATE_RULES over the dates already read: each counts from the last full date before it (chrono's reading from publication is dropped). */
function relativeDates(text: string, dates: EventDate[], anchor: string | undefined): EventDate[] {
  let out = dates;
  for (const rule of RELATIVE_DATE_RULES) {
    for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.rule !== 'date.chrono' && start < o.end && end > o.start)) continue;
      out = out.filter((o) => !(start < o.end && end > o.start));
      const from = [...out].reverse().find((o) => o.end <= start && o.date?.length === 10)?.date ?? anchor;
      if (!from) continue;
      const n = m.groups?.['n'];
      const count = !n || /^(?:a|one)$/i.test(n) ? 1 : /^\d+$/.test(n) ? Number(n) : NUMBERS[n.toLowerCase()] ?? 1;
      const [y, mo, d] = from.split('-').map(Number) as [number, number, number];
      const date = formatYmd(addDays({ year: y, month: mo, day: d }, rule.days * count));
      out = [...out, { start, end, text: m[0], date, rule: rule.id }].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

function fromChrono(d: DateMention): EventDate {
  // "within two weeks" (from publication) is a deadline; "within 50 days from 14 July" keeps its start
  if (d.endDate && /^(?:within|in)\b/i.test(d.text) && !/\b(?:from|of|after|starting)\b/i.test(d.text)) {
    return { start: d.start, end: d.end, text: d.text, date: null, endDate: d.endDate, rule: 'date.chrono.within' };
  }
  return { start: d.start, end: d.end, text: d.text, date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}), rule: 'date.chrono' };
}

/**
 * The status of an event from the words before its trigger (`before`), the clause around it
 * (`around`) and its date: a deadline or a future cue → expected, an announcing verb → announced,
 * else the date against publication (after → expected), else occurred.
 */
export function eventStatus(before: string, around: string, date: string | null, endDate: string | null | undefined, published: Ymd | null): { status: EventStatus; rule: string } {
  for (const r of STATUS_RULES) {
    const target = r.status === 'announced' ? before : around;
    if (r.pattern.test(target)) return { status: r.status, rule: r.id };
  }
  const today = published ? formatYmd(published) : null;
  if (!date && endDate) return { status: 'expected', rule: 'status.expected.deadline' };
  if (date && today && compareDates(date, today) > 0) return { status: 'expected', rule: 'status.expected.after-publication' };
  return { status: 'occurred', rule: 'status.occurred.default' };
}
