import type { EventStatus } from '../../contract.js';

/**
 * Date and status rules for events, as data with ids (the productions live in event-dates.ts
 * beside the finder). chrono-node reads ordinary dates ("21 July", "on Monday", "next month");
 * these cover what news writes around it: deadlines ("by the end of 2027", "no later than 30 June"),
 * quarters and overnight ranges, and the cue words that say whether an event happened, was
 * announced or is expected.
 */

export type DeadlineProduction =
  | 'end-of-year'
  | 'end-of-month'
  | 'end-of-relative-year'
  | 'end-of-relative-month'
  | 'end-of-quarter'
  | 'christmas'
  | 'this-week'
  | 'by-year'
  | 'quarter'
  | 'half'
  | 'night-of'
  | 'by-date'
  | 'period-to'
  | 'by-month'
  | 'until-month'
  | 'day-list';

export interface DateRule {
  id: string;
  /** Matched case-insensitively against the sentence; named groups feed the production. */
  pattern: RegExp;
  production: DeadlineProduction;
  examples: Array<[text: string, date: string | null, endDate: string | null]>;
}

const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const MONTH = '(?<month>january|february|march|april|may|june|july|august|september|october|november|december)';

/** Examples resolve against a publication date of Wednesday 10 September 2025 (see the tests). */
export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date.deadline.end-of-year',
    pattern: /\b(?:by|before|until|till|through|at)\s+(?:the\s+)?end\s+of\s+(?<year>\d{4})\b/gi,
    production: 'end-of-year',
    examples: [['by the end of 2027', null, '2027-12-31']],
  },
  {
    id: 'date.deadline.end-of-month',
    pattern: new RegExp(`\\b(?:by|before|until|till|through|at)\\s+(?:the\\s+)?end\\s+of\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?\\b`, 'gi'),
    production: 'end-of-month',
    examples: [['by the end of October', null, '2025-10-31'], ['at the end of June 2026', null, '2026-06-30']],
  },
  {
    id: 'date.deadline.end-of-relative-year',
    pattern: /\b(?:by|before|until|till|through|at)\s+(?:the\s+)?end\s+of\s+(?<rel>this|next|the)\s+year\b/gi,
    production: 'end-of-relative-year',
    examples: [['by the end of next year', null, '2026-12-31'], ['before the end of the year', null, '2025-12-31']],
  },
  {
    id: 'date.deadline.end-of-relative-month',
    pattern: /\b(?:by|before|until|till|through|at)\s+(?:the\s+)?end\s+of\s+(?<rel>this|next|the)\s+month\b/gi,
    production: 'end-of-relative-month',
    examples: [['by the end of the month', null, '2025-09-30'], ['at the end of next month', null, '2025-10-31']],
  },
  {
    id: 'date.deadline.end-of-quarter',
    // without a year: the first such quarter that has not ended at publication
    pattern: /\b(?:by|before|until|till|through|at)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?<year>\d{4}|next\s+year|this\s+year))?/gi,
    production: 'end-of-quarter',
    examples: [['by the end of the first quarter', null, '2026-03-31'], ['by the end of the third quarter of 2027', null, '2027-09-30']],
  },
  {
    id: 'date.deadline.christmas',
    pattern: /\b(?:by|before|until|till|ahead\s+of)\s+Christmas\b/gi,
    production: 'christmas',
    examples: [['before Christmas', null, '2025-12-25']],
  },
  {
    id: 'date.relative.this-week',
    // chrono reads no "later this week"; a week is dated by its month (the convention for "next week")
    pattern: /\b(?:later|earlier)\s+this\s+week\b/gi,
    production: 'this-week',
    examples: [['later this week', '2025-09', null]],
  },
  {
    id: 'date.deadline.by-year',
    pattern: /\b(?:by|before)\s+(?<year>(?:19|20)\d{2})\b(?!\s*(?:per|%|people|units))/gi,
    production: 'by-year',
    examples: [['by 2030', null, '2030-12-31']],
  },
  {
    id: 'date.range.quarter',
    pattern: /\b(?:in\s+)?(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?<year>\d{4}|next\s+year|this\s+year)\b/gi,
    production: 'quarter',
    examples: [['in the first quarter of 2026', '2026-01', '2026-03'], ['in the second quarter of next year', '2026-04', '2026-06']],
  },
  {
    id: 'date.range.half',
    // a half year is dated by its first month and ends with its last (seed/heldout-9: "in the first half of 2027")
    pattern: /\b(?:in\s+)?(?:the\s+)?(?<h>first|second)\s+half\s+of\s+(?<year>\d{4}|next\s+year|this\s+year)\b/gi,
    production: 'half',
    examples: [['in the first half of 2027', '2027-01', '2027-06'], ['in the second half of next year', '2026-07', '2026-12']],
  },
  {
    id: 'date.range.night-of',
    pattern: new RegExp(`\\b(?:on\\s+)?the\\s+night\\s+of\\s+(?<d1>\\d{1,2})\\s*[-–]\\s*(?<d2>\\d{1,2})\\s+${MONTH}`, 'gi'),
    production: 'night-of',
    examples: [['on the night of 4-5 August', '2025-08-04', '2025-08-05']],
  },
  {
    id: 'date.deadline.period-to',
    // "has two months and ten days to appeal", "were given 30 days to respond": counted from publication
    pattern: /\b(?:has|have|had|given|gets?|got)\s+(?:only\s+|just\s+)?(?<n1>\d+|[a-z]+)\s+(?<u1>days?|weeks?|months?)(?:\s+and\s+(?<n2>\d+|[a-z]+)\s+(?<u2>days?|weeks?|months?))?\s+(?:to|in which to)\s+/gi,
    production: 'period-to',
    examples: [['has two months and ten days to appeal', null, '2025-11-20']],
  },
  {
    id: 'date.list.days',
    // one event per day listed ("will strike on 3 and 10 December" is two strikes); the first day
    // dates the event the trigger makes, the others date copies of it (trigger-events.ts)
    pattern: new RegExp(`\\bon\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${MONTH_WORD})?(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${MONTH_WORD})?)*\\s*,?\\s+and\\s+(?:on\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?\\b`, 'gi'),
    production: 'day-list',
    examples: [['on 3 and 10 December', '2025-12-03', null], ['on 30 September and 7 October', '2025-09-30', null]],
  },
  {
    id: 'date.list.month-days',
    // the same written month first: "on December 3 and 10"
    pattern: new RegExp(`\\bon\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*\\s*,?\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4}))?`, 'gi'),
    production: 'day-list',
    examples: [['on December 3 and 10', '2025-12-03', null]],
  },
  {
    id: 'date.deadline.by-month',
    // a month as the limit is its last day, as "by the end of June" is
    pattern: new RegExp(`\\b(?:by|no\\s+later\\s+than|not\\s+later\\s+than)\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?\\b(?!\\s+\\d)`, 'gi'),
    production: 'by-month',
    examples: [['by June 2028', null, '2028-06-30'], ['by March', null, '2026-03-31']],
  },
  {
    id: 'date.deadline.until-month',
    // what lasts until a month ends in that month, written as the month (the annotation conventions): "a contract until June 2031"
    pattern: new RegExp(`\\b(?:until|till)\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?\\b(?!\\s+\\d)`, 'gi'),
    production: 'until-month',
    examples: [['until June 2031', null, '2031-06'], ['until March', null, '2026-03']],
  },
  {
    id: 'date.deadline.until-weekday',
    // a weekday as a limit is the coming one: "will stay closed until at least Monday", "must reply by Friday"
    pattern: /\b(?:by|until|till)\s+(?:at\s+least\s+)?(?=(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s))/gi,
    production: 'by-date',
    examples: [['until at least Monday', null, '2025-09-15'], ['by Friday', null, '2025-09-12']],
  },
  {
    id: 'date.deadline.by-date',
    // the date itself is read by chrono right after the cue
    pattern: /\b(?:by|no later than|not later than|before|until|till|ahead of)\s+(?=(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b))/g,
    production: 'by-date',
    examples: [['no later than 30 June 2026', null, '2026-06-30']],
  },
];

