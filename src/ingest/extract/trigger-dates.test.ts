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
    expect(events('The pills were distributed to pharmacies in Leeds, York and Hull between March and August, and the maker will replace them.').map((e) => [e.kind, e.date])).toEqual([['DISTRIBUTION', '2026-03']]);
  });
});

describe('what an intransitive trigger is said of', () => {
  it('through a relative pronoun: "a freight train that derailed near the junction in August"', () => {
    expect(events('The signal never reached the driver of a freight train that derailed near the junction in August.').map((e) => [e.kind, e.date, e.rules?.[0]])).toEqual([['DERAILMENT', '2026-08', 'event.derailment.verb']]);
  });
});

// Round 17 (events17): triggers for kinds the annotators name by what is done (a fee charged, goods that arrive, a
// cable laid, a quota doubled), the kind an agreement or a debut takes from what follows it, and dates found past a
// long object, after "also", for a passive perfect and for a weekday after a past verb.
/** [what the case shows, sentence, the one event it makes: kind, date, endDate, rules]. */
const ROUND_17_ONE_EVENT: Array<[string, string, string, string | null, string | null, string[]]> = [
  ['charging a sum is a fee, not an arrest', 'The college will charge overseas students fees of 9,000 pounds a year from September.', 'FEE', '2027-09', null, ['event.fee.charge', 'date.chrono', 'status.expected.future']],
  ['a player\'s debut against a side is a match', 'The winger scored on his debut against the league leaders on Saturday.', 'MATCH', '2026-11-21', null, ['event.match.debut', 'date.chrono', 'status.occurred.default']],
  ['"agreed to buy" is a takeover', 'Greenfield Foods said on Monday it had agreed to buy a rival dairy for 80 million euros.', 'TAKEOVER', '2026-11-23', null, ['event.agreement.agree', 'event.kind.agreed-takeover', 'date.reported-day', 'status.occurred.default']],
  ['"agreed on <day> to merge" is a merger', 'The two regional lenders agreed on Tuesday to merge.', 'MERGER', '2026-11-24', null, ['event.agreement.agree', 'event.kind.agreed-merger', 'date.chrono', 'status.occurred.default']],
  ['research reported in a journal is published that day', 'A team led by the national observatory reported in the journal Science on Monday that the comet had split.', 'PUBLICATION', '2026-11-23', null, ['event.publication.in-journal', 'date.chrono', 'status.occurred.default']],
  ['telling a committee on a day is a hearing, dated past the committee\'s long name though the sentence looks ahead', 'The minister told the regional assembly\'s transport committee on Monday that the line would be finished in 2029.', 'HEARING', '2026-11-23', null, ['event.hearing.told-committee', 'date.chrono', 'status.occurred.default']],
  ['goods that arrive by a deadline are delivered then', 'The first 12 new trams will arrive by the end of March, the operator said.', 'DELIVERY', null, '2027-03-31', ['event.delivery.arrive', 'date.deadline.end-of-month', 'status.expected.future']],
  ['laying a cable is construction', 'The grid company will lay a new subsea cable to the island by the end of 2028.', 'CONSTRUCTION', null, '2028-12-31', ['event.construction.lay', 'date.deadline.end-of-year', 'status.expected.future']],
  ['a set quantity doubled "from" a day later in the sentence', 'The government will double the quota of seasonal workers that farms can hire from 1 March.', 'INCREASE', '2027-03-01', null, ['event.increase.double', 'event.verb.starts-from', 'date.chrono', 'status.expected.future']],
  ['a fishery closes', 'The coastal fishery will close for three years from 1 January.', 'CLOSURE', '2027-01-01', null, ['event.closure.verb-subject', 'date.chrono', 'status.expected.future']],
  ['a passive perfect is dated by its report', 'The athlete has been provisionally suspended, the federation said on Monday.', 'SUSPENSION', '2026-11-23', null, ['event.suspension.verb', 'event.verb.perfect-at-report', 'date.perfect-at-report', 'status.occurred.default']],
  ['a contract named by its term; "until <month> <year>" is a month deadline', 'The striker signed a contract until June 2031.', 'CONTRACT', null, '2031-06', ['event.contract.noun', 'date.deadline.until-month', 'status.expected.deadline']],
  ['"until <month>" looks to the coming one', 'The trial will run until March.', 'TRIAL', null, '2027-03', ['event.trial.noun', 'date.deadline.until-month', 'status.expected.future']],
  ['an examination that is sat is an EXAMINATION', 'Candidates will sit the national entrance examination on 12 December.', 'EXAMINATION', '2026-12-12', null, ['event.examination.noun', 'date.chrono', 'status.expected.future']],
  ['a public body that warns on a day issues an alert', 'The country\'s food safety agency warned on Monday that the cheese was contaminated.', 'ALERT', '2026-11-23', null, ['event.alert.warn', 'event.verb.clause-date', 'date.chrono', 'status.occurred.default']],
  ['stopping an activity is its suspension', 'The company said it had stopped sharing data with advertisers in March.', 'SUSPENSION', '2026-03', null, ['event.suspension.stop', 'date.chrono', 'status.occurred.default']],
  ['how long something lasts is no date: the day it starts is', 'Nurses will strike for two weeks from Monday.', 'STRIKE', '2026-11-30', null, ['event.strike.verb', 'date.chrono', 'status.expected.future']],
  ['a past action after "also" with no date takes the last full date of the sentence before', 'The airline\'s pilots were interviewed on Monday. The regulator also suspended its licence.', 'SUSPENSION', '2026-11-23', null, ['event.suspension.verb', 'event.verb.also-previous-day', 'date.also-previous-day', 'status.occurred.default']],
  ['a participle after a determiner is a pre-modifier: "a revised budget" meets the rule\'s requirement', 'The finance minister is due to present a revised budget to parliament on 3 December.', 'BUDGET', '2026-12-03', null, ['event.budget.noun', 'date.chrono', 'status.expected.future']],
  ['… and no past verb that makes a month this year\'s', 'The government would seek the money in the revised budget in May.', 'BUDGET', '2027-05', null, ['event.budget.noun', 'date.chrono', 'status.expected.future']],
  ['a deadline at the end of a long object is the verb\'s', 'The rail operator suspended trains on the coastal line between the old port city and the two northern border towns until at least Monday.', 'SUSPENSION', null, '2026-11-30', ['event.suspension.verb', 'event.verb.clause-date', 'date.deadline.until-weekday', 'status.expected.deadline']],
];

