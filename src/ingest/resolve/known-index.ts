import { foldName } from '../../core/ids.js';
import type { LexiconEntry, NameSource } from '../extract/types.js';
import type { KnownEntities, KnownEntity } from './types.js';

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

  /** The extractor's view (NameSource): what a name is, the entity added last winning, as a lexicon's later entries do. */
  lookup(name: string): LexiconEntry | undefined {
    const list = this.names.get(nameKey(name));
    const e = list?.[list.length - 1];
    return e && { name: e.name, type: e.type, ...(e.kind ? { kind: e.kind } : {}) };
  }

  /** Adds an entity the graph now holds; one already known by id is left as it is. */
  add(entity: KnownEntity): void {
    if (this.ids.has(entity.id)) return;
    const e: KnownEntity = { ...entity, aliases: [...(entity.aliases ?? [])] };
    this.ids.set(e.id, e);
    for (const n of [e.name, ...e.aliases!]) this.addKey(this.names, nameKey(n), e);
    if (e.type === 'PERSON') this.addKey(this.surnames, surnameKey(e.name), e);
  }

  /** An alias the entity lost (the naming rule withdrew it): the name no longer finds it through that alias. */
  removeAlias(id: string, alias: string): void {
    const e = this.ids.get(id);
    if (!e) return;
    const aliases = e.aliases!.filter((a) => a !== alias);
    (e as { aliases: readonly string[] }).aliases = aliases;
    const key = nameKey(alias);
    if ([e.name, ...aliases].some((n) => nameKey(n) === key)) return;
    const list = this.names.get(key);
    if (!list) return;
    const rest = list.filter((x) => x !== e);
    if (rest.length) this.names.set(key, rest);
    else this.names.delete(key);
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
