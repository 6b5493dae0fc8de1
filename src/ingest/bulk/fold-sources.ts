import type { ArticleLimits } from '../../config/config.js';
import { emptyKnowledge, learningOps, type GraphKnowledge } from '../known.js';
import { AnalysisPool } from '../parallel/analysis-pool.js';
import { parseAndExtract, type ExtractedSource } from '../parallel/analysis-steps.js';
import { submitSource, type Source, type SubmittedSource } from '../parallel/submit-source.js';
import { KnowledgeJournal, squash } from '../parallel/journal.js';
import { prepareArticle, type ArticleInput } from '../prepare.js';
import { defaultAliasFile } from '../resolve/aliases.js';
import type { MergeMap } from '../resolve/merges.js';
import { resolve } from '../resolve/resolve.js';
import { ArticleRefusedError } from '../write/refused.js';
import { GraphTables, type RowSink } from './graph-tables.js';
import { ShingleFile } from './shingle-store.js';

export type FoldSource = Source;

export type FoldOutcome =
  | { source: string; status: 'created'; entitiesCreated: number; entitiesMatched: number; statements: number; events: number }
  /** deferred: a new version of an article earlier in the load, written by `ingest` after the import. */
  | { source: string; status: 'unchanged' | 'republished' | 'deferred' }
  | { source: string; status: 'failed'; stage: 'input' | 'analyse'; error: string };

export interface FoldOptions {
  ingestedBy: string;
  limits?: ArticleLimits;
  /** Analysis worker threads; 0 analyses on the main thread. */
  workers: number;
  /** Where the nodes and relationships go, as soon as each is final. */
  sink: RowSink;
  onOutcome?: (outcome: FoldOutcome) => void;
}

/** What the fold did: counts, and only the articles that need more (failed, or versions for `ingest`), not one record per article. */
export interface FoldSummary {
  counts: Record<FoldOutcome['status'], number>;
  failed: { source: string; stage: 'input' | 'analyse'; error: string }[];
  /** Sources of new versions of articles earlier in the load, in load order. */
  deferred: string[];
  nodes: number;
  relationships: number;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const NO_MERGES: MergeMap = new Map();

/**
 * The articles, in order, folded by GraphTables as ingest would write them one after the other
 * into an empty graph: worker threads parse and extract (AnalysisPool, as bulk ingest does), the
 * main thread resolves each against the names the articles before it taught (learningOps, the
 * same knowledge ingest keeps), prepares it (prepareArticle) and folds its write plan. An empty
 * graph has no merges to follow. The rows go to `options.sink` as the fold goes.
 */
export async function foldSources(sources: readonly FoldSource[], options: FoldOptions): Promise<FoldSummary> {
  const knowledge: GraphKnowledge = emptyKnowledge();
  const journal = new KnowledgeJournal(knowledge);
  const pool = options.workers > 0 ? new AnalysisPool(knowledge, options.workers) : null;
  const aliases = defaultAliasFile();
  const shingles = new ShingleFile();
  const tables = new GraphTables(options.sink, shingles);
  const summary: FoldSummary = { counts: { created: 0, unchanged: 0, republished: 0, deferred: 0, failed: 0 }, failed: [], deferred: [], nodes: 0, relationships: 0 };
  const ahead = Math.max(8, (pool?.size ?? 0) * 8);
  type Item = SubmittedSource;
  const submit = (source: FoldSource): Promise<Item> => submitSource(source, journal.committedSeq, pool ? (name, content) => pool.analyse(name, content) : null);
  const fold = (item: Item, fromWorker: ExtractedSource | undefined): FoldOutcome => {
    const failed = (stage: 'input' | 'analyse', error: unknown): FoldOutcome => ({ source: item.name, status: 'failed', stage, error: describe(error) });
    if (item.readError) return failed('input', item.readError);
    let input: ArticleInput;
    if (item.preParsed !== undefined) input = { preParsed: item.preParsed };
    else {
      // As bulk ingest: a worker's extraction stands unless a name learnt since it was submitted occurs in the text.
      const stale = !fromWorker || journal.affects(item.stamp, item.squashed ?? squash(item.content!.toString()));
      const extracted = stale ? parseAndExtract(item.name, item.content!, knowledge) : fromWorker;
      if (!extracted.ok) return failed(extracted.stage, extracted.error);
      input = { resolve: () => ({ parsed: resolve(extracted.extraction, knowledge.entities, aliases).parsed, entities: null }) };
    }
    const prepared = prepareArticle(item.name, input, { merges: NO_MERGES, ingestedBy: options.ingestedBy, limits: options.limits });
    if (!prepared.ok) return failed(prepared.stage, prepared.error);
    let result;
    try {
      result = tables.apply(prepared.write);
    } catch (error) {
      if (error instanceof ArticleRefusedError) return failed('input', error);
      throw error;
    }
    if (result.status !== 'created') return { source: item.name, status: result.status };
    journal.apply(learningOps(knowledge, prepared.parsed, result));
    return {
      source: item.name, status: 'created', entitiesCreated: result.entitiesCreated.length, entitiesMatched: result.entitiesMatched.length,
      statements: prepared.write.statements, events: prepared.write.events,
    };
  };
  try {
    const items: Item[] = [];
    for (let at = 0; at < sources.length; at++) {
      while (items.length < Math.min(sources.length, at + ahead)) items.push(await submit(sources[items.length]!));
      const item = items[at]!;
      const outcome = fold(item, await item.extracted);
      items[at] = { name: item.name, stamp: 0 }; // let the bytes go
      pool?.broadcast(journal.commit());
      summary.counts[outcome.status]++;
      if (outcome.status === 'failed') summary.failed.push({ source: outcome.source, stage: outcome.stage, error: outcome.error });
      if (outcome.status === 'deferred') summary.deferred.push(outcome.source);
      options.onOutcome?.(outcome);
    }
  } finally {
    await pool?.close();
    shingles.close();
  }
  tables.finish();
  return { ...summary, nodes: tables.size.nodes, relationships: tables.size.relationships };
}
