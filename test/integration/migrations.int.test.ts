/** Migrations: batched backfills run, and a rewrite that declares the old checksum is accepted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredChecksums, loadMigrations, migrate, type Migration } from '../../src/db/migrate.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
});
afterAll(() => graph.close());

const probe = (migration: Partial<Migration>): Migration => ({
  id: '999_probe',
  checksum: 'b'.repeat(64),
  validChecksums: [],
  statements: [],
  ...migration,
});

describe('migrations', () => {
  it('reads valid-checksum declarations from a migration file', () => {
    const hash = 'ab'.repeat(32);
    expect(declaredChecksums(`// valid-checksum: ${hash} (batched)\nMATCH (n) RETURN n;`)).toEqual([hash]);
    expect(declaredChecksums('// valid-checksum: not-a-hash\n')).toEqual([]);
  });

  it('008 declares the checksum it had before its backfill was batched', async () => {
    const m008 = (await loadMigrations()).find((m) => m.id === '008_versions_and_reports');
    expect(m008?.validChecksums).toEqual(['ce942dea35e648953d376b31a7e61879247969c786aab806dc33fa7f61b2d80d']);
    expect(m008?.checksum).not.toBe(m008?.validChecksums[0]);
  });

  it('skips a migration recorded under a declared earlier checksum and refuses any other', async () => {
    await graph.executor.write('MERGE (m:Migration {id: $id}) SET m.checksum = $checksum', { id: '999_probe', checksum: 'a'.repeat(64) });
    try {
      const accepted = await migrate(graph.executor, [probe({ validChecksums: ['a'.repeat(64)] })]);
      expect(accepted).toEqual({ applied: [], skipped: ['999_probe'] });
      await expect(migrate(graph.executor, [probe({})])).rejects.toThrow(
        'Migration 999_probe was applied with different content: add a new file in schema/migrations instead of editing an applied one.',
      );
    } finally {
      await graph.executor.write("MATCH (m:Migration {id: '999_probe'}) DELETE m");
    }
  });

  it("runs 008's batched backfill over reports written before it", async () => {
    await graph.executor.write(
      `UNWIND range(1, 5) AS i
       CREATE (s:Statement {id: 'statement:probe-' + i, text: 'text ' + i, kind: 'claim', verb: 'say', verbAsWritten: 'said', anonymousSource: false})
       CREATE (s)-[:REPORTED_IN]->(:Article {id: 'article:probe-' + i})
       CREATE (s)-[:ABOUT]->(:Topic {id: 'topic:probe-' + i})`,
    );
    const m008 = (await loadMigrations()).find((m) => m.id === '008_versions_and_reports')!;
    for (const statement of m008.statements) await graph.executor.schema(statement);
    const rows = await graph.executor.read<{ text: string; verb: string; about: string[] }>(
      "MATCH (s:Statement)-[r:REPORTED_IN]->() WHERE s.id STARTS WITH 'statement:probe-' RETURN r.text AS text, r.verb AS verb, r.about AS about ORDER BY s.id",
    );
    expect(rows).toEqual([1, 2, 3, 4, 5].map((i) => ({ text: `text ${i}`, verb: 'say', about: [`topic:probe-${i}`] })));
  });

  it("013 gives every RELATED_TO written before it its pair key, and refuses a second relationship with one key", async () => {
    await graph.executor.write(
      `CREATE (a:Entity {id: 'person:probe-a'}), (b:Entity {id: 'person:probe-b'}), (t:Topic {id: 'topic:probe'})
       CREATE (a)-[:RELATED_TO {src: 'person:probe-a', reports: 1}]->(b), (b)-[:RELATED_TO {src: 'person:probe-b', reports: 1}]->(a)
       CREATE (t)-[:RELATED_TO {src: 'topic:probe', reports: 2, pair: 'stale'}]->(b)`,
    );
    const m013 = (await loadMigrations()).find((m) => m.id === '013_related_pair_key')!;
    for (const statement of m013.statements) await graph.executor.schema(statement);
    const pairs = await graph.executor.read<{ pair: string }>("MATCH ()-[r:RELATED_TO]->() WHERE r.src IN ['person:probe-a', 'person:probe-b', 'topic:probe'] RETURN r.pair AS pair ORDER BY pair");
    expect(pairs.map((p) => p.pair)).toEqual(['person:probe-a>person:probe-b', 'person:probe-b>person:probe-a', 'topic:probe>person:probe-b']);
    await expect(
      graph.executor.write("MATCH (a:Entity {id: 'person:probe-a'}), (b:Entity {id: 'person:probe-b'}) CREATE (a)-[:RELATED_TO {pair: 'person:probe-a>person:probe-b'}]->(b)"),
    ).rejects.toThrow(/ConstraintValidationFailed/);
  });
});