/** [what the rule leaves alone, sentence, the kinds and dates it makes]. */
const ROUND_17_LEFT_ALONE: Array<[string, string, Array<[string, string | null]>]> = [
  ['charging a person with a crime stays an arrest', 'Police charged the driver with dangerous driving on Monday.', [['ARREST', '2026-11-23']]],
  ['a debut against no one stays a launch', 'The band made its debut on Saturday.', [['LAUNCH', '2026-11-21']]],
  ['agreeing to anything else stays an agreement', 'The unions agreed on Tuesday to end the strike.', [['AGREEMENT', '2026-11-24']]],
  ['telling a committee with no date is no hearing', 'The regulator\'s chief told a parliamentary committee that fares would rise.', []],
  ['people who arrive are no delivery', 'The spokesman will arrive in Paris on Friday.', []],
  ['a figure that doubles is no decision', 'Sales doubled in the third quarter.', []],
  ['"draw up" is no match, and the rules drawn up no ruling', 'The ministry will draw up rules for the sector by the end of January.', []],
  ['a monthly bill is no bill before a parliament', 'The electricity company said the average monthly bill would fall from 1 January.', []],
  ['a stop that lasts a week has no date of its own', 'The mill stopped processing cane for a week.', []],
  ['a forum on the internet is a website, no gathering', 'The stolen files were posted on a hacking forum in July.', []],
  ['a bank\'s examination is no exam', 'The bank\'s annual examination of the lender ended on Monday.', []],
  ['what a body warns of is not its warning\'s day', 'The weather service warned that rivers would rise on Friday.', []],
  ['a person\'s warning is a statement, not an alert', 'The president warned on Friday that he would not sign the bill.', []],
  ['a future after "also" is not the same occasion', 'The regulator fined the airline on Monday. It will also suspend its licence.', [['FINE', '2026-11-23']]],
  ['a weekday after a past verb and an infinitive still looks ahead', 'The mayor said he was ready to meet the transport committee on Monday.', [['MEETING', '2026-11-30']]],
];

