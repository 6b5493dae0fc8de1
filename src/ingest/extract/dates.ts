import * as chrono from 'chrono-node';

/**
 * Date expressions resolved against the article's publication date, with chrono-node doing the
 * parsing. News conventions on top: a bare weekday means the last one on or before publication
 * (the next one in future context), "the end of August" is a month, "within 50 days from 14 July"
 * is a range from a start date to a deadline.
 */

export interface DateMention {
  /** Offsets of the expression in the analysed text. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  /** For ranges and deadlines ("within 50 days from 14 July"): the end, same format. */
  endDate?: string;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of an ISO 8601 timestamp as written (its own offset, not the machine's). */
export function publishedDay(publishedAt: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function formatYmd(d: Ymd): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(d: Ymd, months: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1 + months, d.day));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

const FUTURE_LOCAL = /\b(will|would|shall|expected|scheduled|due|upcoming|planned|opens|begins|starts|is to|are to)\b[^.;]*$|\bfor\s+$/i;
const PAST_LOCAL = /\b(said|told|announced|confirmed|warned|claimed|added|noted|was|were|had|did|made|left|kept|built|became|drove|stole|ran|won|began|took|met|held|fell|rose|came|went|lost|saw|gave|struck|sold|bought|paid|spent|sent|found|broke|grew|drew|wrote|chose|flew|swore|froze|sank|stood|brought|caught|taught|fought|thought|sought)\b[^.;]*$/i;
const RANGE = /\b(?:within|in)\s+(\d+|[a-z]+)\s+(days?|weeks?|months?)(?:\s+(?:from|of|after|starting(?:\s+from)?)\s+)?/gi;
const MONTH_PART = /\b(?:(?:at|by|until|before|in|from)\s+)?(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of|(?:early|late|mid)[-\s])\s*$/i;

/**
 * chrono's reading of each text, kept for the article: the event and trigger finders both read
 * every sentence, so each would be parsed two or three times. Keyed by the article's publication
 * day (one object per extract call, which all its findDates calls share), so nothing carries over
 * to another article and the readings go when the article does. chrono's results are only read.
 */
const parsedByArticle = new WeakMap<Ymd, Map<string, chrono.ParsedResult[]>>();

function parseDates(text: string, published: Ymd, ref: Date): chrono.ParsedResult[] {
  let parsed = parsedByArticle.get(published);
  if (!parsed) parsedByArticle.set(published, (parsed = new Map()));
  let results = parsed.get(text);
  if (!results) parsed.set(text, (results = chrono.en.GB.parse(text.replace(MONTH_THEN_FIGURE, '$1;').replace(FROM_DAY_MONTH, '    '), ref)));
  return results;
}

/**
 * A month, a comma and a short number is a date and a figure, never a two-digit year ("from 2 to
 * 23 November, 81% of members voted"): the comma becomes a semicolon for chrono, same length.
 */
/**
 * chrono reads "from 1 May", "from 1 June", "from 1 July" as the month alone (other months keep their day): the "from"
 * is blanked for chrono, same length, so it reads the day as it does "from 1 April" (the words before still say "from").
 */
const FROM_DAY_MONTH = /\bfrom(?=\s+\d{1,2}\s+(?:May|June|July)\b)/gi;

const MONTH_THEN_FIGURE = /\b(January|February|March|April|May|June|July|August|September|October|November|December),(?=\s*\d{1,2}(?!\d|:))/g;

/**
 * All date expressions in `text` resolved against `published`. `future` says whether the sentence
 * looks ahead ("will", "expected"), which decides a bare weekday.
 */
export function findDates(text: string, published: Ymd | null, future = false): DateMention[] {
  if (!published) return [];
  const ref = new Date(published.year, published.month - 1, published.day, 12);
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];

  // "within 50 days from 14 July", "within 50 days"
  for (const m of text.matchAll(RANGE)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
    if (!n) continue;
    const unit = m[2]!.toLowerCase();
    const rest = text.slice(m.index + m[0].length);
    let base: Ymd = published;
    let end = m.index + m[0].length;
    if (/\s$/.test(m[0]) || /(from|of|after|starting)\s*$/i.test(m[0])) {
      const start = parseDates(rest, published, ref)[0];
      if (start && start.index === 0 && start.start.isCertain('day')) {
        base = { year: start.start.get('year')!, month: start.start.get('month')!, day: start.start.get('day')! };
        end += start.text.length;
      }
    }
    const endDate = unit.startsWith('month') ? addMonths(base, n) : addDays(base, n * (UNIT_DAYS[unit] ?? 1));
    out.push({ start: m.index, end, text: text.slice(m.index, end), date: formatYmd(base), endDate: formatYmd(endDate) });
    taken.push([m.index, end]);
  }

  for (const r of parseDates(text, published, ref)) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    // chrono reads "50 days" or a lone number as a time; keep only expressions naming a day, weekday or month
    const known = r.start;
    const hasDay = known.isCertain('day');
    const hasMonth = known.isCertain('month');
    const hasWeekday = known.isCertain('weekday');
    if (!hasDay && !hasMonth && !hasWeekday) continue;
    if (/^\d+$/.test(r.text.trim())) continue;
    // a duration, not a time: "closed for 14 hours", "within 30 minutes"
    if (/^(?:for|in|within|after)?\s*(?:\d+|[a-z]+)\s+(?:hours?|minutes?|seconds?)$/i.test(r.text.trim())) continue;
    // … nor is a period that ends at another moment: "deliberated for four days before returning"
    if (/\bfor\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)\s+(?:before|after)$/i.test(r.text.trim())) continue;
    let date: string;
    const before = text.slice(0, start);
    if (hasWeekday && !hasDay && !hasMonth) {
      const target = known.get('weekday')!;
      const phrase = text.slice(Math.max(0, start - 6), end).toLowerCase();
      // the words just before decide: "will meet on Friday", "which opens on Monday", "said on Monday"
      const local = text.slice(Math.max(0, start - 30), start);
      // a weekday right before a past-tense verb is behind the writer whatever follows: "The Commission on Wednesday granted …, clearing the way for … next spring"
      const pastAfter = /^\s+(?:[a-z]{2,}ed|said|told|met|held|won|began|took|ran|sold|paid|found|broke|struck|set|cut|shut|gave|chose|flew|lost|fell|rose)\b/.test(text.slice(end, end + 20)) && !/\b(?:will|would|shall|to)\s+$/i.test(local);
      // (a past verb further back, past its object, too: "told the Senate's health committee on Wednesday that … would …")
      const wider = text.slice(Math.max(0, start - 60), start);
      // (only when nothing between looks ahead or starts another clause: "was ready to meet … on Monday", "…, meets on Thursday")
      const pastWider = PAST_LOCAL.exec(wider) ?? lastRegularPast(wider);
      // ("up to" is a quantity, no infinitive: "stranded for up to four hours on Wednesday"; nor is "to" before a name: "flew … to Nairobi on Sunday")
      const pastBefore = PAST_LOCAL.test(local) || (!!pastWider && !FUTURE_LOCAL.test(wider) && !/[,;]|(?<!\b[Uu]p\s)\b[Tt]o\s+[a-z]/.test(wider.slice(pastWider.index + pastWider[1]!.length)));
      const forward = /\bnext\b/.test(phrase) || (!/\blast\b/.test(phrase) && !pastAfter && (FUTURE_LOCAL.test(local) || (future && !pastBefore)));
      let d = published;
      let delta = (weekday(d) - target + 7) % 7;
      // "will discuss the plans on Wednesday" written on a Wednesday: a future verb right before a bare weekday that is the
      // publication's own looks a week on (a future cue elsewhere in the sentence does not, nor "later on Wednesday")
      // ("next Wednesday" written on a Wednesday is the one a week on)
      const weekOn = (FUTURE_LOCAL.test(local) || /\bnext\b/.test(phrase)) && !/\b(?:later|this|today|tonight)\b/.test(text.slice(Math.max(0, start - 12), end).toLowerCase());
      if (forward) delta = weekOn ? -((target - weekday(d) + 6) % 7) - 1 : -((target - weekday(d) + 7) % 7);
      d = addDays(d, -delta);
      date = formatYmd(d);
    } else if (MONTH_PART.test(before) || /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i.test(r.text) || (!hasDay && hasMonth) || /^(?:last|this|next)\s+(?:week|month)$/i.test(r.text.trim())) {
      const relative = /\b(?:last|this|next)\s+(?:week|month)\b/i.test(r.text);
      const year = known.isCertain('year') || relative ? known.get('year')! : yearWithout(known.get('month')!, 0, published, tense(text, start, future), known.get('year')!);
      date = `${year}-${String(known.get('month')).padStart(2, '0')}`;
    } else {
      const month = known.get('month')!;
      const day = known.get('day')!;
      const year = known.isCertain('year') || !hasMonth ? known.get('year')! : yearWithout(month, day, published, tense(text, start, future), known.get('year')!);
      date = formatYmd({ year, month, day });
    }
    const monthPart = MONTH_PART.exec(before);
    const s = monthPart ? start - monthPart[0].length + (monthPart[0].length - monthPart[0].trimStart().length) : start;
    const mention: DateMention = { start: s, end, text: text.slice(s, end), date };
    if (r.end && r.end.isCertain('day')) {
      mention.endDate = formatYmd({ year: r.end.get('year')!, month: r.end.get('month')!, day: r.end.get('day')! });
    }
    out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The last regular past verb of `text` with the rest of it after, as PAST_LOCAL's match gives it: "after the cabinet
 * approved the rise on" (a participle after a determiner modifies its noun: "the revised plan"; lower case only, so no name).
 */
function lastRegularPast(text: string): RegExpExecArray | null {
  const all = [...text.matchAll(/\b(?<!\b(?:the|a|an|its|their|his|her|our)\s)(?!(?:need|feed|seed|speed|bed|red|shed|led|bred|proceed|exceed|succeed|indeed|hundred)\b)([a-z]{2,}ed)\b(?=[^.;]*$)/g)];
  return (all[all.length - 1] as RegExpExecArray | undefined) ?? null;
}

const FUTURE_MONTH = /\b(will|shall|would|expected|scheduled|due|upcoming|planned|set|opens|begins|starts|takes place|is to|are to|next)\b[^.;]*$/i;
/** A past participle or past tense just before the date: "approved in July", "opened an investigation in August". */
// (not a participle that modifies a noun after a determiner: "in the revised budget in May" looks ahead with its sentence)
const PAST_VERB = /\b(?<!\b(?:the|a|an|its|their|his|her|our)\s)(?!(?:need|feed|seed|speed|bed|red|shed|led|bred)\b)[a-z]{2,}ed\b[^.;]*$/i;

const ASIDE = /,\s*(?:which|who|whose|that)\b[^,;]*,/gi;
/** A perfect or past passive ("had opened", "has been found", "were shipped") with no clause break or future word between it and the end. */
const PERFECT_CLAUSE = /\b(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]{2,}(?:ed|en)\b(?![^.;]*\b(?:will|would|shall|expected|due|next)\b)[^.;]*$/i;

/** Which way a date without a year leans: the words just before it, else the sentence's tense. */
function tense(text: string, start: number, future: boolean): 'future' | 'past' | 'neutral' {
  // a relative clause set off by commas is not the date's clause: "approved the project, which would pump …, on 20 November"
  const local = text.slice(Math.max(0, start - 120), start).replace(ASIDE, '').slice(-40);
  // "since August" is always behind the writer, whatever the tense around it
  if (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(local)) return 'past';
  // "payments that were due in October": what was due is behind the writer ("was set for 28 January" still looks ahead)
  if (/\b(?:was|were|had\s+been)\s+due\s+(?:in|on)\s+$/i.test(local)) return 'past';
  if (FUTURE_MONTH.test(local)) return 'future';
  // the start of what someone agreed or decided to do looks ahead, whatever the tense of the agreeing: "agreed to raise
  // their pay by 35% from January" (an infinitive, then "from" right before the date)
  // (however long the object between: "voted to ban single-use plastic bags in markets and shops from 1 July")
  if (/\bto\s+[a-z]+\b[^.;,]*\bfrom\s+$/i.test(text.slice(Math.max(0, start - 120), start).replace(ASIDE, ''))) return 'future';
  if (PAST_LOCAL.test(local) || PAST_VERB.test(local)) return 'past';
  // a perfect or past passive earlier in the date's clause, with nothing looking ahead since: "said it had opened an
  // investigation into the spill in October and would decide by January" (the sentence's "would" is another clause's)
  if (PERFECT_CLAUSE.test(text.slice(Math.max(0, start - 120), start).replace(ASIDE, ''))) return 'past';
  if (!future) {
    const clause = text.slice(0, start).replace(ASIDE, '');
    if (!FUTURE_MONTH.test(clause) && (PAST_LOCAL.test(clause) || PAST_VERB.test(clause))) return 'past';
  }
  return future ? 'future' : 'neutral';
}

/**
 * The year of a day or month written without one. chrono picks the nearest (`guess`), which puts
 * "in March" written in November next year even in the past tense: looking ahead, the first such
 * date on or after publication ("will be sentenced on 22 January" in November → next January); in
 * the past tense the publication year ("opened an investigation in August"); with no cue, chrono's
 * nearest. `day` 0 compares months.
 */
function yearWithout(month: number, day: number, published: Ymd, lean: 'future' | 'past' | 'neutral', guess: number): number {
  const before = month < published.month || (month === published.month && day > 0 && day < published.day);
  if (lean === 'future') return before ? published.year + 1 : published.year;
  return lean === 'past' ? published.year : guess;
}

/** Compare YYYY-MM(-DD) strings by their common precision: <0, 0, >0. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}
