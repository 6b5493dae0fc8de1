import type { EventTriggerRule } from './event-triggers.js';

/**
 * Nouns that name an occurrence of their own kind: the annotation conventions name an event by the
 * word that introduces it, as specific as that word (seed/samples/README.md, "Events"), so a
 * recount is a RECOUNT and a refund a REFUND, not a catch-all kind. The same nouns name things as
 * often as occurrences ("the restoration work", "a challenge for the club"), so every rule here is
 * weak: it makes an event only with a date or a deadline in its clause.
 */
export const WORD_TRIGGERS: readonly EventTriggerRule[] = [
  { id: 'event.recount.noun', kind: 'RECOUNT', nouns: ['recount', 'recounts'], weak: true, examples: ['A recount of the ballots will be held on 3 December.'] },
  { id: 'event.restoration.noun', kind: 'RESTORATION', nouns: ['restoration'], weak: true, examples: ['The restoration of the water supply is expected on Friday.'] },
  { id: 'event.release.noun', kind: 'RELEASE', nouns: ['release'], weak: true, examples: ['The release of the exam results is planned for January.'] },
  { id: 'event.challenge.noun', kind: 'CHALLENGE', nouns: ['challenge'], requires: ['legal', 'court', 'constitutional', 'judicial'], weak: true, examples: ['The party will file a legal challenge by 15 December.'] },
  { id: 'event.departure.noun', kind: 'DEPARTURE', nouns: ['departure', 'departures'], weak: true, examples: ['The departure of the convoy is planned for Sunday.'] },
  { id: 'event.failure.noun', kind: 'FAILURE', nouns: ['failure'], requires: ['launch', 'engine', 'rocket', 'power', 'system', 'systems', 'equipment', 'brake', 'pump', 'valve', 'dam', 'grid'], weak: true, examples: ['The launch failure on Monday destroyed two satellites.'] },
  { id: 'event.grounding.noun', kind: 'GROUNDING', nouns: ['grounding'], weak: true, examples: ['The grounding of the tanker on Tuesday closed the channel.'] },
  { id: 'event.insolvency.noun', kind: 'INSOLVENCY', nouns: ['insolvency'], weak: true, examples: ['The airline’s insolvency filing on Monday stranded thousands.'] },
  { id: 'event.refund.noun', kind: 'REFUND', nouns: ['refund', 'refunds'], weak: true, examples: ['Refunds will be paid from 7 December.'] },
  { id: 'event.recruitment.noun', kind: 'RECRUITMENT', nouns: ['recruitment'], weak: true, examples: ['The recruitment of 500 nurses will be completed by June.'] },
  { id: 'event.concert.noun', kind: 'CONCERT', nouns: ['concert', 'concerts'], weak: true, examples: ['A free concert will be held on 12 December to mark the listing.'] },
  { id: 'event.distribution.noun', kind: 'DISTRIBUTION', nouns: ['distribution'], weak: true, examples: ['The distribution of seed to farmers begins in March.'] },
  { id: 'event.patrol.noun', kind: 'PATROL', nouns: ['patrol', 'patrols'], weak: true, examples: ['The joint patrols will start on 1 October.'] },
  { id: 'event.emergency.noun', kind: 'EMERGENCY', nouns: ['emergency'], weak: true, examples: ['A state of emergency was declared in the valley on Friday.'] },
  { id: 'event.audit.noun', kind: 'AUDIT', nouns: ['audit', 'audits'], weak: true, examples: ['The audit of the accounts will be finished by the end of March.'] },
  { id: 'event.damage.noun', kind: 'DAMAGE', nouns: ['damage'], weak: true, examples: ['The damage to the cable on Saturday cut the island off.'] },
  { id: 'event.monsoon.noun', kind: 'MONSOON', nouns: ['monsoon'], weak: true, examples: ['The monsoon in October brought the worst flooding in a decade.'] },
  { id: 'event.observation.noun', kind: 'OBSERVATION', nouns: ['observation', 'observations'], weak: true, examples: ['Observations of the planet in March showed water vapour.'] },
  { id: 'event.festival.noun', kind: 'FESTIVAL', nouns: ['festival'], weak: true, examples: ['The film festival opens on 27 November.'] },
  // occasions the newest annotated sets name by their own word (seed/heldout-16 … -19 READMEs, "Events are named by the thing that happens")
  { id: 'event.rain.noun', kind: 'RAIN', nouns: ['rain', 'rains', 'downpour', 'downpours'], weak: true, examples: ['Heavy rains in March washed away two bridges.'] },
  { id: 'event.storm.noun', kind: 'STORM', nouns: ['storm', 'storms'], weak: true, examples: ['A tropical storm flattened the banana crop last week.'] },
  { id: 'event.hurricane.noun', kind: 'HURRICANE', nouns: ['hurricane', 'hurricanes'], weak: true, examples: ['The hurricane in September destroyed the pier.'] },
  { id: 'event.shortage.noun', kind: 'SHORTAGE', nouns: ['shortage', 'shortages'], weak: true, examples: ['Clinics expect shortages of insulin by February.'] },
  { id: 'event.census.noun', kind: 'CENSUS', nouns: ['census'], weak: true, examples: ['The national census will be held in April.'] },
  { id: 'event.survey.noun', kind: 'SURVEY', nouns: ['survey', 'surveys'], weak: true, examples: ['A survey of the lagoon in June counted 40 turtles.'] },
  { id: 'event.rescue.noun', kind: 'RESCUE', nouns: ['rescue'], weak: true, examples: ['The rescue of the stranded climbers on Sunday took nine hours.'] },
  { id: 'event.letter.noun', kind: 'LETTER', nouns: ['letter'], weak: true, examples: ['The growers asked for help in a letter to the minister last week.'] },
  { id: 'event.promotion.noun', kind: 'PROMOTION', nouns: ['promotion'], weak: true, examples: ['The club won promotion to the top flight on Saturday.'] },
  { id: 'event.registration.noun', kind: 'REGISTRATION', nouns: ['registration'], weak: true, examples: ['Registration for the course closes on 14 February.'] },
  // registering a deal or a transfer with a body on a day: its REGISTRATION, beside the deal (seed/heldout-16, -19)
  { id: 'event.registration.verb', kind: 'REGISTRATION', verbs: ['register'], weak: true, nominal: 'registration', examples: ['The federation said it had registered the loan deal with the league on Friday.'] },
  // a service run, flown or held on a day, named by a word that says which (seed/heldout-11, -15, -16, -19: SERVICE)
  { id: 'event.service.noun', kind: 'SERVICE', nouns: ['service', 'services'], requires: ['reduced', 'direct', 'extra', 'prayer', 'shuttle', 'replacement', 'hourly', 'daily', 'weekly', 'night', 'special', 'limited', 'emergency', 'skeleton'], weak: true, examples: ['The airline flew its first direct service to the capital on Sunday.'] },
  // what is put off: "has been delayed until June, the company said on Friday", "has pushed back the launch to March"
  { id: 'event.delay.verb', kind: 'DELAY', verbs: ['delay'], weak: true, movesDate: true, nominal: 'delay', examples: ['The opening of the new bridge has been delayed until at least May, the city said on Friday.'] },
  { id: 'event.delay.push-back', kind: 'DELAY', verbs: ['push'], next: ['back'], weak: true, movesDate: true, nominal: 'delay', examples: ['The agency has pushed back the launch of its probe to March 2029, it said on Tuesday.'] },
  { id: 'event.allocation.noun', kind: 'ALLOCATION', nouns: ['allocation', 'allocations'], weak: true, examples: ['The water allocation for farmers will be cut from 1 March.'] },
  { id: 'event.bleaching.noun', kind: 'BLEACHING', nouns: ['bleaching'], weak: true, examples: ['The bleaching of the reef in April killed a third of its corals.'] },
  { id: 'event.tagging.noun', kind: 'TAGGING', nouns: ['tagging'], weak: true, examples: ['The tagging of the turtles will start in March.'] },
  // fitting animals with trackers on a day is their tagging, as the noun is: "plan to tag 30 seals with trackers in February"
  { id: 'event.tagging.verb', kind: 'TAGGING', verbs: ['tag'], weak: true, nominal: 'tagging', examples: ['Rangers will tag 40 turtles with satellite trackers in March.'] },
  { id: 'event.felling.noun', kind: 'FELLING', nouns: ['felling'], weak: true, examples: ['The felling of the old oaks in May angered residents.'] },
  { id: 'event.pollution.noun', kind: 'POLLUTION', nouns: ['pollution'], weak: true, examples: ['The pollution of the river in August killed thousands of fish.'] },
  { id: 'event.bribery.noun', kind: 'BRIBERY', nouns: ['bribery', 'bribes'], weak: true, examples: ['Officials took bribes in March, prosecutors said.'] },
  { id: 'event.fighting.noun', kind: 'FIGHTING', nouns: ['fighting'], weak: true, examples: ['Heavy fighting broke out near the border on Sunday.'] },
  { id: 'event.revocation.noun', kind: 'REVOCATION', nouns: ['revocation'], weak: true, examples: ['The revocation of the licence takes effect on 1 March.'] },
  { id: 'event.disappearance.noun', kind: 'DISAPPEARANCE', nouns: ['disappearance'], weak: true, examples: ['The disappearance of the containers in October was reported to the police.'] },
  { id: 'event.purchase.noun', kind: 'PURCHASE', nouns: ['purchase', 'purchases'], weak: true, examples: ['The purchase of 40 new buses will be completed by March.'] },
  { id: 'event.subsidy.noun', kind: 'SUBSIDY', nouns: ['subsidy', 'subsidies'], weak: true, examples: ['Pensioners will receive a heating subsidy from January.'] },
  { id: 'event.spraying.noun', kind: 'SPRAYING', nouns: ['spraying'], weak: true, examples: ['The spraying of the rice fields starts in March.'] },
  { id: 'event.reclamation.noun', kind: 'RECLAMATION', nouns: ['reclamation'], weak: true, examples: ['The reclamation of the lagoon will be finished by 2028.'] },
  { id: 'event.removal.noun', kind: 'REMOVAL', nouns: ['removal'], weak: true, examples: ['The removal of the old pier begins in April.'] },
  { id: 'event.expansion.noun', kind: 'EXPANSION', nouns: ['expansion'], weak: true, examples: ['The expansion of the clinic will be finished by June.'] },
  { id: 'event.failure.breakdown', kind: 'FAILURE', nouns: ['breakdown', 'breakdowns'], weak: true, examples: ['The breakdown of the ferry on Friday stranded 200 passengers.'] },
  // competitions known by a name whose last word is their kind: weak like every rule here, dated by their clause
  { id: 'event.race.named', kind: 'RACE', nouns: ['marathon', 'half-marathon', 'regatta', 'rally'], named: true, weak: true, examples: ['A Kenyan runner won the Harbourside Marathon on Sunday.'] },
  { id: 'event.tournament.named', kind: 'TOURNAMENT', nouns: ['tournament', 'olympiad', 'open', 'masters', 'invitational'], named: true, weak: true, examples: ['She will play at the Chess Olympiad in September.', 'He hopes to play the Coral Coast Open, which starts on 18 January.'] },
  { id: 'event.championship.named', kind: 'CHAMPIONSHIP', nouns: ['championship', 'championships'], named: true, weak: true, examples: ['The team will compete at the Nordic Rowing Championships in June.'] },
  { id: 'event.festival.named', kind: 'FESTIVAL', nouns: ['festival'], named: true, weak: true, examples: ['The Riverside Festival opens on 27 November.'] },
];