// Round 17b (events17b): paying money owed on a day or by a deadline is a PAYMENT; a verb after a negation or in a
// contact relative clause makes no event, and a verb yields to its passive subject when that subject is an event already found.
/** [what the case shows, sentence, the one event it makes: kind, date, endDate, rules]. */
const ROUND_17B_ONE_EVENT: Array<[string, string, string, string | null, string | null, string[]]> = [
  ['paying a sum in a month is a payment then', 'The ministry said it would pay half of the arrears in January.', 'PAYMENT', '2027-01', null, ['event.payment.verb', 'date.chrono', 'status.expected.future']],
  ['people paid until a day: the payment\'s deadline', 'The riders and staff would be paid until 31 December, the manager said.', 'PAYMENT', null, '2026-12-31', ['event.payment.verb', 'date.deadline.by-date', 'status.expected.future']],
];

/** [what the rule leaves alone, sentence, the kinds and dates it makes]. */
const ROUND_17B_LEFT_ALONE: Array<[string, string, Array<[string, string | null]>]> = [
  ['paying "for" something is no payment', 'The state would pay for extra regional trains from March.', []],
  ['paying tribute is no payment', 'The president paid tribute to the victims on Monday.', []],
  ['a price with what it was stays an increase', 'Visitors will pay 30 euros for a ticket to the castle from 1 March, up from 22 euros.', [['INCREASE', '2027-03-01']]],
  ['"would not pay" is no payment, and the deadline of the next verb not its', 'He said the company would not pay and expected to restore its systems by Friday.', [['TARGET', null]]],
  ['"without paying" is no payment', 'Farmers can sell grapes to the bloc without paying duty from 1 January.', []],
  ['a passive verb whose subject is already an event is that event', 'The reward will be paid in October.', [['REWARD', '2027-10']]],
  ['a contact relative clause describes its noun: "the price it pays" is no payment', 'The cocoa board raised the price it pays farmers by 20% on Monday.', [['INCREASE', '2026-11-23']]],
  ['… as an approval of a grant is the grant', 'The grant was approved on Monday.', [['GRANT', '2026-11-23']]],
];

describe('one event, of the kind and on the day the round-17 and 17b rules give', () => {
  it.each([...ROUND_17_ONE_EVENT, ...ROUND_17B_ONE_EVENT])('%s', (_what, sentence, kind, date, endDate, rules) => {
    expect(events(sentence)).toEqual([{ kind, date, endDate, rules }]);
  });
});

describe('what the round-17 and 17b rules leave alone', () => {
  it.each([...ROUND_17_LEFT_ALONE, ...ROUND_17B_LEFT_ALONE])('%s', (_what, sentence, expected) => {
    expect(events(sentence).map((e) => [e.kind, e.date])).toEqual(expected);
  });
});

// Round 18 (events18): a day written between a subject and its verb is the verb's even with no named actor, a regular
// past verb before a weekday keeps it behind the writer in a sentence that looks ahead, "for N days before" is a duration,
// and a day before an open condition or time clause is not the clause's.
/** [what the case shows, sentence, the one event it makes: kind, date, endDate, rules]. */
const ROUND_18_ONE_EVENT: Array<[string, string, string, string | null, string | null, string[]]> = [
  ['a day between the subject and its verb dates the verb ("A court … on Friday convicted")', 'A court in the capital on Friday convicted the former head of the firm of fraud.', 'VERDICT', '2026-11-20', null, ['event.verdict.verb', 'date.chrono', 'status.occurred.default']],
  ['a regular past verb before a weekday is the last such day, though the sentence looks ahead', 'Growers will be paid more for each tonne after the cabinet approved the rise on Friday.', 'APPROVAL', '2026-11-20', null, ['event.approval.verb', 'date.chrono', 'status.occurred.default']],
  ['"from 1 July" keeps its day (chrono reads "from 1 May/June/July" as the month alone)', 'The ministry will ban plastic bags from 1 July.', 'BAN', '2027-07-01', null, ['event.ban.verb', 'date.chrono', 'status.expected.future']],
];

