import { entityId, foldName, statementId } from '../../core/ids.js';
import type { ParsedArticle, ParsedEntity } from '../contract.js';

/** A dropped id → the entity it was merged into (src/ingest/merge: loadMergeMap). */
export type MergeMap = ReadonlyMap<string, { id: string; name: string }>;

/**
 * Pure: the article with every id an editor merged away replaced by the entity it was merged into,
 * so a name that resolved to the dropped entity lands on the kept one and the same mistake is not
 * made again. Resolution itself is untouched: this runs on its output (and on pre-parsed JSON).
 * The dropped entity's name becomes an alias of the kept one in this article; two entities that
 * become one are joined; statements of a renamed speaker get the id their new speaker gives them.
 */
export function followMerges(parsed: ParsedArticle, merges: MergeMap): { parsed: ParsedArticle; followed: Map<string, string> } {
  const followed = new Map<string, string>();
  if (merges.size === 0) return { parsed, followed };
  const to = (id: string): string => {
    const target = merges.get(id);
    if (target) followed.set(id, target.id);
    return target?.id ?? id;
  };

  const entities: ParsedEntity[] = [];
  for (const e of parsed.entities) {
    const id = to(e.id);
    const target = merges.get(e.id);
    const names = target ? [e.name, ...e.aliases] : e.aliases;
    const positions = e.positions?.map((p) => (p.of ? { ...p, of: to(p.of) } : p));
    const existing = entities.find((x) => x.id === id);
    const into: ParsedEntity = existing ?? { ...e, id, name: target?.name ?? e.name, aliases: [], roles: [], ...(positions ? { positions: [] } : {}) };
    if (!existing) entities.push(into);
    for (const n of names) if (foldName(n) !== foldName(into.name) && !into.aliases.some((a) => foldName(a) === foldName(n))) into.aliases.push(n);
    for (const r of e.roles) if (!into.roles.includes(r)) into.roles.push(r);
    for (const p of positions ?? []) {
      into.positions ??= [];
      if (!into.positions.some((q) => q.title === p.title && q.of === p.of)) into.positions.push(p);
    }
  }
  // An author the article does not list as an entity would be written under the id of their name:
  // if that id was merged away, the author is the kept entity.
  for (const author of parsed.article.authors) {
    const target = merges.get(entityId('person', author));
    if (!target || entities.some((e) => e.type === 'PERSON' && [e.name, ...e.aliases].some((n) => foldName(n) === foldName(author)))) continue;
    followed.set(entityId('person', author), target.id);
    const kept = entities.find((e) => e.id === target.id);
    if (kept) kept.aliases.push(author);
    else entities.push({ id: target.id, type: 'PERSON', name: target.name, aliases: foldName(author) === foldName(target.name) ? [] : [author], roles: [] });
  }

  const statements: ParsedArticle['statements'] = [];
  for (const s of parsed.statements) {
    const speaker = s.speaker === null ? null : to(s.speaker);
    const about = [...new Set(s.about.map(to))].filter((a) => a !== speaker);
    const id = speaker === s.speaker ? s.id : statementId(speaker, s.text);
    if (!statements.some((x) => x.id === id)) statements.push({ ...s, id, speaker, about });
  }
  const events = parsed.events.map((ev) => ({ ...ev, participants: [...new Set(ev.participants.map(to))], ...(ev.place ? { place: to(ev.place) } : {}) }));
  return { parsed: { ...parsed, entities, statements, events }, followed };
}
