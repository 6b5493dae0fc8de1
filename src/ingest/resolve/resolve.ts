import type { EntityType, ParsedArticle, ParsedEntity, ParsedStatement, Position } from '../contract.js';
import { entityId, foldName, statementId, topicId } from '../../core/ids.js';
import type { Extraction, Mention } from '../extract/types.js';
import { isParticleSurname, isSurnameOf } from '../extract/surnames.js';
import { resolveEvents } from './events.js';
import { asKnownIndex, nameKey } from './known-index.js';
import type { AliasEntry, AliasFile, EntityPlan, KnownEntities, KnownEntity, MatchHow, MatchSource, Resolution } from './types.js';

/**
 * The resolve stage: mentions → canonical entities with ids. A mention is matched, in order, to an
 * entity the graph holds (name or alias, case- and diacritic-folded), a curated alias, an acronym
 * defined in the article, the full name a surname stands for ("Healey" → John Healey); anything
 * else is a new entity named as written, with a deterministic id. Pure.
 */

type IdKind = 'person' | 'organization' | 'place';
const KIND_OF_TYPE: Record<EntityType, IdKind> = { PERSON: 'person', ORGANIZATION: 'organization', PLACE: 'place' };

interface Cluster {
  id: string;
  type: EntityType;
  name: string;
  kind?: string;
  source: MatchSource;
  aliases: string[];
  roles: string[];
  positions: Position[];
  mentions: number[];
  /** Only demonyms point at it ("Russian leader"): kept when something refers to it. */
  demonymOnly: boolean;
  /** Only the caption names it: a place seen in a photo is not one the report is about (the annotation conventions since seed/heldout-4). */
  captionOnly: boolean;
  first: number;
  kindHints: string[];
  /** How its first mention (in resolution order) found it. */
  by?: MatchHow;
}

class Index<T> {
  private readonly map = new Map<string, T[]>();
  add(key: string, value: T): void {
    const k = foldName(key);
    if (!k) return;
    const list = this.map.get(k);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(k, [value]);
  }
  get(key: string): readonly T[] {
    return this.map.get(foldName(key)) ?? [];
  }
}

const norm = nameKey;

/** The alias file's names indexed once per file: it is the same object for the process's life. */
const aliasIndexes = new WeakMap<AliasFile, Index<AliasEntry>>();

function aliasIndex(aliases: AliasFile | undefined): Index<AliasEntry> {
  const cached = aliases && aliasIndexes.get(aliases);
  if (cached) return cached;
  const index = new Index<AliasEntry>();
  for (const e of aliases?.entities ?? []) {
    index.add(norm(e.name), e);
    for (const a of e.aliases ?? []) index.add(norm(a), e);
  }
  if (aliases) aliasIndexes.set(aliases, index);
  return index;
}

