import { describe, expect, it } from 'vitest';
import { dateRange, INSTANT_BOUND } from './date-range.js';

const HOUR = 3_600_000;

describe('dateRange', () => {
  it('bounds dates as text and instants widened by the furthest UTC offsets', () => {
    expect(dateRange('2025-02', '2025-02-10')).toEqual({
      from: '2025-02',
      to: '2025-02-10',
      toUpper: '2025-02-10~',
      fromMs: Date.UTC(2025, 1, 1) - 14 * HOUR,
      toMs: Date.UTC(2025, 1, 11) + 12 * HOUR,
    });
    expect(dateRange('2024', '2024')).toMatchObject({ fromMs: Date.UTC(2024, 0, 1) - 14 * HOUR, toMs: Date.UTC(2025, 0, 1) + 12 * HOUR });
    expect(dateRange('2025-12', '2025-12')).toMatchObject({ toMs: Date.UTC(2026, 0, 1) + 12 * HOUR });
    expect(dateRange(null, undefined)).toEqual({ from: null, to: null, toUpper: null, fromMs: -INSTANT_BOUND, toMs: INSTANT_BOUND });
  });

  it('compares a day or month with the upper bound as the whole period', () => {
    const { toUpper } = dateRange(null, '2025-07');
    expect(['2025-07', '2025-07-01', '2025-07-31'].every((d) => d <= toUpper!)).toBe(true);
    expect('2025-08' <= toUpper!).toBe(false);
  });

  it('refuses a bad date or a range that ends before it starts, naming the argument', () => {
    expect(() => dateRange('2025-7', null, 'filter.')).toThrow('filter.from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2025-7".');
    expect(() => dateRange('2025-03-02', '2025-03-01', 'filter.')).toThrow('filter.from (2025-03-02) is after filter.to (2025-03-01).');
    expect(dateRange('2025-03-02', '2025-03').from).toBe('2025-03-02');
  });
});
