#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError } from '../config/config.js';
import { DatabaseAuthError, DatabaseUnavailableError } from '../db/errors.js';
import { LocalNeo4jError } from '../db/local/index.js';
import { ParsedArticleValidationError } from '../ingest/contract.schema.js';
import { ParseError } from '../ingest/parse/index.js';
import { CurationError } from '../ingest/merge/merge.js';
import { curateCommands } from './commands/curate.js';
import { databaseCommands } from './commands/database.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { InputError, ingestCommands } from './commands/ingest.js';
import { neo4jCommand } from './commands/neo4j.js';
import { retractCommands } from './commands/retract.js';
import { serveCommands } from './commands/serve.js';

const program = new Command('newsgraph').description('newsgraph: a GraphQL knowledge graph of news reports over Neo4j');
serveCommands(program);
databaseCommands(program);
ingestCommands(program);
importCommand(program);
retractCommands(program);
curateCommands(program);
exportCommand(program);
neo4jCommand(program);

/** Errors a user can act on print one line; anything else is a bug and keeps its stack. */
function isExpected(error: unknown): boolean {
  return [ConfigError, DatabaseUnavailableError, DatabaseAuthError, LocalNeo4jError, InputError, ParseError, ParsedArticleValidationError, CurationError].some((type) => error instanceof type);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isExpected(error)) console.error(`newsgraph: ${(error as Error).message}`);
  else console.error(error);
  process.exit(1);
});
