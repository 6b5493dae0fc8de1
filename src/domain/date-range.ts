import { userInputError } from '../core/errors.js';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date bound as a prefix of YYYY-MM-DD; publishedDate is compared on the same length. */
export function dateBound(value: string | null | undefined, name: string): string | null {
  if (value == null) return null;
  if (!DATE.test(value)) throw userInputError(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}.`, name);
  return value;
}

/**
 * A date range as the list filters take it: `from` and `to` are YYYY, YYYY-MM or YYYY-MM-DD, `to`
 * covering its whole month or year. Compared with a date string `d` as `d >= from` and
 * `d <= toUpper`: toUpper is `to` followed by '~', which sorts after every digit and '-', so
 * "2025-07~" is past every day of July 2025 and before "2025-08". Both are plain comparisons, so a
 * range index on the date answers them.
 */
export interface DateRange {
  from: string | null;
  to: string | null;
  toUpper: string | null;
  /**
   * The same range as instants (ms), widened by the furthest UTC offsets (−12 h, +14 h): an article's
   * publishedDate is the date where it was published, publishedMs the instant. A range index on
   * publishedMs narrows to these; the exact test on publishedDate then keeps the right ones.
   */
  fromMs: number;
  toMs: number;
}

const HOUR = 3_600_000;
/** Past every instant stored (ms since the epoch), either way. */
export const INSTANT_BOUND = 9e15;

/** The first day after the period `to` names (a year, month or day), as ms since the epoch at 00:00 UTC. */
function endOfPeriodMs(to: string): number {
  const [y, m, d] = to.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return Date.UTC(y + 1, 0, 1);
  if (d === undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y, m - 1, d + 1);
}

function startMs(from: string): number {
  const [y, m, d] = from.split('-').map(Number) as [number, number | undefined, number | undefined];
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** Validates a range; `prefix` names the argument in errors (`filter.from`). */
export function dateRange(fromValue: string | null | undefined, toValue: string | null | undefined, prefix = ''): DateRange {
  const from = dateBound(fromValue, `${prefix}from`);
  const to = dateBound(toValue, `${prefix}to`);
  if (from && to && from.slice(0, to.length) > to) throw userInputError(`${prefix}from (${from}) is after ${prefix}to (${to}).`, `${prefix}from`);
  return {
    from,
    to,
    toUpper: to === null ? null : `${to}~`,
    fromMs: from === null ? -INSTANT_BOUND : startMs(from) - 14 * HOUR,
    toMs: to === null ? INSTANT_BOUND : endOfPeriodMs(to) + 12 * HOUR,
  };
}