/**
 * Dates counted from another date ("the day before", "a week later", "the previous evening"): the
 * last full date written before them in the sentence, else the last one of the sentence before
 * (event-dates.ts). With neither they date nothing, rather than count from publication.
 */
export interface RelativeDateRule {
  id: string;
  /** Matched case-insensitively; a group `n` (a number or number word) multiplies `days`. */
  pattern: RegExp;
  /** Days from the anchor: negative before it. */
  days: number;
  /** [sentence, anchor, date]: the tests resolve them. */
  examples: Array<[text: string, anchor: string, date: string]>;
}

export const RELATIVE_DATE_RULES: readonly RelativeDateRule[] = [
  {
    id: 'date.relative.day-before',
    pattern: /\b(?:the\s+)?(?:day|night|evening|morning|afternoon)\s+before\b(?!\s+(?:the|a|an|his|her|its|their|\p{Lu}))|\bthe\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)\b/giu,
    days: -1,
    examples: [['The pipe burst on 4 August; the valve had failed the night before.', '2025-08-04', '2025-08-03']],
  },
  {
    id: 'date.relative.day-after',
    pattern: /\bthe\s+(?:next|following)\s+(?:day|morning|evening|afternoon)\b|\bthe\s+day\s+after\b(?!\s+(?:the|a|an|his|her|its|their|\p{Lu}))/giu,
    days: 1,
    examples: [['The ship docked on 4 August and was unloaded the following day.', '2025-08-04', '2025-08-05']],
  },
  {
    id: 'date.relative.days-later',
    pattern: /\b(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:later|after(?:wards)?)\b(?!\s+(?:the|a|an|\p{Lu}))/giu,
    days: 1,
    examples: [['The fire started on 4 August and was put out three days later.', '2025-08-04', '2025-08-07']],
  },
  {
    id: 'date.relative.weeks-later',
    pattern: /\b(?<n>a|one|two|three|four|\d)\s+weeks?\s+(?:later|after(?:wards)?)\b(?!\s+(?:the|a|an|\p{Lu}))/giu,
    days: 7,
    examples: [['The board met on 4 August and voted a week later.', '2025-08-04', '2025-08-11']],
  },
  {
    // "dismissed the coach on Monday, a day after a home defeat": what follows happened that many days before the date it counts from
    id: 'date.relative.days-after-phrase',
    pattern: /(?<=(?:^|,)\s*)(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+after(?=\s+(?:a|an|the|its|their|his|her)\s)/giu,
    days: -1,
    examples: [['The club sacked its coach on 23 November, a day after a heavy home defeat.', '2025-11-23', '2025-11-22']],
  },
  {
    id: 'date.relative.days-earlier',
    pattern: /\b(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:earlier|before)\b(?!\s+(?:the|a|an|than|\p{Lu}))/giu,
    days: -1,
    examples: [['The ferry sank on 4 August; its engine had failed two days earlier.', '2025-08-04', '2025-08-02']],
  },
];

