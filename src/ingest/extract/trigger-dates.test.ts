import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';

// How trigger-events.ts links a date to the event a trigger makes, beyond the date right after it.
// Invented sentences; published on Wednesday 25 November 2026.
const PUBLISHED = '2026-11-25T10:00:00';
const events = (body: string) =>
  analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body }).parsed.events.map((e) => ({
    kind: e.kind,
    date: e.date,
    endDate: e.endDate ?? null,
    rules: e.rules,
  }));
const kinds = (body: string, kind: string) => events(body).filter((e) => e.kind === kind);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void events('Warm-up.'), 60_000);

/** [what the case shows, sentence, the one event it makes: kind, date, endDate, rules]. */
const ONE_EVENT: Array<[string, string, string, string | null, string | null, string[]]> = [
  ['a period right before an action is its deadline ("has 18 months to decide")', 'The regulator has 18 months to decide whether to open a formal case.', 'DECISION', null, '2028-05-25', ['event.decision.verb', 'event.date.period-before', 'date.deadline.period-to', 'status.expected.deadline']],
  ['a date ending the clause coordinated right before an action ("early on Sunday and stole")', 'Burglars broke into the gallery early on Sunday and stole two small bronzes.', 'THEFT', '2026-11-22', null, ['event.theft.verb', 'event.date.coordinated-clause', 'date.chrono', 'status.occurred.default']],
  ['a subject phrase\'s own passive predicate, past the usual 60 characters', 'A class action was filed against the drug maker in the provincial superior court of justice on Friday, a lawyer said.', 'LAWSUIT', '2026-11-20', null, ['event.lawsuit.class-action', 'event.date.subject-predicate', 'date.chrono', 'status.occurred.default']],
  ['… or its own past-tense verb', 'A mudslide buried part of the mountain road between the two valley towns and the border post early on Friday, officials said.', 'LANDSLIDE', '2026-11-20', null, ['event.landslide.noun', 'event.date.subject-predicate', 'date.chrono', 'status.occurred.default']],
  ['a participle aside that says when the phrase was made', 'The reform, announced by the government in September, would raise the retirement age for miners from 55 to 57.', 'POLICY', '2026-09', null, ['event.policy.noun', 'event.date.made-aside', 'date.chrono', 'status.occurred.default']],
  ['a price written with what it was: the day before "up from"', 'Visitors will pay 30 euros for a ticket to the castle from 1 March, up from 22 euros, the trust said.', 'INCREASE', '2027-03-01', null, ['event.increase.up-from', 'date.chrono', 'status.expected.future']],
  // the coming Sunday is 29 November; compromise reads "game" after "away" as a verb
  ['a possessive day in a sentence that looks ahead is the coming one, and the head after it a noun', 'The assistant coach will take charge for Sunday\'s away game.', 'MATCH', '2026-11-29', null, ['event.match.game', 'date.chrono', 'status.expected.future']],
];

describe('one event, dated by a linking rule', () => {
  it.each(ONE_EVENT)('%s', (_what, sentence, kind, date, endDate, rules) => {
    expect(events(sentence)).toEqual([{ kind, date, endDate, rules }]);
  });
});

describe('what the linking rules leave alone', () => {
  it('a period counts both of its units ("two months and ten days to appeal")', () => {
    expect(events('The Commission has two months and ten days to appeal to the Court of Justice.').map((e) => [e.kind, e.endDate])).toEqual([['APPEAL', '2027-02-04']]);
  });

  it('no coordination across another verb: "on Sunday, police said, and later stole" dates nothing', () => {
    expect(kinds('Burglars broke into the gallery on Sunday, police said, and later stole two small bronzes.', 'THEFT')).toEqual([]);
  });

  it('a predicate that moves the event dates the change, not the event: "the opening was postponed … in March"', () => {
    expect(kinds('The opening of the terminal was postponed by the transport authority and its two contractors for the second time in March.', 'OPENING')).toEqual([]);
  });

  it('any other aside is still skipped: "The by-election, called after … in October, will be held on 10 December"', () => {
    expect(events('The by-election, called after the death of the member in October, will be held on 10 December.').map((e) => [e.kind, e.date])).toEqual([
      ['ELECTION', '2026-12-10'],
      ['DEATH', '2026-10'],
    ]);
  });

  it('no "up from", or no day before it: no increase', () => {
    expect(kinds('Visitors will pay 30 euros for a ticket to the castle from 1 March.', 'INCREASE')).toEqual([]);
    expect(kinds('The club paid 5 million euros for the striker, up from its first offer.', 'INCREASE')).toEqual([]);
  });

  it('a possessive day in the past tense is the one before, and dates a bare head ("Sunday\'s race was won")', () => {
    expect(events('Sunday\'s race was won by the favourite.').map((e) => [e.kind, e.date])).toEqual([['RACE', '2026-11-22']]);
  });
});

describe('the purpose of a vote that takes effect on a day of its own (event.verb.purpose-own-date)', () => {
  it('"voted on Thursday to raise the levy … from 1 April" is a vote and an increase', () => {
    expect(events('The assembly voted on Thursday to raise the levy on gravel quarrying from 2% to 6% from 1 April.')).toEqual([
      { kind: 'VOTE', date: '2026-11-19', endDate: null, rules: ['event.vote.verb', 'date.chrono', 'status.occurred.default'] },
      { kind: 'INCREASE', date: '2027-04-01', endDate: null, rules: ['event.increase.raise', 'event.verb.purpose-own-date', 'date.chrono', 'status.expected.after-publication'] },
    ]);
  });

  it('a purpose with no day of its own stays part of the vote ("voted on Tuesday to close the depot")', () => {
    expect(events('The council voted on Tuesday to close the bus depot.').map((e) => e.kind)).toEqual(['VOTE']);
  });
});

describe('a second aim coordinated after a cue (event.deadline.coordinated-aim)', () => {
  it('"expects X to … by March and to reach … by the end of 2027": two targets', () => {
    const found = events('The central bank expects inflation to return to its target range of 2% to 4% by the end of the first quarter and to reach the 3% midpoint by the end of 2027.');
    expect(found.map((e) => [e.kind, e.endDate])).toEqual([
      ['TARGET', '2027-03-31'],
      ['TARGET', '2027-12-31'],
    ]);
    expect(found[1]!.rules).toEqual(['event.target.cue.aim', 'event.deadline.coordinated-aim', 'date.deadline.end-of-year', 'status.expected.deadline']);
  });
});

describe('the year of a month in a past clause of a sentence that also looks ahead (dates.ts, tense)', () => {
  it('"had opened an investigation … in October and would decide by January": this October, not next', () => {
    expect(events('Prosecutors said they had opened an investigation into the leak in October and would decide by the end of January whether to charge anyone.').map((e) => [e.kind, e.date, e.endDate])).toEqual([
      ['INVESTIGATION', '2026-10', null],
      ['DECISION', null, '2027-01-31'],
    ]);
  });

  it('a past passive too, past a list of places: "were distributed to X, Y and Z between March and August, and … will"', () => {
    expect(events('The pills were distributed to pharmacies in Leeds, York and Hull between March and August, and the maker will replace them.').map((e) => [e.kind, e.date])).toEqual([['DELIVERY', '2026-03']]);
  });
});

describe('what an intransitive trigger is said of', () => {
  it('through a relative pronoun: "a freight train that derailed near the junction in August"', () => {
    expect(events('The signal never reached the driver of a freight train that derailed near the junction in August.').map((e) => [e.kind, e.date, e.rules?.[0]])).toEqual([['DERAILMENT', '2026-08', 'event.derailment.verb']]);
  });
});
