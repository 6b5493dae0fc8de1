/**
 * Issue 8, S3: relatedEntities ranks from the RELATED_TO aggregate, kept at write time. After every
 * kind of write — new articles (the seed, synthetic reports, two reports of one statement that
 * disagree on what it is about), a new version that drops and adds mentions and statements, a
 * retraction, a merge, an unmerge and a split — the aggregate equals one counted from scratch by
 * migration 011's backfill, and relatedEntities answers every node exactly as the live walk does;
 * a write counts again only the articles whose pairs it can change (the net change, related.ts),
 * and a bulk batch counts its new articles once, after the last.
 */
import { offsetToCursor } from 'graphql-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/db/migrate.js';
import type { ParsedArticle } from '../../src/ingest/contract.js';
import { BulkIngest } from '../../src/ingest/parallel/bulk-ingest.js';
import type { IngestOutcome } from '../../src/ingest/pipeline.js';
import { mergeEntities, splitEntity, unmergeEntities } from '../../src/ingest/merge/merge.js';
import { retractArticle } from '../../src/ingest/write/retract.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { buildArticle, organization, person, place } from '../fixtures/parsed-article.js';
import { syntheticArticles } from '../fixtures/synthetic.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { planOperators, runObserved } from '../helpers/plans.js';
import { toCypherParams, type Params } from '../../src/db/executor.js';
import { statementId } from '../../src/core/ids.js';
import { APPLY_NET_CHANGE } from '../../src/ingest/write/related-cypher.js';

const ALICE = person('Alice Aggregate');
const BOB = person('Bob Aggregate');
const CAROL = person('Carol Aggregate');
const ACME = organization('Acme Aggregate');
const TOWN = place('Aggregate Town');
const QUOTE = 'the aggregate must stay exact under every write';

/** Two reports of one statement (same speaker, same words) that disagree on what it is about, and a topic it is about. */
const report = (n: number, about: string[], entities = [ALICE, BOB, CAROL, ACME, TOWN], extra: string[] = []) =>
  buildArticle({
    title: `Aggregate report ${n}`,
    publishedAt: `2025-03-0${n}T10:00:00Z`,
    url: `https://example.test/aggregate/${n}`,
    authors: ['Aggregate Author'],
    tags: ['aggregates'],
    paragraphs: [`Alice Aggregate said ${QUOTE}.`, ...extra.map((e) => `${e}.`)],
    entities,
    statements: [
      { speaker: ALICE.id, verb: 'say', kind: 'CLAIM', text: QUOTE, about, sentence: `Alice Aggregate said ${QUOTE}.` },
      ...extra.map((text) => ({ speaker: BOB.id, verb: 'say', kind: 'CLAIM' as const, text, about: [CAROL.id, TOWN.id], sentence: `${text}.` })),
    ],
  });

interface Pair {
  pair: string;
  props: Record<string, number>;
}

async function related(graph: TestGraph): Promise<Pair[]> {
  const rows = await graph.executor.read<{ x: string; y: string; props: Record<string, number> }>(
    'MATCH (x)-[r:RELATED_TO]->(y) RETURN x.id AS x, y.id AS y, properties(r) AS props ORDER BY x, y',
  );
  return rows.map((r) => ({ pair: `${r.x} -> ${r.y}`, props: Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, Number(v)])) }));
}

/** Migrations 011, 012 and 013's statements: the aggregate counted from scratch, and each pair's `src` and `pair`. */
async function backfill(graph: TestGraph): Promise<void> {
  const ids = ['011_related_aggregate', '012_related_rank_index', '013_related_pair_key'];
  const migrations = (await loadMigrations()).filter((m) => ids.includes(m.id));
  expect(migrations).toHaveLength(3);
  for (const migration of migrations) for (const statement of migration.statements) await graph.executor.schema(statement);
}

const PAGE = `query($id: ID!, $filter: RelatedEntityFilter, $first: Int = 100, $after: String) {
  relatedEntities(id: $id, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { reportCount relations node { id } reports { id } }
  }
}`;

/** A date filter before every report: the live walk, which answers what the aggregate should. */
const LIVE = { from: '1900-01-01' };

