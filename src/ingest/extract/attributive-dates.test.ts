import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';

// A date written between a determiner and a noun (attributive-dates.ts) dates that noun's event and no other.
// Invented sentences; published on Monday 23 November 2026.
const PUBLISHED = '2026-11-23T10:00:00';
const events = (body: string) =>
  analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body }).parsed.events.map((e) => [e.kind, e.date, !!e.rules?.includes('event.date.attributive')] as const);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void events('Warm-up.'), 60_000);

/** [what the case shows, sentence, every event it makes: kind, date, dated as a modifier]. */
const CASES: Array<[string, string, Array<readonly [string, string | null, boolean]>]> = [
  ['a day and month before a trigger noun', 'Observers said the 9 August vote had been marred by irregularities.', [['VOTE', '2026-08-09', true]]],
  ['a month and year before a trigger noun', 'The statistics office published the first results of the March 2025 census.', [['CENSUS', '2025-03', true]]],
  ['a day and month before a head noun of the phrase reader', 'The tribunal annulled the 3 May election in the district.', [['ELECTION', '2026-05-03', true]]],
  ['the verb before it does not take that date', 'The tribunal annulled the 3 May election.', [['ELECTION', '2026-05-03', true]]],
  ['an adverbial date after a preposition is no modifier', 'The union will hold a strike on 3 December.', [['STRIKE', '2026-12-03', false]]],
];

describe('dates written as modifiers', () => {
  it.each(CASES)('%s', (_what, sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });

  it('a bare month takes no date as a modifier, for its year may come later ("its December races in 2024")', () => {
    expect(events('The resort last lost its December races in 2024.').filter(([kind]) => kind === 'RACE')).toEqual([]);
  });
});

describe('rooms of a building close', () => {
  const closures = (body: string) =>
    analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body }).parsed.events.map((e) => [e.kind, e.date, e.rules?.[0]]);

  it('closing a hall from a day is a closure that day, past a participle phrase in the object', () => {
    expect(closures('The trust will close the hall holding its bronze horse for 18 months from 15 January.')).toEqual([['CLOSURE', '2027-01-15', 'event.closure.verb']]);
  });

  it('a gallery that closes on a day', () => {
    expect(closures('The east gallery will close on 4 January for repairs.')).toEqual([['CLOSURE', '2027-01-04', 'event.closure.verb-subject']]);
  });
});

describe('a gerund after a determiner and a name heads a noun phrase, no action', () => {
  const dated = (body: string) =>
    analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body }).parsed.events.map((e) => [e.kind, e.date, e.endDate ?? null]);

  it('so a date past "the <Name> crossing" still dates the verb before it', () => {
    expect(dated('The customs agency said it would open a second lane for lorries at the Rivne crossing on the border by the end of January.')).toEqual([['OPENING', null, '2027-01-31']]);
  });
});
