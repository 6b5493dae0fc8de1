import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { glob } from 'tinyglobby';
import type { ParsedArticle } from '../../ingest/contract.js';
import { IngestSession, analyseSource, summarise, type IngestOutcome } from '../../ingest/pipeline.js';
import { withMigratedGraph } from '../runtime.js';

/** Article files a folder contributes; `*.expected.json` (expected parses) and READMEs are not articles. */
const ARTICLE_GLOB = '**/*.{txt,md,markdown,json}';
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

export function ingestCommands(program: Command): void {
  program
    .command('parse')
    .argument('<file>', 'an article: plain text, Markdown with YAML front matter, or JSON')
    .option('--json', 'print the whole ParsedArticle as JSON (schema/parsed-article.schema.json)')
    .description('parse, extract and resolve one article and show the result; touches no database')
    .action(async (file: string, options: { json?: boolean }) => {
      const content = await readFile(file).catch(() => {
        throw new InputError(`${file}: cannot read the file`);
      });
      const { parsed } = analyseSource({ name: file, content });
      process.stdout.write(options.json ? `${JSON.stringify(parsed, null, 2)}\n` : describeParsed(parsed));
    });

  program
    .command('ingest')
    .argument('<inputs...>', 'files, folders or globs of articles')
    .option('--json', 'print the summary as JSON')
    .description('parse and write articles into the graph, one transaction each; failures are listed and the rest still land')
    .action(async (inputs: string[], options: { json?: boolean }) => {
      const files = await expandInputs(inputs);
      if (files.length === 0) throw new InputError(`no article files in ${inputs.join(', ')}`);
      const outcomes: IngestOutcome[] = [];
      await withMigratedGraph(async (executor) => {
        const session = await IngestSession.open(executor);
        const bar = process.stderr.isTTY && !options.json
          ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
        bar?.start(files.length, 0, { file: '' });
        for (const file of files) {
          const content = await readFile(file).catch((e: Error) => e);
          const outcome = content instanceof Error
            ? ({ source: file, status: 'failed', stage: 'input', error: `cannot read the file (${content.message})`, cause: content } as const)
            : await session.ingest({ name: file, content });
          outcomes.push(outcome);
          if (bar) bar.increment(1, { file });
          else if (!options.json) console.error(`${outcome.status.padEnd(9)} ${file}`);
        }
        bar?.stop();
      });
      const summary = summarise(outcomes);
      if (options.json) console.log(JSON.stringify(summary, null, 2));
      else {
        console.log(`Articles: ${summary.created} new, ${summary.unchanged} unchanged, ${summary.failed} failed`);
        console.log(`Entities: ${summary.entitiesCreated} created, ${summary.entitiesMatched} matched; ${summary.statements} statements, ${summary.events} events`);
        // Parse errors already start with the file name.
        for (const f of summary.failures) console.log(`  failed ${f.error.startsWith(`${f.source}:`) ? f.error : `${f.source}: ${f.error}`}`);
      }
      if (summary.failed > 0) process.exitCode = 1;
    });
}
