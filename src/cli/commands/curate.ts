import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { listMerges, mergeEntities, splitEntity, unmergeEntities, type MergeRecord } from '../../ingest/merge/merge.js';
import { withMigratedGraph } from '../runtime.js';

const by = () => `cli:${userInfo().username}`;
const collect = (value: string, previous: string[]) => [...previous, value];
const describe = (m: MergeRecord) =>
  `${m.drop} ("${m.dropName}") → ${m.keep} ("${m.keepName}") by ${m.by} at ${m.at}: ${m.reason}${m.undoneBy ? `; undone by ${m.undoneBy} at ${m.undoneAt}` : ''}`;

/** `newsgraph merge|unmerge|merges|split`: an editor's fixes to resolution, each undoable (src/ingest/merge). */
export function curateCommands(program: Command): void {
  program
    .command('merge')
    .argument('<keep>', 'id of the entity that stays')
    .argument('<drop>', 'id of the entity merged into it')
    .requiredOption('--reason <text>', 'why the two are one (recorded)')
    .description('merge two entities of one type: queries and later ingests follow <keep>; `unmerge <drop>` undoes it exactly')
    .action(async (keep: string, drop: string, options: { reason: string }) => {
      const merge = await withMigratedGraph((executor) => mergeEntities(executor, { keep, drop, reason: options.reason, by: by() }));
      console.log(`Merged ${describe(merge)}`);
    });

  program
    .command('unmerge')
    .argument('<drop>', 'id of the entity merged away')
    .description('undo a merge: both entities as they were before it')
    .action(async (drop: string) => {
      const merge = await withMigratedGraph((executor) => unmergeEntities(executor, { drop, by: by() }));
      console.log(`Unmerged ${describe(merge)}`);
    });

  program
    .command('merges')
    .option('--json', 'print them as JSON')
    .option('--first <n>', 'at most this many', (v) => Number.parseInt(v, 10), 1000)
    .option('--undone', 'list the merges undone instead, with who undid them and when')
    .description('list the merges in force, the latest first')
    .action(async (options: { json?: boolean; first: number; undone?: boolean }) => {
      const merges = await withMigratedGraph((executor) => listMerges(executor, options.first, { undone: options.undone }));
      if (options.json) console.log(JSON.stringify(merges, null, 2));
      else if (merges.length === 0) console.log('No merges.');
      else for (const m of merges) console.log(describe(m));
    });

  program
    .command('split')
    .argument('<id>', 'id of the entity that names two things')
    .requiredOption('--name <name>', 'name of the new entity (its id follows from it)')
    .option('--article <id>', 'an article whose mention moves to the new entity (repeatable)', collect, [])
    .option('--statement <id>', 'a statement whose speaker or subject link moves to it (repeatable)', collect, [])
    .requiredOption('--reason <text>', 'why (recorded)')
    .description('split a new entity off another, moving the named mentions and statements to it')
    .action(async (id: string, options: { name: string; article: string[]; statement: string[]; reason: string }) => {
      const split = await withMigratedGraph((executor) => splitEntity(executor, { id, name: options.name, articles: options.article, statements: options.statement, reason: options.reason, by: by() }));
      console.log(`Split ${split.id} ("${split.name}") off ${split.from}: ${split.articles.length} articles, ${split.statements.length} statements moved.`);
    });
}
