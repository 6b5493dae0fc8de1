import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { UNDATED_CUES, UNDATED_MAKING_VERBS, UNDATED_MEANS_SUBJECTS, UNDATED_SKIPPED, UNDATED_UNDERGONE_VERBS } from './rules/undated-events.js';

// Wednesday 10 September 2025
const PUBLISHED = '2025-09-10T10:00:00';
const events = (body: string) => analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body }).parsed.events;

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void events('Warm-up.'), 60_000);

describe('undated cues (data)', () => {
  it('have unique ids under event.undated., and each names word sequences in lower case', () => {
    const ids = UNDATED_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of UNDATED_CUES) {
      expect(c.id).toMatch(/^event\.undated\.[a-z-]+$/);
      expect(c.before.length).toBeGreaterThan(0);
      for (const words of c.before) for (const w of words) expect(w).toBe(w.toLowerCase());
    }
    for (const w of [...UNDATED_SKIPPED, ...UNDATED_MAKING_VERBS]) expect(w).toMatch(/^[a-z]+$/);
  });

  it('naming rules have ids under event.undated-name. and lower-case words', () => {
    for (const r of [UNDATED_UNDERGONE_VERBS, UNDATED_MEANS_SUBJECTS]) {
      expect(r.id).toMatch(/^event\.undated-name\.[a-z-]+$/);
      for (const w of r.words) expect(w).toMatch(/^[a-z]+$/);
    }
  });
});

describe('the name of an undated event with a common-noun subject', () => {
  // [sentence, kind, name]: the subject reads as the doer ("by"), what undergoes it ("of") or the means ("funded by")
  const names: Array<[string, string, string]> = [
    // a possessive stays with its noun: no bare "client" as the actor
    ['The lawyer told reporters that his client would appeal against the verdict.', 'APPEAL', 'appeal by his client'],
    // a verb with no object is undergone by its subject; with one, its subject does it
    ['The harbour board said a new shelter had opened near the quay.', 'OPENING', 'opening of a new shelter'],
    ['The harbour board said the company had stopped all flights to the island.', 'STOP', 'stop by the company'],
    ['The agency said the workers would have to stop without them.', 'STOP', 'stop of the workers'],
    // money is the means of what it pays for
    ['The mayor said the fee would pay for a new stadium.', 'CONSTRUCTION', 'construction funded by the fee'],
    // a noun after a preposition ends a longer subject, past a participle
    ['The agency said owners of farms found with sick cattle would be fined.', 'FINE', 'fine of owners of farms found with sick cattle'],
    ['The agency said traders from every district had registered for the fair.', 'REGISTRATION', 'registration by traders from every district'],
    // the one asked is named after the request, not as its co-actor or place
    ['The minister said the government would ask Australia to help fund new towers.', 'REQUEST', 'request by the government to Australia'],
    // a name after "in" ends a subject of place whose head is the noun before it; a figure that rose, and people who return, undergo it
    ['The agency said arrivals in Portugal had risen by a quarter in 2024.', 'INCREASE', 'increase of arrivals in Portugal'],
    ['The agency said its experts would return to the plant.', 'RETURN', 'return of its experts'],
  ];
  it.each(names)('"%s" → %s "%s"', (sentence, kind, name) => {
    expect(events(sentence).filter((e) => e.kind === kind).map((e) => [e.name, e.date])).toEqual([[name, null]]);
  });
});