/**
 * The aggregate equals migrations 011, 012 and 013's count from scratch; with `answers`, for every node
 * relatedEntities answers for, the aggregate's answer equals the live walk's: all of it, only
 * places and organizations, and the second page of 3. */
async function expectExact(graph: TestGraph, step: string, answers = false): Promise<number> {
  const kept = await related(graph);
  await backfill(graph);
  expect(kept, step).toEqual(await related(graph));
  if (!answers) return kept.length;
  const ids = await graph.executor.read<{ id: string }>('MATCH (n) WHERE n:Entity OR n:Topic OR n:Event RETURN n.id AS id ORDER BY id');
  const types = ['PLACE', 'ORGANIZATION'];
  for (const { id } of ids) {
    for (const variables of [{ id }, { id, filter: { types } }, { id, first: 3, after: offsetToCursor(2) }]) {
      const fast = await graph.query(PAGE, variables);
      const live = await graph.query(PAGE, { ...variables, filter: { ...(variables as { filter?: object }).filter, ...LIVE } });
      expect(fast.errors).toBeUndefined();
      expect(fast.data, `${id} ${JSON.stringify(variables)}`).toEqual(live.data);
    }
  }
  return kept.length;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  for (const parsed of syntheticArticles(12)) await writeArticle(graph.executor, parsed);
});
afterAll(() => graph.close());

