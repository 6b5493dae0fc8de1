import { describe, expect, it } from 'vitest';
import { findDates, publishedDay } from './dates.js';

const published = publishedDay('2025-07-22T03:22:00')!; // a Tuesday
const dates = (text: string, future = false) => findDates(text, published, future).map((d) => ({ text: d.text, date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}) }));

describe('findDates', () => {
  it('reads the publication day from the timestamp as written', () => {
    expect(publishedDay('2025-11-05T10:30:00+01:00')).toEqual({ year: 2025, month: 11, day: 5 });
    expect(publishedDay('no date')).toBeNull();
  });

  it('a month, a comma and a short figure is no two-digit year', () => {
    expect(dates('In a ballot held from 2 to 23 November, 81% of members backed the offer.')).toEqual([{ text: '2 to 23 November', date: '2025-11-02', endDate: '2025-11-23' }]);
  });

  it('a month without a year after an irregular past verb, or after a relative clause, leans to the past', () => {
    const december = publishedDay('2026-12-06T10:00:00')!;
    const read = (text: string, future = false) => findDates(text, december, future).map((d) => d.date);
    expect(read('Alemu, who ran her first marathon only in March, said she ran alone.')).toEqual(['2026-03']);
    expect(read('The service approved the project, which would pump brine from 14 wells, in March.', true)).toEqual(['2026-03']);
    expect(read('The service will approve the project in March.', true)).toEqual(['2027-03']);
  });

  it('the start of what was agreed to be done looks ahead, the tense of the agreeing aside', () => {
    const november = publishedDay('2026-11-20T10:00:00')!;
    const read = (text: string) => findDates(text, november, false).map((d) => d.date);
    expect(read('The ministry agreed to raise the grant by 10% from February.')).toEqual(['2027-02']);
    expect(read('Fares rose by 10% from February.')).toEqual(['2026-02']);
  });

  it('a weekday right before a past-tense verb is the last one, a future word later in the sentence aside', () => {
    expect(dates('The council on Monday approved the plan, clearing the way for work to begin next year.', true)[0]).toEqual({ text: 'on Monday', date: '2025-07-21' });
    expect(dates('The council will on Monday decide on the plan.', true)[0]).toEqual({ text: 'on Monday', date: '2025-07-28' });
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
    // reported future: "would" after "said" looks ahead from the report
    expect(dates('The operator said ferries would sail again on Friday.')).toEqual([{ text: 'on Friday', date: '2025-07-25' }]);
  });

  it("a future verb right before the publication's own weekday looks a week on, unless the text says it is today", () => {
    expect(dates('The board will discuss the plans on Tuesday.')).toEqual([{ text: 'on Tuesday', date: '2025-07-29' }]);
    expect(dates('The board will discuss the plans later on Tuesday.')).toEqual([{ text: 'on Tuesday', date: '2025-07-22' }]);
    // a future cue elsewhere in the sentence keeps the day of publication
    expect(dates('The two sides agreed on Tuesday that the deal will save money.', true)).toEqual([{ text: 'on Tuesday', date: '2025-07-22' }]);
  });

  it('a duration in hours or minutes is no date', () => {
    expect(dates('The tunnel was shut for 12 hours on 3 July.')).toEqual([{ text: 'on 3 July', date: '2025-07-03' }]);
  });

  it('"the end of August" and a bare month are months', () => {
    expect(dates('at the end of August')[0]?.date).toBe('2025-08');
    expect(dates('in December')[0]?.date).toBe('2025-12');
  });

  it('"within N days from <date>" is a window from the date to the deadline', () => {
    expect(dates('not reached within 50 days from 14 July.')).toEqual([{ text: 'within 50 days from 14 July', date: '2025-07-14', endDate: '2025-09-02' }]);
    expect(dates('within two weeks')).toEqual([{ text: 'within two weeks', date: '2025-07-22', endDate: '2025-08-05' }]);
  });

  it('a day or month without a year looks ahead only in future context', () => {
    const november = publishedDay('2026-11-18T10:00:00')!;
    const at = (text: string, future = false) => findDates(text, november, future)[0]?.date;
    expect(at('The two men will be sentenced on 22 January.', true)).toBe('2027-01-22');
    expect(at('The board is due to meet in March.', true)).toBe('2027-03');
    expect(at('The regulator opened an investigation in March.')).toBe('2026-03');
    // past tense wins over a "would" elsewhere in the sentence
    expect(at('The reservoir, which parliament approved in July, would hold 40 million cubic metres.', true)).toBe('2026-07');
    // no cue: chrono's nearest reading
    expect(at('She is seeking a second term in the election in April.')).toBe('2027-04');
    expect(at('The stoppage planned for Thursday was called off.')).toBe('2026-11-19');
  });

  it('numbers that are not dates are left alone', () => {
    expect(dates('the 50-day drive and 100 per cent tariffs')).toEqual([]);
  });
});
