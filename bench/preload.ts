import { entityId, foldName } from '../src/core/ids.js';
import type { Executor } from '../src/db/executor.js';
import { orgName, personName } from './api/corpus.js';

/**
 * `count` entities as ingest would have written them: people and organizations of the corpus's
 * universe by rank (so articles meet many of them), 70% people. One UNWIND per 10,000.
 */
export async function preload(executor: Executor, count: number): Promise<void> {
  const now = new Date().toISOString();
  const people = Math.round(count * 0.7);
  const row = (id: string, name: string) => ({ id, name, foldedName: foldName(name), nameKeys: `|${foldName(name).replace(/\|/g, ' ')}|`, createdAt: now });
  const rows = [
    ...Array.from({ length: people }, (_, r) => ({ label: 'person', ...row(entityId('person', personName(r)), personName(r)) })),
    ...Array.from({ length: count - people }, (_, r) => ({ label: 'organization', ...row(entityId('organization', orgName(r).name), orgName(r).name) })),
  ];
  // Names repeat past the universe's size: keep one row per id.
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  for (let at = 0; at < unique.length; at += 10_000) {
    const chunk = unique.slice(at, at + 10_000);
    await executor.write(
      `UNWIND $rows AS row
       CALL (row) {
         WITH row WHERE row.label = 'person'
         MERGE (e:Person:Entity {id: row.id}) SET e.name = row.name, e.foldedName = row.foldedName, e.aliases = [], e.foldedAliases = [], e.roles = [], e.nameKeys = row.nameKeys, e.createdAt = row.createdAt
       }
       CALL (row) {
         WITH row WHERE row.label = 'organization'
         MERGE (e:Organization:Entity {id: row.id}) SET e.name = row.name, e.foldedName = row.foldedName, e.aliases = [], e.foldedAliases = [], e.roles = [], e.nameKeys = row.nameKeys, e.createdAt = row.createdAt
       }`,
      { rows: chunk },
    );
  }
}

