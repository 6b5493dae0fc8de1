import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Executor } from '../db/executor.js';
import { projectPath } from '../project-path.js';
import type { ParsedArticle } from './contract.js';
import { validateParsedArticle } from './contract.schema.js';
import { writeArticle, type WriteResult } from './write/write-article.js';

export const SEED_DIR = projectPath('seed', 'articles');

/** The parsed seed articles (seed/articles/*.json), in file-name order. */
export async function loadSeed(dir = SEED_DIR): Promise<{ file: string; parsed: ParsedArticle }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => ({ file, parsed: validateParsedArticle(JSON.parse(await readFile(join(dir, file), 'utf8')), file) })));
}

/** Loads the seed idempotently: a second run reports every article "unchanged" and writes nothing. */
export async function seed(executor: Executor, dir = SEED_DIR): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  for (const { parsed } of await loadSeed(dir)) results.push(await writeArticle(executor, parsed, 'seed'));
  return results;
}