/** [what the rules leave alone, sentence, the kinds and dates it makes]. */
const ROUND_18_LEFT_ALONE: Array<[string, string, Array<[string, string | null]>]> = [
  ['"now" before a verb is no day', 'Museums had now agreed to return more than 1,100 objects.', []],
  ['a day closed by a comma belongs to the clause before it', 'The club completed the signing on Monday, paying an initial £52 million for the striker.', []],
  ['"for four days before" is a duration, no day', 'The jury deliberated for four days before returning its verdict.', []],
  ['a future passive keeps the coming day', 'The plan will be approved by the cabinet on Friday.', [['PLAN', '2026-11-27']]],
  ['a participle after a determiner is no past verb: the coming day', 'The board is expected to vote on the revised budget on Friday.', [['VOTE', '2026-11-27'], ['BUDGET', '2026-11-27']]],
  ['a past verb coordinated by "and" with a dated one shares its day', 'A court in the capital on Friday convicted the former head of the firm of fraud and sentenced him to five years in prison.', [['VERDICT', '2026-11-20'], ['SENTENCING', '2026-11-20']]],
  ['… not across a comma and another subject', 'The court convicted the man of fraud on Friday, and prosecutors said they would appeal.', [['VERDICT', '2026-11-20']]],
  ['what is voted "to" do "from" a day looks ahead past a long object', 'The council voted on Tuesday to ban single-use plastic bags in markets and shops across the city from 1 June.', [['VOTE', '2026-11-24'], ['BAN', '2027-06-01']]],
  ['craft that leave on a day make a departure, people who leave a post or their homes do not', 'Two more lorries would leave the capital on Sunday. The minister will leave office on Friday.', [['DEPARTURE', '2026-11-29']]],
  ['residents told to leave their homes stay an evacuation', 'Thousands of residents were ordered to leave their homes on Wednesday night.', [['EVACUATION', '2026-11-25']]],
  ['a day before "unless" is the main clause\'s, not the condition\'s', 'The doctors will leave on 31 January unless the government raises their pay.', [['DEPARTURE', '2027-01-31']]],
  ['… nor that of a time clause with its own verb', 'Drivers will stop work from next Tuesday after talks with the operator broke down.', [['STRIKE', '2026-12-01'], ['NEGOTIATIONS', null]]],
  ['a time clause with no verb of its own keeps the day', 'Loading at the terminal has been suspended since Sunday after a ransomware attack on its software supplier.', [['ATTACK', '2026-11-22'], ['SUSPENSION', '2026-11-22']]],
];

describe('one event, of the kind and on the day the round-18 rules give', () => {
  it.each(ROUND_18_ONE_EVENT)('%s', (_what, sentence, kind, date, endDate, rules) => {
    expect(events(sentence)).toEqual([{ kind, date, endDate, rules }]);
  });
});

describe('what the round-18 rules leave alone', () => {
  it.each(ROUND_18_LEFT_ALONE)('%s', (_what, sentence, expected) => {
    expect(events(sentence).map((e) => [e.kind, e.date])).toEqual(expected);
  });
});

