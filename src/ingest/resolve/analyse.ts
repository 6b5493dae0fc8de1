import type { ParsedArticle, ParsedArticleMeta } from '../contract.js';
import { extract } from '../extract/extract.js';
import type { Extraction, LexiconEntry } from '../extract/types.js';
import { defaultAliasFile } from './aliases.js';
import { asKnownIndex } from './known-index.js';
import { resolve } from './resolve.js';
import type { AliasFile, EntityPlan, KnownEntities } from './types.js';

export interface Analysis {
  parsed: ParsedArticle;
  /** Ids of entities the graph already holds. */
  matched: string[];
  /** Ids of entities the write stage will create. */
  created: string[];
  /** Each entity and how it was found. */
  plan: EntityPlan[];
}

/** The alias file as lexicon entries, made once per file so the extractor indexes it once. */
const curatedEntries = new WeakMap<AliasFile, LexiconEntry[]>();

function curated(aliases: AliasFile): LexiconEntry[] {
  let entries = curatedEntries.get(aliases);
  if (!entries) {
    entries = aliases.entities.map((e) => ({ name: e.name, type: e.type, ...(e.aliases ? { aliases: e.aliases } : {}), ...(e.kind ? { kind: e.kind } : {}) }));
    curatedEntries.set(aliases, entries);
  }
  return entries;
}

/** The extract stage with the names the graph and the alias file know: the costly half, run in worker threads by bulk ingest. */
export function extractArticle(article: ParsedArticleMeta, known?: KnownEntities, aliases: AliasFile = defaultAliasFile()): Extraction {
  return extract(article, { lexicon: curated(aliases), known: asKnownIndex(known) });
}

/**
 * Extract + resolve in one call: article metadata → a complete ParsedArticle, and which of its
 * entities are new. `aliases` defaults to seed/aliases.json; the known entities and aliases also
 * tell the extractor what names it may meet. Pass the graph's entities as a KnownIndex (known.ts):
 * a plain list is indexed on every call.
 */
export function analyse(article: ParsedArticleMeta, known?: KnownEntities, aliases: AliasFile = defaultAliasFile()): Analysis {
  const index = asKnownIndex(known);
  const { parsed, matched, created, plan } = resolve(extractArticle(article, index, aliases), index, aliases);
  return { parsed, matched, created, plan };
}
