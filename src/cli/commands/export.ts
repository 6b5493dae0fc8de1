import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { exportGraph } from '../../ingest/export/export.js';
import { withRuntime } from '../runtime.js';

/** `newsgraph export`: the graph as ParsedArticle JSON Lines that `newsgraph ingest` reads back. */
export function exportCommand(program: Command): void {
  program
    .command('export')
    .option('--out <file>', 'write to this file instead of standard output')
    .description('write the graph as ParsedArticle JSON Lines (one article a line, in ingest order, with who ingested it and when; then the merges); `ingest <file>.jsonl` restores it into an empty graph, keeping that provenance and recording who restored it')
    .action(async (options: { out?: string }) => {
      const stream = options.out ? createWriteStream(options.out) : process.stdout;
      const counts = await withRuntime((executor) =>
        exportGraph(executor, async (line) => {
          if (!stream.write(`${line}\n`)) await once(stream, 'drain');
        }),
      );
      if (options.out) {
        stream.end();
        await once(stream, 'finish');
      }
      console.error(`Exported ${counts.articles} articles and ${counts.merges} merges${options.out ? ` to ${options.out}` : ''}.`);
    });
}
