import type { ArticleLimits } from '../../config/config.js';
import { DatabaseUnavailableError } from '../../db/errors.js';
import type { Executor, Tx } from '../../db/executor.js';
import type { ParsedArticle } from '../contract.js';
import { loadMergeMap } from '../merge/merge.js';
import type { MergeMap } from '../resolve/merges.js';
import { prepareArticle, type ArticleInput } from '../prepare.js';
import { forgetKnowledge, learningOps, loadGraphKnowledge, type GraphKnowledge } from '../known.js';
import type { IngestOutcome } from '../pipeline.js';
import { defaultAliasFile } from '../resolve/aliases.js';
import { resolve } from '../resolve/resolve.js';
import { RelatedUpkeep } from '../write/related.js';
import { ArticleRefusedError } from '../write/refused.js';
import { applyPlan, findExisting, isConstraintViolation, type ArticleWritePlan, type WriteResult } from '../write/write-article.js';
import { AnalysisPool, defaultWorkerCount } from './analysis-pool.js';
import { parseAndExtract, type ExtractedSource } from './analysis-steps.js';
import { KnowledgeJournal } from './journal.js';
import { submitSource, type Source, type SubmittedSource } from './submit-source.js';

/** One article to ingest: its name, and its bytes (or why they could not be read). */
export type BulkSource = Source;

export interface BulkIngestOptions {
  ingestedBy?: string;
  limits?: ArticleLimits;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Analysis worker threads; 0 analyses on the main thread. */
  workers?: number;
  onOutcome?: (outcome: IngestOutcome) => void;
  /**
   * Neo4j stopped answering during a batch that started at `startedAt`: resolve true once it is
   * back (the batch is tried again), false to give up (the batch fails, the rest is not attempted).
   */
  onUnavailable?: (startedAt: number) => Promise<boolean>;
}

type Item = SubmittedSource;

type Prepared = { outcome: IngestOutcome } | { parsed: ParsedArticle; plan: ArticleWritePlan };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Ingest of many articles on every core. Worker threads parse and extract (AnalysisPool); the main
 * thread resolves each article, in order, against the shared knowledge and writes `batchSize`
 * articles per transaction, resolving each just before writing it so it knows every entity the
 * articles before it created — the result is the same as ingesting them one at a time. If a
 * batch's transaction fails, it is rolled back (the knowledge too) and its articles are written
 * one per transaction: a failing article writes nothing and the others proceed.
 */
export class BulkIngest {
  private readonly journal: KnowledgeJournal;
  private readonly pool: AnalysisPool | null;
  private readonly batchSize: number;
  private readonly aliases = defaultAliasFile();

  private constructor(
    private readonly executor: Executor,
    knowledge: GraphKnowledge,
    private readonly options: BulkIngestOptions,
    /** Entities editors merged away, read once per run, followed after resolution as IngestSession does. */
    private readonly merges: MergeMap,
  ) {
    this.journal = new KnowledgeJournal(knowledge);
    const workers = options.workers ?? defaultWorkerCount();
    this.pool = workers > 0 ? new AnalysisPool(knowledge, workers) : null;
    this.batchSize = Math.max(1, options.batchSize ?? 25);
  }

