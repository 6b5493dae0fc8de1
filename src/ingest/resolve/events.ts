import type { ParsedEvent } from '../contract.js';
import { eventId, eventKey, foldName } from '../../core/ids.js';
import type { ExtractedEvent } from '../extract/types.js';

/**
 * Extracted events → contract events with ids and keys, the same event reported twice in one
 * article merged into one: same kind, dates that agree (equal, or one unknown) and a shared
 * participant or place, or the same name. The first report names the event; later ones add
 * participants, place, a date the first lacked, and their rule ids. `indexOf[i]` is the merged
 * position of extracted event i (statements' `about` point through it).
 */
export function resolveEvents(extracted: readonly ExtractedEvent[], idOf: (mention: number) => string | null): { events: ParsedEvent[]; indexOf: number[] } {
  const events: ParsedEvent[] = [];
  const indexOf: number[] = [];
  for (const e of extracted) {
    const participants = [...new Set(e.participants.map(idOf).filter((x): x is string => !!x))];
    const place = e.place !== undefined ? (idOf(e.place) ?? undefined) : undefined;
    const at = events.findIndex((o) => sameEvent(o, e, participants, place));
    if (at >= 0) {
      const o = events[at]!;
      for (const p of participants) if (!o.participants.includes(p)) o.participants.push(p);
      if (place && !o.place) o.place = place;
      if (!o.date && e.date) o.date = e.date;
      if (o.endDate === undefined && e.endDate) o.endDate = e.endDate;
      if (e.rules) o.rules = [...new Set([...(o.rules ?? []), ...e.rules])];
      indexOf.push(at);
      continue;
    }
    indexOf.push(events.length);
    events.push({
      id: '',
      name: e.name,
      kind: e.kind,
      date: e.date,
      ...(e.endDate !== undefined ? { endDate: e.endDate } : {}),
      status: e.status,
      participants,
      ...(place ? { place } : {}),
      ...(e.rules ? { rules: e.rules } : {}),
    });
  }
  for (const ev of events) {
    // the id stays the contract's (name and date); the key is the name-free identity
    ev.id = eventId(ev.name, ev.date);
    ev.key = eventKey(ev.kind, ev.date ?? ev.endDate, [...ev.participants, ...(ev.place ? [ev.place] : [])]);
  }
  return { events, indexOf };
}

function sameEvent(o: ParsedEvent, e: ExtractedEvent, participants: string[], place: string | undefined): boolean {
  if (o.kind !== e.kind) return false;
  if (o.date && e.date && o.date !== e.date) return false;
  if (o.endDate && e.endDate && o.endDate !== e.endDate) return false;
  if (foldName(o.name) === foldName(e.name)) return true;
  // "the outbreak" after "the cholera outbreak in Sudan": a bare head refers back
  if (!participants.length && !place && !e.name.includes(' ') && foldName(o.name).split(/[^a-z0-9]+/).includes(foldName(e.name))) return true;
  const shared = participants.some((p) => o.participants.includes(p)) || (!!place && (o.place === place || o.participants.includes(place)));
  return shared;
}
