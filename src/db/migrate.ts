import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Executor } from './executor.js';
import { projectPath } from '../project-path.js';

export interface Migration {
  id: string;
  checksum: string;
  /**
   * Earlier checksums of this file that a graph may have recorded, declared in the file as
   * `// valid-checksum: <sha256>` (Liquibase's validCheckSum): for a rewrite that makes the same
   * changes another way, e.g. a backfill split into batches. Such a graph is not migrated again.
   */
  validChecksums: string[];
  statements: string[];
}

/** The `// valid-checksum: <sha256>` declarations of a migration file. */
export function declaredChecksums(source: string): string[] {
  return [...source.matchAll(/^\s*\/\/\s*valid-checksum:\s*([0-9a-f]{64})\b/gm)].map((m) => m[1]!);
}

export const MIGRATIONS_DIR = projectPath('schema', 'migrations');

/** Splits a migration file into statements: `;` at the end of a line ends one, `//` lines are comments. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}_.+\.cypher$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(source).digest('hex'),
        validChecksums: declaredChecksums(source),
        statements: splitStatements(source),
      };
    }),
  );
}

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/**
 * Applies the ordered files in schema/migrations that the graph has not recorded yet and records
 * each as (:Migration {id, checksum, appliedAt}). Statements use IF NOT EXISTS, so a migration
 * interrupted half way is simply run again. A recorded migration whose file changed is an error:
 * edit schema by adding a file, never by rewriting history (unless the file declares the old
 * checksum valid: the same changes made another way).
 */
export async function migrate(executor: Executor, migrations?: Migration[]): Promise<MigrationResult> {
  const all = migrations ?? (await loadMigrations());
  await executor.schema('CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE');
  const recorded = await executor.read<{ id: string; checksum: string }>(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
  );
  const known = new Map(recorded.map((r) => [r.id, r.checksum]));
  const result: MigrationResult = { applied: [], skipped: [] };
  for (const migration of all) {
    const checksum = known.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum && !migration.validChecksums.includes(checksum)) {
        throw new Error(
          `Migration ${migration.id} was applied with different content: add a new file in schema/migrations instead of editing an applied one.`,
        );
      }
      result.skipped.push(migration.id);
      continue;
    }
    for (const statement of migration.statements) await executor.schema(statement);
    await executor.write(
      'MERGE (m:Migration {id: $id}) ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()',
      { id: migration.id, checksum: migration.checksum },
    );
    result.applied.push(migration.id);
  }
  await executor.schema('CALL db.awaitIndexes(300)');
  return result;
}
