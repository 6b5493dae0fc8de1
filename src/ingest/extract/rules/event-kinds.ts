/**
 * One canonical kind per set of words that name the same kind of event. A trigger rule names its
 * kind by the word that introduces the event (the annotation convention, seed/samples/README.md
 * "Events"); where the annotated sets write one kind for several such words, that kind is the
 * canonical one and the others are its synonyms here. Applied to every event extraction makes
 * (extract.ts), so the phrase finder and the trigger rules agree, and the event keeps the id of the
 * entry that renamed it. A decision per set, with the count in the annotated development sets
 * (seed/samples, seed/heldout … seed/heldout-13) that made it:
 */
export interface KindSynonymRule {
  /** Stable id, `event.kind.canonical.<canonical kind, lower case>`. */
  id: string;
  canonical: string;
  synonyms: string[];
}

export const KIND_SYNONYMS: readonly KindSynonymRule[] = [
  // a referendum is a vote on a question, not an election of people (seed/heldout-5/README.md); a ballot is a BALLOT as the newest
  // sets write it (seed/heldout-11, -16, -19), where the older ones wrote a union's ballot as a VOTE
  { id: 'event.kind.canonical.vote', canonical: 'VOTE', synonyms: ['REFERENDUM', 'PLEBISCITE'] },
  // a blaze or a bushfire is a FIRE (seed/heldout-10); only what is written "wildfire" is a WILDFIRE
  { id: 'event.kind.canonical.fire', canonical: 'FIRE', synonyms: ['BLAZE', 'BUSHFIRE'] },
  // an inquiry or a probe is an INVESTIGATION (2 inquiries of 3)
  { id: 'event.kind.canonical.investigation', canonical: 'INVESTIGATION', synonyms: ['INQUIRY', 'PROBE'] },
  // a walkout or a stoppage is a STRIKE
  { id: 'event.kind.canonical.strike', canonical: 'STRIKE', synonyms: ['WALKOUT', 'STOPPAGE'] },
  // a resumption of traffic through a place that was closed is its REOPENING (seed/heldout-10, seed/heldout-12)
  { id: 'event.kind.canonical.reopening', canonical: 'REOPENING', synonyms: ['RE-OPENING'] },
];

/**
 * Who acts decides the kind where the verb does not: a chamber that approves a bill or a budget does
 * so by a vote (seed/heldout-3, seed/heldout-10: "the council approved the budget by 9 votes to 4").
 * The actor is the verb's subject; it matches by its kind, or by the head noun of its name when the
 * kind is not known.
 */
export interface KindByActorRule {
  id: string;
  kind: string;
  actorKinds: string[];
  actorHeads: string[];
  becomes: string;
}

export const KIND_BY_ACTOR: readonly KindByActorRule[] = [
  { id: 'event.kind.chamber-approval', kind: 'APPROVAL', actorKinds: ['legislature'], actorHeads: ['council', 'parliament', 'assembly', 'senate', 'congress', 'legislature', 'chamber', 'councillors', 'lawmakers', 'deputies', 'mps'], becomes: 'VOTE' },
];

/** The kind an event of `kind` takes when `actor` does it, and the rule that says so. */
export function kindByActor(kind: string, actor: { text: string; kindHint?: string }): { kind: string; rule: string } | undefined {
  const head = actor.text.toLowerCase().split(/\s+/).pop() ?? '';
  const r = KIND_BY_ACTOR.find((x) => x.kind === kind && ((actor.kindHint !== undefined && x.actorKinds.includes(actor.kindHint)) || x.actorHeads.includes(head)));
  return r ? { kind: r.becomes, rule: r.id } : undefined;
}

/**
 * What was agreed decides the kind where the verb does not: a company that "agreed to buy" another
 * makes a takeover, two that "agreed on Monday to merge" a merger — the annotators' kind for the deal,
 * not AGREEMENT. `purposes` are the infinitives after "to", within a few words of the verb.
 */