export interface StatusRule {
  id: string;
  status: EventStatus;
  /** Matched against the words of the clause around the trigger (see event-dates.ts for the window). */
  pattern: RegExp;
}

/** First match wins, in this order; a date before or after publication decides when none matches. */
export const STATUS_RULES: readonly StatusRule[] = [
  { id: 'status.announced.cue', status: 'announced', pattern: /\b(announced|announces|unveiled|unveils|proposed|proposes|pledged|promised|imposed|imposes|declared|approved)\s+(?:a|an|the|its|their|his|her|new|plans?\s+for)?\s*(?:\S+\s+){0,4}$/i },
  // a present-tense verb with a weekday is a schedule: "meets for the first time on Thursday", "opens on Monday"
  // (not a count: "by 118 votes to 104 on Friday")
  { id: 'status.expected.present-schedule', status: 'expected', pattern: /(?<!\d\s)\b(?:meets|opens|begins|starts|resumes|reopens|closes|ends|convenes|sits|votes|kicks\s+off|takes\s+place|gets\s+under\s+way)\b(?:\s+\S+){0,6}?\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i },
  { id: 'status.expected.future', status: 'expected', pattern: /\b(will|shall|'ll|is to|are to|is due|are due|due to|due on|is expected|are expected|expected to|is scheduled|are scheduled|scheduled for|scheduled to|is set to|are set to|plans? to|(?:is|are|was|were|be|been)\s+planned|planned\s+(?:for|to)|upcoming|forthcoming|next|would|could|aims? to|intends? to|hopes? to|ahead of|ready to|willing to|prepared to|going to|wants? to|vowed to|threatened to|offered to)\b/i },
];
