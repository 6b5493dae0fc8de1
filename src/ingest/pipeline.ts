import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import type { ParsedArticle } from './contract.js';
import { validateParsedArticle } from './contract.schema.js';
import { emptyKnowledge, forgetKnowledge, learnArticle, loadGraphKnowledge, type GraphKnowledge } from './known.js';
import { parseArticle } from './parse/index.js';
import { loadMergeMap } from './merge/merge.js';
import { planArticle, type ArticlePlan } from './plan.js';
import { prepareArticle, type ArticleInput } from './prepare.js';
import { analyse, type EntityPlan } from './resolve/index.js';
import { followMerges, type MergeMap } from './resolve/merges.js';
import type { AliasConflict } from './write/naming.js';
import { asParsedArticleJson } from './parallel/analysis-steps.js';
import { ArticleRefusedError } from './write/refused.js';
import { writePlannedArticle, type WriteResult } from './write/write-article.js';

/** One input: a file's name (for messages and format detection) and its bytes. */
export interface IngestSource {
  name: string;
  content: string | Buffer;
  /**
   * A line of an export an operator restores (`newsgraph ingest <file>.jsonl`): the provenance it
   * carries is recorded (prepare.ts). Never set for what arrives through the API.
   */
  restore?: boolean;
}

export type IngestOutcome =
  | { source: string; status: 'created' | 'updated' | 'unchanged' | 'republished'; result: WriteResult; parsed: ParsedArticle }
  /**
   * stage `input`: the input is at fault and the message says how (a cap or the naming rule
   * included); `analyse`: extraction made an invalid ParsedArticle of it (our bug); `write`: the
   * database failed.
   */
  | { source: string; status: 'failed'; stage: FailureStage; error: string; cause: unknown };

export type FailureStage = 'input' | 'analyse' | 'write';

/** The plan of one source, or why there is none (stages as in IngestOutcome; `write`: the graph could not be read). */
export type PlanOutcome = { source: string; status: 'planned'; plan: ArticlePlan } | Extract<IngestOutcome, { status: 'failed' }>;

const EMPTY_KNOWLEDGE: GraphKnowledge = emptyKnowledge();

/** The source as prepareArticle's input: a ParsedArticle document, or raw text to parse, extract and resolve against `knowledge`. */
function articleInput(source: IngestSource, knowledge: GraphKnowledge): ArticleInput {
  const preParsed = asParsedArticleJson(source.name, source.content);
  if (preParsed !== undefined) return { preParsed };
  return {
    resolve: () => {
      const { parsed, plan } = analyse(parseArticle({ text: source.content, filename: source.name, knownTags: knowledge.tags }), knowledge.entities);
      return { parsed, entities: plan };
    },
  };
}

/**
 * parse → extract → resolve, pure: raw text to the ParsedArticle the graph will hold. JSON that is
 * a ParsedArticle already (`parse --json` output, the seed's annotated files) is validated and
 * taken as it is, so hand-corrected parses can be loaded.
 */
export function analyseSource(
  source: IngestSource,
  knowledge: GraphKnowledge = EMPTY_KNOWLEDGE,
  merges: MergeMap = new Map(),
): { parsed: ParsedArticle; entities: EntityPlan[] | null; followed: Map<string, string> } {
  const input = articleInput(source, knowledge);
  const resolved = 'preParsed' in input ? { parsed: validateParsedArticle(input.preParsed, source.name), entities: null } : input.resolve();
  // Merges an editor made are followed after resolution, whichever way the ids were found.
  const { parsed, followed } = followMerges(resolved.parsed, merges);
  return { parsed, entities: resolved.entities, followed };
}

/**
 * Ingests articles one at a time, each in its own write transaction: a failure at any stage is
 * reported for that source and writes nothing of it, and the others proceed. Entities created by
 * one article are known to the next, so a batch resolves against itself as well as the graph.
 */
export class IngestSession {
  private constructor(
    private readonly executor: Executor,
    private readonly knowledge: GraphKnowledge,
    /** Recorded on every article this session writes (`ingestedBy`). */
    private readonly ingestedBy: string,
    private readonly limits: ArticleLimits,
    /** Entities editors merged away, read once per session (a merge during a long run applies to the next one). */
    private readonly merges: MergeMap,
  ) {}

