import type { ParsedArticle, ParsedArticleMeta } from '../contract.js';
import { extract } from '../extract/extract.js';
import type { LexiconEntry } from '../extract/types.js';
import { defaultAliasFile } from './aliases.js';
import { resolve } from './resolve.js';
import type { AliasFile, EntityPlan, KnownEntities, KnownEntity } from './types.js';

export interface Analysis {
  parsed: ParsedArticle;
  /** Ids of entities the graph already holds. */
  matched: string[];
  /** Ids of entities the write stage will create. */
  created: string[];
  /** Each entity and how it was found. */
  plan: EntityPlan[];
}

/**
 * Extract + resolve in one call: article metadata → a complete ParsedArticle, and which of its
 * entities are new. `aliases` defaults to seed/aliases.json; the known entities and aliases also
 * tell the extractor what names it may meet.
 */
export function analyse(article: ParsedArticleMeta, known?: KnownEntities, aliases: AliasFile = defaultAliasFile()): Analysis {
  const list: readonly KnownEntity[] = !known ? [] : Array.isArray(known) ? known : (known as { entities: readonly KnownEntity[] }).entities;
  const lexicon: LexiconEntry[] = [
    ...aliases.entities.map((e) => ({ name: e.name, type: e.type, ...(e.aliases ? { aliases: e.aliases } : {}), ...(e.kind ? { kind: e.kind } : {}) })),
    ...list.map((k) => ({ name: k.name, type: k.type, aliases: [...(k.aliases ?? [])], ...(k.kind ? { kind: k.kind } : {}) })),
  ];
  const extraction = extract(article, { lexicon });
  const { parsed, matched, created, plan } = resolve(extraction, known, aliases);
  return { parsed, matched, created, plan };
}
