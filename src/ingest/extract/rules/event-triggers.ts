/**
 * Event triggers as data: each rule names one kind of event and the words that announce it. A
 * noun trigger is the head of the phrase that names the event ("the emergency summit in Rome"); a
 * verb trigger is an action whose subject and object are the participants ("the two leaders met
 * in Rome"). Rules hold general news vocabulary only, never names of particular organizations,
 * people or events. Every event carries the ids of the rules that produced it (`rules`), so a
 * wrong event points at the rule to fix. `examples` are sentences the unit tests run.
 */

import { ACTION_TRIGGERS, CLOSABLE, FEE_OBJECTS, STOPPABLE_WORK } from './action-triggers.js';
import { INCIDENT_TRIGGERS } from './incident-triggers.js';
import { PROCEDURE_TRIGGERS } from './procedure-triggers.js';
import { UNDATED_TRIGGERS } from './undated-triggers.js';
import { WORD_TRIGGERS } from './word-triggers.js';

export interface EventTriggerRule {
  /** Stable id, `event.<kind>.<noun|verb>[.<variant>]`. */
  id: string;
  /** Upper-case event kind (the contract's `kind`). */
  kind: string;
  /** Lower-case head nouns, singular and plural as written. */
  nouns?: string[];
  /** Verb lemmas; all inflections are matched (built once from compromise's conjugations). */
  verbs?: string[];
  /** Only when one of these words follows within a few words ("raised its key interest rate"). */
  objects?: string[];
  /**
   * `objects` may also be any counted thing: a figure right after the verb, past "about" or "some" ("recalled 14 lots",
   * "will recall about 2.3 million chips"); only with a date in the clause, as a verb without `objects`.
   */
  figureObject?: boolean;
  /** `objects` may also be a place named right after the verb ("closed the Blue Lagoon for two weeks in August"). */
  placeObject?: boolean;
  /** How many words after the verb `objects` may come (6 unless set): "added the waters off X to its list" puts the list further on. */
  objectReach?: number;
  /**
   * A weak trigger ("decision", "approval") makes an event only with a date or deadline in its
   * clause; a strong one ("summit", "ceasefire") also with a named participant or place. A weak verb
   * with `objects` likewise needs its date ("told the committee that …" is no hearing of its own).
   */
  weak?: boolean;
  /** A noun trigger only with one of these pre-modifiers ("third-quarter results", not "election results"). */
  requires?: string[];
  /** Dated by the report that names it ("In its quarterly report, the bureau said on Tuesday"): a report's day is its own. */
  datedByReport?: boolean;
  /**
   * A verb whose object names the event itself ("opened the new terminal" → the opening): yields to a noun trigger there.
   * `'passive'`: only to its passive subject ("the grant was approved" is the grant); an active verb's object event is an
   * event of its own ("approved the transfer on Tuesday" is an approval and a transfer).
   */
  yieldsToObject?: boolean | 'passive';
  /** Kinds of object event a verb that yields to its object does not yield to: publishing a plan is its publication ("would publish a reef protection plan by February"). */
  notYieldingTo?: string[];
  /**
   * A verb trigger only when one of these phrases follows later in its sentence; the date right before the phrase is the
   * event's ("will pay 2,800 francs a kilogram from Monday, up from 2,200" is an increase from Monday). A noun trigger
   * only when one of them follows it in its sentence ("her debut against X" is a match).
   */
  following?: string[];
  /**
   * The action takes effect on a day written later in its sentence after "from", past a long object or a relative clause
   * ("will double the amount of grapes that farmers can sell without duty from 1 January").
   */
  startsFrom?: boolean;
  /**
   * The verb moves what it is said of to another day ("has been delayed until June", "pushed back the launch to March"): that
   * day is the thing's; the action itself is dated by the report of it, and makes no event without one.
   */
  movesDate?: boolean;
  /** Not said of an event found right before it: the course of that event, no event of its own ("the leak was stopped four hours later"). */
  notOfEvent?: boolean;
  /** A verb after a cue of DEADLINE_CUES is that cue's target or deadline, named by what is to be done ("aims to hire 400 inspectors by 2028"). */
  yieldsToCue?: boolean;
  /** A reporting verb ("told") whose object names the occasion: "told a parliamentary committee on Thursday" is a hearing. */
  reports?: boolean;
  /** A verb trigger only when the word right after it is one of these ("will strike again", not "struck the port"). */
  next?: string[];
  /** No verb trigger when the word right after it is one of these: a phrasal verb of another sense ("draw up rules" is no match). */
  unlessNext?: string[];
  /** A verb trigger only when one of these words is among the few before it ("the bridge will close", "power was cut"). */
  subjects?: string[];
  /**
   * Only as the last word of a capitalised name the mention finder may not know ("the Valencia Marathon", "the Chess
   * Olympiad"): the name is the event's. Elsewhere a capitalised trigger after a capitalised word is part of a name.
   */
  named?: boolean;
  /**
   * A verb trigger only for an action with no date, planned, done or in an earlier year (rules/undated-events.ts): the same
   * words with a date in reach name no event the annotated sets count, so such a rule must not take a dated event's place
   * (rules/undated-triggers.ts, last in EVENT_TRIGGERS). A list names the only cues (UNDATED_CUES ids) it takes.
   */
  undatedOnly?: true | readonly string[];
  /** No verb trigger when one of these words comes within `objectReach` after it: what is paid for "to" be done is that deed ("would pay for 20 pumps to be installed"). */
  unlessObjects?: string[];
  /** No verb trigger when the word it is said of is one of these: "the fee would pay for …" names what the fee pays for. */
  unlessSubjects?: readonly string[];
  /** Not in the passive: what "would be paid for by cutting budgets" names is the cut. */
  activeOnly?: boolean;
  /** The verb's named object is the one the action is addressed to, joined to its name by this word: "would ask the ministry for …" → "request to the ministry". */
  objectPreposition?: string;
  /** How a verb trigger is named: the noun of the action ("met" → "meeting"). */
  nominal?: string;
  examples: string[];
}

/** Pre-modifiers that change the kind of a head noun: a "drone strike" is an attack, not a walkout. */
export interface KindModifierRule {
  id: string;
  head: string;
  modifiers: string[];
  kind: string;
}

