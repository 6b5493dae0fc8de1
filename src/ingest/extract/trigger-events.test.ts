import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { DATE_RULES, RELATIVE_DATE_RULES, STATUS_RULES } from './rules/event-dates.js';
import { DEADLINE_ACTIONS, DEADLINE_CUES, EVENT_TRIGGERS, KIND_MODIFIERS } from './rules/event-triggers.js';
import { findEventDates } from './event-dates.js';
import { KIND_SYNONYMS, canonicalKind } from './rules/event-kinds.js';
import { publishedDay } from './dates.js';

// Wednesday 10 September 2025
const PUBLISHED = '2025-09-10T10:00:00';
const events = (body: string) =>
  analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body }).parsed.events.map(({ id: _id, key: _key, ...e }) => e);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void events('Warm-up.'), 60_000);

describe('event trigger rules (data)', () => {
  it('have unique ids that name their kind, and no rule is empty', () => {
    const ids = [...EVENT_TRIGGERS.map((r) => r.id), ...KIND_MODIFIERS.map((r) => r.id), ...DATE_RULES.map((r) => r.id), ...STATUS_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of EVENT_TRIGGERS) {
      expect(r.id).toMatch(/^event\.[a-z]+\.[a-z-]+$/);
      expect((r.nouns?.length ?? 0) + (r.verbs?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('every date rule resolves its examples against the publication date', () => {
    const published = publishedDay(PUBLISHED);
    for (const rule of DATE_RULES) {
      for (const [text, date, endDate] of rule.examples) {
        const found = findEventDates(text, published, false)[0];
        expect({ rule: found?.rule, date: found?.date, endDate: found?.endDate ?? null }).toEqual({ rule: rule.id, date, endDate });
      }
    }
  });
});

describe('dates counted from another date (RELATIVE_DATE_RULES)', () => {
  it.each(RELATIVE_DATE_RULES.flatMap((r) => r.examples.map(([text, anchor, date]) => ({ id: r.id, text, anchor, date }))))('$id: "$text" → $date', ({ id, text, anchor, date }) => {
    // the anchor is written in the sentence; the same phrase with no date before it counts from the sentence before
    const inSentence = findEventDates(text, publishedDay(PUBLISHED), false).find((d) => d.rule === id);
    const tail = text.slice(text.search(/[;,]|\band\b/) + 1);
    const fromBefore = findEventDates(tail, publishedDay(PUBLISHED), false, anchor).find((d) => d.rule === id);
    expect({ inSentence: inSentence?.date, fromBefore: fromBefore?.date }).toEqual({ inSentence: date, fromBefore: date });
  });

  it('without a date to count from, "the day before" dates nothing', () => {
    expect(findEventDates('The valve had failed the night before.', publishedDay(PUBLISHED), false)).toEqual([]);
  });

  it('dates an event of the next sentence from the last date of the one before', () => {
    expect(events('Inspectors found the crack on 2 September. The bridge had been closed the day before.').map((e) => [e.kind, e.date])).toContainEqual(['CLOSURE', '2025-09-01']);
  });
});

describe('the head of an event phrase that the tagger reads as a verb or cuts short', () => {
  it('a trigger right after a reporting verb and before its preposition is a noun', () => {
    expect(events('She said talks with the employers would resume on Thursday.').map((e) => [e.kind, e.date])).toEqual([['NEGOTIATIONS', '2025-09-11']]);
  });

  it('"by" names the actor of the phrase, and the date after its verb still belongs to it', () => {
    expect(events('A strike by train drivers is planned for 9 December.').map((e) => [e.kind, e.name, e.date])).toEqual([['STRIKE', 'strike by train drivers', '2025-12-09']]);
  });

  it('"by" opening a deadline is not part of the name', () => {
    expect(events('The ban by the end of March will cover all shops.').map((e) => [e.kind, e.name, e.endDate])).toEqual([['BAN', 'ban', '2026-03-31']]);
  });

  it('a subject phrase with a place and an aside after it still takes the date after its verb', () => {
    expect(events("A by-election in the council's Harbour ward, called after the councillor resigned, will be held on 10 December.").map((e) => [e.kind, e.date])).toEqual([['ELECTION', '2025-12-10']]);
  });

  it('a count of events is no event, unless a date names each', () => {
    expect(events('Haddad won 3,125 votes and police recorded 37 crashes.')).toEqual([]);
    expect(events('Workers will stage two strikes on 3 and 10 December.').map((e) => [e.kind, e.date])).toEqual([['STRIKE', '2025-12-03'], ['STRIKE', '2025-12-10']]);
  });

  it('a participle after "stay" or "remain" is the action, said of what is before the copula', () => {
    // a weekday after "until" is the limit of the closure, its endDate (seed/heldout-10, seed/heldout-12, seed/heldout-13)
    expect(events('The bridge will stay closed until Friday.').map((e) => [e.kind, e.date, e.endDate])).toEqual([['CLOSURE', null, '2025-09-12']]);
  });

  it('what closes is found past where it is, a second place name unknown to the gazetteer included', () => {
    expect(events('The plants in Florø and Måløy will close by the end of March.').map((e) => [e.kind, e.endDate])).toEqual([['CLOSURE', '2026-03-31']]);
  });
});

describe('an action reported as just done (date.reported-day)', () => {
  it('takes the day of the report', () => {
    expect(events('The regulator said on Monday it had opened an inquiry into the breach.').map((e) => [e.kind, e.date, e.rules])).toEqual([
      ['INVESTIGATION', '2025-09-08', ['event.investigation.noun', 'date.reported-day', 'status.occurred.default']],
    ]);
  });

  it('an event named as the object of a present perfect takes the day of the report after it', () => {
    expect(events('The food agency has ordered the recall of 12 batches of a cough syrup made by a small laboratory, the agency said on Monday.').map((e) => [e.kind, e.date, e.rules])).toEqual([
      ['RECALL', '2025-09-08', ['event.recall.noun', 'date.perfect-object-at-report', 'status.occurred.default']],
    ]);
  });

  it('a reported future does not', () => {
    expect(events('The regulator said on Monday it would open an inquiry into the breach.')).toEqual([]);
  });
});

describe('a relative clause after the trigger', () => {
  it('does not make a past action expected', () => {
    expect(events('The European Commission approved the project, which would pump brine from 14 wells, on 2 September.').map((e) => [e.kind, e.date, e.status])).toEqual([['APPROVAL', '2025-09-02', 'occurred']]);
  });
});

describe('a relative clause that times its phrase', () => {
  it('dates the phrase, not the verb of the main clause', () => {
    expect(events('The strike, which began on Monday, has closed 40 schools.').map((e) => [e.kind, e.date])).toEqual([['STRIKE', '2025-09-08']]);
  });
});

describe('every trigger rule\'s examples make an event of its kind', () => {
  // (the named-event finder may make it first: "48-hour strike" comes from the head-noun phrase rule)
  const cases = EVENT_TRIGGERS.flatMap((r) => r.examples.map((example) => ({ id: r.id, kind: r.kind, example })));
  it.each(cases)('$id: $example', ({ kind, example }) => {
    expect(events(example).map((e) => e.kind)).toContain(kind);
  });
});

describe('events from trigger rules, one sentence per kind', () => {
  it('meeting (verb): place, weekday in the past', () => {
    expect(events('The two ministers met in Geneva on Monday.')).toEqual([
      { name: 'meeting in Geneva', kind: 'MEETING', date: '2025-09-08', status: 'occurred', participants: [], place: 'place:geneva', rules: ['event.meeting.verb', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('visit (noun): the weekday before publication, the place of "to"', () => {
    expect(events('The prime minister began a three-day visit to Japan on Sunday.')).toEqual([
      { name: 'three-day visit to Japan', kind: 'VISIT', date: '2025-09-07', status: 'occurred', participants: [], place: 'place:japan', rules: ['event.visit.noun', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('visit (verb): "last week" is the month', () => {
    expect(events('The president visited Kenya last week.')).toEqual([
      { name: 'visit to Kenya', kind: 'VISIT', date: '2025-09', status: 'occurred', participants: [], place: 'place:kenya', rules: ['event.visit.verb', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('rate decision (noun, with a kind modifier): a future day without a year is the next one', () => {
    expect(events('The bank’s next rate decision is due on 18 June.')).toEqual([
      { name: 'rate decision', kind: 'DECISION', date: '2026-06-18', status: 'expected', participants: [], rules: ['event.decision.noun', 'event.kind.rate-decision', 'date.chrono', 'status.expected.future'] },
    ]);
  });

  it('rate decision (verb with an object)', () => {
    expect(events('The central bank raised its key interest rate to 4 per cent on Thursday.')).toEqual([
      { name: 'rate decision', kind: 'DECISION', date: '2025-09-04', status: 'occurred', participants: [], rules: ['event.decision.rates', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('vote (noun): the phrase "on the bill" is part of the name, the date is not', () => {
    expect(events('Parliament will hold a vote on the bill on 12 May.')).toEqual([
      { name: 'vote on the bill', kind: 'VOTE', date: '2026-05-12', status: 'expected', participants: [], rules: ['event.vote.noun', 'date.chrono', 'status.expected.future'] },
    ]);
  });

  it('vote (verb), ruling (noun) and hearing (noun)', () => {
    expect(events('Councillors voted 31 to 12 on Tuesday to close the depot.')).toEqual([
      { name: 'vote', kind: 'VOTE', date: '2025-09-09', status: 'occurred', participants: [], rules: ['event.vote.verb', 'date.chrono', 'status.occurred.default'] },
    ]);
    expect(events('A hearing is scheduled for 9 October.')).toEqual([
      { name: 'hearing', kind: 'HEARING', date: '2025-10-09', status: 'expected', participants: [], rules: ['event.hearing.noun', 'date.chrono', 'status.expected.future'] },
    ]);
  });

  it('ruling (verb): the court is the participant', () => {
    expect(events('The Supreme Court ruled on Wednesday that the law was void.')).toEqual([
      { name: 'Supreme Court ruling', kind: 'RULING', date: '2025-09-10', status: 'occurred', participants: ['organization:supreme-court'], rules: ['event.ruling.verb', 'date.chrono', 'status.occurred.default'] },
    ]);
  });

  it('attack: the phrase finder names it, the trigger rules date it', () => {
    expect(events('A missile attack on the port killed three people on Tuesday.')).toEqual([
      { name: 'missile attack', kind: 'ATTACK', date: '2025-09-09', status: 'occurred', participants: [], rules: ['event.phrase.head-noun', 'date.chrono'] },
    ]);
  });

  it('ceasefire, outage, fine, launch, approval, agreement', () => {
    const one = (body: string) => events(body).map((e) => [e.kind, e.date, e.status, e.rules![0]]);
    expect(one('A ceasefire took effect at midnight on 1 June.')).toEqual([['CEASEFIRE', '2025-06-01', 'occurred', 'event.ceasefire.noun']]);
    expect(one('A power outage hit the city on Saturday.')).toEqual([['OUTAGE', '2025-09-06', 'occurred', 'event.outage.noun']]);
    expect(one('The regulator fined the lender €12 million on Friday.')).toEqual([['FINE', '2025-09-05', 'occurred', 'event.fine.verb']]);
    expect(one('The agency launched the satellite on 2 April.')).toEqual([['LAUNCH', '2025-04-02', 'occurred', 'event.launch.verb']]);
    expect(one('The regulator approved the drug on 14 March.')).toEqual([['APPROVAL', '2025-03-14', 'occurred', 'event.approval.verb']]);
    expect(one('Ministers agreed on Wednesday to cut emissions.')).toEqual([['AGREEMENT', '2025-09-10', 'occurred', 'event.agreement.agree']]);
  });

  it('deadlines go to endDate and make the event expected', () => {
    expect(events('Bidders face a deadline of 30 June.')).toEqual([
      { name: 'deadline', kind: 'DEADLINE', date: null, endDate: '2025-06-30', status: 'expected', participants: [], rules: ['event.deadline.noun', 'date.chrono', 'status.expected.deadline'] },
    ]);
    expect(events('The council will freeze bus fares until the end of 2026.')).toEqual([
      { name: 'freeze', kind: 'POLICY', date: null, endDate: '2026-12-31', status: 'expected', participants: [], rules: ['event.policy.freeze', 'date.deadline.end-of-year', 'status.expected.future'] },
    ]);
  });

  it('a word of an organization name is no trigger, and a duration is no date', () => {
    expect(events('Kavita Rao of the Indian National Congress said the clearance was rushed.')).toEqual([]);
    expect(events('The union said the strike would last two days.')).toEqual([]);
  });

  it('a generic noun without a date or a name is no event', () => {
    expect(events('The decision surprised analysts.')).toEqual([]);
    expect(events('He won 54 per cent of the vote.')).toEqual([]);
  });

  it('the same event reported twice in one article is one event with one key', () => {
    const parsed = analyse({ title: 'T', publishedAt: PUBLISHED, authors: [], tags: [], body: 'A cholera outbreak in Sudan has killed 200 people.\n\nThe outbreak began in July 2024.' }).parsed;
    expect(parsed.events.map((e) => [e.name, e.date, e.key])).toEqual([['cholera outbreak in Sudan', '2024-07', 'outbreak|2024-07|place:sudan']]);
  });
});

describe('deadline and target cues (DEADLINE_CUES)', () => {
  const cases = DEADLINE_CUES.flatMap((r) => r.examples.map((example) => ({ id: r.id, kind: r.kind, example })));
  it.each(cases)('$id: $example', ({ id, kind, example }) => {
    const e = events(example).find((x) => x.kind === kind);
    expect(e).toMatchObject({ kind, date: null, status: 'expected' });
    expect(e!.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e!.rules).toContain(id);
  });

  it('names the event by what is to be done, or retypes the thing that has only the deadline', () => {
    expect(events('The agency aims to hire 400 more inspectors by the end of 2028.').map((e) => [e.kind, e.name, e.endDate])).toEqual([['TARGET', 'hire 400 more inspectors', '2028-12-31']]);
    expect(events('The company must repay the loan within 60 days.').map((e) => [e.kind, e.name, e.endDate])).toEqual([['DEADLINE', 'loan', '2025-11-09']]);
    expect(events('The operator must pay the fine within 30 days.').map((e) => [e.kind, e.endDate])).toEqual([['DEADLINE', '2025-10-10']]);
  });

  // DEADLINE_ACTIONS: an obligation named by its action, as the newer sets name it
  const actions = DEADLINE_ACTIONS.flatMap((r) => r.examples.map((example) => ({ id: r.id, kind: r.kind, example })));
  it.each(actions)('$id: $example', ({ id, kind, example }) => {
    const e = events(example).find((x) => x.kind === kind);
    expect(e).toMatchObject({ kind, date: null, status: 'expected' });
    expect(e!.rules).toEqual(expect.arrayContaining(['event.deadline.cue.obligation', id]));
  });

  it('an obligation whose action names no document or review stays a DEADLINE ("must give the workers a week off")', () => {
    expect(events('The company must give the workers a bonus by the end of March.').map((e) => e.kind)).toEqual(['DEADLINE']);
  });

  it('a deadline with no cue stays what its trigger says', () => {
    expect(events('The council will freeze bus fares until the end of 2026.').map((e) => e.kind)).toEqual(['POLICY']);
  });
});

describe('dates and verbs around the trigger', () => {
  it('a score after the next name makes a match verb of a word the tagger reads as a noun', () => {
    expect(events('Hartfield United beat Norcastle 2-0 at Elm Park on Saturday.').map((e) => [e.kind, e.date])).toEqual([['MATCH', '2025-09-06']]);
  });

  it('a date between the subject and an event-making verb dates its object, not the object of any verb', () => {
    expect(events('The regulator on Tuesday granted approval for the vaccine.').map((e) => [e.kind, e.date, e.name])).toEqual([['APPROVAL', '2025-09-09', 'approval for the vaccine']]);
    // (a chamber's approval is its vote, an event of its own beside what it approved, as the development sets annotate it)
    expect(events('The Senate on Monday approved the 2026 budget.').map((e) => [e.kind, e.date])).toEqual([['VOTE', '2025-09-08'], ['BUDGET', '2025-09-08']]);
    // an earlier decision overturned on Monday is not dated Monday
    expect(events('The Court of Appeal on Monday overturned a High Court decision.').map((e) => e.kind)).toEqual(['RULING']);
  });

  it('a clause set off by commas after the phrase neither dates it nor keeps it from its own date', () => {
    expect(events('The by-election, called after the death of councillor Ann Reed in August, will be held on 9 October.').map((e) => [e.kind, e.date])).toEqual([
      ['ELECTION', '2025-10-09'],
      ['DEATH', '2025-08'],
    ]);
  });

  it('a past-only kind is never next year\'s, even in a future sentence', () => {
    expect(events('The by-election, called after the death of councillor Ann Reed in October, will be held on 9 November.').find((e) => e.kind === 'DEATH')?.date).toBe('2024-10');
  });

  it('a referendum is a vote; the strike verb only without an object', () => {
    expect(events('Voters approved the plan in a referendum on Sunday.').map((e) => e.kind)).toContain('VOTE');
    expect(events('Bus drivers will strike again on 3 December.').map((e) => [e.kind, e.date])).toEqual([['STRIKE', '2025-12-03']]);
    expect(events('Missiles struck the port on Monday.').map((e) => e.kind)).not.toContain('STRIKE');
  });
});

describe('a noun the tagger reads as a verb does not cut a verb event off from its date', () => {
  it('"won the X, the top prize of the festival, at the closing ceremony on Saturday": "prize" after "the top" is a noun', () => {
    expect(events('Director Ana Berg won the Silver Shell, the top prize of the Tarvia Film Festival, at the closing gala on Saturday night.').filter((e) => e.kind === 'AWARD').map((e) => e.date)).toEqual(['2025-09-06']);
  });
});

describe('an action under way is dated by the report', () => {
  it('"X is recalling …, the carmaker said on Tuesday" is Tuesday\'s; "X recalled …" takes no date from the report', () => {
    expect(events('Tarvia Motors is recalling about 12,000 vehicles because of a faulty hose, the carmaker said on Tuesday.').filter((e) => e.kind === 'RECALL').map((e) => [e.date, (e.rules ?? []).includes('event.verb.report-date')])).toEqual([['2025-09-09', true]]);
    expect(events('Tarvia Motors recalled about 12,000 vehicles in 2019 because of a faulty hose, the carmaker said on Tuesday.').filter((e) => e.kind === 'RECALL').map((e) => (e.rules ?? []).includes('event.verb.report-date'))).not.toContain(true);
  });
});

describe('events named by a paraphrase of a clause', () => {
  it('what a deliberating body will discuss on a day is its meeting; what anyone else discusses is not', () => {
    expect(events('The city council will discuss the housing plans on 18 September.').filter((e) => e.kind === 'MEETING').map((e) => [e.kind, e.date])).toEqual([['MEETING', '2025-09-18']]);
    expect(events('Analysts will discuss the figures on 18 September.').filter((e) => e.kind === 'MEETING')).toEqual([]);
  });

  it('adding something to an official list is a decision; "added that …" reports', () => {
    expect(events('The ministry added the forest off the coast road to its list of protected sites on Monday.').map((e) => [e.kind, e.date])).toEqual([['DECISION', '2025-09-08']]);
    expect(events('The ministry added that the list would be published on Monday.').filter((e) => e.kind === 'DECISION')).toEqual([]);
  });
});

describe('date lists and month deadlines (issue 11 item 3)', () => {
  it('a list of days makes one event per day, each with the same kind, status and rules', () => {
    expect(events('Bus drivers will strike on 3 and 10 October, the union said.').map((e) => [e.kind, e.date, e.status, e.rules])).toEqual([
      ['STRIKE', '2025-10-03', 'expected', ['event.strike.verb', 'date.list.days', 'status.expected.future']],
      ['STRIKE', '2025-10-10', 'expected', ['event.strike.verb', 'date.list.days', 'status.expected.future']],
    ]);
    expect(events('Nurses walked out on 2, 9 and 16 September over pay.').map((e) => e.date)).toEqual(['2025-09-02', '2025-09-09', '2025-09-16']);
    expect(events('Dock workers will strike on 30 September and 7 October.').map((e) => e.date)).toEqual(['2025-09-30', '2025-10-07']);
    expect(events('Talks are planned on October 3 and 10.').map((e) => [e.kind, e.date])).toEqual([['NEGOTIATIONS', '2025-10-03'], ['NEGOTIATIONS', '2025-10-10']]);
  });

  it('a range stays one event, and "between 3 and 10 October" is no list', () => {
    expect(events('Ministers will meet in Rome from 3 to 5 October.').map((e) => [e.date, e.endDate])).toEqual([['2025-10-03', '2025-10-05']]);
    expect(events('The trial will be held between 3 and 10 November.').map((e) => e.kind).filter((k) => k === 'TRIAL')).toHaveLength(1);
  });

  it('"by" a month is that month\'s last day, as a deadline', () => {
    expect(events('The bridge is due to reopen by June 2028.').map((e) => [e.date, e.endDate, e.status])).toEqual([[null, '2028-06-30', 'expected']]);
  });
});

describe('a figure or a qualifying gerund does not cut a verb event off from its date', () => {
  it('"culled 92,000 laying hens at a farm on Monday": the thousands comma is no clause break, "laying" no action', () => {
    expect(events('Inspectors culled 92,000 laying hens at a farm near the town on Monday after tests confirmed the virus.').map((e) => [e.kind, e.date])).toEqual([['CULL', '2025-09-08']]);
  });
});

describe('an event phrase as the subject of a subordinate clause', () => {
  it('"after talks … collapsed last week": the talks, dated by their own clause; no accident', () => {
    expect(events('Nurses at ten hospitals stopped working overtime on Monday after talks on a new pay deal with the ministry collapsed last week.').map((e) => [e.kind, e.date])).toEqual([
      // stopping work is a strike (event.strike.stop-work), dated by its own clause
      ['STRIKE', '2025-09-08'],
      ['NEGOTIATIONS', '2025-09'],
    ]);
  });

  it('a clause opener is not part of the name, and a comma keeps the main clause\'s date from it', () => {
    expect(events('After talks with the unions, the minister signed the decree on Monday.').map((e) => [e.kind, e.name, e.date])).toEqual([['NEGOTIATIONS', 'talks with the unions', null]]);
  });

  it('"per" of a figure is no clause opener: "its 90 per cent target"', () => {
    expect(events('The agency aims to reach its 90 per cent target by the end of 2027.').map((e) => e.name)).toEqual(['90 per cent target']);
  });

  it('a company that collapsed is no accident', () => {
    expect(events('The retailer, which collapsed in 2024, owed its suppliers millions.')).toEqual([]);
  });
});

describe('a vote passed', () => {
  it('"passed by 118 votes to 104 on Friday" is last Friday\'s VOTE, not a schedule', () => {
    expect(events('The bill passed by 118 votes to 104 on Friday.').filter((e) => e.kind === 'VOTE').map((e) => [e.date, e.status])).toEqual([['2025-09-05', 'occurred']]);
  });

  it('"passed a medical" is no vote', () => {
    expect(events('The striker passed a medical in Leeds on Friday.').filter((e) => e.kind === 'VOTE')).toEqual([]);
  });
});

describe('a subject event dated further on in its own clause', () => {
  it('a phrasal verb is one action: "has shut down … on Sunday"', () => {
    expect(events('A ransomware attack has shut down the town’s services on Sunday.').map((e) => [e.kind, e.date])).toEqual([['ATTACK', '2025-09-07']]);
  });

  it('"since <day>" is the start of the event its clause is about, even past a long object', () => {
    expect(events('A ransomware attack has shut down most online services of the city of Lune and its harbour since Sunday night, the council said on Tuesday.').map((e) => [e.kind, e.date])).toEqual([['ATTACK', '2025-09-07']]);
  });
});

describe('kinds decided by data (rules/event-kinds.ts)', () => {
  it('maps every synonym to its canonical kind, once, with an id that names it', () => {
    const synonyms = KIND_SYNONYMS.flatMap((r) => r.synonyms);
    expect(new Set(synonyms).size).toBe(synonyms.length);
    for (const r of KIND_SYNONYMS) {
      expect(r.id).toBe(`event.kind.canonical.${r.canonical.toLowerCase()}`);
      for (const s of r.synonyms) expect(canonicalKind(s)).toEqual({ kind: r.canonical, rule: r.id });
    }
    expect(canonicalKind('SUMMIT')).toEqual({ kind: 'SUMMIT' });
  });

  it('a referendum found by the phrase finder is a VOTE', () => {
    expect(events('Voters in the canton rejected the plan in a referendum on Sunday.').map((e) => [e.kind, e.date])).toContainEqual(['VOTE', '2025-09-07']);
  });

  it.each([
    ['Pupils across the province will sit the maths exam on Monday.', [['EXAMINATION', '2025-09-15']]],
    ['The resit of the physics paper will be held on 22 September.', [['EXAMINATION', '2025-09-22']]],
    ['Candidates will sit the national entrance examination on 12 December.', [['EXAMINATION', '2025-12-12']]],
  ])('an exam is an EXAMINATION, as an examination is: %s', (body, expected) => {
    expect(events(body).map((e) => [e.kind, e.date])).toEqual(expected);
  });

  it("a chamber's approval is its vote; a regulator's stays an approval", () => {
    expect(events('The Harwick City Council approved the new budget on Monday.').map((e) => e.kind)).toEqual(['VOTE']);
    expect(events('The Harwick Water Authority approved the new budget on Monday.').map((e) => e.kind)).toEqual(['APPROVAL']);
  });
});

describe('dates and kinds of verb events', () => {
  it('a present perfect takes the day of the report after it, and keeps its limit', () => {
    expect(events('The province has banned fireworks in the old town until the end of January, the mayor said on Monday.').map((e) => [e.kind, e.date])).toEqual([['BAN', '2025-09-08']]);
  });

  it('"since <month>" is behind the writer even with a future word around it', () => {
    expect(events('The hospital said it had cancelled 900 planned operations since August.').map((e) => [e.kind, e.date])).toEqual([['CANCELLATION', '2025-08']]);
  });

  it('a meeting someone is ready to hold on a weekday is the coming one', () => {
    expect(events('The minister said he was ready to meet the union leaders on Monday.').map((e) => [e.kind, e.date, e.status])).toEqual([['MEETING', '2025-09-15', 'expected']]);
  });

  it('a verb the tagger joins to the noun before it: "The bank cut its key rate"', () => {
    expect(events('The bank cut its key rate to 2% on Thursday.').map((e) => [e.kind, e.date])).toEqual([['DECISION', '2025-09-04']]);
  });

  it('a verb yields to its object only when the object makes an event', () => {
    expect(events('The cabinet approved the increase on Monday.').map((e) => [e.kind, e.date])).toEqual([['APPROVAL', '2025-09-08']]);
  });

  it('"a request for comment" is no event', () => {
    expect(events('The company did not answer a request for comment on Monday.')).toEqual([]);
  });

  it('an organization after "at" names the body that holds the event', () => {
    expect(events('A hearing at the Supreme Court is expected before the end of January.').map((e) => [e.kind, e.name, e.endDate])).toEqual([['HEARING', 'hearing at the Supreme Court', '2026-01-31']]);
  });
});

describe('subjects, ordinals and "next <weekday>"', () => {
  // PUBLISHED is a Wednesday
  it('"next Wednesday" written on a Wednesday is the Wednesday after', () => {
    expect(events('The bridge will stay closed until next Wednesday.').map((e) => [e.kind, e.date, e.endDate])).toEqual([['CLOSURE', null, '2025-09-17']]);
  });

  it('a verb said of its subject finds the subject past a phrase of place after it', () => {
    expect(events('Schools in the old town and two other districts will stay closed until Friday.').map((e) => [e.kind, e.endDate])).toEqual([['CLOSURE', '2025-09-12']]);
  });

  it('a trigger after an ordinal is a noun', () => {
    expect(events('The tribunal will hold a first hearing on Thursday.').map((e) => [e.kind, e.date])).toEqual([['HEARING', '2025-09-11']]);
  });
});

describe('counts are no events', () => {
  it('"for a third straight meeting" counts meetings: the rate decision only', () => {
    expect(events('The central bank held its key rate at 4% on Wednesday for a third straight meeting.').map((e) => [e.kind, e.date])).toEqual([['DECISION', '2025-09-10']]);
  });
});

describe('markets are no exchanges', () => {
  it('"listed on the stock exchange" is a listing, and the exchange no event', () => {
    expect(events('The merged company will be listed on the stock exchange in March.').map((e) => [e.kind, e.date])).toEqual([['LISTING', '2026-03']]);
  });
});
