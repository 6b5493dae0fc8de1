import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { RetractInputError, retractArticle, type RetractResult } from '../../ingest/write/retract.js';
import { withMigratedGraph } from '../runtime.js';
import { InputError } from './ingest.js';

function describeRetraction(r: RetractResult): string {
  const list = (ids: string[]) => (ids.length ? `: ${ids.join(', ')}` : '');
  return [
    `Retracted ${r.articleId}${r.url ? ` (${r.url})` : ''}: ${r.title}`,
    `Removed: ${r.removed.statements} statements, ${r.removed.entities.length} entities${list(r.removed.entities)}, ${r.removed.events.length} events, ${r.removed.topics.length} topics, ${r.publications.length} copies by other outlets`,
    '',
  ].join('\n');
}

export function retractCommands(program: Command): void {
  program
    .command('retract')
    .argument('<article>', 'the article\'s id (article:…) or its URL')
    .option('--json', 'print the result as JSON')
    .description('remove exactly what one article contributed to the graph, in one transaction (recorded as a Retraction)')
    .action(async (ref: string, options: { json?: boolean }) => {
      const result = await withMigratedGraph((executor) => retractArticle(executor, ref, `cli:${userInfo().username}`)).catch((error: unknown) => {
        throw error instanceof RetractInputError ? new InputError(error.message) : error;
      });
      if (!result) throw new InputError(`no article has the id or URL "${ref}"`);
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : describeRetraction(result));
    });
}
