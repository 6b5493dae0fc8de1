import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits } from '../config/config.js';
import type { ParsedArticle } from './contract.js';
import { ParsedArticleValidationError, validateParsedArticle } from './contract.schema.js';
import { ParseError } from './parse/index.js';
import type { EntityPlan } from './resolve/types.js';
import { followMerges, type MergeMap } from './resolve/merges.js';
import { ArticleRefusedError } from './write/refused.js';
import { planArticleWrite, type ArticleWritePlan } from './write/write-article.js';

/**
 * One article's way from its source to the write's rows, shared by one-at-a-time ingest
 * (pipeline.ts) and bulk ingest (parallel/bulk-ingest.ts), which differ only in where parsing
 * and extraction run: resolve (or validate a pre-parsed document) → follow the merges editors
 * made → hold it to the contract → plan the write. Pure; nothing is read or written.
 */

/** Where the ParsedArticle comes from: a document that is one already, or resolving raw text. */
export type ArticleInput =
  | { preParsed: unknown }
  /** Throws ParseError when the input is at fault; anything else is our bug. */
  | { resolve: () => { parsed: ParsedArticle; entities: EntityPlan[] | null } };

export interface PrepareOptions {
  merges: MergeMap;
  /** Recorded as the article's ingestedBy (restoredBy when restoring). */
  ingestedBy?: string;
  limits?: ArticleLimits;
  /**
   * Record the provenance an export carries (an operator's `ingest` of an export). Otherwise an
   * article carrying one is refused: an API key never writes in someone else's name.
   */
  trustProvenance?: boolean;
}

export type Prepared =
  | {
      ok: true;
      /** The ParsedArticle the write stores (merges followed). */
      parsed: ParsedArticle;
      /** What resolution said of each entity (null for a pre-parsed document). */
      entities: EntityPlan[] | null;
      /** merged-away id → kept id, for the ids the article named that merges replaced. */
      followed: Map<string, string>;
      write: ArticleWritePlan;
    }
  /** input: the source is at fault and the message says how; analyse: extraction made an invalid article (our bug). */
  | { ok: false; stage: 'input' | 'analyse'; error: unknown };

export class ProvenanceRefusedError extends Error {
  override name = 'ProvenanceRefusedError';
}

/** Resolve or validate, follow merges, validate, plan: each failure with the stage it belongs to. */
export function prepareArticle(name: string, input: ArticleInput, options: PrepareOptions): Prepared {
  const preParsed = 'preParsed' in input;
  let resolved: { parsed: ParsedArticle; entities: EntityPlan[] | null };
  try {
    resolved = preParsed ? { parsed: validateParsedArticle(input.preParsed, name), entities: null } : input.resolve();
  } catch (error) {
    return { ok: false, stage: preParsed || error instanceof ParseError ? 'input' : 'analyse', error };
  }
  const { provenance, ...article } = resolved.parsed;
  if (provenance && !options.trustProvenance) {
    return {
      ok: false,
      stage: 'input',
      error: new ProvenanceRefusedError(
        `${name}: "provenance" (ingestedBy ${provenance.ingestedBy}) is recorded only when an operator restores an export with \`newsgraph ingest <file>.jsonl\`; any other way in records whoever sends the article — remove the field`,
      ),
    };
  }
  let parsed: ParsedArticle;
  let followed: Map<string, string>;
  try {
    // Merges an editor made are followed after resolution, whichever way the ids were found; what
    // extraction made must hold to the contract too: bad offsets or dangling ids never reach the graph.
    ({ parsed, followed } = followMerges(article, options.merges));
    validateParsedArticle(parsed, name);
  } catch (error) {
    return { ok: false, stage: preParsed && error instanceof ParsedArticleValidationError ? 'input' : 'analyse', error };
  }
  try {
    const write = planArticleWrite(parsed, new Date().toISOString(), options.ingestedBy, options.limits ?? DEFAULT_ARTICLE_LIMITS, options.trustProvenance ? provenance : undefined);
    return { ok: true, parsed, entities: resolved.entities, followed, write };
  } catch (error) {
    return { ok: false, stage: error instanceof ArticleRefusedError ? 'input' : 'analyse', error };
  }
}