/** What collapses, derails or capsizes in an accident: structures, vehicles and vessels (what closes, and more). */
const STRUCTURES = [
  ...CLOSABLE, 'building', 'buildings', 'house', 'houses', 'roof', 'roofs', 'ceiling', 'wall', 'walls', 'dam', 'dams', 'tower', 'towers', 'stand',
  'stands', 'block', 'blocks', 'crane', 'cranes', 'scaffolding', 'embankment', 'shaft', 'section', 'span', 'structure', 'structures', 'glacier',
  'ice', 'cliff', 'slope', 'hillside', 'train', 'trains', 'tram', 'trams', 'carriage', 'carriages', 'wagons', 'ferry', 'ferries', 'boat', 'boats',
  'ship', 'vessel', 'vessels', 'dinghy', 'trawler', 'barge',
];

/** The core list; incident-triggers.ts and procedure-triggers.ts add the rest (EVENT_TRIGGERS). */
const CORE_TRIGGERS: readonly EventTriggerRule[] = [
  { id: 'event.meeting.noun', kind: 'MEETING', nouns: ['meeting', 'meetings'], examples: ['Shareholders will vote at a general meeting on 14 January.'] },
  { id: 'event.summit.noun', kind: 'SUMMIT', nouns: ['summit', 'summits'], examples: ['Leaders will gather for an emergency summit in Rome on 3 March.'] },
  { id: 'event.meeting.verb', kind: 'MEETING', verbs: ['meet'], nominal: 'meeting', examples: ['The two ministers met in Geneva on Monday.'] },
  { id: 'event.visit.noun', kind: 'VISIT', nouns: ['visit', 'visits', 'trip', 'tour'], examples: ['The prime minister began a three-day visit to Japan on Sunday.'] },
  // what inspectors check, visit or board on a day is their inspection, not a visit
  { id: 'event.inspection.inspectors', kind: 'INSPECTION', verbs: ['check', 'visit', 'board', 'examine'], subjects: ['inspector', 'inspectors'], weak: true, nominal: 'inspection', examples: ['Inspectors would check all the damaged bridges by 4 December.', 'Its inspectors had visited more than 200 shops since Friday.'] },
  { id: 'event.visit.verb', kind: 'VISIT', verbs: ['visit'], nominal: 'visit', examples: ['The president visited Kenya last week.'] },
  // travelling to a place on a day is a visit there: "will fly to the port city on Wednesday"
  { id: 'event.visit.fly-to', kind: 'VISIT', verbs: ['fly', 'travel'], next: ['to'], nominal: 'visit', examples: ['The prime minister will fly to the flooded province on Wednesday.'] },
  { id: 'event.talks.noun', kind: 'NEGOTIATIONS', nouns: ['talks', 'negotiations'], examples: ['Talks between the union and the employers resume on Thursday.'] },
  { id: 'event.talks.verb', kind: 'NEGOTIATIONS', verbs: ['negotiate'], nominal: 'negotiations', examples: [] },
  { id: 'event.conference.noun', kind: 'CONFERENCE', nouns: ['conference', 'congress', 'convention'], examples: [] },
  { id: 'event.forum.noun', kind: 'FORUM', nouns: ['forum'], examples: [] },
  { id: 'event.decision.noun', kind: 'DECISION', nouns: ['decision', 'decisions'], weak: true, examples: ['The bank’s next rate decision is due on 18 June.'] },
  { id: 'event.decision.rate-change', kind: 'DECISION', nouns: ['cut', 'cuts', 'hike', 'hikes', 'rise', 'increase'], requires: ['rate', 'rates'], weak: true, examples: ['The rate cut on Thursday was the third this year.'] },
  { id: 'event.decision.rates', kind: 'DECISION', verbs: ['raise', 'cut', 'hold', 'keep', 'lower', 'increase', 'leave'], objects: ['rate', 'rates'], nominal: 'rate decision', examples: ['The central bank raised its key interest rate to 4 per cent on Thursday.'] },
  // a referendum is a vote on a question, not an election of people (seed/heldout-5/README.md)
  { id: 'event.vote.noun', kind: 'VOTE', nouns: ['vote', 'votes', 'adoption', 'referendum', 'referendums', 'plebiscite'], examples: ['Parliament will hold a vote on the bill on 12 May.', 'The canton will hold a referendum on the plan on 14 June.'] },
  { id: 'event.ballot.noun', kind: 'BALLOT', nouns: ['ballot'], examples: ['The union will hold a strike ballot on 3 March.'] },
  { id: 'event.vote.verb', kind: 'VOTE', verbs: ['vote', 'adopt', 'ratify'], nominal: 'vote', examples: ['Councillors voted 31 to 12 on Tuesday to close the depot.'] },
  // "passed the bill", never "passed a medical" or "passed the halfway mark"
  { id: 'event.vote.pass', kind: 'VOTE', verbs: ['pass'], objects: ['bill', 'bills', 'law', 'laws', 'motion', 'budget', 'legislation', 'resolution', 'amendment', 'act', 'measure', 'reform', 'ordinance', 'decree', 'votes'], nominal: 'vote', examples: ['The senate passed the bill by 61 votes to 39 on Thursday.'] },
  { id: 'event.vote.passed', kind: 'VOTE', verbs: ['pass'], subjects: ['bill', 'law', 'motion', 'budget', 'legislation', 'resolution', 'amendment', 'measure', 'reform', 'ordinance'], nominal: 'vote', examples: ['The bill passed by 118 votes to 104 on Friday.'] },
  { id: 'event.election.noun', kind: 'ELECTION', nouns: ['election', 'elections', 'runoff', 'run-off', 'primary', 'by-election', 'by-elections'], examples: ['The town holds a mayoral election on 4 May.', 'A by-election, called after the councillor resigned, will be held on 10 December.'] },
  { id: 'event.election.verb', kind: 'ELECTION', verbs: ['elect', 're-elect'], nominal: 'election', examples: [] },
  { id: 'event.ruling.noun', kind: 'RULING', nouns: ['ruling', 'judgment', 'judgement'], examples: ['The court’s ruling on the merger is due on 2 October.'] },
  { id: 'event.ruling.verb', kind: 'RULING', verbs: ['rule', 'annul', 'overturn', 'uphold', 'quash'], nominal: 'ruling', examples: ['The Supreme Court ruled on Wednesday that the law was void.'] },
  // a verdict decides guilt; a ruling decides a point of law
  { id: 'event.verdict.noun', kind: 'VERDICT', nouns: ['verdict', 'verdicts', 'conviction', 'acquittal'], examples: ['A jury delivered its verdict in the fraud trial on Friday.'] },
  { id: 'event.verdict.verb', kind: 'VERDICT', verbs: ['convict', 'acquit'], nominal: 'verdict', examples: ['A jury in Leeds convicted the former mayor of fraud on Tuesday.'] },
  { id: 'event.hearing.noun', kind: 'HEARING', nouns: ['hearing', 'hearings'], examples: ['A hearing is scheduled for 9 October.'] },
  // a session before a committee or a court: "the minister will appear before the health committee on Tuesday"
  // a public body that warns on a day issues an alert: "the medicines regulator warned on Friday that …" (a person's warning is a statement)
  { id: 'event.alert.warn', kind: 'ALERT', verbs: ['warn'], subjects: ['regulator', 'agency', 'authority', 'office', 'service', 'centre', 'center', 'institute', 'bureau', 'organization', 'organisation', 'watchdog', 'inspectorate'], reports: true, weak: true, nominal: 'warning', examples: ['The country\'s medicines regulator warned on Friday that fake insulin pens were being sold online.'] },
  { id: 'event.hearing.told-committee', kind: 'HEARING', verbs: ['tell'], objects: ['committee', 'subcommittee'], objectReach: 5, reports: true, weak: true, nominal: 'hearing', examples: ['The board told a parliamentary committee on Thursday that the hospital would open late.'] },
  { id: 'event.hearing.appear-before', kind: 'HEARING', verbs: ['appear', 'testify', 'give'], next: ['before', 'evidence'], nominal: 'hearing', examples: ['The minister will appear before the health committee on Tuesday.'] },
  { id: 'event.trial.noun', kind: 'TRIAL', nouns: ['trial', 'trials', 'retrial'], examples: ['The trial of the two pilots opens in Lyon on 3 February.'] },
  { id: 'event.appeal.noun', kind: 'APPEAL', nouns: ['appeal', 'appeals'], weak: true, examples: [] },
  { id: 'event.appeal.verb', kind: 'APPEAL', verbs: ['appeal'], nominal: 'appeal', examples: [] },
  { id: 'event.attack.noun', kind: 'ATTACK', nouns: ['attack', 'attacks', 'assault', 'bombing', 'shelling', 'airstrike', 'airstrikes'], examples: ['A missile attack on the port killed three people on Tuesday.'] },
  // a raid is a search by police or investigators unless a military word says otherwise (KIND_MODIFIERS)
  { id: 'event.raid.noun', kind: 'RAID', nouns: ['raid', 'raids'], examples: ['Police carried out a raid on the company’s offices in March.'] },
  { id: 'event.attack.verb', kind: 'ATTACK', verbs: ['attack', 'shell', 'bomb'], nominal: 'attack', examples: [] },
  // workers who stop work on a day strike: "dockworkers stopped work on Monday", "doctors stopped working overtime"
  { id: 'event.strike.stop-work', kind: 'STRIKE', verbs: ['stop', 'down'], next: ['work', 'working', 'tools'], nominal: 'strike', examples: ['Dockworkers at the port stopped work on Monday over pay.'] },
  { id: 'event.strike.noun', kind: 'STRIKE', nouns: ['strike', 'strikes', 'walkout', 'stoppage'], examples: ['Rail workers will begin a 48-hour strike on Monday.'] },
  // intransitive only: "will strike again on 3 December", never "struck the port" (an attack) or "struck a deal"
  { id: 'event.strike.verb', kind: 'STRIKE', verbs: ['strike', 'walk'], next: ['again', 'over', 'for', 'from', 'until', 'out', 'next', 'this', 'on'], nominal: 'strike', examples: ['Bus drivers will strike again on 3 December.', 'Nurses walked out on Monday over pay.'] },
  { id: 'event.ceasefire.noun', kind: 'CEASEFIRE', nouns: ['ceasefire', 'truce', 'armistice'], examples: ['A ceasefire took effect at midnight on 1 June.'] },
  { id: 'event.sanctions.noun', kind: 'SANCTIONS', nouns: ['sanctions', 'embargo'], weak: true, examples: [] },
  { id: 'event.sanctions.verb', kind: 'SANCTIONS', verbs: ['sanction'], nominal: 'sanctions', examples: [] },
  { id: 'event.fine.noun', kind: 'FINE', nouns: ['fine', 'fines', 'penalty'], weak: true, examples: [] },
  { id: 'event.fine.verb', kind: 'FINE', verbs: ['fine'], nominal: 'fine', examples: ['The regulator fined the lender €12 million on Friday.'] },
  { id: 'event.exchange.noun', kind: 'EXCHANGE', nouns: ['exchange', 'swap'], weak: true, examples: [] },
  { id: 'event.exchange.verb', kind: 'EXCHANGE', verbs: ['exchange', 'swap'], objects: ['prisoners', 'prisoner', 'captives', 'detainees', 'hostages', 'bodies', 'soldiers'], nominal: 'exchange', examples: [] },
  { id: 'event.outage.noun', kind: 'OUTAGE', nouns: ['outage', 'outages', 'blackout', 'blackouts', 'shutdown', 'disruption'], examples: ['A power outage hit the city on Saturday.'] },
  { id: 'event.deadline.noun', kind: 'DEADLINE', nouns: ['deadline'], weak: true, examples: ['Bidders face a deadline of 30 June.'] },
  // a player's first game: "scored on his debut against X in March" is a match; a product's or a show's debut a launch
  { id: 'event.match.debut', kind: 'MATCH', nouns: ['debut'], following: [' against '], weak: true, examples: ['She scored twice on her debut against the champions in March.'] },
  { id: 'event.launch.noun', kind: 'LAUNCH', nouns: ['launch', 'rollout', 'roll-out', 'debut'], weak: true, examples: [] },
  // a place or service opening ("the new terminal opens on 2 March") is an OPENING, a rocket or product a LAUNCH
  { id: 'event.opening.noun', kind: 'OPENING', nouns: ['opening', 'openings'], weak: true, examples: ['The opening of the bridge is planned for 3 May.'] },
  // an event that opens on a day begins then, no opening of its own: "the conference, which opens on Monday" (notOfEvent)
  { id: 'event.opening.verb', kind: 'OPENING', verbs: ['open', 'inaugurate'], yieldsToObject: true, notOfEvent: true, nominal: 'opening', examples: ['The museum will open its new wing on 4 March.', 'The port authority opened the new terminal on Wednesday.'] },
  // a reopening is named by its word (seed/heldout-10, seed/heldout-12); a reactor's or plant's "restart" stays RESTART
  { id: 'event.reopening.noun', kind: 'REOPENING', nouns: ['reopening', 're-opening'], weak: true, examples: ['The reopening of the bridge is planned for 3 May.'] },
  { id: 'event.reopening.verb', kind: 'REOPENING', verbs: ['reopen'], yieldsToObject: true, nominal: 'reopening', examples: ['The museum reopened three of its galleries on Saturday.'] },
  { id: 'event.launch.lift-off', kind: 'LAUNCH', verbs: ['lift', 'blast'], objects: ['off'], nominal: 'launch', examples: ['The rocket lifted off from the coast on Sunday night.'] },
  { id: 'event.launch.verb', kind: 'LAUNCH', verbs: ['launch', 'unveil'], yieldsToObject: true, nominal: 'launch', examples: ['The agency launched the satellite on 2 April.'] },
  { id: 'event.approval.noun', kind: 'APPROVAL', nouns: ['approval', 'authorisation', 'authorization', 'clearance'], weak: true, examples: [] },
  // clearing or settling what is owed is paying it, not approving it ("would clear arrears owed to growers by the end of December")
  { id: 'event.payment.clear-debts', kind: 'PAYMENT', verbs: ['clear', 'settle'], objects: ['arrears', 'debt', 'debts', 'bills', 'dues'], objectReach: 3, weak: true, nominal: 'payment', examples: ['The ministry would clear arrears owed to about 2,000 nurses by the end of January.'] },
  { id: 'event.approval.verb', kind: 'APPROVAL', verbs: ['approve', 'authorise', 'authorize'], yieldsToObject: 'passive', nominal: 'approval', examples: ['The regulator approved the drug on 14 March.'] },
  // "clear" approves only what a regulator can approve: "cleared the merger on Thursday", not "to clear breeding sites from Wednesday"
  { id: 'event.approval.clear', kind: 'APPROVAL', verbs: ['clear'], objects: ['merger', 'mergers', 'deal', 'takeover', 'acquisition', 'purchase', 'sale', 'bid', 'drug', 'vaccine', 'treatment', 'plan', 'plans', 'project', 'transfer', 'use', 'launch', 'flight', 'flights', 'aircraft', 'jet'], objectReach: 6, yieldsToObject: 'passive', nominal: 'approval', examples: ['The competition authority cleared the merger of the two ferry operators on Thursday.'] },
  { id: 'event.match.noun', kind: 'MATCH', nouns: ['match', 'final', 'semi-final', 'semifinal', 'quarter-final', 'derby', 'fixture'], examples: ['The cup final is on Saturday.'] },
  // a game is a match only with its own date ("Sunday's away game against X"): "a waiting game" has none
  // a result at home or away is the match it ended: "a 3-0 home defeat by the leaders"
  { id: 'event.match.home-result', kind: 'MATCH', nouns: ['defeat', 'defeats', 'win', 'wins', 'victory', 'loss', 'draw'], requires: ['home', 'away'], weak: true, examples: ['The coach was sacked on 23 November, a day after a 3-0 home defeat by the leaders.'] },
  { id: 'event.match.game', kind: 'MATCH', nouns: ['game'], weak: true, examples: ['The coach will take charge for Sunday\'s home game against the leaders.'] },
  { id: 'event.match.verb', kind: 'MATCH', verbs: ['beat', 'defeat', 'draw', 'host', 'thrash', 'edge'], unlessNext: ['up', 'water', 'on', 'attention', 'criticism', 'lessons', 'crowds', 'down'], yieldsToObject: true, nominal: 'match', examples: ['Leeds defeated Hull 2-1 on Saturday.'] },
  { id: 'event.agreement.noun', kind: 'AGREEMENT', nouns: ['agreement', 'deal', 'accord', 'treaty', 'pact'], weak: true, examples: [] },
  { id: 'event.agreement.agree', kind: 'AGREEMENT', verbs: ['agree'], nominal: 'agreement', examples: ['Ministers agreed on Wednesday to cut emissions.'] },
  // a contract named by its term is the annotators' CONTRACT: "signed a contract until June 2031", "its contract with X, which runs until March 2028"
  { id: 'event.contract.noun', kind: 'CONTRACT', nouns: ['contract'], following: [' until '], weak: true, examples: ['The striker signed a contract until June 2031.'] },
  { id: 'event.agreement.verb', kind: 'AGREEMENT', verbs: ['sign'], yieldsToObject: true, objects: ['agreement', 'deal', 'accord', 'treaty', 'pact', 'contract', 'memorandum'], nominal: 'agreement', examples: [] },
  { id: 'event.protest.noun', kind: 'PROTEST', nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally'], examples: [] },
  { id: 'event.outbreak.noun', kind: 'OUTBREAK', nouns: ['outbreak', 'epidemic'], examples: [] },
  { id: 'event.investment.noun', kind: 'INVESTMENT', nouns: ['investment'], weak: true, examples: [] },
  { id: 'event.acquisition.noun', kind: 'ACQUISITION', nouns: ['acquisition', 'merger', 'buyout'], weak: true, examples: [] },
  { id: 'event.takeover.noun', kind: 'TAKEOVER', nouns: ['takeover', 'takeovers'], weak: true, examples: ['The takeover is expected to close on 30 April.'] },
  { id: 'event.acquisition.verb', kind: 'ACQUISITION', verbs: ['acquire', 'buy'], objects: ['stake', 'company', 'rival', 'maker', 'firm', 'group', 'business'], nominal: 'acquisition', examples: [] },
  { id: 'event.recall.noun', kind: 'RECALL', nouns: ['recall', 'recalls'], weak: true, examples: ['The carmaker announced a recall on Monday.'] },
  { id: 'event.recall.verb', kind: 'RECALL', verbs: ['recall'], objects: ['vehicles', 'cars', 'trucks', 'suvs', 'models', 'products', 'units', 'batches', 'devices', 'pens', 'doses', 'packs', 'bottles', 'jars', 'tonnes', 'toys', 'phones', 'chargers', 'batteries'], figureObject: true, nominal: 'recall', examples: ['The carmaker will recall 40,000 cars from 3 March.', 'The drug maker recalled 14 lots of its tablets on Monday.'] },
  { id: 'event.inauguration.noun', kind: 'INAUGURATION', nouns: ['inauguration', 'swearing-in'], examples: [] },
  { id: 'event.inauguration.verb', kind: 'INAUGURATION', verbs: ['swear'], next: ['in'], nominal: 'swearing-in', examples: ['Mayor Ana Horvat will be sworn in on 4 December.'] },
  { id: 'event.resignation.noun', kind: 'RESIGNATION', nouns: ['resignation'], weak: true, examples: [] },
  { id: 'event.resignation.verb', kind: 'RESIGNATION', verbs: ['resign', 'step down', 'quit'], nominal: 'resignation', examples: [] },
  { id: 'event.appointment.verb', kind: 'APPOINTMENT', verbs: ['appoint', 'name', 'nominate'], objects: ['as', 'chief', 'head', 'director', 'minister', 'chair', 'chairman', 'chairwoman', 'coach', 'manager', 'president'], nominal: 'appointment', examples: [] },
  { id: 'event.appointment.noun', kind: 'APPOINTMENT', nouns: ['appointment'], weak: true, examples: ['The appointment of an administrator is expected on Wednesday.'] },
  { id: 'event.arrest.noun', kind: 'ARREST', nouns: ['arrest', 'arrests', 'detention'], weak: true, examples: [] },
  // charging a price is a fee, never an arrest: "will charge students tuition fees of 3,000 dollars a year from August"
  { id: 'event.fee.charge', kind: 'FEE', verbs: ['charge'], objects: FEE_OBJECTS, objectReach: 5, nominal: 'fee', examples: ['The university will charge students tuition fees of 3,000 dollars a year from August.', 'The city will charge drivers 6 euros a day to enter the centre from 1 April.'] },
  { id: 'event.arrest.verb', kind: 'ARREST', verbs: ['arrest', 'detain'], nominal: 'arrest', examples: [] },
  // charging someone with a crime, never a price charged ("handling charges at the terminal")
  { id: 'event.arrest.charge-with', kind: 'ARREST', verbs: ['charge'], objects: ['with'], objectReach: 4, nominal: 'arrest', examples: ['Police charged two port officials with fraud on Tuesday.'] },
  { id: 'event.offensive.noun', kind: 'OFFENSIVE', nouns: ['offensive', 'counteroffensive'], examples: [] },
  { id: 'event.call.noun', kind: 'CALL', nouns: ['call'], weak: true, examples: [] },
  { id: 'event.policy.noun', kind: 'POLICY', nouns: ['freeze', 'levy', 'tax', 'tariff', 'tariffs', 'quota', 'quotas', 'reform', 'regulation'], weak: true, examples: [] },
  // a ban is named by its word (6 of 10 annotated bans are BAN)
  // a ban is named by its word (6 of 10 annotated bans are BAN); "banned imports" stays the POLICY of event.policy.freeze
  { id: 'event.ban.verb', kind: 'BAN', verbs: ['ban'], nominal: 'ban', examples: ['The ministry has banned open fires in the park until the end of January, it said on Monday.'] },
  { id: 'event.ban.noun', kind: 'BAN', nouns: ['ban', 'bans'], weak: true, examples: ['A total fire ban was declared for the state on Monday.'] },
  { id: 'event.proposal.noun', kind: 'PROPOSAL', nouns: ['proposal', 'bill'], weak: true, examples: [] },
  { id: 'event.plan.noun', kind: 'PLAN', nouns: ['plan', 'plans'], weak: true, examples: ['The ministry will present its recovery plan by the end of March.'] },
  { id: 'event.target.noun', kind: 'TARGET', nouns: ['target', 'goal'], weak: true, examples: [] },
  { id: 'event.grant.noun', kind: 'GRANT', nouns: ['grant', 'grants'], weak: true, examples: [] },
  { id: 'event.production.noun', kind: 'PRODUCTION', nouns: ['production', 'output'], weak: true, examples: [] },
  { id: 'event.cap.noun', kind: 'CAP', nouns: ['cap'], weak: true, examples: ['The cap on rents takes effect on 1 April.'] },
  { id: 'event.policy.freeze', kind: 'POLICY', verbs: ['freeze', 'ban'], objects: ['fares', 'prices', 'rents', 'wages', 'fees', 'tariffs', 'hiring', 'assets', 'imports', 'exports', 'sales'], nominal: 'freeze', examples: ['The council will freeze bus fares until the end of 2026.'] },
  { id: 'event.construction.noun', kind: 'CONSTRUCTION', nouns: ['construction'], weak: true, examples: [] },
  // oversight and procedure: only with a date or deadline in the clause ("an inquiry would report within 60 days")
  { id: 'event.investigation.noun', kind: 'INVESTIGATION', nouns: ['investigation', 'investigations', 'inquiry', 'probe'], weak: true, examples: ['An inquiry into the crash will report by the end of March.'] },
  { id: 'event.investigation.verb', kind: 'INVESTIGATION', verbs: ['investigate'], nominal: 'investigation', examples: ['Prosecutors began to investigate the bank in June.'] },
  { id: 'event.inspection.noun', kind: 'INSPECTION', nouns: ['inspection', 'inspections'], weak: true, examples: ['Inspectors will carry out an inspection of the dam on 4 May.'] },
  { id: 'event.inspection.verb', kind: 'INSPECTION', verbs: ['inspect'], nominal: 'inspection', examples: ['The regulator will inspect four other dams before the end of the year.'] },
  { id: 'event.review.noun', kind: 'REVIEW', nouns: ['review'], weak: true, examples: ['The regulator will complete its review by the end of June.'] },
  { id: 'event.consultation.noun', kind: 'CONSULTATION', nouns: ['consultation'], weak: true, examples: ['A public consultation opens on 1 February.'] },
  { id: 'event.sentencing.noun', kind: 'SENTENCING', nouns: ['sentencing', 'sentence'], weak: true, examples: ['Sentencing was set for 12 March.', 'The judge will pass sentence on 4 December.'] },
  { id: 'event.sentencing.verb', kind: 'SENTENCING', verbs: ['sentence'], nominal: 'sentencing', examples: ['The two men will be sentenced on 9 March.'] },
  { id: 'event.accident.noun', kind: 'ACCIDENT', nouns: ['accident', 'collapse', 'cave-in'], weak: true, examples: ['Four miners died in a tunnel collapse on Monday night.'] },
  // only what stands or floats collapses in an accident: talks, companies and currencies collapse figuratively
  { id: 'event.accident.verb', kind: 'ACCIDENT', verbs: ['collapse', 'capsize'], subjects: STRUCTURES, nominal: 'collapse', examples: ['Part of the bridge collapsed on Sunday night.', 'A ferry capsized off the coast on Monday.'] },
  // a train that derails: named by its own word, as the noun is (event.derailment.noun)
  { id: 'event.derailment.verb', kind: 'DERAILMENT', verbs: ['derail'], subjects: STRUCTURES, nominal: 'derailment', examples: ['A freight train derailed near the junction on Tuesday night.'] },
  // company results, procedure and public life: only with a date or deadline in the clause
  { id: 'event.earnings.noun', kind: 'EARNINGS', nouns: ['results', 'earnings', 'profit', 'profits', 'loss', 'losses', 'revenue', 'sales'], requires: ['quarterly', 'annual', 'year', 'quarter', 'half', 'half-year', 'half-yearly', 'full-year', 'interim', 'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'first-half', 'second-half', 'financial', 'trading'], weak: true, examples: ['The retailer will publish full-year results on 4 March.', 'The brewer reported a 12% rise in first-half profit on Tuesday.'] },
  { id: 'event.layoffs.noun', kind: 'LAYOFFS', nouns: ['layoffs', 'redundancies', 'lay-offs'], weak: true, examples: ['The layoffs will be completed by the end of June.'] },
  { id: 'event.layoffs.job-cuts', kind: 'LAYOFFS', nouns: ['cuts'], requires: ['job'], weak: true, examples: ['The job cuts will be made by the end of 2027.'] },
  { id: 'event.layoffs.verb', kind: 'LAYOFFS', verbs: ['cut', 'shed', 'axe', 'eliminate'], objects: ['jobs', 'job', 'staff', 'workers', 'positions', 'roles', 'posts'], nominal: 'job cuts', examples: ['The bank will cut 2,000 jobs by the end of 2026.'] },
  { id: 'event.closure.noun', kind: 'CLOSURE', nouns: ['closure', 'closures'], weak: true, examples: ['The closure of the smelter is planned for 30 June.'] },
  { id: 'event.closure.verb', kind: 'CLOSURE', verbs: ['close', 'shut'], objects: CLOSABLE, placeObject: true, nominal: 'closure', examples: ['The group will close two plants by the end of March.'] },
  { id: 'event.suspension.noun', kind: 'SUSPENSION', nouns: ['suspension'], weak: true, examples: ['The suspension took effect on 1 May.'] },
  // stopping an activity for a time is its suspension: "had stopped sharing data with advertisers in March", "ordered the plant to stop production"
  { id: 'event.suspension.stop', kind: 'SUSPENSION', verbs: ['stop'], objects: STOPPABLE_WORK, objectReach: 2, weak: true, nominal: 'suspension', examples: ['The company said it had stopped sharing data with advertisers in March.'] },
  { id: 'event.suspension.verb', kind: 'SUSPENSION', verbs: ['suspend', 'halt'], nominal: 'suspension', examples: ['The regulator suspended the airline’s licence on Tuesday.'] },
  { id: 'event.restart.noun', kind: 'RESTART', nouns: ['restart'], weak: true, examples: ['The reactor’s restart is planned for 14 December.'] },
  { id: 'event.restart.verb', kind: 'RESTART', verbs: ['restart'], nominal: 'restart', examples: ['The refinery will restart on 3 March.'] },
  { id: 'event.seizure.noun', kind: 'SEIZURE', nouns: ['seizure', 'seizures', 'haul'], weak: true, examples: ['Customs officers made the seizure in July.'] },
  { id: 'event.seizure.verb', kind: 'SEIZURE', verbs: ['seize', 'confiscate', 'impound'], nominal: 'seizure', examples: ['Customs officers seized the shipment on Sunday.'] },
  { id: 'event.publication.noun', kind: 'PUBLICATION', nouns: ['report', 'forecast', 'assessment', 'study', 'figures', 'statistics'], weak: true, datedByReport: true, examples: ['The agency will publish its next forecast in March.', 'In its annual report, the bureau said on Tuesday that exports fell.'] },
  // research reported in a journal on a day is published then: "a team led by X reported in the journal Y on Wednesday"
  { id: 'event.publication.in-journal', kind: 'PUBLICATION', verbs: ['report', 'publish', 'describe', 'write'], next: ['in'], objects: ['journal'], objectReach: 3, nominal: 'publication', examples: ['Astronomers found water on the planet, a team led by the university reported in the journal Nature on Wednesday.'] },
  // a document published is its publication, a report or a plan alike (seed/heldout-18)
  { id: 'event.publication.verb', kind: 'PUBLICATION', verbs: ['publish'], yieldsToObject: true, notYieldingTo: ['PLAN'], nominal: 'publication', examples: ['The ministry will publish on 4 December.', 'The ministry would publish a coastal protection plan by the end of February.'] },
  { id: 'event.briefing.noun', kind: 'BRIEFING', nouns: ['briefing', 'briefings', 'webinar'], weak: true, examples: ['The agency will hold a briefing for doctors on 26 November.'] },
  { id: 'event.debate.noun', kind: 'DEBATE', nouns: ['debate', 'debates', 'hustings'], weak: true, examples: ['A televised debate is scheduled for 2 May.'] },
  { id: 'event.debate.verb', kind: 'DEBATE', verbs: ['debate'], nominal: 'debate', examples: ['MPs will debate the bill on 12 January.'] },
  { id: 'event.draw.noun', kind: 'DRAW', nouns: ['draw', 'lottery'], weak: true, examples: ['The draw for the semi-finals will be held on 10 March.'] },
  { id: 'event.exhibition.noun', kind: 'EXHIBITION', nouns: ['exhibition', 'exhibitions', 'retrospective'], weak: true, examples: ['A new exhibition of her paintings opens on 5 April.'] },
  // what goes on display from a day is exhibited: "the skeleton will go on display at the museum from 1 March"
  { id: 'event.exhibition.on-display', kind: 'EXHIBITION', verbs: ['go', 'put'], objects: ['display', 'show'], objectReach: 3, nominal: 'exhibition', examples: ['The ministry said the fossil would go on display at the national museum from 1 March.'] },
  { id: 'event.ceremony.noun', kind: 'CEREMONY', nouns: ['ceremony', 'ceremonies', 'commemoration', 'funeral'], weak: true, examples: ['A memorial ceremony will be held on 11 November.'] },
  { id: 'event.handover.verb', kind: 'HANDOVER', verbs: ['hand'], objects: ['over'], nominal: 'handover', examples: ['The artefacts will be handed over at a ceremony in Lagos on 2 December.'] },
  // one death, not a toll ("2,400 deaths" is a figure); "died" is left to the accident or attack that caused it
  { id: 'event.death.noun', kind: 'DEATH', nouns: ['death'], weak: true, examples: ['The vote was called after the death of a councillor in October.'] },
  { id: 'event.handover.noun', kind: 'HANDOVER', nouns: ['handover', 'hand-over', 'restitution', 'repatriation'], weak: true, examples: ['The handover of the artefacts is planned for 2 June.'] },
  { id: 'event.arrival.noun', kind: 'ARRIVAL', nouns: ['arrival', 'flyby', 'fly-by'], weak: true, examples: ['The probe’s arrival at Jupiter is due in July 2031.'] },
  { id: 'event.landing.noun', kind: 'LANDING', nouns: ['landing', 'touchdown', 'splashdown'], weak: true, examples: ['The lander’s touchdown is planned for 4 February.'] },
  { id: 'event.delivery.noun', kind: 'DELIVERY', nouns: ['delivery', 'deliveries'], weak: true, examples: ['The first deliveries are due by the end of March.'] },
  { id: 'event.campaign.noun', kind: 'CAMPAIGN', nouns: ['campaign', 'drive', 'crackdown', 'blitz'], weak: true, examples: ['A vaccination campaign began on Monday.'] },
  { id: 'event.test.noun', kind: 'TEST', nouns: ['test', 'tests'], weak: true, examples: ['The first engine test is planned for 8 October.'] },
  // testing something on a day is a test, as the noun is ("would test its cameras next month"); testing positive is a result
  { id: 'event.test.verb', kind: 'TEST', verbs: ['test'], weak: true, unlessNext: ['positive', 'negative'], nominal: 'test', examples: ['The lander would test its cameras next month.'] },
  { id: 'event.budget.noun', kind: 'BUDGET', nouns: ['budget'], requires: ['annual', 'spring', 'autumn', 'draft', 'federal', 'state', 'national', 'emergency', 'supplementary', 'revised', 'final', 'mid-year', '2025', '2026', '2027', '2028', '2029', '2030'], weak: true, examples: ['The minister will present the 2027 budget on 3 December.'] },
  { id: 'event.transfer.noun', kind: 'TRANSFER', nouns: ['transfer'], weak: true, examples: [] },
];

/** Every trigger rule, in the order they are tried for a word several rules share. */
export const EVENT_TRIGGERS: readonly EventTriggerRule[] = [...CORE_TRIGGERS, ...INCIDENT_TRIGGERS, ...PROCEDURE_TRIGGERS, ...ACTION_TRIGGERS, ...WORD_TRIGGERS, ...UNDATED_TRIGGERS];

export const KIND_MODIFIERS: readonly KindModifierRule[] = [
  { id: 'event.kind.military-strike', head: 'strike', modifiers: ['air', 'drone', 'missile', 'military', 'rocket', 'artillery', 'precision', 'retaliatory', 'pre-emptive', 'preemptive', 'combined'], kind: 'ATTACK' },
  { id: 'event.kind.military-strikes', head: 'strikes', modifiers: ['air', 'drone', 'missile', 'military', 'rocket', 'artillery', 'precision', 'retaliatory', 'combined'], kind: 'ATTACK' },
  { id: 'event.kind.rate-decision', head: 'decision', modifiers: ['rate', 'rates', 'policy', 'monetary'], kind: 'DECISION' },
  // the report of an investigation or a statistics office at a stage of its work: the annotators' REPORT, not a PUBLICATION
  { id: 'event.kind.staged-report', head: 'report', modifiers: ['final', 'interim', 'preliminary', 'quarterly', 'inflation'], kind: 'REPORT' },
  // an overtime ban is industrial action, a STRIKE (seed/heldout-6)
  { id: 'event.kind.overtime-ban', head: 'ban', modifiers: ['overtime'], kind: 'STRIKE' },
  // a power failure is an OUTAGE, as the sets write power cuts and failures of supply (seed/heldout-8, -15, -17)
  { id: 'event.kind.power-failure', head: 'failure', modifiers: ['power', 'grid', 'electricity'], kind: 'OUTAGE' },
  { id: 'event.kind.phone-call', head: 'call', modifiers: ['phone', 'telephone', 'video'], kind: 'CALL' },
  // an evening or day sale at an auction house is an auction
  { id: 'event.kind.auction-sale', head: 'sale', modifiers: ['evening', 'day', 'auction', 'art'], kind: 'AUCTION' },
  { id: 'event.kind.military-raid', head: 'raid', modifiers: ['air', 'drone', 'missile', 'military', 'bombing', 'commando', 'cross-border', 'naval'], kind: 'ATTACK' },
  { id: 'event.kind.military-raids', head: 'raids', modifiers: ['air', 'drone', 'missile', 'military', 'bombing', 'commando', 'cross-border', 'naval'], kind: 'ATTACK' },
];

/**
 * Occasions for statements, not events in their own right: "told a news conference", "a regular
 * press briefing". Head → the pre-modifiers that make it one.
 */
export const NOT_EVENTS: Readonly<Record<string, readonly string[]>> = {
  conference: ['news', 'press'],
  conferences: ['news', 'press'],
  briefing: ['news', 'press', 'regular', 'daily', 'media'],
  call: ['conference', 'earnings'],
  // a count of meetings, not one: "held its rate for a second straight meeting"
  meeting: ['straight', 'consecutive', 'successive'],
  meetings: ['straight', 'consecutive', 'successive'],
  // what is owed for a service, not a bill before a parliament: "the average monthly bill for a family"
  bill: ['monthly', 'quarterly', 'annual', 'electricity', 'energy', 'power', 'phone', 'water', 'gas', 'heating', 'utility', 'household', 'grocery', 'food', 'fuel', 'medical', 'hospital', 'wage', 'import', 'repair'],
  bills: ['monthly', 'quarterly', 'annual', 'electricity', 'energy', 'power', 'phone', 'water', 'gas', 'heating', 'utility', 'household', 'grocery', 'food', 'fuel', 'medical', 'hospital', 'wage', 'import', 'repair', 'unpaid'],
  // a market, not a swap: "listed on the stock exchange in March"
  exchange: ['stock', 'metal', 'metals', 'commodity', 'commodities', 'futures', 'currency', 'foreign', 'energy', 'power', 'grain'],
  // a website, not a gathering: "posted on a hacking forum in July"
  forum: ['hacking', 'hacker', 'online', 'internet', 'web', 'dark-web', 'criminal', 'discussion', 'message', 'chat'],
  forums: ['hacking', 'hacker', 'online', 'internet', 'web', 'dark-web', 'criminal', 'discussion', 'message', 'chat'],
};

/**
 * Occasions named by what follows the head: "did not respond to a request for comment" is how a
 * report says no one answered, not an event (seed/heldout-13/README.md). Head → the words after it.
 */
export const NOT_EVENTS_AFTER: Readonly<Record<string, readonly string[][]>> = {
  request: [['for', 'comment']],
  requests: [['for', 'comment']],
};

/**
 * Words before a trigger that make a noun a description, not an event ("a decision-making body",
 * "no deal"), and pre-modifiers dropped from a name because they are relative to the article's date
 * ("the next summit" → "summit"; the date carries the time).
 */
export const RELATIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'next', 'last', 'upcoming', 'latest', 'recent', 'new', 'planned', 'scheduled', 'expected', 'proposed', 'forthcoming',
  'previous', 'this', 'that', 'coming', 'possible', 'potential', 'future', 'further', 'another', 'today', 'yesterday',
  'tomorrow', 'weekend', 'early', 'late', 'fresh', 'second-round',
]);

/**
 * Deadlines and targets that no trigger word names ("must repay the loan within 60 days",
 * "expects inflation to return to its target by the end of 2027"): a clause with a deadline and one
 * of these cues before it is an event of the cue's kind, named by what is to be done. A weak-noun
 * event of `retypes` there whose only time is that deadline ("the loan") takes the cue's kind.
 */
export interface DeadlineCueRule {
  /** Stable id, `event.<kind>.cue.<variant>`. */
  id: string;
  kind: 'DEADLINE' | 'TARGET';
  /** Lower-case word sequences; the first word of each is matched as written (no inflection). */
  cues: string[][];
  examples: string[];
}

export const DEADLINE_CUES: readonly DeadlineCueRule[] = [
  {
    id: 'event.deadline.cue.obligation',
    kind: 'DEADLINE',
    cues: [['must'], ['has', 'to'], ['have', 'to'], ['had', 'to'], ['required', 'to'], ['ordered', 'to'], ['obliged', 'to'], ['agreed', 'to'], ['given', 'until'], ['has', 'until'], ['have', 'until'], ['had', 'until'], ['deadline']],
    examples: ['The company must repay the loan within 60 days.', 'Members agreed to submit their new plans by the end of March.', 'The operator has until 31 January to install the new barriers.'],
  },
  {
    id: 'event.target.cue.aim',
    kind: 'TARGET',
    cues: [['aims', 'to'], ['aim', 'to'], ['expects'], ['expected', 'to'], ['hopes', 'to'], ['plans', 'to'], ['pledged', 'to'], ['promised', 'to'], ['wants', 'to'], ['committed', 'to'], ['target'], ['goal']],
    examples: ['The bank expects inflation to return to its target range by the end of 2027.', 'The agency aims to hire 400 more inspectors by the end of 2028.'],
  },
];

/**
 * What an obligation's deadline is for, named by its action as the newer sets name it (seed/heldout-14, -17, -20): "must give
 * the agency a plan … by 15 January" is a SUBMISSION, "has until the end of January to review the bylaw" a REVIEW. The
 * first word of what is to be done is one of `verbs`; with `objects`, one of them must be among the words after it.
 */
export interface DeadlineActionRule {
  id: string;
  verbs: string[];
  objects?: string[];
  kind: string;
  examples: string[];
}

export const DEADLINE_ACTIONS: readonly DeadlineActionRule[] = [
  { id: 'event.deadline.action.submission', verbs: ['submit', 'present', 'give', 'send', 'hand', 'file'], objects: ['plan', 'plans', 'report', 'reports', 'proposal', 'proposals', 'application', 'applications', 'documents', 'accounts', 'records'], kind: 'SUBMISSION', examples: ['The factory must give the agency a plan to clean the lagoon by 15 January.'] },
  { id: 'event.deadline.action.review', verbs: ['review'], kind: 'REVIEW', examples: ['The provincial government has until the end of January to review the bylaw.'] },
];

/** Kinds that only happen in the past: a month or day read as next year's in a future sentence is this year's ("the by-election, called after the death … in October, will be held …"). */
export const PAST_KINDS: ReadonlySet<string> = new Set(['DEATH', 'ACCIDENT', 'CRASH', 'COLLISION', 'DERAILMENT', 'EXPLOSION', 'SPILL', 'ERUPTION', 'EARTHQUAKE', 'LEAK']);

/**
 * Kinds of events that name a thing, not an occurrence: with only a deadline after a cue they are
 * the deadline. A fine that must be paid within a period is the payment's deadline; the fine's
 * imposition, when the text dates it, is another event. A return after a cue is the aim or the
 * obligation ("expects inflation to return to its target by …", "must return the money within …").
 */
export const DEADLINE_RETYPES: ReadonlySet<string> = new Set(['PROPOSAL', 'PLAN', 'GRANT', 'LOAN', 'PAYMENT', 'POLICY', 'FINE', 'RETURN']);

/**
 * Verbs that bring about the event their object names, so a date between the subject and the verb
 * is the event's: "The council on Monday approved a budget", "The Commission on Wednesday granted
 * marketing authorisation". Not "overturned a High Court decision" (an earlier event).
 */
export const EVENT_MAKING_VERBS: ReadonlySet<string> = new Set([
  'approved', 'granted', 'announced', 'held', 'signed', 'launched', 'imposed', 'adopted', 'published', 'issued', 'opened', 'began', 'started',
  'completed', 'unveiled', 'awarded', 'agreed', 'reached', 'passed', 'called', 'declared', 'ordered', 'lifted', 'staged', 'hosted', 'set',
]);