describe('an action verb with no date in reach', () => {
  // [sentence, kind, status, cue rule]: planned or done by a named actor, the action is an event with no date
  const makes: Array<[string, string, string, string]> = [
    ['The Harbour Board said it would appeal against the ruling.', 'APPEAL', 'expected', 'event.undated.planned'],
    ['The Harbour Board said it would also appeal against the ruling.', 'APPEAL', 'expected', 'event.undated.planned'],
    ['The Norland Rail Company plans to build a second depot near the river.', 'CONSTRUCTION', 'expected', 'event.undated.planned'],
    ['The Coastal Water Authority said it had fined Bluegate Dairies for the spill.', 'FINE', 'occurred', 'event.undated.done'],
    // undated-only triggers (rules/undated-triggers.ts): the rule that made it
    ['The Harbour Board said it would ask the ministry for more patrols.', 'REQUEST', 'expected', 'event.request.ask-undated'],
    ['The Harbour Board said it had asked the Coastal Agency to publish its figures.', 'REQUEST', 'occurred', 'event.request.ask-undated'],
    ['The Harbour Board said it would pay for most of the dredging work.', 'FUNDING', 'expected', 'event.funding.pay-for'],
    ['The minister said the Harbour Board had set aside 4 million dollars for the project.', 'FUNDING', 'occurred', 'event.funding.set-aside'],
    ['The Harbour Board said it had offered the pilots a 6% rise.', 'OFFER', 'occurred', 'event.offer.verb'],
    ['The Statistics Office said the number of permits had risen by 6%.', 'INCREASE', 'occurred', 'event.increase.rise-by'],
    ['The Red Cross said it would send 20 tonnes of food to the valley.', 'DELIVERY', 'expected', 'event.delivery.send'],
    ['The Harbour Board said it would cut its fleet by a third.', 'CUT', 'expected', 'event.cut.by-share'],
    // an earlier year, after the verb or opening the sentence, with no other cue
    ['Norway banned the felling of oak in 2018 after a storm.', 'BAN', 'occurred', 'event.undated.year'],
    ['In 2015 the Coastal Water Authority fined six dairies for a spill.', 'FINE', 'occurred', 'event.undated.year'],
  ];
  it.each(makes)('"%s" → %s, undated, %s (%s)', (sentence, kind, status, cue) => {
    const found = events(sentence).filter((e) => e.kind === kind);
    expect(found.map((e) => ({ date: e.date, endDate: e.endDate ?? null, status: e.status, cued: e.rules?.includes(cue) }))).toEqual([{ date: null, endDate: null, status, cued: true }]);
  });

  it('a verb that yields to its object makes the object\'s event: an inquiry opened is the inquiry, a recommendation published the recommendation', () => {
    const opened = events('The Lakeside Transport Agency said it had opened an investigation into the derailment.');
    expect(opened.map((e) => [e.kind, e.date])).toEqual([['INVESTIGATION', null]]);
    expect(opened[0]!.rules).toEqual(expect.arrayContaining(['event.investigation.noun', 'event.undated.done']));
    const published = events('The Lakeside Transport Agency said it would publish a recommendation on the bridge.');
    expect(published.map((e) => [e.kind, e.date])).toEqual([['RECOMMENDATION', null]]);
    expect(published[0]!.rules).toEqual(expect.arrayContaining(['event.publication.verb', 'event.recommendation.noun', 'event.undated.planned']));
  });

  it('an event noun as the object of a verb that makes it, planned by an actor, needs no date: "would carry out inspections"', () => {
    const found = events('The Coastal Water Authority said it would carry out inspections of the harbour.').filter((e) => e.kind === 'INSPECTION');
    expect(found.map((e) => [e.date, e.status, e.rules?.includes('event.undated.planned')])).toEqual([[null, 'expected', true]]);
  });

  it('a passive needs no named actor and is named by what it is said of', () => {
    const found = events('The Lakeside Council said the old pier would be demolished.').filter((e) => e.kind === 'DEMOLITION');
    expect(found.map((e) => [e.name, e.date, e.status, e.rules?.includes('event.undated.passive')])).toEqual([['demolition of the old pier', null, 'expected', true]]);
  });

  it('a predicate coordinated by "and" has the actor of the first: "said it had asked … to study … and would appeal"', () => {
    const parsed = analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body: 'The Harbour Board said it had asked its lawyers to study the ruling and would appeal against it.' }).parsed;
    const appeals = parsed.events.filter((e) => e.kind === 'APPEAL');
    const names = appeals.flatMap((e) => e.participants.map((p) => parsed.entities.find((x) => x.id === p)?.name));
    expect([appeals.length, names, appeals[0]?.date]).toEqual([1, ['Harbour Board'], null]);
  });

  it('a common noun that is the subject stands for the actor and names the event', () => {
    const found = events('The operator said the company would build a second depot near the river.').filter((e) => e.kind === 'CONSTRUCTION');
    expect(found.map((e) => [e.name, e.date, e.status])).toEqual([['construction by the company', null, 'expected']]);
  });

  // [sentence, kind, why]: no event of the kind
  const none: Array<[string, string, string]> = [
    ['The Harbour Board appealed against the ruling.', 'APPEAL', 'a plain past with no date is most often the main event told again'],
    ['The Harbour Board said it would not appeal against the ruling.', 'APPEAL', 'the verb negated'],
    ['Residents said someone would appeal against the ruling.', 'APPEAL', 'no actor'],
    ['The union said the stoppage would close schools across the region.', 'CLOSURE', 'a subject that is itself an event: the verb tells its course'],
    ['Growers warned that farmers would stop planting cane in the south.', 'STOP', 'a verb of phase before a gerund'],
    ['The Lakeside Council said no pier would be demolished.', 'DEMOLITION', 'a negation in its clause'],
    ['Residents said there was no sign that the old pier had been demolished.', 'DEMOLITION', 'a negation before the "that" of its clause'],
    ['Residents said the old pier should have been demolished years ago.', 'DEMOLITION', 'a counterfactual perfect'],
    // undated-only triggers and the year cue (rules/undated-triggers.ts, event.undated.year)
    ['The Harbour Board asked the ministry to send more patrols on Monday.', 'REQUEST', 'a date in reach: the rule is for undated actions only'],
    ['The Harbour Board asked the ministry to send more patrols.', 'REQUEST', 'a plain past with neither cue nor year'],
    ['The Statistics Office said the number of permits would rise by 6%.', 'INCREASE', 'a forecast, not a rise that happened'],
    ['The mayor said the fee would pay for most of the dredging work.', 'FUNDING', 'money is the means, not the funder'],
    ['The Harbour Board said it would pay for 20 pumps to be installed.', 'FUNDING', 'what is paid for "to" be done is that deed'],
    ['The Harbour Board said fewer berths would be offered.', 'OFFER', 'a passive offer'],
    ['The Coastal Water Authority fined six dairies for a spill.', 'FINE', 'a plain past with no year is the story told again'],
    ['The Coastal Water Authority would have fined six dairies in 2019.', 'FINE', 'a counterfactual'],
    ['The Coastal Water Authority fined six dairies in 2025.', 'FINE', 'a year that is not earlier than the story\'s'],
  ];
  it.each(none)('"%s" makes no %s (%s)', (sentence, kind) => {
    expect(events(sentence).filter((e) => e.kind === kind)).toEqual([]);
  });

  it('a negation before the verb that reports it does not reach the action reported', () => {
    const found = events('The Harbour Board warned that no ferry would sail before spring and said it would appeal against the ruling.');
    expect(found.filter((e) => e.kind === 'APPEAL').map((e) => e.date)).toEqual([null]);
  });

  it('with no actor, a passive of a kind already named is that event told again', () => {
    const found = events('The Lakeside Council demolished the old pier on 3 September. Residents said the old pier had been demolished too quickly.');
    expect(found.filter((e) => e.kind === 'DEMOLITION').map((e) => e.date)).toEqual(['2025-09-03']);
  });

  it('an action done with no date, of a kind the article has already named, is that event told again', () => {
    const found = events('The Lakeside Council voted on 3 September to close the depot. Its leader, Mara Quell, said she had voted for the plan with regret.');
    expect(found.filter((e) => e.kind === 'VOTE').map((e) => e.date)).toEqual(['2025-09-03']);
  });

  it('a date in reach still dates the action, and the cue is not recorded', () => {
    const [appeal] = events('The Harbour Board said it would appeal against the ruling on 3 October.').filter((e) => e.kind === 'APPEAL');
    expect([appeal?.date, appeal?.rules?.some((r) => r.startsWith('event.undated.'))]).toEqual(['2025-10-03', false]);
  });
});