  static async open(executor: Executor, options: BulkIngestOptions = {}, knowledge?: GraphKnowledge): Promise<BulkIngest> {
    return new BulkIngest(executor, knowledge ?? (await loadGraphKnowledge(executor)), options, await loadMergeMap(executor));
  }

  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }

  /** Ingests the sources in order; stops early only when Neo4j is gone for good (onUnavailable said so). */
  async run(sources: readonly BulkSource[]): Promise<{ outcomes: IngestOutcome[]; notAttempted: string[] }> {
    const items: Item[] = [];
    // Enough submitted ahead that the workers never wait for the writer.
    const ahead = this.batchSize * 2 + (this.pool?.size ?? 0) * 4;
    const outcomes: IngestOutcome[] = [];
    for (let at = 0; at < sources.length; ) {
      while (items.length < Math.min(sources.length, at + ahead)) items.push(await this.submit(sources[items.length]!));
      const batch = items.slice(at, at + this.batchSize);
      const { done, stop } = await this.writeBatch(batch);
      for (const o of done) {
        outcomes.push(o);
        this.options.onOutcome?.(o);
      }
      at += batch.length;
      for (let k = at - batch.length; k < at; k++) items[k] = { name: items[k]!.name, stamp: 0 }; // let the bytes go
      if (stop) return { outcomes, notAttempted: sources.slice(at).map((s) => s.name) };
    }
    return { outcomes, notAttempted: [] };
  }

  private submit(source: BulkSource): Promise<Item> {
    return submitSource(source, this.journal.committedSeq, this.pool ? (name, content) => this.pool!.analyse(name, content) : null);
  }

  /** Writes a batch in one transaction; on failure, each article in its own. */
  private async writeBatch(batch: Item[]): Promise<{ done: IngestOutcome[]; stop: boolean }> {
    const extracted = await Promise.all(batch.map((i) => i.extracted));
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await this.executor.writeTx(async (tx) => {
          this.journal.rollback(); // a retried transaction starts from the committed knowledge
          const out: IngestOutcome[] = [];
          // The batch's new articles change RELATED_TO once, after the last of them (related.ts).
          const upkeep = new RelatedUpkeep(tx);
          for (const [k, item] of batch.entries()) out.push(await this.writeOne(tx, item, extracted[k], upkeep));
          await upkeep.apply();
          return out;
        });
        this.pool?.broadcast(this.journal.commit());
        return { done, stop: false };
      } catch (error) {
        this.journal.rollback();
        if (error instanceof DatabaseUnavailableError) {
          if (attempt === 1 && (await this.options.onUnavailable?.(startedAt))) continue;
          return { done: batch.map((item) => ({ source: item.name, status: 'failed', stage: 'write', error: describe(error), cause: error })), stop: true };
        }
        if (batch.length > 1) return this.oneByOne(batch);
        return { done: [await this.afterFailure(batch[0]!, error)], stop: false };
      }
    }
  }

  private async oneByOne(batch: Item[]): Promise<{ done: IngestOutcome[]; stop: boolean }> {
    const done: IngestOutcome[] = [];
    for (const [k, item] of batch.entries()) {
      const one = await this.writeBatch([item]);
      done.push(...one.done);
      if (one.stop) {
        done.push(...batch.slice(k + 1).map((i): IngestOutcome => ({ source: i.name, status: 'failed', stage: 'write', error: 'not written: Neo4j became unavailable', cause: null })));
        return { done, stop: true };
      }
    }
    return { done, stop: false };
  }

  /** One article whose own transaction failed: a concurrent writer's copy counts as "unchanged". */
  private async afterFailure(item: Item, error: unknown): Promise<IngestOutcome> {
    if (isConstraintViolation(error)) {
      const prepared = this.prepare(item, await item.extracted);
      if ('plan' in prepared) {
        const existing = await this.executor.writeTx((tx) => findExisting(tx, prepared.plan)).catch(() => null);
        if (existing) return { source: item.name, status: 'unchanged', result: existing, parsed: prepared.parsed };
      }
    }
    return { source: item.name, status: 'failed', stage: error instanceof ArticleRefusedError ? 'input' : 'write', error: describe(error), cause: error };
  }

  private async writeOne(tx: Tx, item: Item, extracted: ExtractedSource | undefined, upkeep: RelatedUpkeep): Promise<IngestOutcome> {
    const prepared = this.prepare(item, extracted);
    if ('outcome' in prepared) return prepared.outcome;
    let result: WriteResult;
    try {
      result = await applyPlan(tx, prepared.plan, upkeep);
    } catch (error) {
      // The naming rule refuses before anything of the article is written: the batch goes on.
      if (error instanceof ArticleRefusedError) return { source: item.name, status: 'failed', stage: 'input', error: describe(error), cause: error };
      throw error;
    }
    if (result.status === 'created' || result.status === 'updated') {
      this.journal.apply(learningOps(this.journal.knowledge, prepared.parsed, result));
      // What a new version left without any report is gone from the graph: no name resolves to it.
      forgetKnowledge(this.journal.knowledge, result.removed);
    }
    return { source: item.name, status: result.status, result, parsed: prepared.parsed };
  }

  /** Resolve, validate and plan one article against the knowledge as it stands now (prepareArticle): pure. */
  private prepare(item: Item, fromWorker: ExtractedSource | undefined): Prepared {
    const failed = (stage: 'input' | 'analyse', error: unknown): Prepared => ({ outcome: { source: item.name, status: 'failed', stage, error: describe(error), cause: error } });
    if (item.readError) return failed('input', new Error(item.readError));
    let input: ArticleInput;
    if (item.preParsed !== undefined) input = { preParsed: item.preParsed };
    else {
      // A worker's extraction stands unless a name learnt since it was submitted occurs in the article.
      const stale = !fromWorker || this.journal.affects(item.stamp, item.squashed!);
      const extracted = stale ? parseAndExtract(item.name, item.content!, this.journal.knowledge) : fromWorker;
      if (!extracted.ok) return failed(extracted.stage, new Error(extracted.error));
      input = { resolve: () => ({ parsed: resolve(extracted.extraction, this.journal.knowledge.entities, this.aliases).parsed, entities: null }) };
    }
    // Exports are restored one article per transaction (ingest.ts), never here: provenance is refused.
    const prepared = prepareArticle(item.name, input, { merges: this.merges, ingestedBy: this.options.ingestedBy, limits: this.options.limits });
    return prepared.ok ? { parsed: prepared.parsed, plan: prepared.write } : failed(prepared.stage, prepared.error);
  }
}
