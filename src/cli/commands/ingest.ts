import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { glob } from 'tinyglobby';
import { loadConfig, type ArticleLimits } from '../../config/config.js';
import type { ParsedArticle } from '../../ingest/contract.js';
import { DatabaseUnavailableError } from '../../db/errors.js';
import type { Executor } from '../../db/executor.js';
import { IngestSession, analyseSource, summarise, type IngestOutcome, type IngestSource, type PlanOutcome } from '../../ingest/pipeline.js';
import { defaultWorkerCount } from '../../ingest/parallel/analysis-pool.js';
import { BulkIngest } from '../../ingest/parallel/bulk-ingest.js';
import { CurationError, restoreMerge, type MergeLine } from '../../ingest/merge/merge.js';
import { describePlan, planSummary } from '../../ingest/plan.js';
import { NothingToExplainError, describeExplanation, explainSource, type Explanation } from '../../ingest/explain.js';
import { loadGraphKnowledge } from '../../ingest/known.js';
import { withGraphIfReachable, withMigratedGraph, withRuntime } from '../runtime.js';

/** Article files a folder contributes; `*.expected.json` (expected parses) and READMEs are not articles. */
const ARTICLE_GLOB = '**/*.{txt,md,markdown,json,jsonl}';
const NOT_ARTICLES = ['**/*.expected.json', '**/README.md', '**/node_modules/**'];