describe('undated-only triggers (rules/undated-triggers.ts) and an earlier year as a cue', () => {
  it('an event noun with an earlier year right after its phrase is an undated event, done; not the object of a verb', () => {
    const found = events('The rules were set after a public consultation in 2022.').filter((e) => e.kind === 'CONSULTATION');
    expect(found.map((e) => [e.name, e.date, e.status, e.rules?.includes('event.undated.year')])).toEqual([['public consultation', null, 'occurred', true]]);
    expect(events('The ministry ended most farm subsidies in 2021.').filter((e) => e.kind === 'SUBSIDY')).toEqual([]);
  });

  it('a year event is done, and named by the country that acts', () => {
    expect(events('Norway banned the felling of oak in 2018 after a storm.').map((e) => [e.kind, e.name, e.status])).toEqual([['BAN', 'Norway ban', 'occurred']]);
  });

  it('a figure that had risen is "of" its subject', () => {
    expect(events('The Statistics Office said the number of permits had risen by 6%.').map((e) => e.name)).toEqual(['increase of the number of permits']);
  });

  it('asking someone to meet on a day leaves the meeting its day (the asking is no occasion it is the purpose of)', () => {
    const found = events('The minister said the government would ask both sides to meet at the labour office on Friday.');
    expect(found.map((e) => [e.kind, e.date])).toEqual([['MEETING', '2025-09-12']]);
  });
});