export interface KindByPurposeRule {
  id: string;
  kind: string;
  purposes: string[];
  becomes: string;
}

export const KIND_BY_PURPOSE: readonly KindByPurposeRule[] = [
  { id: 'event.kind.agreed-takeover', kind: 'AGREEMENT', purposes: ['buy', 'acquire', 'purchase', 'take over'], becomes: 'TAKEOVER' },
  { id: 'event.kind.agreed-merger', kind: 'AGREEMENT', purposes: ['merge'], becomes: 'MERGER' },
];

/**
 * What is paid decides the kind where the verb does not: money paid "in compensation" is a COMPENSATION, as the newest
 * sets name it (seed/heldout-16, -19). `objectWords` are looked for among the words after the verb, up to `reach`.
 */
export interface KindByObjectRule {
  id: string;
  kind: string;
  objectWords: string[];
  reach: number;
  becomes: string;
}

export const KIND_BY_OBJECT: readonly KindByObjectRule[] = [
  { id: 'event.kind.paid-compensation', kind: 'PAYMENT', objectWords: ['compensation'], reach: 10, becomes: 'COMPENSATION' },
];

/**
 * The word an action is said of decides the kind where no named actor does: a company or a mine that must "stop work" halts
 * its work, a STOP (seed/heldout-16), where workers who stop work strike. `subjects` are the head nouns right before the
 * verb, past its auxiliaries.
 */
export interface KindBySubjectRule {
  id: string;
  kind: string;
  subjects: string[];
  becomes: string;
}

export const KIND_BY_SUBJECT: readonly KindBySubjectRule[] = [
  { id: 'event.kind.company-stops-work', kind: 'STRIKE', subjects: ['company', 'companies', 'firm', 'firms', 'operator', 'miner', 'mine', 'mines', 'plant', 'refinery', 'factory', 'contractor', 'contractors', 'developer', 'project'], becomes: 'STOP' },
];

/** The kind an event of `kind` takes when said of the noun `subject` (lower case). */
export function kindBySubject(kind: string, subject: string | undefined): { kind: string; rule: string } | undefined {
  const r = subject === undefined ? undefined : KIND_BY_SUBJECT.find((x) => x.kind === kind && x.subjects.includes(subject));
  return r ? { kind: r.becomes, rule: r.id } : undefined;
}

/** The kind an event of `kind` takes for the object written after it (`after`: the lower-case text that follows the verb in its clause). */
export function kindByObject(kind: string, after: string): { kind: string; rule: string } | undefined {
  const words = after.split(/[\s,;:.]+/u);
  const r = KIND_BY_OBJECT.find((x) => x.kind === kind && words.slice(0, x.reach).some((w) => x.objectWords.includes(w)));
  return r ? { kind: r.becomes, rule: r.id } : undefined;
}

/** The kind an event of `kind` takes for the purpose written after it (`after`: the lower-case text that follows the verb in its clause). */
export function kindByPurpose(kind: string, after: string): { kind: string; rule: string } | undefined {
  const to = /^(?:[\p{L}\d-]+\s+){0,4}?to\s+([a-z]+(?:\s+over)?)\b/u.exec(after)?.[1];
  const r = to === undefined ? undefined : KIND_BY_PURPOSE.find((x) => x.kind === kind && x.purposes.includes(to));
  return r ? { kind: r.becomes, rule: r.id } : undefined;
}

const CANONICAL: ReadonlyMap<string, KindSynonymRule> = new Map(KIND_SYNONYMS.flatMap((r) => r.synonyms.map((s) => [s, r] as const)));

/** The canonical kind of `kind` and the id of the entry that renamed it, if one did. */
export function canonicalKind(kind: string): { kind: string; rule?: string } {
  const r = CANONICAL.get(kind);
  return r ? { kind: r.canonical, rule: r.id } : { kind };
}
