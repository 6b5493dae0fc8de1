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

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void events('Warm-up.'), 60_000);

describe('a period written right before an action is its deadline (event.date.period-before)', () => {
  it('"has 18 months to decide" → a decision due 18 months after publication', () => {
    expect(events('The regulator has 18 months to decide whether to open a formal case.')).toEqual([
      { kind: 'DECISION', date: null, endDate: '2028-05-25', rules: ['event.decision.verb', 'event.date.period-before', 'date.deadline.period-to', 'status.expected.deadline'] },
    ]);
  });

  it('a period two units long counts both ("two months and ten days to appeal")', () => {
    expect(events('The Commission has two months and ten days to appeal to the Court of Justice.').map((e) => [e.kind, e.endDate])).toEqual([['APPEAL', '2027-02-04']]);
  });
});

describe('a date of the clause coordinated right before an action (event.date.coordinated-clause)', () => {
  it('"broke in early on Sunday and stole …": the theft is Sunday\'s', () => {
    expect(events('Burglars broke into the gallery early on Sunday and stole two small bronzes.')).toEqual([
      { kind: 'THEFT', date: '2026-11-22', endDate: null, rules: ['event.theft.verb', 'event.date.coordinated-clause', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('not across another verb: "on Sunday, police said, and stole" dates nothing', () => {
    expect(events('Burglars broke into the gallery on Sunday, police said, and later stole two small bronzes.').filter((e) => e.kind === 'THEFT')).toEqual([]);
  });
});

describe('a subject phrase\'s own passive predicate carries its date further (event.date.subject-predicate)', () => {
  it('"A class action was filed against … on Friday", the date past the usual 60 characters', () => {
    expect(events('A class action was filed against the drug maker in the provincial superior court of justice on Friday, a lawyer said.')).toEqual([
      { kind: 'LAWSUIT', date: '2026-11-20', endDate: null, rules: ['event.lawsuit.class-action', 'event.date.subject-predicate', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('… or its own past-tense verb: "A landslide buried part of the road between … early on Friday"', () => {
    expect(events('A mudslide buried part of the mountain road between the two valley towns and the border post early on Friday, officials said.')).toEqual([
      { kind: 'LANDSLIDE', date: '2026-11-20', endDate: null, rules: ['event.landslide.noun', 'event.date.subject-predicate', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('a predicate that moves the event dates the change, not the event: "the opening was postponed … in March"', () => {
    expect(events('The opening of the terminal was postponed by the transport authority and its two contractors for the second time in March.').filter((e) => e.kind === 'OPENING')).toEqual([]);
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

describe('the year of a month in a perfect clause of a sentence that also looks ahead (dates.ts, tense)', () => {
  it('"had opened an investigation … in October and would decide by January": this October, not next', () => {
    expect(events('Prosecutors said they had opened an investigation into the leak in October and would decide by the end of January whether to charge anyone.').map((e) => [e.kind, e.date, e.endDate])).toEqual([
      ['INVESTIGATION', '2026-10', null],
      ['DECISION', null, '2027-01-31'],
    ]);
  });

  it('a past passive too, past a list of places: "were shipped to X, Y and Z between March and August, and … will"', () => {
    expect(events('The pills were distributed to pharmacies in Leeds, York and Hull between March and August, and the maker will replace them.').map((e) => [e.kind, e.date])).toEqual([['DELIVERY', '2026-03']]);
  });
});

describe('an event phrase that is the subject of a conditional clause ("if")', () => {
  it('"would strike again if the first payment … was not made by 31 January" → the payment\'s deadline', () => {
    expect(events('The union said its members would strike again if the first payment of arrears was not made by 31 January.').map((e) => [e.kind, e.date, e.endDate])).toContainEqual(['PAYMENT', null, '2027-01-31']);
  });
});

describe('a price written with what it was (event.increase.up-from)', () => {
  it('"will pay 30 euros … from 1 March, up from 22 euros" is an increase on 1 March', () => {
    expect(events('Visitors will pay 30 euros for a ticket to the castle from 1 March, up from 22 euros, the trust said.')).toEqual([
      { kind: 'INCREASE', date: '2027-03-01', endDate: null, rules: ['event.increase.up-from', 'date.chrono', 'status.expected.future'] },
    ]);
  });

  it('no "up from", or no day before it: no increase', () => {
    expect(events('Visitors will pay 30 euros for a ticket to the castle from 1 March.').filter((e) => e.kind === 'INCREASE')).toEqual([]);
    expect(events('The club paid 5 million euros for the striker, up from its first offer.').filter((e) => e.kind === 'INCREASE')).toEqual([]);
  });
});

describe('a possessive day ("Sunday\'s game")', () => {
  it('in a sentence that looks ahead is the coming day, and the head after it is a noun whatever the tagger says', () => {
    // published on a Wednesday: the coming Sunday is 29 November
    expect(events('The assistant coach will take charge for Sunday\'s away game.')).toEqual([
      { kind: 'MATCH', date: '2026-11-29', endDate: null, rules: ['event.match.game', 'date.chrono', 'status.expected.future'] },
    ]);
  });

  it('in the past tense is the Sunday before, and dates a bare head ("Sunday\'s race was won by …")', () => {
    expect(events('Sunday\'s race was won by the favourite.').map((e) => [e.kind, e.date])).toEqual([['RACE', '2026-11-22']]);
  });
});

describe('a participle aside that says when the phrase was made (event.date.made-aside)', () => {
  it('"The reform, announced by the government in September, would …" is September\'s', () => {
    expect(events('The reform, announced by the government in September, would raise the retirement age for miners from 55 to 57.')).toEqual([
      { kind: 'POLICY', date: '2026-09', endDate: null, rules: ['event.policy.noun', 'event.date.made-aside', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('any other aside is still skipped: "The by-election, called after … in October, will be held on 10 December"', () => {
    expect(events('The by-election, called after the death of the member in October, will be held on 10 December.').map((e) => [e.kind, e.date])).toEqual([
      ['ELECTION', '2026-12-10'],
      ['DEATH', '2026-10'],
    ]);
  });
});

describe('what an intransitive verb trigger is said of, through a relative pronoun', () => {
  it('"the driver of a freight train that derailed near the junction in August": the train derailed', () => {
    expect(events('The signal never reached the driver of a freight train that derailed near the junction in August.').map((e) => [e.kind, e.date, e.rules?.[0]])).toEqual([['DERAILMENT', '2026-08', 'event.derailment.verb']]);
  });
});
