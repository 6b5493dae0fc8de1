import type { EntityType } from '../contract.js';
import { foldName } from '../../core/ids.js';
import { COUNTRIES, KNOWN_ORGANIZATIONS } from './gazetteer.js';
import type { LexiconEntry } from './types.js';

export interface LexiconHit {
  type: EntityType;
  /** Canonical name when the lexicon knows it ("UK" → "United Kingdom"). */
  canonical: string;
  kind?: string;
}

/** Folded names (and aliases) → what they are; demonyms → their country. */
export class Lexicon {
  private readonly names = new Map<string, LexiconHit>();
  private readonly demonyms = new Map<string, string>();
  /** Longest entry in words, to bound multi-word lookups. */
  maxWords = 1;

  constructor(extra: LexiconEntry[] = []) {
    for (const c of COUNTRIES) {
      for (const n of [c.name, ...(c.aliases ?? [])]) this.add(n, { type: 'PLACE', canonical: c.name, kind: 'country' });
      for (const d of c.demonyms ?? []) this.demonyms.set(foldName(d), c.name);
    }
    for (const o of KNOWN_ORGANIZATIONS) {
      const hit: LexiconHit = { type: 'ORGANIZATION', canonical: o.name, ...(o.kind ? { kind: o.kind } : {}) };
      for (const n of [o.name, ...(o.aliases ?? [])]) this.add(n, hit);
    }
    // Caller-supplied entries (graph, alias file, authors) win over the built-in ones.
    for (const e of extra) {
      const hit: LexiconHit = { type: e.type, canonical: e.name, ...(e.kind ? { kind: e.kind } : {}) };
      for (const n of [e.name, ...(e.aliases ?? [])]) this.add(n, hit, true);
    }
  }

  private add(name: string, hit: LexiconHit, override = false): void {
    const key = lexKey(name);
    if (!key) return;
    if (override || !this.names.has(key)) this.names.set(key, hit);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  lookup(name: string): LexiconHit | undefined {
    return this.names.get(lexKey(name));
  }

  demonym(word: string): string | undefined {
    return this.demonyms.get(foldName(word));
  }
}

/** Key for lexicon lookups: folded, a leading "the" and dots in abbreviations removed ("U.S." ~ "US"). */
export function lexKey(name: string): string {
  return foldName(name)
    .replace(/^the\s+/, '')
    .replace(/\.(?=\S)|\.$/g, '')
    .replace(/[’]/g, "'");
}
