import type { EntityType } from '../contract.js';
import { foldName } from '../../core/ids.js';
import { COUNTRIES, KNOWN_ORGANIZATIONS } from './gazetteer.js';
import type { LexiconEntry, NameSource } from './types.js';

export interface LexiconHit {
  type: EntityType;
  /** Canonical name when the lexicon knows it ("UK" → "United Kingdom"). */
  canonical: string;
  kind?: string;
}

/** Built-in and curated names: the gazetteer, then caller entries winning over it. */
class NameTable {
  readonly names = new Map<string, LexiconHit>();
  readonly demonyms = new Map<string, string>();
  maxWords = 1;

  constructor(extra: readonly LexiconEntry[], builtIn: boolean) {
    if (builtIn) {
      for (const c of COUNTRIES) {
        for (const n of [c.name, ...(c.aliases ?? [])]) this.add(n, { type: 'PLACE', canonical: c.name, kind: 'country' });
        for (const d of c.demonyms ?? []) this.demonyms.set(foldName(d), c.name);
      }
      for (const o of KNOWN_ORGANIZATIONS) {
        const hit: LexiconHit = { type: 'ORGANIZATION', canonical: o.name, ...(o.kind ? { kind: o.kind } : {}) };
        for (const n of [o.name, ...(o.aliases ?? [])]) this.add(n, hit);
      }
    }
    for (const e of extra) {
      const hit = toHit(e);
      for (const n of [e.name, ...(e.aliases ?? [])]) this.add(n, hit, true);
    }
  }

  private add(name: string, hit: LexiconHit, override = false): void {
    const key = lexKey(name);
    if (!key) return;
    if (override || !this.names.has(key)) this.names.set(key, hit);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }
}

const toHit = (e: LexiconEntry): LexiconHit => ({ type: e.type, canonical: e.name, ...(e.kind ? { kind: e.kind } : {}) });

/** The gazetteer with one curated list, built once per list (the alias file is one array for the process's life). */
const bases = new WeakMap<readonly LexiconEntry[], NameTable>();
const NO_ENTRIES: readonly LexiconEntry[] = [];

function baseTable(curated: readonly LexiconEntry[]): NameTable {
  let table = bases.get(curated);
  if (!table) bases.set(curated, (table = new NameTable(curated, true)));
  return table;
}

/**
 * Folded names (and aliases) → what they are; demonyms → their country. Three layers, the first
 * that knows a name answering: the article's own entries (its authors), the graph's names (a
 * NameSource looked up, never copied), then the curated list over the built-in gazetteer.
 */
export class Lexicon {
  private readonly base: NameTable;
  private readonly own: NameTable;
  /** Longest entry in words, to bound multi-word lookups. */
  readonly maxWords: number;

  constructor(extra: LexiconEntry[] = [], curated: readonly LexiconEntry[] = NO_ENTRIES, private readonly known?: NameSource) {
    this.base = baseTable(curated);
    this.own = new NameTable(extra, false);
    this.maxWords = Math.max(this.base.maxWords, this.own.maxWords, known?.maxWords ?? 1);
  }

  lookup(name: string): LexiconHit | undefined {
    const key = lexKey(name);
    const own = this.own.names.get(key);
    if (own) return own;
    const known = this.known?.lookup(name);
    if (known) return toHit(known);
    return this.base.names.get(key);
  }

  demonym(word: string): string | undefined {
    return this.base.demonyms.get(foldName(word));
  }
}

/** Key for lexicon lookups: folded, a leading "the" and dots in abbreviations removed ("U.S." ~ "US"). */
export function lexKey(name: string): string {
  return foldName(name)
    .replace(/^the\s+/, '')
    .replace(/\.(?=\S)|\.$/g, '')
    .replace(/[’]/g, "'");
}