export function resolve(extraction: Extraction, known?: KnownEntities, aliases?: AliasFile): Resolution {
  // Lookups in the shared index: an article costs its mentions, not the graph's size.
  const index = asKnownIndex(known);
  const byAlias = aliasIndex(aliases);

  const mentions = extraction.mentions;
  const clusters = new Map<string, Cluster>();
  const mentionEntity: Array<string | null> = mentions.map(() => null);
  const acronyms = new Map<string, string>(); // folded acronym → cluster id

  const typeOk = (m: Mention, t: EntityType): boolean => m.type === null || m.type === t || (m.type === 'ORGANIZATION' && /^[A-Z.]{2,}$/.test(m.text));

  const pick = <T extends { type: EntityType }>(list: readonly T[], m: Mention): T | undefined =>
    list.find((x) => x.type === m.type) ?? list.find((x) => typeOk(m, x.type));

  const clusterFor = (id: string, type: EntityType, name: string, source: MatchSource, kind: string | undefined, at: number): Cluster => {
    let c = clusters.get(id);
    if (!c) {
      c = { id, type, name, source, aliases: [], roles: [], positions: [], mentions: [], demonymOnly: true, captionOnly: true, first: at, kindHints: [], ...(kind ? { kind } : {}) };
      clusters.set(id, c);
    }
    return c;
  };

  const fromKnown = (k: KnownEntity, at: number): Cluster => {
    const entry = byAlias.get(norm(k.name)).find((e) => e.type === k.type);
    return clusterFor(k.id, k.type, k.name, 'known', k.kind ?? entry?.kind, at);
  };

  const fromAlias = (e: AliasEntry, at: number): Cluster => {
    const id = e.id ?? entityId(KIND_OF_TYPE[e.type], e.name);
    const k = index.byId(id) ?? pick(index.byName(e.name), { type: e.type } as Mention);
    if (k) return fromKnown(k, at);
    return clusterFor(id, e.type, e.name, 'alias-file', e.kind, at);
  };

  /** Graph, then alias file, for one written form. */
  const lookup = (m: Mention, name: string, at: number): Cluster | undefined => {
    const k = pick(index.byName(name), m);
    if (k) return fromKnown(k, at);
    const e = pick(byAlias.get(norm(name)), m);
    if (e) return fromAlias(e, at);
    return undefined;
  };

  const attach = (m: Mention, c: Cluster, by: MatchHow): void => {
    c.by ??= by;
    mentionEntity[m.index] = c.id;
    c.mentions.push(m.index);
    c.first = Math.min(c.first, m.index);
    if (m.field !== 'caption') c.captionOnly = false;
    if (!m.demonym) {
      c.demonymOnly = false;
      // "the government", "provincial government" are generic nouns, never aliases
      const generic = /^(?:\p{Ll}+\s)?government$/u.test(m.text);
      for (const form of [m.text, ...(m.otherForm ? [m.otherForm] : [])]) if (!generic && norm(form) !== norm(c.name) && !c.aliases.some((a) => norm(a) === norm(form))) c.aliases.push(form);
    }
    if (m.acronym) {
      acronyms.set(norm(m.acronym), c.id);
      if (!c.aliases.some((a) => norm(a) === norm(m.acronym!))) c.aliases.push(m.acronym);
    }
    if (m.kindHint) c.kindHints.push(m.kindHint);
  };

  // Full names first (so a surname or acronym written earlier, in the title, finds them), then the rest.
  const order = [...mentions].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  for (const m of order) {
    const written = m.text;
    let c: Cluster | undefined;
    let by: MatchHow = 'name';
    // The title and the named source only point at what the article itself names.
    const pointerOnly = m.field === 'title' || m.field === 'source';
    const before = pointerOnly ? new Set(clusters.keys()) : null;
    // an acronym defined in this article
    const acr = acronyms.get(norm(written));
    if (acr && clusters.get(acr) && typeOk(m, clusters.get(acr)!.type)) [c, by] = [clusters.get(acr), 'acronym'];
    // the graph or the alias file, by the name as written or the extractor's canonical name
    c ??= lookup(m, written, m.index) ?? (m.canonical ? lookup(m, m.canonical, m.index) : undefined);
    if (c && by !== 'acronym') by = norm(c.name) === norm(written) ? 'name' : 'alias';
    // a surname after the full name ("Healey"), or a known person's surname
    if (!c && (m.type === 'PERSON' || m.type === null) && (!written.includes(' ') || isParticleSurname(written))) {
      const persons = [...clusters.values()].filter((x) => x.type === 'PERSON' && x.name.includes(' ') && isSurnameOf(x.name, written, norm));
      if (persons.length) c = persons.sort((a, b) => b.first - a.first).find((p) => p.first < m.index) ?? persons[0];
      if (!c && m.type === 'PERSON') {
        const ks = index.bySurname(written);
        if (ks.length === 1) c = fromKnown(ks[0]!, m.index);
      }
      by = 'surname';
    }
    // "Brian has never failed a test" after "Brian Kiplagat": a lone first name of one person named in full before
    if (!c && m.type === 'PERSON' && !written.includes(' ')) {
      const w = norm(written);
      const persons = [...clusters.values()].filter((x) => x.type === 'PERSON' && x.first < m.index && norm(x.name).split(' ').length > 1 && norm(x.name).split(' ')[0] === w);
      if (persons.length === 1) [c, by] = [persons[0], 'context'];
    }
    // "the Commission" after "the European Commission", "Nordwind" after "Nordwind Logistics"
    if (!c && (m.type === 'ORGANIZATION' || m.type === null) && !written.includes(' ') && !m.demonym) {
      const w = norm(written);
      const orgs = [...clusters.values()].filter((x) => {
        if (x.type !== 'ORGANIZATION' || !x.name.includes(' ')) return false;
        const words = norm(x.name).split(' ');
        return words[words.length - 1] === w || (words[0] === w && !GENERIC_FIRST_WORDS.has(w));
      });
      if (orgs.length === 1) [c, by] = [orgs[0], 'context'];
    }
    // "the National Museum" after "the National Museum of Denmark": the name before the "of" of one organization named in full
    if (!c && (m.type === 'ORGANIZATION' || m.type === null) && written.includes(' ') && !m.demonym) {
      const w = norm(written);
      const orgs = [...clusters.values()].filter((x) => x.type === 'ORGANIZATION' && norm(x.name).startsWith(`${w} of `));
      if (orgs.length === 1) [c, by] = [orgs[0], 'context'];
    }
    // "Nordwind Sea" after "Nordwind Sea Logistics": the name of one organization named in full before, its last word left out
    if (!c && (m.type === 'ORGANIZATION' || m.type === null) && written.includes(' ') && !m.demonym && !m.canonical) {
      const w = norm(written);
      const orgs = [...clusters.values()].filter((x) => x.type === 'ORGANIZATION' && x.first < m.index && norm(x.name).startsWith(`${w} `) && !norm(x.name).slice(w.length + 1).includes(' '));
      if (orgs.length === 1) [c, by] = [orgs[0], 'context'];
    }
    // "the High Commission" after "the Norvian High Commission": one organization named before with its first word left out
    if (!c && (m.type === 'ORGANIZATION' || m.type === null) && written.includes(' ') && !m.demonym && !m.canonical) {
      const w = norm(written);
      const orgs = [...clusters.values()].filter((x) => x.type === 'ORGANIZATION' && x.first < m.index && norm(x.name).endsWith(` ${w}`) && !norm(x.name).slice(0, -w.length - 1).includes(' '));
      if (orgs.length === 1) [c, by] = [orgs[0], 'context'];
    }
    // "The VCJ" after "the Velm Court of Justice": the initials of one organization's capitalised words, defined in no bracket
    if (!c && (m.type === 'ORGANIZATION' || m.type === null) && /^\p{Lu}{2,6}$/u.test(written) && !m.canonical) {
      const orgs = [...clusters.values()].filter((x) => x.type === 'ORGANIZATION' && initials(x.name) === written);
      if (orgs.length === 1) [c, by] = [orgs[0], 'acronym'];
    }
    // "Orvale Herald" opening a sentence and "told The Orvale Herald": a title's own "The" written or left out
    if (!c && (m.type === 'ORGANIZATION' || m.type === null) && written.includes(' ') && !m.demonym) {
      const w = norm(written).replace(/^the /, '');
      const orgs = [...clusters.values()].filter((x) => x.type === 'ORGANIZATION' && norm(x.name).replace(/^the /, '') === w);
      if (orgs.length === 1) [c, by] = [orgs[0], 'context'];
    }
    // "Bebek" after "Bebek district": a place written without its head word is the place named with it (Mention.otherForm)
    // (not a name the word lists know: "Suriname" is the country, not the Suriname River)
    if (!c && (m.type === 'PLACE' || m.type === null) && !m.demonym && !m.canonical && m.kindHint !== 'country' && !m.rules?.some((r) => r.startsWith('mention.known.'))) {
      const w = norm(written);
      const places = [...clusters.values()].filter((x) => x.type === 'PLACE' && x.aliases.some((a) => norm(a) === w));
      if (places.length === 1) [c, by] = [places[0], 'context'];
    }
    if (!c && m.acronym) {
      // the acronym may be what the graph or alias file knows: "ISW"
      c = lookup(m, m.acronym, m.index);
      by = 'acronym';
    }
    if (!c) {
      if (m.type === null) continue; // nothing says what it is: left out
      // a lone word typed a person is the surname or first name of a full name nothing typed ("Fabiano Caruana … Caruana said"),
      // or, when no full name of the article claims it ("Genna", "Webb" of a telescope's name), no one: news names people in full first
      const full = m.type === 'PERSON' && !written.includes(' ') && !m.role && !m.canonical ? mentions.find((x) => x.type === null && x.text.includes(' ') && (isSurnameOf(x.text, written, norm) || norm(x.text).split(' ')[0] === norm(written))) : undefined;
      // (a person's cue around it, "X told reporters", "X said she …", is evidence enough: one-word names of people exist)
      if (m.type === 'PERSON' && !written.includes(' ') && !m.role && !m.canonical && !m.personCue && !full) continue;
      const name = full?.text ?? m.canonical ?? written;
      const id = entityId(KIND_OF_TYPE[m.type], name);
      const k = index.byId(id);
      c = k ? fromKnown(k, m.index) : clusterFor(id, m.type, name, 'new', undefined, m.index);
      by = k ? 'name' : 'new';
    }
    if (before && !before.has(c.id)) {
      clusters.delete(c.id);
      continue;
    }
    attach(m, c, by);
  }

  // Roles and positions, now that every qualifier has its entity.
  for (const m of mentions) {
    const id = mentionEntity[m.index];
    if (!id || !m.role) continue;
    const c = clusters.get(id)!;
    if (!c.roles.some((r) => norm(r) === norm(m.role!.text))) c.roles.push(m.role.text);
    const of = m.role.of !== undefined ? mentionEntity[m.role.of] : null;
    if (of) {
      referenced(of);
      if (!c.positions.some((p) => norm(p.title) === norm(m.role!.title) && p.of === of)) c.positions.push({ title: m.role.title, of });
    }
  }

  function referenced(id: string): void {
    const c = clusters.get(id);
    if (c) {
      c.demonymOnly = false;
      c.captionOnly = false;
    }
  }

  // Statements.
  const idOf = (i: number): string | null => mentionEntity[i] ?? null;
  const { events, indexOf: eventIndex } = resolveEvents(extraction.events, idOf);
  for (const e of events) {
    e.participants.forEach(referenced);
    if (e.place) referenced(e.place);
  }
  const statements: ParsedStatement[] = [];
  for (const s of extraction.statements) {
    const speaker = s.speaker === null ? null : idOf(s.speaker);
    if (speaker) referenced(speaker);
    const about: string[] = [];
    for (const r of s.about) {
      const id = 'mention' in r ? idOf(r.mention) : 'event' in r ? (events[eventIndex[r.event]!]?.id ?? null) : topicId(r.topic);
      if (!id || id === speaker || about.includes(id)) continue;
      if ('topic' in r && [...clusters.values()].some((c) => norm(c.name) === norm(r.topic) || c.aliases.some((a) => norm(a) === norm(r.topic)))) continue;
      about.push(id);
    }
    about.forEach(referenced);
    const st: ParsedStatement = {
      id: statementId(speaker, s.text),
      speaker,
      ...(speaker === null && s.anonymousSource ? { anonymousSource: s.anonymousSource } : {}),
      verb: s.verb,
      ...(s.verbAsWritten ? { verbAsWritten: s.verbAsWritten } : {}),
      kind: s.kind,
      text: s.text,
      about,
      evidence: s.evidence,
    };
    if (!statements.some((x) => x.id === st.id)) statements.push(st);
  }

  // Entities: authors, the named source, then people, organizations, places by first mention.
  // a caption place the body writes where no rule found it ("visited Shijak") is still the body's;
  // written only inside a longer name ("the Suwon District Court") it is not
  const captionPlace = (c: Cluster): boolean => c.type === 'PLACE' && c.captionOnly && !writtenIn(extraction.article.body, c.name);
  const kept = [...clusters.values()].filter((c) => !c.demonymOnly && !captionPlace(c));
  const authorIds = extraction.mentions.filter((m) => m.field === 'author').map((m) => mentionEntity[m.index]);
  const sourceIds = extraction.mentions.filter((m) => m.field === 'source').map((m) => mentionEntity[m.index]);
  const typeRank: Record<EntityType, number> = { PERSON: 0, ORGANIZATION: 1, PLACE: 2 };
  const lead = (c: Cluster): number => (authorIds.includes(c.id) ? 0 : sourceIds.includes(c.id) ? 1 : 2);
  kept.sort((a, b) => lead(a) - lead(b) || typeRank[a.type] - typeRank[b.type] || a.first - b.first);
  const entities: ParsedEntity[] = kept.map((c) => {
    const kind = c.kind ?? mostCommon(c.kindHints);
    return {
      id: c.id,
      type: c.type,
      name: c.name,
      aliases: c.aliases,
      roles: c.roles,
      ...(kind && c.type !== 'PERSON' ? { kind } : {}),
      ...(c.type === 'PERSON' && c.positions.length ? { positions: c.positions } : {}),
    };
  });

  const parsed: ParsedArticle = { article: extraction.article, entities, statements, events };
  const plan: EntityPlan[] = kept.map((c) => ({
    id: c.id,
    type: c.type,
    name: c.name,
    status: index.has(c.id) ? 'matched' : 'created',
    source: c.source,
    by: c.by ?? 'name',
    mentions: c.mentions,
  }));
  return {
    parsed,
    matched: plan.filter((p) => p.status === 'matched').map((p) => p.id),
    created: plan.filter((p) => p.status === 'created').map((p) => p.id),
    plan,
    mentionEntity,
  };
}

/** Multi-word names and acronym definitions before single words, authors before everything. */
const GENERIC_FIRST_WORDS = new Set(['european', 'national', 'state', 'united', 'general', 'international', 'world', 'central', 'federal', 'supreme', 'royal', 'new', 'first']);

/** The initials of a name's capitalised words, of two or more ("Velm Court of Justice" → "VCJ"), or "". */
function initials(name: string): string {
  const capitals = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitals.length >= 2 ? capitals.map((w) => w[0]!).join('') : '';
}

function rank(m: Mention): number {
  if (m.field === 'title' || m.field === 'source') return 4;
  if (m.field === 'author') return 0;
  // a body the extractor named in full ("the tourism ministry" → Ministry of Tourism of X) before the names
  // written without their country, so that "Ministry of Tourism" finds it (the name before its "of")
  if (m.type === 'ORGANIZATION' && m.canonical && m.canonical.includes(' of ')) return 0.5;
  if (m.acronym || m.text.includes(' ')) return 1;
  if (m.demonym) return 3;
  return 2;
}

/** The name as whole words of the text, as written, and not the start of a longer name. */
function writtenIn(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`, 'u').test(text);
}

function mostCommon(xs: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
