import { describe, expect, it } from 'vitest';
import { findDates, publishedDay } from './dates.js';

const published = publishedDay('2025-07-22T03:22:00')!; // a Tuesday
const dates = (text: string, future = false) => findDates(text, published, future).map((d) => ({ text: d.text, date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}) }));

describe('findDates', () => {
  it('reads the publication day from the timestamp as written', () => {
    expect(publishedDay('2025-11-05T10:30:00+01:00')).toEqual({ year: 2025, month: 11, day: 5 });
    expect(publishedDay('no date')).toBeNull();
  });

  it('day and month take the publication year', () => {
    expect(dates('the meeting on 21 July.')).toEqual([{ text: 'on 21 July', date: '2025-07-21' }]);
    expect(dates('on 3 March 2024')).toEqual([{ text: 'on 3 March 2024', date: '2024-03-03' }]);
  });

  it('a bare weekday is the last one on or before publication, the next one in future context', () => {
    expect(dates('he said on Monday')).toEqual([{ text: 'on Monday', date: '2025-07-21' }]);
    expect(dates('on Tuesday')).toEqual([{ text: 'on Tuesday', date: '2025-07-22' }]);
    expect(dates('last Friday')).toEqual([{ text: 'last Friday', date: '2025-07-18' }]);
    expect(dates('talks will take place on Friday', true)).toEqual([{ text: 'on Friday', date: '2025-07-25' }]);
  });

  it('"the end of August" and a bare month are months', () => {
    expect(dates('at the end of August')[0]?.date).toBe('2025-08');
    expect(dates('in December')[0]?.date).toBe('2025-12');
  });

  it('"within N days from <date>" is a window from the date to the deadline', () => {
    expect(dates('not reached within 50 days from 14 July.')).toEqual([{ text: 'within 50 days from 14 July', date: '2025-07-14', endDate: '2025-09-02' }]);
    expect(dates('within two weeks')).toEqual([{ text: 'within two weeks', date: '2025-07-22', endDate: '2025-08-05' }]);
  });

  it('numbers that are not dates are left alone', () => {
    expect(dates('the 50-day drive and 100 per cent tariffs')).toEqual([]);
  });
});