describe('the RELATED_TO aggregate', () => {
  it('stays equal to a count from scratch through ingests, a new version, a retraction, a merge, an unmerge and a split', async () => {
    await writeArticle(graph.executor, report(1, [BOB.id, 'topic:aggregates']));
    await writeArticle(graph.executor, report(2, [CAROL.id, ACME.id]));
    const pairs = await expectExact(graph, 'ingests', true);
    expect(pairs).toBeGreaterThan(100);
    // One statement, two reports: ABOUT is the union, so report 1 links Alice to Carol too.
    const alice = (await graph.query(PAGE, { id: ALICE.id })).data.relatedEntities.edges;
    expect(alice.find((e: any) => e.node.id === CAROL.id)).toMatchObject({ reportCount: 2, relations: ['CO_MENTIONED', 'SPOKE_ABOUT'] });

    // A new version of report 1: Acme and Town dropped, a statement by Bob added, the quote about Town instead.
    const v2 = report(1, [TOWN.id], [ALICE, BOB, CAROL, TOWN], ['Bob Aggregate warned of a second version']);
    v2.article.body += ' Corrected.';
    expect((await writeArticle(graph.executor, v2)).status).toBe('updated');
    await expectExact(graph, 'new version');

    expect(await retractArticle(graph.executor, 'https://example.test/aggregate/2', 'test')).not.toBeNull();
    await expectExact(graph, 'retraction');

    await mergeEntities(graph.executor, { keep: 'person:synthetic-person-0', drop: 'person:synthetic-person-3', reason: 'test', by: 'test' });
    await expectExact(graph, 'merge');
    await unmergeEntities(graph.executor, { drop: 'person:synthetic-person-3', by: 'test' });
    await expectExact(graph, 'unmerge');

    const org = 'organization:synthetic-organization-1';
    await splitEntity(graph.executor, { id: org, name: 'Synthetic Organization One', ...(await linksOf(org)), reason: 'test', by: 'test' });
    await expectExact(graph, 'split', true);
  }, 600_000);

  it('writes a net change: a report adding no link to a shared statement counts no other article again, one adding a target counts that target\'s pairs of every article reporting it', async () => {
    const sent: { cypher: string; params: Params }[] = [];
    const observed = graph.executor.observe((q) => sent.push(q));
    /** The articles the last write counted again after it (APPLY_NET_CHANGE's list). */
    const last = () => sent.filter((q) => q.cypher === APPLY_NET_CHANGE).at(-1)!.params.related as { articles: string[]; focused: { id: string; focus: string[] }[] };
    const counted = () => [...last().articles].sort();
    /** The articles counted again for some ids only, with those ids. */
    const focused = () => [...last().focused].sort((a, b) => a.id.localeCompare(b.id));
    const [first] = await graph.executor.read<{ id: string }>('MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: 'https://example.test/aggregate/1' });

    // Report 1's new version says the quote is about Town; report 3 says so too: no ABOUT or STATED link changes.
    const third = await writeArticle(observed, report(3, [TOWN.id], [ALICE, BOB, TOWN]));
    expect(third.status).toBe('created');
    expect(counted()).toEqual([third.articleId]);
    expect(focused()).toEqual([]);
    await expectExact(graph, 'a report adding no link');

    // Report 4 says it is about Acme too: ABOUT grows, so reports 1 and 3 gain Alice -> Acme, and
    // only their pairs with Acme at an end are counted again.
    const fourth = await writeArticle(observed, report(4, [ACME.id], [ALICE, ACME]));
    expect(counted()).toEqual([fourth.articleId]);
    expect(focused()).toEqual([{ id: first!.id, focus: [ACME.id] }, { id: third.articleId, focus: [ACME.id] }].sort((a, b) => a.id.localeCompare(b.id)));
    await expectExact(graph, 'a report adding a target', true);
    const [pair] = await graph.executor.read<{ spokeAbout: number; reports: number }>(
      'MATCH (:Entity {id: $x})-[r:RELATED_TO]->(:Entity {id: $y}) RETURN r.spokeAbout AS spokeAbout, r.reports AS reports',
      { x: ALICE.id, y: ACME.id },
    );
    expect(pair).toEqual({ spokeAbout: 3, reports: 3 });
  }, 600_000);

  it('keeps the same words with no speaker in two reports as two statements, each about what its report says, and counts no other report again', async () => {
    const WORDS = 'the aggregate bridge will close for a month';
    const unattributed = (n: number, about: string[], entities: ReturnType<typeof person>[]) =>
      buildArticle({
        title: `Unattributed report ${n}`,
        publishedAt: `2025-04-0${n}T10:00:00Z`,
        url: `https://example.test/unattributed/${n}`,
        authors: ['Aggregate Author'],
        tags: [],
        paragraphs: [`The aggregate bridge will close for a month, officials said.`],
        entities,
        statements: [{ speaker: null, anonymousSource: 'officials', verb: 'say', kind: 'CLAIM', text: WORDS, about, sentence: 'The aggregate bridge will close for a month, officials said.' }],
      });
    const sameStatement = async () => {
      const count = async (x: string, y: string) =>
        Number((await graph.executor.read<{ n: number | null }>('OPTIONAL MATCH (:Entity {id: $x})-[r:RELATED_TO]->(:Entity {id: $y}) RETURN r.sameStatement AS n', { x, y }))[0]?.n ?? 0);
      return { bobCarol: await count(BOB.id, CAROL.id), bobTown: await count(BOB.id, TOWN.id), carolTown: await count(CAROL.id, TOWN.id) };
    };
    const before = await sameStatement();
    const sent: { cypher: string; params: Params }[] = [];
    const observed = graph.executor.observe((q) => sent.push(q));
    const one = await writeArticle(observed, unattributed(1, [BOB.id, TOWN.id], [BOB, TOWN]));
    const two = await writeArticle(observed, unattributed(2, [CAROL.id, TOWN.id], [CAROL, TOWN]));
    const last = sent.filter((q) => q.cypher === APPLY_NET_CHANGE).at(-1)!.params.related as { articles: string[]; focused: unknown[] };
    expect(last).toMatchObject({ articles: [two.articleId], focused: [] });
    const statements = await graph.executor.read<{ id: string; about: string[]; reports: string[] }>(
      `MATCH (s:Statement {text: $text}) RETURN s.id AS id, COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id ORDER BY t.id } AS about,
         COLLECT { MATCH (s)-[:REPORTED_IN]->(a) RETURN a.id } AS reports ORDER BY s.id`,
      { text: WORDS },
    );
    const contractId = statementId(null, WORDS);
    expect(statements).toEqual(
      [
        { id: `${contractId}@${one.articleId}`, about: [BOB.id, TOWN.id].sort(), reports: [one.articleId] },
        { id: `${contractId}@${two.articleId}`, about: [CAROL.id, TOWN.id].sort(), reports: [two.articleId] },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // Bob and Carol were never in one of these reports: no same-statement link joins them through
    // them, where Bob and Town, and Carol and Town, each gained one.
    const after = await sameStatement();
    expect(after).toEqual({ bobCarol: before.bobCarol, bobTown: before.bobTown + 1, carolTown: before.carolTown + 1 });
    await expectExact(graph, 'two reports of the same words with no speaker');
  }, 600_000);

  it('is exact after a bulk batch that writes new reports of a shared statement in one transaction, counted once after the last, and a new version among them', async () => {
    const sent: { cypher: string; params: Params }[] = [];
    const observed = graph.executor.observe((q) => sent.push(q));
    const applied = () => sent.filter((q) => q.cypher === APPLY_NET_CHANGE).length;
    const statuses = (outcomes: IngestOutcome[]) => outcomes.map((o) => (o.status === 'failed' ? o.error : o.status));
    const source = (name: string, parsed: ParsedArticle) => ({ name: `${name}.json`, read: async () => Buffer.from(JSON.stringify(parsed)) });
    const bulk = await BulkIngest.open(observed, { workers: 0, batchSize: 3 });
    try {
      // Three new reports of the quote, each adding a target or a statement. Report 5 adds Carol:
      // the earlier reports' pairs with Carol are read. Report 6 adds Bob: the same reports' pairs
      // with Bob would have to be read apart from those, so what is pending is applied first. Report
      // 7 adds nothing new to the others: its change comes with the batch's last net change.
      const first = await bulk.run([
        source('r5', report(5, [CAROL.id], [ALICE, CAROL])),
        source('r6', report(6, [TOWN.id, BOB.id], [ALICE, BOB, CAROL, TOWN], ['Bob Aggregate warned of batches'])),
        source('r7', report(7, [ACME.id, CAROL.id], [ALICE, ACME, CAROL])),
      ]);
      expect(statuses(first.outcomes)).toEqual(['created', 'created', 'created']);
      expect(applied()).toBe(2);
      await expectExact(graph, 'a batch of new reports');

      // A new version of report 5 that drops Carol, between two new reports: what was pending is
      // applied before it, its own change with it, the last report's after the batch.
      const v2 = report(5, [TOWN.id], [ALICE, TOWN]);
      v2.article.body += ' Corrected.';
      const second = await bulk.run([source('r8', report(8, [BOB.id], [ALICE, BOB])), source('r5v2', v2), source('r9', report(9, [CAROL.id], [ALICE, CAROL]))]);
      expect(statuses(second.outcomes)).toEqual(['created', 'updated', 'created']);
      expect(applied()).toBe(5);
      await expectExact(graph, 'a batch with a new version', true);
    } finally {
      await bulk.close();
    }
  }, 600_000);

  it('answers an unfiltered request from the aggregate, and a date or kind filter by the live walk', async () => {
    const fast = await runObserved(graph, `{ relatedEntities(id: "person:synthetic-person-0", first: 5) { edges { reportCount node { id name } } } }`);
    expect(fast.sent).toHaveLength(1);
    expect(fast.sent[0]!.cypher).toContain('RELATED_TO');
    expect(fast.sent[0]!.cypher).not.toContain('MENTIONS');
    for (const filter of ['{ from: "2025-01-01" }', '{ relations: [CO_MENTIONED] }']) {
      const live = await runObserved(graph, `{ relatedEntities(id: "person:synthetic-person-0", first: 5, filter: ${filter}) { edges { reportCount node { id name } } } }`);
      expect(live.sent[0]!.cypher, filter).not.toContain('RELATED_TO');
      expect(live.sent[0]!.cypher, filter).toContain('MENTIONS');
    }
    // Every synthetic report is from 2025: the live walk from 2025 on answers what the aggregate does.
    const from2025 = await runObserved(graph, `{ relatedEntities(id: "person:synthetic-person-0", first: 5, filter: { from: "2025-01-01" }) { edges { reportCount node { id name } } } }`);
    expect(from2025.data).toEqual(fast.data);
  });
});

describe('relatedEntities over the rank index (migration 012)', () => {
  const request = (args: string, fields = '') => `{ relatedEntities(id: "${HUB}", ${args}) { ${fields} edges { reportCount node { id name } } } }`;
  // A person mentioned with the same two entities in four articles, and with three others in each.
  const HUB = person('Ranked Hub').id;
  beforeAll(async () => {
    for (let n = 1; n <= 4; n++) {
      const others = [1, 2, 3].map((k) => person(`Ranked Other ${n}${k}`));
      await writeArticle(graph.executor, buildArticle({
        title: `Ranked report ${n}`,
        publishedAt: `2025-04-0${n}T10:00:00Z`,
        url: `https://example.test/ranked/${n}`,
        authors: ['Ranked Author'],
        tags: [],
        paragraphs: ['Ranked Hub met Ranked Friend Inc. in Ranked Town.'],
        entities: [person('Ranked Hub'), organization('Ranked Friend Inc.'), place('Ranked Town'), ...others],
        statements: [],
      }));
    }
  });

  it('plans no sort of all the RELATED_TO of the node: an index seek in ranking order, cut by a partial top', async () => {
    for (const [args, fields] of [['first: 25', ''], ['first: 3, filter: { types: [PLACE, ORGANIZATION] }', ''], ['first: 5', 'totalCount']]) {
      const { sent } = await runObserved(graph, request(args!, fields));
      const operators = await planOperators(graph, sent[0]!.cypher, sent[0]!.params);
      expect(operators, args).toContain('DirectedRelationshipIndexSeek');
      expect(operators, args).toContain('PartialTop');
      expect(operators, args).not.toContain('Top');
      expect(operators, args).not.toContain('Sort');
      expect(operators, args).not.toContain('Expand(All)');
    }
  });

  it('reads the page and the ties of its last entry, not every related entity, and counts them all from the degree', async () => {
    const { data, sent } = await runObserved(graph, request('first: 2', 'totalCount'));
    expect(data.relatedEntities.edges.map((e: any) => [e.node.name, e.reportCount])).toEqual([['Ranked Friend Inc.', 4], ['Ranked Town', 4]]);
    const result = await graph.executor.driver.executeQuery(`PROFILE ${sent[0]!.cypher}`, toCypherParams(sent[0]!.params));
    const ops: { operatorType: string; rows: number; arguments: Record<string, unknown> }[] = [];
    const walk = (op: any) => { ops.push(op); op.children.forEach(walk); };
    walk(result.summary.profile);
    const seek = ops.find((op) => op.operatorType.startsWith('DirectedRelationshipIndexSeek'))!;
    // Ranked at or above the second entry by reports and kinds (the ties PartialTop sorts by name), and one more to see the group end.
    const [counts] = await graph.executor.read<{ above: number; all: number }>(
      `MATCH (x {id: $id})-[r:RELATED_TO]->() WITH x, r ORDER BY r.reports DESC, r.kinds DESC
       WITH x, collect(r) AS rs WITH x, rs, rs[1] AS last
       RETURN size([r IN rs WHERE r.reports > last.reports OR (r.reports = last.reports AND r.kinds >= last.kinds)]) AS above, size(rs) AS all`,
      { id: HUB },
    );
    expect(counts!.above).toBeLessThan(counts!.all - 1);
    expect(Number(seek.rows)).toBeLessThanOrEqual(counts!.above + 1);
    expect(data.relatedEntities.totalCount).toBe(counts!.all);
    expect(ops.some((op) => String(op.arguments.Details ?? '').includes('getDegree'))).toBe(true);
  });
});

/** The first two articles that mention the entity and the first statement about it: what a split moves. */
async function linksOf(id: string): Promise<{ articles: string[]; statements: string[] }> {
  const [row] = await graph.executor.read<{ articles: string[]; statements: string[] }>(
    `MATCH (e:Entity {id: $id})
     RETURN COLLECT { MATCH (a:Article)-[:MENTIONS]->(e) RETURN a.id AS id ORDER BY id LIMIT 2 } AS articles,
            COLLECT { MATCH (s:Statement)-[:ABOUT]->(e) RETURN s.id AS id ORDER BY id LIMIT 1 } AS statements`,
    { id },
  );
  expect(row!.articles).toHaveLength(2);
  expect(row!.statements).toHaveLength(1);
  return row!;
}
