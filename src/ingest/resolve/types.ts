import type { EntityType, ParsedArticle } from '../contract.js';
import type { KnownIndex } from './known-index.js';

/**
 * An entity the graph already holds. src/ingest/known.ts keeps them in a KnownIndex read from
 * Neo4j once per process and updated as articles are written; tests build them by hand.
 */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases?: readonly string[];
  kind?: string;
}

/** The shared index, a plain list, or any object with `entities` (GraphKnowledge). */
export type KnownEntities = KnownIndex | readonly KnownEntity[] | { readonly entities: KnownIndex | readonly KnownEntity[] };

/** One curated entry of seed/aliases.json. */
export interface AliasEntry {
  /** Canonical name: the entity's name and the source of its id. */
  name: string;
  type: EntityType;
  /** Other names it goes by in text ("UK", "Britain", "ISW"). */
  aliases?: string[];
  kind?: string;
  /** Force an id (when the graph already uses one that is not the slug of `name`). */
  id?: string;
}

export interface AliasFile {
  version?: number;
  entities: AliasEntry[];
}

/** How a resolved entity was found. */
export type MatchSource = 'known' | 'alias-file' | 'article' | 'new';

/**
 * By what its first mention found it: its name or an alias (in the graph, the alias file or earlier
 * in the article), an acronym, a surname after the full name, the context ("the Commission" after
 * "the European Commission"); `new`: nothing matched, it is named as written.
 */
export type MatchHow = 'name' | 'alias' | 'acronym' | 'surname' | 'context' | 'new';

export interface EntityPlan {
  id: string;
  type: EntityType;
  name: string;
  /** matched: the graph holds it already (its id is reused); created: the write stage creates it. */
  status: 'matched' | 'created';
  source: MatchSource;
  by: MatchHow;
  /** Mention indices (Extraction.mentions) that resolved to it. */
  mentions: number[];
}

export interface Resolution {
  parsed: ParsedArticle;
  /** Ids of entities the graph already holds. */
  matched: string[];
  /** Ids of entities new to the graph. */
  created: string[];
  plan: EntityPlan[];
  /** Extraction mention index → entity id (null: unresolved, dropped). */
  mentionEntity: Array<string | null>;
}