  /** A session resolving against `knowledge` (shared and kept up to date), or a fresh read of the graph. */
  static async open(executor: Executor, knowledge?: GraphKnowledge, ingestedBy = 'unknown', limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS): Promise<IngestSession> {
    return new IngestSession(executor, knowledge ?? (await loadGraphKnowledge(executor)), ingestedBy, limits, await loadMergeMap(executor));
  }

  /** parse → extract → resolve → follow merges → the write's rows, and what each will do to the graph. Writes nothing. */
  async plan(source: IngestSource): Promise<PlanOutcome> {
    const prepared = prepareArticle(source.name, articleInput(source, this.knowledge), {
      merges: this.merges, ingestedBy: this.ingestedBy, limits: this.limits, trustProvenance: source.restore === true,
    });
    if (!prepared.ok) return { source: source.name, status: 'failed', stage: prepared.stage, error: describe(prepared.error), cause: prepared.error };
    try {
      const plan = await planArticle(this.executor, source.name, prepared.parsed, prepared.write, { entities: prepared.entities, followed: prepared.followed });
      return { source: source.name, status: 'planned', plan };
    } catch (error) {
      return { source: source.name, status: 'failed', stage: 'write', error: describe(error), cause: error };
    }
  }

  async ingest(source: IngestSource): Promise<IngestOutcome> {
    const planned = await this.plan(source);
    return planned.status === 'planned' ? this.apply(planned.plan) : planned;
  }

  /** Writes what the plan says, in one transaction (writePlannedArticle). */
  async apply(plan: ArticlePlan): Promise<IngestOutcome> {
    const parsed = plan.parsed;
    try {
      const result = await writePlannedArticle(this.executor, plan.write);
      if (result.status === 'created' || result.status === 'updated') this.learn(parsed, result);
      return { source: plan.source, status: result.status, result, parsed };
    } catch (error) {
      const stage = error instanceof ArticleRefusedError ? 'input' : 'write';
      return { source: plan.source, status: 'failed', stage, error: describe(error), cause: error };
    }
  }

  /** What the article added, as the graph now holds it: without the aliases the naming rule refused or withdrew. */
  private learn(parsed: ParsedArticle, result: WriteResult): void {
    learnArticle(this.knowledge, parsed, result);
    forgetKnowledge(this.knowledge, result.removed);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface IngestSummary {
  created: number;
  /** New versions of articles already in the graph (same canonical URL, other text). */
  updated: number;
  /** Copies of a story already in the graph, by another outlet (Publications). */
  republished: number;
  unchanged: number;
  failed: number;
  entitiesCreated: number;
  entitiesMatched: number;
  statements: number;
  events: number;
  failures: { source: string; error: string }[];
  /** Aliases not given (each names another entity) or taken back (a new entity has that name), per source. */
  aliasesRefused: (AliasConflict & { source: string })[];
  aliasesWithdrawn: (AliasConflict & { source: string })[];
}

export function summarise(outcomes: IngestOutcome[]): IngestSummary {
  const summary: IngestSummary = { created: 0, updated: 0, republished: 0, unchanged: 0, failed: 0, entitiesCreated: 0, entitiesMatched: 0, statements: 0, events: 0, failures: [], aliasesRefused: [], aliasesWithdrawn: [] };
  for (const o of outcomes) {
    summary[o.status] += 1;
    if (o.status === 'failed') {
      summary.failures.push({ source: o.source, error: o.error });
      continue;
    }
    summary.entitiesCreated += o.result.entitiesCreated.length;
    summary.entitiesMatched += o.result.entitiesMatched.length;
    summary.statements += o.result.statements;
    summary.events += o.result.events;
    summary.aliasesRefused.push(...o.result.aliasesRefused.map((c) => ({ source: o.source, ...c })));
    summary.aliasesWithdrawn.push(...o.result.aliasesWithdrawn.map((c) => ({ source: o.source, ...c })));
  }
  return summary;
}
