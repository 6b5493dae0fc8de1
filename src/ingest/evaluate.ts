import type { ParsedArticle, ParsedEntity, ParsedEvent, ParsedStatement } from './contract.js';
import { foldName } from '../core/ids.js';

/**
 * Scores an analysis against a hand-written expected parse. Pure.
 *
 * - Entities: an expected and a produced entity match when their types agree and their ids agree,
 *   or their folded names agree, or one's name is among the other's aliases. One-to-one.
 * - Attribution: an expected and a produced statement match when their evidence overlaps in
 *   article.body and their speakers are the same entity (through the entity matching above; both
 *   null counts as the same). Among several candidates the most similar text wins. One-to-one.
 * - Detection: as attribution, but ignoring the speaker: did we find the statement at all.
 */

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  entities: Prf;
  /** The entities of type PLACE alone, by the same matching (issue 11 scores places apart). */
  places: Prf;
  attribution: Prf;
  detection: Prf;
  /** Events matched by id, or by folded name (the date may differ). */
  events: Prf;
  /**
   * Events matched, one to one, by the same kind and the same known date (the date, or the deadline
   * when neither has a date), whatever their names: the name-free measure the issue uses. Dates
   * are compared as written, so a month ("2026-11") matches only a month, never a day of it, and an
   * event annotated with neither a date nor a deadline can never match.
   */
  eventsByKindDate: Prf;
  /**
   * Every annotated event, one to one: a dated one (date or deadline) as in eventsByKindDate, then
   * an undated one by the same kind among the produced events that are undated too. A third to a
   * half of the events the sets annotate have no date, which the dated measure can never count.
   */
  eventsByKind: Prf;
  missingEntities: string[];
  extraEntities: string[];
  /** Expected statements with no attributed match: "speaker: text…". */
  missingStatements: string[];
  extraStatements: string[];
  /** Expected events with no kind-and-date match: "KIND date name". */
  missingEvents: string[];
  extraEvents: string[];
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Micro-average: counts summed, then rates. */
export function sumPrf(scores: readonly Prf[]): Prf {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const fn = scores.reduce((n, s) => n + s.fn, 0);
  return prf(tp, fp, fn);
}

function names(e: ParsedEntity): Set<string> {
  return new Set([e.name, ...e.aliases].map((n) => foldName(n)));
}

function entitiesMatch(a: ParsedEntity, b: ParsedEntity): boolean {
  if (a.type !== b.type) return false;
  if (a.id === b.id || foldName(a.name) === foldName(b.name)) return true;
  return names(a).has(foldName(b.name)) || names(b).has(foldName(a.name));
}

/** Expected entity id → produced entity id, one-to-one; exact ids first, then names. */
export function matchEntities(expected: readonly ParsedEntity[], actual: readonly ParsedEntity[]): Map<string, string> {
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const e of expected) {
    const a = actual.find((x) => x.id === e.id && x.type === e.type);
    if (a) {
      map.set(e.id, a.id);
      used.add(a.id);
    }
  }
  for (const e of expected) {
    if (map.has(e.id)) continue;
    const a = actual.find((x) => !used.has(x.id) && entitiesMatch(e, x));
    if (a) {
      map.set(e.id, a.id);
      used.add(a.id);
    }
  }
  return map;
}

function words(text: string): Set<string> {
  return new Set(foldName(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, wa.size + wb.size - common);
}

function overlaps(a: ParsedStatement, b: ParsedStatement): boolean {
  return a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;
}

function matchStatements(
  expected: readonly ParsedStatement[],
  actual: readonly ParsedStatement[],
  sameSpeaker: (e: ParsedStatement, a: ParsedStatement) => boolean,
): { pairs: Array<[ParsedStatement, ParsedStatement]>; missing: ParsedStatement[]; extra: ParsedStatement[] } {
  const candidates: Array<{ e: ParsedStatement; a: ParsedStatement; score: number }> = [];
  for (const e of expected) {
    for (const a of actual) if (overlaps(e, a) && sameSpeaker(e, a)) candidates.push({ e, a, score: similarity(e.text, a.text) });
  }
  candidates.sort((x, y) => y.score - x.score);
  const usedE = new Set<ParsedStatement>();
  const usedA = new Set<ParsedStatement>();
  const pairs: Array<[ParsedStatement, ParsedStatement]> = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedA.has(c.a)) continue;
    usedE.add(c.e);
    usedA.add(c.a);
    pairs.push([c.e, c.a]);
  }
  return { pairs, missing: expected.filter((e) => !usedE.has(e)), extra: actual.filter((a) => !usedA.has(a)) };
}

