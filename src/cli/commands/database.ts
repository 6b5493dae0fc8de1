import type { Command } from 'commander';
import { migrate } from '../../db/migrate.js';
import { seed } from '../../ingest/seed.js';
import { emitSchema } from '../../server/schema.js';
import { withMigratedGraph, withRuntime } from '../runtime.js';

export function databaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply the Cypher migrations in schema/migrations that the graph has not recorded')
    .action(async () => {
      const result = await withRuntime((executor) => migrate(executor));
      console.log(`Applied: ${result.applied.join(', ') || 'none'}; already applied: ${result.skipped.length}.`);
    });

  program
    .command('seed')
    .description('load seed/articles idempotently (a second run changes nothing)')
    .action(async () => {
      const results = await withMigratedGraph((executor) => seed(executor));
      for (const r of results) console.log(`${r.status.padEnd(9)} ${r.articleId}  entities +${r.entitiesCreated.length} new, ${r.entitiesMatched.length} matched; ${r.statements} statements, ${r.events} events`);
    });

  program
    .command('schema:emit')
    .description('write schema/schema.graphql and schema/parsed-article.schema.json from the code')
    .action(async () => {
      await emitSchema();
      console.log('Wrote schema/schema.graphql and schema/parsed-article.schema.json');
    });
}