/** Files, folders and globs → the article files they name, sorted, without duplicates. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) files.add(input);
    else if (info?.isDirectory()) for (const f of await glob(ARTICLE_GLOB, { cwd: input, ignore: NOT_ARTICLES, absolute: false })) files.add(`${input.replace(/\/$/, '')}/${f}`);
    else {
      const matched = await glob(input, { ignore: NOT_ARTICLES });
      if (matched.length === 0) throw new InputError(`${input}: no such file, folder or matching glob`);
      matched.forEach((f) => files.add(f));
    }
  }
  return [...files].sort();
}

/** A reader's summary of a ParsedArticle: what `parse` prints without --json. */
export function describeParsed(parsed: ParsedArticle): string {
  const a = parsed.article;
  const name = new Map(parsed.entities.map((e) => [e.id, e.name]));
  const lines = [
    `${a.title}`,
    `${a.publishedAt}${a.authors.length ? ` · ${a.authors.join(', ')}` : ''}${a.tags.length ? ` · tags: ${a.tags.join(', ')}` : ''}`,
    '',
    `Entities (${parsed.entities.length}):`,
    ...parsed.entities.map((e) => `  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}${e.roles.length ? ` — ${e.roles.join('; ')}` : ''}`),
    '',
    `Statements (${parsed.statements.length}):`,
    ...parsed.statements.map((s) => `  ${(s.speaker ? name.get(s.speaker) ?? s.speaker : s.anonymousSource ?? 'unattributed')} ${s.verb} [${s.kind}]: ${s.text.length > 100 ? `${s.text.slice(0, 99)}…` : s.text}`),
    '',
    `Events (${parsed.events.length}):`,
    ...parsed.events.map((e) => `  ${e.date ?? 'undated'}${e.endDate ? ` → ${e.endDate}` : ''} ${e.name} [${e.kind}, ${e.status}]`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

export class InputError extends Error {
  override name = 'InputError';
}

/**
 * How long a run waits for Neo4j to come back after it stopped answering, before giving up: 25 s
 * from the failed attempt's start, so the command has ended within 30 s of the outage, closing
 * included (measured 30.4 s from the cut with a 30 s budget: test/reliability/outage.rel.test.ts).
 */
export const OUTAGE_BUDGET_MS = 25_000;

function isOutage(outcome: IngestOutcome): boolean {
  return outcome.status === 'failed' && outcome.stage === 'write' && outcome.cause instanceof DatabaseUnavailableError;
}

/**
 * Ingests one source; if Neo4j stopped answering, waits for it (at most `budgetMs` from the
 * attempt's start, retries included) and tries the same source once more. Writing an article twice
 * changes nothing, so the retry is safe whether or not the first attempt committed.
 */
async function ingestThroughOutage(session: IngestSession, executor: Executor, source: IngestSource, budgetMs: number): Promise<IngestOutcome> {
  const started = Date.now();
  const outcome = await session.ingest(source);
  if (!isOutage(outcome)) return outcome;
  const back = await executor.waitUntilAvailable(started + budgetMs - Date.now());
  return back ? session.ingest(source) : outcome;
}

/**
 * Ingests the files in order, one transaction each. When Neo4j stops answering and does not come
 * back within the outage budget, stops and returns the files it did not attempt (a re-run finishes them).
 */
export async function ingestFiles(
  executor: Executor,
  files: string[],
  options: { onOutcome?: (outcome: IngestOutcome) => void; outageBudgetMs?: number; limits?: ArticleLimits; workers?: number; batchSize?: number } = {},
): Promise<{ outcomes: IngestOutcome[]; notAttempted: string[] }> {
  // An export (JSON Lines, with merges to restore after its articles) is read one article per transaction.
  const exported = files.some((f) => /\.jsonl$/i.test(f));
  if (!exported && ((options.workers ?? 0) > 0 || (options.batchSize ?? 1) > 1)) return ingestInBulk(executor, files, options);
  const session = await IngestSession.open(executor, undefined, `cli:${userInfo().username}`, options.limits);
  const outcomes: IngestOutcome[] = [];
  const merges: MergeLine[] = [];
  for (const [index, file] of files.entries()) {
    const content = await readFile(file).catch((e: Error) => e);
    if (content instanceof Error) {
      const outcome = { source: file, status: 'failed', stage: 'input', error: `cannot read the file (${content.message})`, cause: content } as const;
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
      continue;
    }
    for (const item of exportLines({ name: file, content })) {
      if ('merge' in item) {
        merges.push(item);
        continue;
      }
      const outcome = await ingestThroughOutage(session, executor, item, options.outageBudgetMs ?? OUTAGE_BUDGET_MS);
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
      if (isOutage(outcome)) return { outcomes, notAttempted: files.slice(index + 1) };
    }
  }
  // Merges from an export, once the articles that hold both ends are in.
  for (const merge of merges) {
    const failed = await restoreMerge(executor, merge).then(() => null, (error: Error) => error);
    if (!failed) continue;
    const outcome = { source: `merge of ${merge.merge.drop}`, status: 'failed', stage: failed instanceof CurationError ? 'input' : 'write', error: failed.message, cause: failed } as const;
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return { outcomes, notAttempted: [] };
}

/**
 * The same on every core: worker threads analyse, the main thread resolves and writes `batchSize`
 * articles per transaction (src/ingest/parallel/bulk-ingest.ts). After an outage a batch is tried
 * again once Neo4j is back; if it is not back within the budget, the batch fails and the rest is
 * not attempted.
 */
async function ingestInBulk(
  executor: Executor,
  files: string[],
  options: { onOutcome?: (outcome: IngestOutcome) => void; outageBudgetMs?: number; limits?: ArticleLimits; workers?: number; batchSize?: number },
): Promise<{ outcomes: IngestOutcome[]; notAttempted: string[] }> {
  const budget = options.outageBudgetMs ?? OUTAGE_BUDGET_MS;
  const bulk = await BulkIngest.open(executor, {
    ingestedBy: `cli:${userInfo().username}`,
    limits: options.limits,
    workers: options.workers ?? 0,
    batchSize: options.batchSize ?? 1,
    onOutcome: options.onOutcome,
    onUnavailable: (startedAt) => executor.waitUntilAvailable(startedAt + budget - Date.now()),
  });
  try {
    return await bulk.run(files.map((file) => ({ name: file, read: () => readFile(file) })));
  } finally {
    await bulk.close();
  }
}

/** A whole number at least `min`, from a command-line option. */
function count(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InputError(`--${name} must be a whole number of at least ${min}, got "${value}"`);
    return n;
  };
}

/**
 * A file as the sources it holds: itself, or for JSON Lines (`newsgraph export`) one source per
 * line (named `file:line`) and the merge lines.
 */
function* exportLines(file: IngestSource): Generator<IngestSource | MergeLine> {
  if (!/\.jsonl$/i.test(file.name)) {
    yield file;
    return;
  }
  const lines = file.content.toString().split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const merge = asMergeLine(line);
    // The operator restoring an export vouches for it: who first ingested each article is kept.
    yield merge ?? { name: `${file.name}:${i + 1}`, content: line, restore: true };
  }
}

function asMergeLine(line: string): MergeLine | undefined {
  if (!line.startsWith('{"merge"')) return undefined;
  try {
    return JSON.parse(line) as MergeLine;
  } catch {
    return undefined; // the parse stage names the problem
  }
}

/** Plans each file against the graph as it is (nothing written, so entities one file would create are new in the next one's plan too). */
export async function planFiles(executor: Executor, files: string[]): Promise<PlanOutcome[]> {
  const session = await IngestSession.open(executor, undefined, `cli:${userInfo().username}`, loadConfig().articleLimits);
  const plans: PlanOutcome[] = [];
  for (const file of files) {
    const content = await readFile(file).catch((e: Error) => e);
    plans.push(content instanceof Error
      ? { source: file, status: 'failed', stage: 'input', error: `cannot read the file (${content.message})`, cause: content }
      : await session.plan({ name: file, content }));
  }
  return plans;
}

function printPlans(plans: PlanOutcome[], json: boolean): void {
  if (json) {
    console.log(JSON.stringify(plans.map((p) => (p.status === 'planned' ? { status: p.status, ...planSummary(p.plan) } : { source: p.source, status: p.status, stage: p.stage, error: p.error })), null, 2));
    return;
  }
  for (const p of plans) process.stdout.write(p.status === 'planned' ? `${describePlan(p.plan)}\n` : `${p.source}: failed (${p.stage}): ${p.error}\n\n`);
}

export function ingestCommands(program: Command): void {
  program
    .command('parse')
    .argument('<file>', 'an article: plain text, Markdown with YAML front matter, or JSON')
    .option('--json', 'print the whole ParsedArticle as JSON (schema/parsed-article.schema.json)')
    .option('--explain', 'show the ids of the extraction rules that made each mention, statement and event, and what each rule does (with --json: the explanation as JSON)')
    .description('parse, extract and resolve one article against the graph (when one is reachable) and show the result and its plan; writes nothing')
    .action(async (file: string, options: { json?: boolean; explain?: boolean }) => {
      const content = await readFile(file).catch(() => {
        throw new InputError(`${file}: cannot read the file`);
      });
      await withGraphIfReachable(async (executor) => {
        if (options.explain) {
          const knowledge = executor ? await loadGraphKnowledge(executor) : undefined;
          let explained: Explanation;
          try {
            explained = explainSource({ name: file, content }, knowledge);
          } catch (error) {
            if (error instanceof NothingToExplainError) throw new InputError(error.message);
            throw error;
          }
          const { parsed, ...rest } = explained;
          process.stdout.write(options.json ? `${JSON.stringify(rest, null, 2)}\n` : `${describeParsed(parsed)}${describeExplanation(explained)}`);
          return;
        }
        if (!executor) {
          const { parsed } = analyseSource({ name: file, content });
          process.stdout.write(options.json ? `${JSON.stringify(parsed, null, 2)}\n` : describeParsed(parsed));
          return;
        }
        const session = await IngestSession.open(executor, undefined, `cli:${userInfo().username}`, loadConfig().articleLimits);
        const planned = await session.plan({ name: file, content });
        if (planned.status === 'failed') throw planned.stage === 'write' ? planned.cause : new InputError(planned.error);
        process.stdout.write(options.json ? `${JSON.stringify(planned.plan.parsed, null, 2)}\n` : `${describeParsed(planned.plan.parsed)}Plan:\n${describePlan(planned.plan)}`);
      });
    });

  program
    .command('ingest')
    .argument('<inputs...>', 'files, folders or globs of articles; a .jsonl file is an export to restore (see `export`)')
    .option('--json', 'print the summary (with --dry-run: the plans) as JSON')
    .option('--dry-run', 'print what each article would do (entities matched or created and how, statements new or corroborating, events) and write nothing')
    .option('--workers <n>', `analysis worker threads (0: analyse on the main thread; default ${defaultWorkerCount()}, one per core but one)`, count('workers', 0), defaultWorkerCount())
    .option('--batch <n>', 'articles per write transaction (a failing article still writes nothing: its batch is retried one by one)', count('batch', 1), 25)
    .description('parse and write articles into the graph, many per transaction, analysed on every core; failures are listed and the rest still land. Restoring an export (.jsonl) keeps who first ingested each article and when (its "provenance") and records you as restoredBy: only this command trusts a file\'s provenance, since only an operator with the database\'s credentials runs it; the API and any other file refuse an article that carries one')
    .action(async (inputs: string[], options: { json?: boolean; dryRun?: boolean; workers: number; batch: number }) => {
      const files = await expandInputs(inputs);
      if (files.length === 0) throw new InputError(`no article files in ${inputs.join(', ')}`);
      if (options.dryRun) {
        const plans = await withRuntime((executor) => planFiles(executor, files));
        printPlans(plans, options.json ?? false);
        if (plans.some((p) => p.status === 'failed')) process.exitCode = 1;
        return;
      }
      let outcomes: IngestOutcome[] = [];
      let notAttempted: string[] = [];
      await withMigratedGraph(async (executor) => {
        const bar = process.stderr.isTTY && !options.json
          ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
        bar?.start(files.length, 0, { file: '' });
        ({ outcomes, notAttempted } = await ingestFiles(executor, files, {
          limits: loadConfig().articleLimits,
          workers: options.workers,
          batchSize: options.batch,
          onOutcome: (outcome) => {
            if (bar) bar.increment(1, { file: outcome.source });
            else if (!options.json) console.error(`${outcome.status.padEnd(9)} ${outcome.source}`);
          },
        }));
        bar?.stop();
      });
      const summary = { ...summarise(outcomes), notAttempted };
      if (options.json) console.log(JSON.stringify(summary, null, 2));
      else {
        console.log(`Articles: ${summary.created} new, ${summary.unchanged} unchanged, ${summary.failed} failed${summary.updated ? `, ${summary.updated} new versions` : ''}${summary.republished ? `, ${summary.republished} copies of stories already in the graph` : ''}`);
        console.log(`Entities: ${summary.entitiesCreated} created, ${summary.entitiesMatched} matched; ${summary.statements} statements, ${summary.events} events`);
        // Parse errors already start with the file name.
        for (const f of summary.failures) console.log(`  failed ${f.error.startsWith(`${f.source}:`) ? f.error : `${f.source}: ${f.error}`}`);
        for (const c of summary.aliasesRefused) console.log(`  alias "${c.alias}" not given to ${c.entity}: it names ${c.heldBy} (${c.source})`);
        for (const c of summary.aliasesWithdrawn) console.log(`  alias "${c.alias}" taken from ${c.entity}: ${c.heldBy} is named so (${c.source})`);
        if (notAttempted.length > 0 || outcomes.some(isOutage)) {
          console.log(`Stopped: Neo4j did not answer for ${OUTAGE_BUDGET_MS / 1000} s. Not attempted (${notAttempted.length}): ${notAttempted.join(', ') || 'none'}.`);
          console.log('Run the same command again when Neo4j is back: articles already written are recognised and skipped.');
        }
      }
      if (notAttempted.length > 0) process.exitCode = 1;
      if (summary.failed > 0) process.exitCode = 1;
    });
}
