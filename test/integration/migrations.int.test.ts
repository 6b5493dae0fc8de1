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

  it('014 gives each report of a statement with no speaker its own, about what that report says, and counts the pairs again', async () => {
    await graph.reset({ seed: false });
    const run = async (id: string) => {
      const migration = (await loadMigrations()).find((m) => m.id === id)!;
      for (const statement of migration.statements) await graph.executor.schema(statement);
    };
    // As a graph written before 014: one node for the same words with no speaker in two articles,
    // about the union of what they said; a spoken statement both report.
    await graph.executor.write(
      `CREATE (a1:Article {id: 'article:m14-one', publishedAt: '2026-01-01T00:00:00Z', publishedMs: 1}),
              (a2:Article {id: 'article:m14-two', publishedAt: '2026-02-01T00:00:00Z', publishedMs: 2}),
              (t1:Entity:Organization {id: 'organization:m14-one'}), (t2:Entity:Organization {id: 'organization:m14-two'}),
              (t3:Entity:Place {id: 'place:m14-port'}), (alice:Entity:Person {id: 'person:m14-alice'})
       CREATE (a1)-[:MENTIONS]->(t1), (a1)-[:MENTIONS]->(t3), (a2)-[:MENTIONS]->(t2), (a2)-[:MENTIONS]->(t3), (a1)-[:MENTIONS]->(alice), (a2)-[:MENTIONS]->(alice)
       CREATE (s:Statement {id: 'statement:00000000000000aa', text: 'the port will close', kind: 'CLAIM', verb: 'say', verbAsWritten: 'said', createdAt: 'then',
                            firstReportedAt: '2026-01-01T00:00:00Z', firstReportedMs: 1, lastReportedAt: '2026-02-01T00:00:00Z', lastReportedMs: 2})
       CREATE (s)-[:REPORTED_IN {sentence: 'The port will close, officials said.', start: 0, end: 36, order: 0, text: 'the port will close', kind: 'CLAIM', verb: 'say',
                                 verbAsWritten: 'said', anonymousSource: 'officials', about: ['organization:m14-one', 'place:m14-port']}]->(a1)
       CREATE (s)-[:REPORTED_IN {sentence: 'The port will close, it was announced.', start: 5, end: 43, order: 1, text: 'The port will close', kind: 'ANNOUNCEMENT', verb: 'announce',
                                 verbAsWritten: 'announced', about: ['organization:m14-two', 'place:m14-port']}]->(a2)
       CREATE (s)-[:ABOUT]->(t1), (s)-[:ABOUT]->(t2), (s)-[:ABOUT]->(t3)
       CREATE (q:Statement {id: 'statement:00000000000000bb', text: 'we disagree', kind: 'QUOTE', verb: 'say'})
       CREATE (alice)-[:STATED {verb: 'say'}]->(q), (q)-[:ABOUT]->(t1)
       CREATE (q)-[:REPORTED_IN {sentence: 'We disagree.', start: 0, end: 12, order: 1, text: 'we disagree', about: ['organization:m14-one']}]->(a1)
       CREATE (q)-[:REPORTED_IN {sentence: 'We disagree.', start: 0, end: 12, order: 2, text: 'we disagree', about: ['organization:m14-one']}]->(a2)`,
    );
    for (const id of ['011_related_aggregate', '012_related_rank_index', '013_related_pair_key']) await run(id);
    const pairs = () =>
      graph.executor.read<{ pair: string; src: string; reports: number; mentioned: number; sameStatement: number; kinds: number }>(
        'MATCH (x)-[r:RELATED_TO]->(y) RETURN r.pair AS pair, r.src AS src, r.reports AS reports, r.mentioned AS mentioned, r.sameStatement AS sameStatement, r.kinds AS kinds ORDER BY pair',
      );
    const before = await pairs();
    expect(before.find((p) => p.pair === 'organization:m14-one>organization:m14-two')).toMatchObject({ reports: 2, sameStatement: 2, mentioned: 0 });

    await run('014_unattributed_statements_per_article');
    const statements = () =>
      graph.executor.read<{ id: string; text: string; kind: string; anonymousSource: string | null; first: number; last: number; createdAt: string | null; about: string[]; reports: string[] }>(
        `MATCH (s:Statement) RETURN s.id AS id, s.text AS text, s.kind AS kind, s.anonymousSource AS anonymousSource, s.firstReportedMs AS first, s.lastReportedMs AS last, s.createdAt AS createdAt,
           COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id ORDER BY t.id } AS about, COLLECT { MATCH (s)-[r:REPORTED_IN]->(a) RETURN a.id + ' ' + r.sentence ORDER BY a.id } AS reports ORDER BY id`,
      );
    const after = await statements();
    expect(after).toEqual([
      { id: 'statement:00000000000000aa@article:m14-one', text: 'the port will close', kind: 'CLAIM', anonymousSource: 'officials', first: 1, last: 1, createdAt: 'then',
        about: ['organization:m14-one', 'place:m14-port'], reports: ['article:m14-one The port will close, officials said.'] },
      { id: 'statement:00000000000000aa@article:m14-two', text: 'The port will close', kind: 'ANNOUNCEMENT', anonymousSource: null, first: 2, last: 2, createdAt: 'then',
        about: ['organization:m14-two', 'place:m14-port'], reports: ['article:m14-two The port will close, it was announced.'] },
      { id: 'statement:00000000000000bb', text: 'we disagree', kind: 'QUOTE', anonymousSource: null, first: null, last: null, createdAt: null,
        about: ['organization:m14-one'], reports: ['article:m14-one We disagree.', 'article:m14-two We disagree.'] },
    ]);
    const migrated = await pairs();
    // The two organizations shared only the statement that was one node for two unrelated reports.
    expect(migrated.map((p) => p.pair)).not.toContain('organization:m14-one>organization:m14-two');
    expect(migrated.find((p) => p.pair === 'organization:m14-one>place:m14-port')).toMatchObject({ src: 'organization:m14-one', reports: 1, mentioned: 1, sameStatement: 1, kinds: 2 });
    expect(await graph.executor.read('MATCH (x) WHERE x.relatedStale IS NOT NULL RETURN x.id AS id')).toEqual([]);
    // Exactly what counting the whole graph from scratch gives; and a second run changes nothing.
    await run('011_related_aggregate');
    await run('012_related_rank_index');
    await run('013_related_pair_key');
    expect(await pairs()).toEqual(migrated);
    await run('014_unattributed_statements_per_article');
    expect(await statements()).toEqual(after);
    expect(await pairs()).toEqual(migrated);
  });

  it('014 keeps the ABOUT a merge or a split gave a shared statement, and 015 mends a graph the first 014 left without it', async () => {
    const load = async (id: string) => (await loadMigrations()).find((m) => m.id === id)!;
    const runStatements = async (statements: string[]) => {
      for (const statement of statements) await graph.executor.schema(statement);
    };
    const run = async (id: string) => runStatements((await load(id)).statements);
    // 014 as first released: a report's statement kept only the ABOUT whose id the report names.
    const firstRelease = (await load('014_unattributed_statements_per_article')).statements.map((st) =>
      st.replace(/WHERE r\.about IS NULL OR t\.id IN r\.about\s+OR EXISTS[^\n]*\n\s*OR EXISTS[^\n]*/, 'WHERE r.about IS NULL OR t.id IN r.about'));
    expect(firstRelease).not.toEqual((await load('014_unattributed_statements_per_article')).statements);
    const SHARED = 'statement:00000000000000cc';
    // Before 014: words with no speaker reported by two articles, one about the RPA (since merged
    // into the Kremlin), the other about Gazprom (the statement since split off to Gazprom Export).
    const written = async () => {
      await graph.reset({ seed: false });
      await graph.executor.write(
        `CREATE (a1:Article {id: 'article:m15-one', publishedAt: '2026-01-01T00:00:00Z', publishedMs: 1}),
                (a2:Article {id: 'article:m15-two', publishedAt: '2026-02-01T00:00:00Z', publishedMs: 2}),
                (d:Merged {id: 'organization:m15-rpa'}), (k:Entity:Organization {id: 'organization:m15-kremlin'}),
                (o:Entity:Organization {id: 'organization:m15-gazprom'}), (n:Entity:Organization {id: 'organization:m15-gazprom-export'}),
                (p:Entity:Place {id: 'place:m15-port'})
         CREATE (d)-[:SAME_AS {reason: 'same'}]->(k), (n)-[:SPLIT_FROM {reason: 'another body', statements: ['${SHARED}'], articles: []}]->(o)
         CREATE (a1)-[:MENTIONS]->(k), (a1)-[:MENTIONS]->(p), (a2)-[:MENTIONS]->(o), (a2)-[:MENTIONS]->(p)
         CREATE (s:Statement {id: '${SHARED}', text: 'gas will flow', kind: 'CLAIM', verb: 'say', firstReportedMs: 1, lastReportedMs: 2})
         CREATE (s)-[:REPORTED_IN {sentence: 'Gas will flow, officials said.', start: 0, end: 30, order: 0, text: 'gas will flow', kind: 'CLAIM', verb: 'say',
                                   about: ['organization:m15-rpa', 'place:m15-port']}]->(a1)
         CREATE (s)-[:REPORTED_IN {sentence: 'Gas will flow, it was said.', start: 0, end: 27, order: 0, text: 'gas will flow', kind: 'CLAIM', verb: 'say',
                                   about: ['organization:m15-gazprom', 'place:m15-port']}]->(a2)
         CREATE (s)-[:ABOUT]->(k), (s)-[:ABOUT]->(n), (s)-[:ABOUT]->(p)`,
      );
      for (const id of ['011_related_aggregate', '012_related_rank_index', '013_related_pair_key']) await run(id);
    };
    const state = async () => ({
      statements: await graph.executor.read<{ id: string; about: string[] }>(
        'MATCH (s:Statement) RETURN s.id AS id, COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id ORDER BY t.id } AS about ORDER BY id'),
      split: await graph.executor.read<{ statements: string[] }>('MATCH ()-[sp:SPLIT_FROM]->() RETURN sp.statements AS statements'),
      pairs: await graph.executor.read<{ pair: string; reports: number; mentioned: number; sameStatement: number }>(
        'MATCH ()-[r:RELATED_TO]->() RETURN r.pair AS pair, r.reports AS reports, r.mentioned AS mentioned, r.sameStatement AS sameStatement ORDER BY pair'),
      stale: await graph.executor.read('MATCH (x) WHERE x.relatedStale IS NOT NULL RETURN x.id AS id'),
    });
    const mended = {
      statements: [
        { id: `${SHARED}@article:m15-one`, about: ['organization:m15-kremlin', 'place:m15-port'] },
        { id: `${SHARED}@article:m15-two`, about: ['organization:m15-gazprom-export', 'place:m15-port'] },
      ],
      split: [{ statements: [`${SHARED}@article:m15-two`] }],
    };

    await written();
    await runStatements(firstRelease);
    const lost = await state();
    expect(lost.statements).toEqual([{ id: `${SHARED}@article:m15-one`, about: ['place:m15-port'] }, { id: `${SHARED}@article:m15-two`, about: ['place:m15-port'] }]);
    expect(lost.pairs.find((p) => p.pair === 'organization:m15-kremlin>place:m15-port')).toMatchObject({ mentioned: 1, sameStatement: 0 });
    expect(lost.pairs.map((p) => p.pair)).not.toContain('organization:m15-gazprom-export>place:m15-port');
    await run('015_curated_statements_after_014');
    const afterMend = await state();
    expect(afterMend).toMatchObject(mended);
    expect(afterMend.stale).toEqual([]);
    expect(afterMend.pairs.find((p) => p.pair === 'organization:m15-kremlin>place:m15-port')).toEqual({ pair: 'organization:m15-kremlin>place:m15-port', reports: 1, mentioned: 1, sameStatement: 1 });
    expect(afterMend.pairs.find((p) => p.pair === 'organization:m15-gazprom-export>place:m15-port')).toEqual({ pair: 'organization:m15-gazprom-export>place:m15-port', reports: 1, mentioned: 0, sameStatement: 1 });
    // The same pairs as counting the whole graph from scratch; a second run changes nothing.
    for (const id of ['011_related_aggregate', '012_related_rank_index', '013_related_pair_key']) await run(id);
    expect(await state()).toEqual(afterMend);
    await run('015_curated_statements_after_014');
    expect(await state()).toEqual(afterMend);

    // 014 as it is now keeps them itself, and 015 then has nothing to mend.
    await written();
    await run('014_unattributed_statements_per_article');
    expect((await state()).statements).toEqual(mended.statements);
    await run('015_curated_statements_after_014');
    expect(await state()).toEqual(afterMend);
  });
});