// Round 19 (events19): kinds and dates of events the 19 development sets missed as a class, each case an invented sentence.
/** [what the case shows, sentence, the kinds and dates (or "by" deadlines) it makes, in order]. */
const ROUND_19: Array<[string, string, Array<[string, string | null]>]> = [
  ['a month in a clause whose verb is past, however far back, is this year\'s', 'Scientists said most of the corals surveyed this year turned white during a heatwave between March and June.', [['HEATWAVE', '2026-03']]],
  ['… and a month in a clause that looks ahead is still the coming one', 'Scientists said the corals would face a second heatwave expected between March and June.', [['HEATWAVE', '2027-03']]],
  ['approving something that is an event of its own is an approval as well', 'The council approved the transfer of the paintings on Tuesday.', [['APPROVAL', '2026-11-24'], ['TRANSFER', '2026-11-24']]],
  ['publishing the results of an event is a publication: "of" ends the object', 'The regulator said it would publish the results of the audit in January.', [['PUBLICATION', '2027-01'], ['AUDIT', '2027-01']]],
  ['publishing a report is that report', 'The regulator said it would publish its annual report in January.', [['PUBLICATION', '2027-01']]],
  ['what stops for a time on a day is a stop', 'The smelter will stop for two weeks in March.', [['STOP', '2027-03']]],
  ['… and what a body stops doing', 'The importers said they had stopped new orders in October.', [['STOP', '2026-10']]],
  ['… by a deadline, and "drawing water" is no match', 'The corporation would stop drawing water from the lake by 2030.', [['STOP', 'by 2030-12-31']]],
  ['stopping production stays a suspension', 'The plant was ordered to stop production on Sunday.', [['SUSPENSION', '2026-11-22'], ['PRODUCTION', '2026-11-22']]],
  ['a stop ordered of sellers is no stop of the day', 'Shops were told to stop selling the heaters on Monday.', []],
  ['a bare verb after a plural subject and before a date is the verb, not a modifier', 'Growers will be paid more when the auction floors open in March.', [['PAYMENT', '2027-03'], ['OPENING', '2027-03']]],
  ['… not a plural that is only a modifier before a noun', 'The museums open day in March drew crowds.', []],
  ['mills close as plants do', 'The association warned that some mills could close by the end of January.', [['CLOSURE', 'by 2027-01-31']]],
  ['closing a named place is a closure', 'A volcanic eruption closed the Blue Lagoon for two weeks in August.', [['ERUPTION', '2026-08'], ['CLOSURE', '2026-08']]],
  ['… but not closing a deal, which is the deal', 'The two firms closed the deal in August.', [['AGREEMENT', '2026-08']]],
  ['what inspectors check by a day is an inspection', 'Inspectors would check all the damaged bridges by 4 December.', [['INSPECTION', 'by 2026-12-04']]],
  ['… and what they visit, not a visit', 'Its inspectors visited more than 200 shops on Friday.', [['INSPECTION', '2026-11-20']]],
  ['a second event of a kind in a sentence, on another day, is an event of its own', 'The ferry passed its last inspection in June, and inspectors would board the ship on Monday.', [['INSPECTION', '2026-06'], ['INSPECTION', '2026-11-30']]],
  ['testing something on a day is a test', 'The lander would test its cameras next month.', [['TEST', '2026-12']]],
  ['… testing positive is no test of the day', 'The rider was suspended on Friday after testing positive for a banned drug.', [['SUSPENSION', '2026-11-20']]],
  ['a price that rises on a day is an increase, past the tagger\'s noun "rose"', 'The price of bread rose by almost a quarter in October.', [['INCREASE', '2026-10']]],
  ['… a market price that falls is none', 'Copper prices fell by a fifth in October.', []],
  ['clearing arrears is paying them, not approving them', 'The ministry would clear arrears owed to about 2,000 nurses by the end of January.', [['PAYMENT', 'by 2027-01-31']]],
  ['a participle after a plural noun and before "to" or "by" is no action between a verb and its date', 'The ministry would review all contracts signed by the company by the end of June 2027.', [['REVIEW', 'by 2027-06-30']]],
  ['surveying on a day is a survey', 'The team will survey the same lakes again in April.', [['SURVEY', '2027-04']]],
  ['"on <day>, a day after a home defeat": the result at home is a match (a noun, not "defeat … by" as a verb), the day before', 'The club sacked its coach on Monday, a day after a 3-0 home defeat by the leaders.', [['DISMISSAL', '2026-11-23'], ['MATCH', '2026-11-22']]],
  ['… "a day after the" with no comma still counts forward from the date before', 'The ship docked on 4 August and was unloaded a day after the storm.', [['ARRIVAL', '2026-08-04']]],
  ['goods flown somewhere on a day are a delivery', 'The agency said it had flown 30 tonnes of vaccines to the coast last week.', [['DELIVERY', '2026-11']]],
  ['… and goods trucked there from a day', 'Rangers would truck hay to the dry waterholes from Wednesday.', [['DELIVERY', '2026-11-25']]],
  ['… but people who fly somewhere visit it', 'The minister will fly to the flooded province on Friday.', [['VISIT', '2026-11-27']]],
  ['power that arrives by a deadline is delivered then', 'The minister said the first power would arrive by the end of December.', [['DELIVERY', 'by 2026-12-31']]],
  ['a relative pronoun after a comma stands for the noun before it, past "due to"', 'The government had ordered 250,000 extra doses, which are due to arrive by the end of the month.', [['DELIVERY', 'by 2026-11-30']]],
  ['being paid from a day takes effect that day, past a long purpose', 'Private clinics would be paid to treat patients who had waited longer than six months from 1 January.', [['PAYMENT', '2027-01-01']]],
  ['a capitalised head that ends a name is a body, no event', 'Leaders of the Pacific Islands Forum will discuss the plan.', []],
  ['… a forum written as one is', 'The president spoke at an economic forum in the port city on Friday.', [['FORUM', '2026-11-20']]],
  ['clearing a merger is an approval', 'The competition authority cleared the merger of the two ferry operators on Thursday.', [['APPROVAL', '2026-11-19'], ['ACQUISITION', '2026-11-19']]],
  ['… clearing sites of mosquitoes is none', 'The army will deploy 4,000 soldiers from Wednesday to clear mosquito breeding sites.', []],
  ['a verb said of an event is its course, no event of its own', 'The outage also stopped card payments at shops on Friday.', []],
];

