import { DELIVERED_GOODS } from './action-triggers.js';
import type { EventTriggerRule } from './event-triggers.js';
import { UNDATED_MEANS_SUBJECTS } from './undated-events.js';

/** What an increase that forecasts is not: a figure that had risen, or rose in an earlier year, is an event; one that "would rise" a forecast. */
const DONE = ['event.undated.done', 'event.undated.year'];

/**
 * Verb triggers for actions with no date only (`undatedOnly`): planned, done or in an earlier year (rules/undated-events.ts).
 * The annotated sets count what someone "would ask", "had offered" or "would fund" as an event even with no day given; with a
 * date in reach the same verbs are most often a step of another dated event, so these rules make nothing there. They come
 * last in EVENT_TRIGGERS, after every rule that may date the same word.
 */
export const UNDATED_TRIGGERS: readonly EventTriggerRule[] = [
  // asking someone to do something or for something: "would ask the ministry for more patrols", "had asked the court to order …"
  { id: 'event.request.ask-undated', kind: 'REQUEST', verbs: ['ask'], objects: ['to', 'for'], objectReach: 8, undatedOnly: true, objectPreposition: 'to', nominal: 'request', examples: ['The Harbour Board said it would ask the ministry for more patrols.'] },
  // money promised or given for a purpose: "would fund a training programme", "would pay for most of the work", "had set aside 4 million for the project"
  { id: 'event.funding.fund', kind: 'FUNDING', verbs: ['fund', 'finance', 'part-fund', 'co-fund'], undatedOnly: true, unlessSubjects: UNDATED_MEANS_SUBJECTS.words, activeOnly: true, nominal: 'funding', examples: ['The Harbour Board said it would fund a training programme for pilots.'] },
  { id: 'event.funding.pay-for', kind: 'FUNDING', verbs: ['pay'], next: ['for'], undatedOnly: true, unlessObjects: ['to'], unlessSubjects: UNDATED_MEANS_SUBJECTS.words, activeOnly: true, nominal: 'funding', examples: ['The Harbour Board said it would pay for most of the work.'] },
  { id: 'event.funding.set-aside', kind: 'FUNDING', verbs: ['set'], next: ['aside'], undatedOnly: true, nominal: 'funding', examples: ['The minister said the Harbour Board had set aside 4 million dollars for the project.'] },
  // an offer made in a negotiation: "had offered 6%", "had offered the doctors a 10% rise", "had offered to mediate"
  { id: 'event.offer.verb', kind: 'OFFER', verbs: ['offer'], undatedOnly: true, activeOnly: true, objectPreposition: 'to', nominal: 'offer', examples: ['The Harbour Board said it had offered the pilots a 6% rise.'] },
  // a figure that has risen, by or to an amount: "the number of permits had risen by 6%", "exports rose to 40,000 tonnes in 2025"
  { id: 'event.increase.rise-by', kind: 'INCREASE', verbs: ['rise', 'grow', 'climb', 'jump', 'soar'], objects: ['by', 'to'], objectReach: 4, undatedOnly: DONE, nominal: 'increase', examples: ['The Statistics Office said the number of permits had risen by 6%.'] },
  { id: 'event.increase.double-undated', kind: 'INCREASE', verbs: ['double', 'triple'], undatedOnly: DONE, nominal: 'increase', examples: ['The Reef Centre said shark numbers had doubled since 2015.'] },
  // goods sent or supplied: "would send 50,000 test kits to the island", "had sent 12 tonnes of food"
  { id: 'event.delivery.send', kind: 'DELIVERY', verbs: ['send', 'supply'], objects: [...DELIVERED_GOODS, 'supply'], objectReach: 5, undatedOnly: true, nominal: 'delivery', examples: ['The Red Cross said it had sent 12 tonnes of food to the valley.'] },
  // a cut by a share: "would cut its fleet by a third", "would have to cut their use of electricity by a quarter"
  { id: 'event.cut.by-share', kind: 'CUT', verbs: ['cut', 'reduce'], objects: ['by'], objectReach: 6, undatedOnly: true, nominal: 'cut', examples: ['The Harbour Board said it would cut its fleet by a third.'] },
  // lending, suing and amending a law, planned or done: "would lend another 60 million", "would sue both companies", "would amend the food law"
  { id: 'event.loan.lend', kind: 'LOAN', verbs: ['lend'], undatedOnly: true, nominal: 'loan', examples: ['The Harbour Development Bank said it would lend another 60 million dollars for a storage building.'] },
  { id: 'event.lawsuit.sue', kind: 'LAWSUIT', verbs: ['sue'], undatedOnly: true, nominal: 'lawsuit', examples: ['The Harbour Consumer Union said it would sue both power companies for the cost of spoiled food.'] },
  { id: 'event.amendment.amend', kind: 'AMENDMENT', verbs: ['amend'], objects: ['law', 'laws', 'act', 'rules', 'code', 'constitution', 'bill', 'regulations', 'decree'], objectReach: 4, undatedOnly: true, nominal: 'amendment', examples: ['The minister said the government would amend the food chain law to cover wholesalers.'] },
];

/** Their ids: an event one of them made is no dated event's occasion (the purpose it asks or pays for is an event of its own). */
export const UNDATED_TRIGGER_IDS: ReadonlySet<string> = new Set(UNDATED_TRIGGERS.map((r) => r.id));
