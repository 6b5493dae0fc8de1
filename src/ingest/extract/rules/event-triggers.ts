/**
 * Event triggers as data: each rule names one kind of event and the words that announce it. A
 * noun trigger is the head of the phrase that names the event ("the emergency summit in Rome"); a
 * verb trigger is an action whose subject and object are the participants ("the two leaders met
 * in Rome"). Rules hold general news vocabulary only, never names of particular organizations,
 * people or events. Every event carries the ids of the rules that produced it (`rules`), so a
 * wrong event points at the rule to fix. `examples` are sentences the unit tests run.
 */

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
   * A weak trigger ("decision", "approval") makes an event only with a date or deadline in its
   * clause; a strong one ("summit", "ceasefire") also with a named participant or place.
   */
  weak?: boolean;
  /** A verb whose object names the event itself ("approved a grant" → the grant): yields to a noun trigger there. */
  yieldsToObject?: boolean;
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

export const EVENT_TRIGGERS: readonly EventTriggerRule[] = [
  { id: 'event.meeting.noun', kind: 'MEETING', nouns: ['meeting', 'meetings', 'summit', 'summits'], examples: ['Leaders will gather for an emergency summit in Rome on 3 March.'] },
  { id: 'event.meeting.verb', kind: 'MEETING', verbs: ['meet'], nominal: 'meeting', examples: ['The two ministers met in Geneva on Monday.'] },
  { id: 'event.visit.noun', kind: 'VISIT', nouns: ['visit', 'visits', 'trip', 'tour'], examples: ['The prime minister began a three-day visit to Japan on Sunday.'] },
  { id: 'event.visit.verb', kind: 'VISIT', verbs: ['visit'], nominal: 'visit', examples: ['The president visited Kenya last week.'] },
  { id: 'event.talks.noun', kind: 'NEGOTIATIONS', nouns: ['talks', 'negotiations'], examples: ['Talks between the union and the employers resume on Thursday.'] },
  { id: 'event.talks.verb', kind: 'NEGOTIATIONS', verbs: ['negotiate'], nominal: 'negotiations', examples: [] },
  { id: 'event.conference.noun', kind: 'CONFERENCE', nouns: ['conference', 'congress', 'convention'], examples: [] },
  { id: 'event.forum.noun', kind: 'FORUM', nouns: ['forum'], examples: [] },
  { id: 'event.decision.noun', kind: 'DECISION', nouns: ['decision', 'decisions'], weak: true, examples: ['The bank’s next rate decision is due on 18 June.'] },
  { id: 'event.decision.rates', kind: 'DECISION', verbs: ['raise', 'cut', 'hold', 'keep', 'lower', 'increase', 'leave'], objects: ['rate', 'rates'], nominal: 'rate decision', examples: ['The central bank raised its key interest rate to 4 per cent on Thursday.'] },
  { id: 'event.vote.noun', kind: 'VOTE', nouns: ['vote', 'votes', 'ballot', 'adoption'], examples: ['Parliament will hold a vote on the bill on 12 May.'] },
  { id: 'event.vote.verb', kind: 'VOTE', verbs: ['vote', 'adopt', 'ratify', 'pass'], nominal: 'vote', examples: ['Councillors voted 31 to 12 on Tuesday to close the depot.'] },
  { id: 'event.election.noun', kind: 'ELECTION', nouns: ['election', 'elections', 'runoff', 'referendum', 'primary', 'by-election'], examples: ['The town holds a mayoral election on 4 May.'] },
  { id: 'event.election.verb', kind: 'ELECTION', verbs: ['elect', 're-elect'], nominal: 'election', examples: [] },
  { id: 'event.ruling.noun', kind: 'RULING', nouns: ['ruling', 'verdict', 'judgment', 'judgement', 'sentence'], examples: ['A jury delivered its verdict in the fraud trial on Friday.'] },
  { id: 'event.ruling.verb', kind: 'RULING', verbs: ['rule', 'convict', 'acquit', 'sentence', 'annul', 'overturn', 'uphold'], nominal: 'ruling', examples: ['The Supreme Court ruled on Wednesday that the law was void.'] },
  { id: 'event.hearing.noun', kind: 'HEARING', nouns: ['hearing', 'hearings', 'trial'], examples: ['A hearing is scheduled for 9 October.'] },
  { id: 'event.appeal.noun', kind: 'APPEAL', nouns: ['appeal', 'appeals'], weak: true, examples: [] },
  { id: 'event.appeal.verb', kind: 'APPEAL', verbs: ['appeal'], nominal: 'appeal', examples: [] },
  { id: 'event.attack.noun', kind: 'ATTACK', nouns: ['attack', 'attacks', 'assault', 'bombing', 'shelling', 'airstrike', 'airstrikes', 'raid', 'raids'], examples: ['A missile attack on the port killed three people on Tuesday.'] },
  { id: 'event.attack.verb', kind: 'ATTACK', verbs: ['attack', 'shell', 'bomb'], nominal: 'attack', examples: [] },
  { id: 'event.strike.noun', kind: 'STRIKE', nouns: ['strike', 'strikes', 'walkout', 'stoppage'], examples: ['Rail workers will begin a 48-hour strike on Monday.'] },
  { id: 'event.ceasefire.noun', kind: 'CEASEFIRE', nouns: ['ceasefire', 'truce', 'armistice'], examples: ['A ceasefire took effect at midnight on 1 June.'] },
  { id: 'event.sanctions.noun', kind: 'SANCTIONS', nouns: ['sanctions', 'embargo'], weak: true, examples: [] },
  { id: 'event.sanctions.verb', kind: 'SANCTIONS', verbs: ['sanction'], nominal: 'sanctions', examples: [] },
  { id: 'event.fine.noun', kind: 'FINE', nouns: ['fine', 'fines', 'penalty'], weak: true, examples: [] },
  { id: 'event.fine.verb', kind: 'FINE', verbs: ['fine'], nominal: 'fine', examples: ['The regulator fined the lender €12 million on Friday.'] },
  { id: 'event.exchange.noun', kind: 'EXCHANGE', nouns: ['exchange', 'swap'], weak: true, examples: [] },
  { id: 'event.exchange.verb', kind: 'EXCHANGE', verbs: ['exchange', 'swap'], objects: ['prisoners', 'prisoner', 'captives', 'detainees', 'hostages', 'bodies', 'soldiers'], nominal: 'exchange', examples: [] },
  { id: 'event.outage.noun', kind: 'OUTAGE', nouns: ['outage', 'outages', 'blackout', 'blackouts', 'shutdown', 'disruption'], examples: ['A power outage hit the city on Saturday.'] },
  { id: 'event.deadline.noun', kind: 'DEADLINE', nouns: ['deadline'], weak: true, examples: ['Bidders face a deadline of 30 June.'] },
  { id: 'event.launch.noun', kind: 'LAUNCH', nouns: ['launch', 'rollout', 'roll-out', 'opening', 'debut'], weak: true, examples: [] },
  { id: 'event.launch.verb', kind: 'LAUNCH', verbs: ['launch', 'unveil', 'open', 'inaugurate'], yieldsToObject: true, nominal: 'launch', examples: ['The agency launched the satellite on 2 April.'] },
  { id: 'event.approval.noun', kind: 'APPROVAL', nouns: ['approval', 'authorisation', 'authorization', 'clearance'], weak: true, examples: [] },
  { id: 'event.approval.verb', kind: 'APPROVAL', verbs: ['approve', 'authorise', 'authorize', 'clear'], yieldsToObject: true, nominal: 'approval', examples: ['The regulator approved the drug on 14 March.'] },
  { id: 'event.match.noun', kind: 'MATCH', nouns: ['match', 'final', 'semi-final', 'semifinal', 'quarter-final', 'derby', 'fixture', 'tournament', 'championship'], examples: ['The cup final is on Saturday.'] },
  { id: 'event.match.verb', kind: 'MATCH', verbs: ['beat', 'defeat', 'draw'], nominal: 'match', examples: [] },
  { id: 'event.agreement.noun', kind: 'AGREEMENT', nouns: ['agreement', 'deal', 'accord', 'treaty', 'pact'], weak: true, examples: [] },
  { id: 'event.agreement.agree', kind: 'AGREEMENT', verbs: ['agree'], nominal: 'agreement', examples: ['Ministers agreed on Wednesday to cut emissions.'] },
  { id: 'event.agreement.verb', kind: 'AGREEMENT', verbs: ['sign'], yieldsToObject: true, objects: ['agreement', 'deal', 'accord', 'treaty', 'pact', 'contract', 'memorandum'], nominal: 'agreement', examples: [] },
  { id: 'event.protest.noun', kind: 'PROTEST', nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally'], examples: [] },
  { id: 'event.outbreak.noun', kind: 'OUTBREAK', nouns: ['outbreak', 'epidemic'], examples: [] },
  { id: 'event.investment.noun', kind: 'INVESTMENT', nouns: ['investment'], weak: true, examples: [] },
  { id: 'event.acquisition.noun', kind: 'ACQUISITION', nouns: ['acquisition', 'takeover', 'merger', 'buyout'], weak: true, examples: [] },
  { id: 'event.acquisition.verb', kind: 'ACQUISITION', verbs: ['acquire', 'buy'], objects: ['stake', 'company', 'rival', 'maker', 'firm', 'group', 'business'], nominal: 'acquisition', examples: [] },
  { id: 'event.recall.noun', kind: 'RECALL', nouns: ['recall'], weak: true, examples: [] },
  { id: 'event.inauguration.noun', kind: 'INAUGURATION', nouns: ['inauguration', 'swearing-in'], examples: [] },
  { id: 'event.resignation.noun', kind: 'RESIGNATION', nouns: ['resignation'], weak: true, examples: [] },
  { id: 'event.resignation.verb', kind: 'RESIGNATION', verbs: ['resign', 'step down', 'quit'], nominal: 'resignation', examples: [] },
  { id: 'event.appointment.verb', kind: 'APPOINTMENT', verbs: ['appoint', 'name', 'nominate'], objects: ['as', 'chief', 'head', 'director', 'minister', 'chair', 'chairman', 'chairwoman', 'coach', 'manager', 'president'], nominal: 'appointment', examples: [] },
  { id: 'event.arrest.noun', kind: 'ARREST', nouns: ['arrest', 'arrests', 'detention'], weak: true, examples: [] },
  { id: 'event.arrest.verb', kind: 'ARREST', verbs: ['arrest', 'detain', 'charge'], nominal: 'arrest', examples: [] },
  { id: 'event.incident.noun', kind: 'INCIDENT', nouns: ['earthquake', 'flood', 'floods', 'wildfire', 'explosion', 'blast', 'crash', 'collision', 'derailment', 'leak', 'spill'], examples: [] },
  { id: 'event.offensive.noun', kind: 'OFFENSIVE', nouns: ['offensive', 'counteroffensive'], examples: [] },
  { id: 'event.call.noun', kind: 'CALL', nouns: ['call'], weak: true, examples: [] },
  { id: 'event.policy.noun', kind: 'POLICY', nouns: ['ban', 'freeze', 'cap', 'levy', 'tax', 'tariff', 'tariffs', 'quota', 'quotas', 'reform', 'regulation'], weak: true, examples: [] },
  { id: 'event.proposal.noun', kind: 'PROPOSAL', nouns: ['proposal', 'bill', 'plan', 'plans'], weak: true, examples: [] },
  { id: 'event.target.noun', kind: 'TARGET', nouns: ['target', 'goal'], weak: true, examples: [] },
  { id: 'event.grant.noun', kind: 'GRANT', nouns: ['grant', 'grants', 'subsidy', 'subsidies', 'loan'], weak: true, examples: [] },
  { id: 'event.production.noun', kind: 'PRODUCTION', nouns: ['production', 'output'], weak: true, examples: [] },
  { id: 'event.policy.freeze', kind: 'POLICY', verbs: ['freeze', 'cap', 'ban'], objects: ['fares', 'prices', 'rents', 'wages', 'fees', 'tariffs', 'hiring', 'assets', 'imports', 'exports', 'sales'], nominal: 'freeze', examples: ['The council will freeze bus fares until the end of 2026.'] },
  { id: 'event.construction.noun', kind: 'CONSTRUCTION', nouns: ['construction'], weak: true, examples: [] },
  // oversight and procedure: only with a date or deadline in the clause ("an inquiry would report within 60 days")
  { id: 'event.investigation.noun', kind: 'INVESTIGATION', nouns: ['investigation', 'investigations', 'inquiry', 'probe'], weak: true, examples: ['An inquiry into the crash will report by the end of March.'] },
  { id: 'event.inspection.noun', kind: 'INSPECTION', nouns: ['inspection', 'inspections', 'audit'], weak: true, examples: ['Inspectors will carry out an inspection of the dam on 4 May.'] },
  { id: 'event.review.noun', kind: 'REVIEW', nouns: ['review'], weak: true, examples: ['The regulator will complete its review by the end of June.'] },
  { id: 'event.consultation.noun', kind: 'CONSULTATION', nouns: ['consultation'], weak: true, examples: ['A public consultation opens on 1 February.'] },
  { id: 'event.sentencing.noun', kind: 'SENTENCING', nouns: ['sentencing'], weak: true, examples: ['Sentencing was set for 12 March.'] },
  { id: 'event.accident.noun', kind: 'ACCIDENT', nouns: ['accident', 'collapse', 'cave-in'], weak: true, examples: ['Four miners died in a tunnel collapse on Monday night.'] },
];

export const KIND_MODIFIERS: readonly KindModifierRule[] = [
  { id: 'event.kind.military-strike', head: 'strike', modifiers: ['air', 'drone', 'missile', 'military', 'rocket', 'artillery', 'precision', 'retaliatory', 'pre-emptive', 'preemptive', 'combined'], kind: 'ATTACK' },
  { id: 'event.kind.military-strikes', head: 'strikes', modifiers: ['air', 'drone', 'missile', 'military', 'rocket', 'artillery', 'precision', 'retaliatory', 'combined'], kind: 'ATTACK' },
  { id: 'event.kind.rate-decision', head: 'decision', modifiers: ['rate', 'rates', 'policy', 'monetary'], kind: 'DECISION' },
  { id: 'event.kind.phone-call', head: 'call', modifiers: ['phone', 'telephone', 'video'], kind: 'CALL' },
];

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