const show = (e: { kind: string; date: string | null; endDate: string | null }): [string, string | null] => [e.kind, e.date ?? (e.endDate ? `by ${e.endDate}` : null)];


/** Round 20: kinds named as the newest sets name them, and occurrences said not to happen. Invented sentences. */
const ROUND_20: Array<[string, string, Array<[string, string | null]>]> = [
  ['money paid in compensation is a COMPENSATION, not a PAYMENT', 'The court ordered the state to pay 2 million dollars in compensation to the farmers by the end of March.', [['COMPENSATION', 'by 2027-03-31']]],
  ['… money paid without that word stays a PAYMENT', 'The ministry said it would pay the farmers by the end of March.', [['PAYMENT', 'by 2027-03-31']]],
  ['a price capped from a day is a CAP', 'The government will cap the price of bread at 40 cents from 1 December.', [['CAP', '2026-12-01']]],
  ['a price cut by order from a day is a CUT', 'The operators must cut the price of mobile data by 25% from 1 March.', [['CUT', '2027-03-01']]],
  ['… jobs cut stay LAYOFFS', 'The bank will cut 900 jobs by the end of June.', [['LAYOFFS', 'by 2027-06-30']]],
  ['hand-outs of seed are a DISTRIBUTION', 'The board would hand out maize seed to growers in February.', [['DISTRIBUTION', '2027-02']]],
  ['rains in a month are an event', 'Heavy rains in October washed away the bridge.', [['RAIN', '2026-10']]],
  ['… but not rain said not to come', 'Forecasters said rain was not expected before January.', []],
  ['… nor "no rain" before a day', 'There would be no significant rain before Friday, the weather office said.', []],
  ['… nor rain that did not come by a deadline', 'Rationing could spread if heavy rain did not come by the end of December.', []],
  ['a coach who left in a month departed then', 'The previous coach left in October after a heavy defeat.', [['DEPARTURE', '2026-10']]],
  ['a failure that left its object in a state is dated past that state', 'The crossing will stay shut until Friday after an engine failure left the ferry drifting for six hours on Sunday.', [['CLOSURE', 'by 2026-11-27'], ['FAILURE', '2026-11-22']]],
  ['… and a power failure is an OUTAGE, its weekday past "up to" still behind the writer', 'The lift will stay closed until at least Monday after a power failure left about 40 people stranded for up to three hours on Sunday.', [['OUTAGE', '2026-11-22']]],
  ['what a budget pays for by a deadline is built', 'The ministry would pay for two new clinics in the valley by the end of 2027.', [['CONSTRUCTION', 'by 2027-12-31']]],
  ['… or fitted', 'The city would pay for new street lamps along the coast road by March.', [['INSTALLATION', 'by 2027-03-31']]],
  ['… but a date in a relative clause after the object is that clause\'s', 'The federation had agreed to pay for a training centre that would open by the end of June.', [['OPENING', 'by 2027-06-30']]],
  ['charges a port raises from a day are an INCREASE then, past a long object, and no arrest', 'The authority will raise handling charges at the North Quay Terminal by 10% from 1 January.', [['INCREASE', '2027-01-01']]],
  ['a present perfect announced on a day is dated by that announcement', 'Archaeologists have uncovered a bronze anchor near the harbour, the Maritime Heritage Office announced on Monday.', [['DISCOVERY', '2026-11-23']]],
  ['a plural after "of" and a modifier is no action between a verb and its date', 'The smelter will stop for a week of safety checks in March.', [['STOP', '2027-03']]],
  ['… and a trigger before such a plural only modifies it', 'The board will publish the list of exam centres next Tuesday.', [['PUBLICATION', '2026-12-01']]],
  ['"to" before a name is no infinitive: the weekday after an irregular past verb stays behind the writer', 'The airline flew its first direct service to Lusaka on Sunday.', [['SERVICE', '2026-11-22']]],
  ['what is delayed to a later day is delayed on the day of the report', 'The opening of the ferry terminal has been delayed until June, the port said on Monday.', [['OPENING', 'by 2027-06'], ['DELAY', '2026-11-23']]],
  ['a company that must stop work halts it, a STOP', 'The judges ruled that the company must stop work within 60 days.', [['STOP', 'by 2027-01-24']]],
  ['… workers who stop work strike', 'Dockworkers at the port stopped work on Monday over pay.', [['STRIKE', '2026-11-23']]],
  ['vehicles that broke down in a month failed', 'Nine of the city\'s buses had broken down in September alone.', [['FAILURE', '2026-09']]],
];