function describeEvent(e: ParsedEvent): string {
  const when = e.date ?? (e.endDate ? `by ${e.endDate}` : 'undated');
  return `${e.kind} ${when} ${e.status}: ${e.name}`;
}

function describe(s: ParsedStatement): string {
  const who = s.speaker ?? (s.anonymousSource ? `(${s.anonymousSource})` : '(unattributed)');
  return `${who} ${s.verb}: ${s.text.length > 70 ? `${s.text.slice(0, 70)}…` : s.text}`;
}

export function evaluateArticle(expected: ParsedArticle, actual: ParsedArticle): ArticleScore {
  const entityMap = matchEntities(expected.entities, actual.entities);
  const matchedActual = new Set(entityMap.values());
  const entities = prf(entityMap.size, actual.entities.length - matchedActual.size, expected.entities.length - entityMap.size);
  const expectedPlaces = expected.entities.filter((e) => e.type === 'PLACE');
  const actualPlaces = actual.entities.filter((a) => a.type === 'PLACE');
  const placesFound = expectedPlaces.filter((e) => entityMap.has(e.id)).length;
  const places = prf(placesFound, actualPlaces.filter((a) => !matchedActual.has(a.id)).length, expectedPlaces.length - placesFound);

  const sameSpeaker = (e: ParsedStatement, a: ParsedStatement): boolean =>
    e.speaker === null ? a.speaker === null : entityMap.get(e.speaker) === a.speaker;
  const att = matchStatements(expected.statements, actual.statements, sameSpeaker);
  const det = matchStatements(expected.statements, actual.statements, () => true);

  const usedEvents = new Set<string>();
  let eventTp = 0;
  for (const e of expected.events) {
    const a = actual.events.find((x) => !usedEvents.has(x.id) && (x.id === e.id || foldName(x.name) === foldName(e.name)));
    if (a) {
      usedEvents.add(a.id);
      eventTp++;
    }
  }
  const when = (e: ParsedEvent): string | null => e.date ?? e.endDate ?? null;
  const usedByKind = new Set<ParsedEvent>();
  const matchedEvents = new Set<ParsedEvent>();
  let kindDateTp = 0;
  for (const e of expected.events) {
    const a = actual.events.find((x) => !usedByKind.has(x) && x.kind === e.kind && when(e) !== null && when(x) === when(e));
    if (a) {
      usedByKind.add(a);
      matchedEvents.add(e);
      kindDateTp++;
    }
  }
  // By kind alone, the pairing cannot change the count: per kind, the smaller of the two numbers.
  const undatedLeft = actual.events.filter((x) => !usedByKind.has(x) && when(x) === null);
  let undatedTp = 0;
  for (const e of expected.events) {
    if (when(e) !== null) continue;
    const i = undatedLeft.findIndex((x) => x.kind === e.kind);
    if (i >= 0) {
      undatedLeft.splice(i, 1);
      undatedTp++;
    }
  }
  const kindTp = kindDateTp + undatedTp;
  return {
    entities,
    places,
    attribution: prf(att.pairs.length, att.extra.length, att.missing.length),
    events: prf(eventTp, actual.events.length - eventTp, expected.events.length - eventTp),
    eventsByKindDate: prf(kindDateTp, actual.events.length - kindDateTp, expected.events.length - kindDateTp),
    eventsByKind: prf(kindTp, actual.events.length - kindTp, expected.events.length - kindTp),
    detection: prf(det.pairs.length, det.extra.length, det.missing.length),
    missingEntities: expected.entities.filter((e) => !entityMap.has(e.id)).map((e) => e.id),
    extraEntities: actual.entities.filter((a) => !matchedActual.has(a.id)).map((a) => a.id),
    missingStatements: att.missing.map(describe),
    extraStatements: att.extra.map(describe),
    missingEvents: expected.events.filter((e) => !matchedEvents.has(e)).map(describeEvent),
    extraEvents: actual.events.filter((a) => !usedByKind.has(a)).map(describeEvent),
  };
}
