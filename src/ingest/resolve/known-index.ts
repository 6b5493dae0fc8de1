import { foldName } from '../../core/ids.js';
import type { EntityType } from '../contract.js';
import { Lexicon } from '../extract/lexicon.js';
import type { LexiconEntry, NameSource } from '../extract/types.js';
import type { KnownEntities, KnownEntity } from './types.js';

/** The built-in word lists alone (gazetteer countries and organizations), for the kind a name has there. */
const WORD_LISTS = new Lexicon();

function listedKind(name: string, type: EntityType): string | undefined {
  const hit = WORD_LISTS.lookup(name);
  return hit?.type === type ? hit.kind : undefined;
}

/** Names compare without a leading "the", dots in abbreviations and straight/curly apostrophes. */
export function nameKey(name: string): string {
  return foldName(name)
    .replace(/^the\s+/, '')
    .replace(/\.(?=\S)|\.$/g, '');
}

/** The key of a person's last written word: "Healey" finds John Healey. */
const surnameKey = (name: string): string => nameKey(name.split(' ').pop()!);

/**
 * The entities the graph holds, indexed by id, by every name and alias, and (people) by surname,
 * kept up to date as articles add entities or lose aliases, so resolving an article costs a few
 * map lookups per mention however large the graph is. One per process, shared by its ingest
 * sessions (known.ts); the lists under a key keep the order entities were added in, which is the
 * order resolution prefers them in and the lexicon's "last one wins".
 */
export interface AliasRemoval {
  id: string;
  aliases: readonly string[];
  key: string;
  /** Where the entity stood in the key's list; -1 when another of its names keeps the key. */
  at: number;
}

export class KnownIndex implements NameSource {
  private readonly ids = new Map<string, KnownEntity>();
  private readonly names = new Map<string, KnownEntity[]>();
  private readonly surnames = new Map<string, KnownEntity[]>();
  /** Longest name in words: bounds the extractor's multi-word lookups (an overestimate is harmless). */
  maxWords = 1;

  static from(entities: Iterable<KnownEntity>): KnownIndex {
    const index = new KnownIndex();
    for (const e of entities) index.add(e);
    return index;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Every entity, in the order added. */
  entities(): IterableIterator<KnownEntity> {
    return this.ids.values();
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  byId(id: string): KnownEntity | undefined {
    return this.ids.get(id);
  }

  /** Entities with this name or alias (any spelling nameKey folds together). */
  byName(name: string): readonly KnownEntity[] {
    return this.names.get(nameKey(name)) ?? [];
  }

  /** People whose name ends in this word. */
  bySurname(word: string): readonly KnownEntity[] {
    return this.surnames.get(nameKey(word)) ?? [];
  }

  /**
   * The extractor's view (NameSource): what a name is, the entity added last winning, as a lexicon's
   * later entries do. The kind is the word lists' (a country of the gazetteer is a country), never
   * the graph's: the extractor hints an article's kinds from it, and an article must give the same
   * kind whether the graph already knew the name or not, or the entity's kind (its earliest
   * report's) would depend on the order articles arrive in.
   */
  lookup(name: string): LexiconEntry | undefined {
    const list = this.names.get(nameKey(name));
    const e = list?.[list.length - 1];
    if (!e) return undefined;
    const kind = e.kind ?? listedKind(e.name, e.type);
    return { name: e.name, type: e.type, ...(kind ? { kind } : {}) };
  }

  /** Adds an entity the graph now holds; one already known by id is left as it is. */
  add(entity: KnownEntity): void {
    if (this.ids.has(entity.id)) return;
    const e: KnownEntity = { ...entity, aliases: [...(entity.aliases ?? [])] };
    this.ids.set(e.id, e);
    for (const n of [e.name, ...e.aliases!]) this.addKey(this.names, nameKey(n), e);
    if (e.type === 'PERSON') this.addKey(this.surnames, surnameKey(e.name), e);
  }

  /**
   * An alias the entity lost (the naming rule withdrew it): the name no longer finds it through
   * that alias. Returns how to put it back (undoRemoveAlias), for a batch that rolls back.
   */
  removeAlias(id: string, alias: string): AliasRemoval | undefined {
    const e = this.ids.get(id);
    if (!e) return undefined;
    const before = e.aliases!;
    (e as { aliases: readonly string[] }).aliases = before.filter((a) => a !== alias);
    const key = nameKey(alias);
    const list = this.names.get(key);
    const at = list && ![e.name, ...e.aliases!].some((n) => nameKey(n) === key) ? list.indexOf(e) : -1;
    if (list && at >= 0) {
      list.splice(at, 1);
      if (!list.length) this.names.delete(key);
    }
    return { id, aliases: before, key, at };
  }

  undoRemoveAlias(removal: AliasRemoval): void {
    const e = this.ids.get(removal.id);
    if (!e) return;
    (e as { aliases: readonly string[] }).aliases = removal.aliases;
    if (removal.at < 0) return;
    const list = this.names.get(removal.key) ?? [];
    list.splice(removal.at, 0, e);
    this.names.set(removal.key, list);
  }

  /** Takes back an add (a batch that rolled back): the entity is no longer known by any key. */
  remove(id: string): void {
    const e = this.ids.get(id);
    if (!e) return;
    this.ids.delete(id);
    const drop = (map: Map<string, KnownEntity[]>, key: string) => {
      const list = map.get(key);
      if (!list) return;
      const rest = list.filter((x) => x !== e);
      if (rest.length) map.set(key, rest);
      else map.delete(key);
    };
    for (const n of [e.name, ...e.aliases!]) drop(this.names, nameKey(n));
    if (e.type === 'PERSON') drop(this.surnames, surnameKey(e.name));
  }

  private addKey(map: Map<string, KnownEntity[]>, key: string, e: KnownEntity): void {
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }
}

/** The index itself, or one built from a plain list (tests, small callers: that costs the list's length). */
export function asKnownIndex(known: KnownEntities | undefined): KnownIndex {
  if (known instanceof KnownIndex) return known;
  if (!known) return new KnownIndex();
  if (Array.isArray(known)) return KnownIndex.from(known as readonly KnownEntity[]);
  return asKnownIndex((known as { entities: KnownEntities }).entities);
}