/** Round 21 (events21): dates linked through the phrase's own clause, kinds that are no event, and a dated mention after an undated one. Invented sentences. */
const ROUND_21: Array<[string, string, Array<[string, string | null]>]> = [
  ['a relative clause of the incident\'s own past verb dates it (event.date.relative-clause)', 'The operator was fined over a crash that killed four passengers in March 2025.', [['CRASH', '2025-03']]],
  ['… a present perfect one too, from its "since" day', 'The vaccination drive follows an outbreak that has killed at least 30 people since September.', [['OUTBREAK', '2026-09']]],
  ['… past the place of the phrase', 'The mill blamed a fire in Leeds that destroyed its warehouse in March.', [['FIRE', '2026-03']]],
  ['… but a relative clause after a participant is the participant\'s', 'The court upheld the conviction over a crash that killed four passengers in March 2025.', [['VERDICT', null]]],
  ['… and not one that moves the event ("that was postponed in March" dates the postponement)', 'Residents still await the inquiry that was postponed in March.', [['POSTPONEMENT', '2026-03']]],
  ['a predicate of the phrase\'s own course carries its date past 30 characters (event.date.course-predicate)', 'The ministry said the campaign would start in the three northern districts on 7 December.', [['CAMPAIGN', '2026-12-07']]],
  ['… but not past "and that", which opens another clause', 'The council said construction of the bridge would begin in the dry season of next year and that the first buses would run by the end of 2031.', []],
  ['a bare plural after "from", "during" or "on" names a kind of event, none that happened', 'Insurers said premiums would rise for homes at risk from floods from 1 January.', [['INCREASE', null]]],
  ['… "during outages"', 'The operators must submit plans for keeping the emergency line working during outages by 31 January.', [['SUBMISSION', 'by 2027-01-31']]],
  ['… with a figure or a determiner it is still an event', 'Officials said on Monday that the two attacks on the depot had taken place on Sunday.', [['ATTACK', '2026-11-22']]],
  ['an event that opens on a day begins then, no opening of its own: "the conference …, which opens on Monday"', 'Delegates are arriving for the climate conference in Lyon, France, which opens on Monday.', [['CONFERENCE', '2026-11-30']]],
  ['… "the tour, which was to have opened … in February"', 'The tour, which was to have opened in Madrid in February, will be moved to next year.', []],
  ['… while a place or a wing still opens', 'The museum will open its new wing on 4 March.', [['OPENING', '2027-03-04']]],
  ['a clause coordinated after a comma has its own subject: its date is the event\'s, not the clause\'s before', 'Pupils can sit the test again in May, and registration for the resit will close on 31 January, the board said.', [['TEST', '2027-05'], ['REGISTRATION', 'by 2027-01-31']]],
  ['a predicate of closing makes the day a deadline (event.date.closing-predicate)', 'The union will put the offer to its members in a ballot that ends on 11 December.', [['BALLOT', 'by 2026-12-11']]],
  ['… "expires on"', 'The current collective agreement for hospital staff expires on 31 December.', [['AGREEMENT', 'by 2026-12-31']]],
  ['… but a past one does not: "the strike ended on Monday"', 'The strike ended on Monday.', [['STRIKE', '2026-11-23']]],
  ['a bare form after a plural subject and before "to" and a verb is the verb of an intention, no PLAN; tagging animals is a TAGGING', 'The scientists plan to tag 40 turtles with satellite trackers in February, the institute said.', [['TAGGING', '2027-02']]],
  ['… "a plan to" is still the noun', 'The ministry will present its recovery plan by the end of March.', [['PLAN', 'by 2027-03-31']]],
  ['a plan published is the publication, no PLAN of its own (notYieldingTo)', 'The ministry would publish a coastal protection plan by the end of February.', [['PUBLICATION', 'by 2027-02-28']]],
  ['the object of a verb that answers it takes no date after it (event.words.answering-verbs): the meeting is dated, the request not', 'The cabinet would consider the request at its meeting on 3 December.', [['MEETING', '2026-12-03']]],
  ['… past an owner: "debate X\'s request in January" is the debate', 'The deputy mayor said the council would debate Smith\'s request in January.', [['DEBATE', '2027-01']]],
  ['… while a verb that makes its object still dates it', 'The agency will hold a briefing for doctors on 26 November.', [['BRIEFING', '2026-11-26']]],
  ['a measure extended is the EXTENSION, no measure of its own, and a vote\'s purpose with a limit of its own is an event too', 'The council voted on Tuesday to extend the ban on new hotel licences until the end of 2028.', [['VOTE', '2026-11-24'], ['EXTENSION', 'by 2028-12-31']]],
  ['… a purpose with no day or limit of its own stays part of the vote', 'The council voted on Tuesday to extend the ban on new hotel licences.', [['VOTE', '2026-11-24']]],
  ['a dated mention after an undated one of the same kind in a sentence is not dropped', 'The president cut short a visit to the capital and will fly to the flooded province on Wednesday.', [['VISIT', '2026-11-25']]],
];

describe.each([
  ['round-19', ROUND_19],
  ['round-20', ROUND_20],
  ['round-21', ROUND_21],
])('the %s rules: kinds and dates', (_round, table) => {
  it.each(table)('%s', (_what, sentence, expected) => {
    expect(events(sentence).map(show)).toEqual(expected);
  });
});
