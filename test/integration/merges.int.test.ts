/**
 * Issue 10 item 6: merge and split, non-destructive. A merge is a SAME_AS link; reads follow the
 * kept entity, lists and counts do not double, the next ingest resolves the dropped entity's names
 * to the kept one, and unmerge gives back the graph exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/ingest/contract.js';
import { buildArticle, organization, person } from '../fixtures/parsed-article.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const KEY = { authorization: 'Bearer s3cret' };
const KREMLIN = 'organization:kremlin';
const RPA = 'organization:russian-presidential-administration';
const PUTIN = 'person:vladimir-putin';

/** A report that names the Kremlin's staff as a separate organization (the resolution mistake), and the Kremlin too. */
const REPORT: ParsedArticle = buildArticle({
  title: 'Presidential administration weighs talks',
  publishedAt: '2025-07-23T09:00:00Z',
  url: 'https://example.test/merges/rpa',
  authors: [],
  tags: [],
  paragraphs: [
    'The Russian Presidential Administration (RPA) said talks with Ukraine could resume in August.',
    'The Kremlin declined to comment further.',
  ],
  entities: [organization('Russian Presidential Administration', { aliases: ['RPA'], roles: ['Presidential staff'] }), organization('Kremlin'), person('Vladimir Putin')],
  statements: [{ speaker: RPA, verb: 'say', kind: 'CLAIM', text: 'talks with Ukraine could resume in August', about: [PUTIN], sentence: 'The Russian Presidential Administration (RPA) said talks with Ukraine could resume in August.' }],
});

/** Every node's labels and properties and every relationship's ends, type and properties: equal dumps are equal graphs. */
async function dump(graph: TestGraph) {
  const nodes = await graph.executor.read<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) WHERE NOT n:Migration AND NOT n:MergeUndone RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await graph.executor.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) WHERE NOT a:Migration RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const text = (value: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
  return { nodes: nodes.map((n) => `${n.labels.sort().join(':')} ${text(n.props)}`).sort(), rels: rels.map((r) => `${r.from} -${r.type}-> ${r.to} ${text(r.props)}`).sort() };
}

async function ingest(graph: TestGraph, parsed: ParsedArticle) {
  const result = await graph.query(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status entitiesCreated entitiesMatched } }`, { input: { text: JSON.stringify(parsed), filename: 'report.json' } }, KEY);
  expect(result.errors).toBeUndefined();
  return result.data.ingestArticle;
}

const MERGE = `mutation($keep: ID!, $drop: ID!, $reason: String!) { mergeEntities(keep: $keep, drop: $drop, reason: $reason) { keep keepName drop dropName reason by at } }`;
const UNMERGE = `mutation($drop: ID!) { unmergeEntities(drop: $drop) { keep drop reason } }`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret' });
  await graph.reset();
  await ingest(graph, REPORT);
});
afterAll(() => graph.close());

describe('mergeEntities', () => {
  it('is refused without an API key, and for unknown ids, two types or an entity merged into itself', async () => {
    const anonymous = await graph.query(MERGE, { keep: KREMLIN, drop: RPA, reason: 'same' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const cases = [
      // An id that names nothing is NOT_FOUND (schema/README.md, Not found); a request wrong in itself BAD_USER_INPUT.
      [{ keep: KREMLIN, drop: 'organization:nobody', reason: 'x' }, 'drop organization:nobody: no person, organization or place has this id.', 'NOT_FOUND'],
      [{ keep: KREMLIN, drop: PUTIN, reason: 'x' }, `Cannot merge ${PUTIN} (PERSON) into ${KREMLIN} (ORGANIZATION): both must be of one type.`, 'BAD_USER_INPUT'],
      [{ keep: KREMLIN, drop: KREMLIN, reason: 'x' }, `Cannot merge ${KREMLIN} into itself.`, 'BAD_USER_INPUT'],
      [{ keep: KREMLIN, drop: RPA, reason: ' ' }, 'A merge needs a reason (what makes the two one entity).', 'BAD_USER_INPUT'],
    ] as const;
    for (const [variables, message, code] of cases) {
      const result = await graph.query(MERGE, variables, KEY);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
    expect(await graph.query(`{ merges { totalCount nodes { drop } } }`)).toMatchObject({ data: { merges: { totalCount: 0, nodes: [] } } });
  });

  it('reads follow the kept entity, lists and counts do not double, and unmerge restores both exactly', async () => {
    const before = await dump(graph);
    const counts = `{ organizations { totalCount } kremlin: organization(id: "${KREMLIN}") { id mentionedIn { id } statements { text } aliases } }`;
    const was = (await graph.query(counts)).data;
    expect(was.kremlin.statements).toEqual([]);

    const merged = await graph.query(MERGE, { keep: KREMLIN, drop: RPA, reason: 'The presidential administration is the Kremlin' }, KEY);
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities).toMatchObject({ keep: KREMLIN, keepName: 'Kremlin', drop: RPA, dropName: 'Russian Presidential Administration', reason: 'The presidential administration is the Kremlin', by: 'key:editor' });
    expect(Date.parse(merged.data.mergeEntities.at)).toBeGreaterThan(Date.now() - 60_000);

    const now = (await graph.query(`${counts.slice(0, -1)} dropped: organization(id: "${RPA}") { id name } node(id: "${RPA}") { id } byName: organization(name: "RPA") { id } around: neighborhood(id: "${RPA}") { center { id } } }`)).data;
    expect(now.around).toEqual({ center: { id: KREMLIN } });
    // Related entities and paths start from the kept entity too.
    const related = (id: string) => `{ relatedEntities(id: "${id}", first: 50) { totalCount edges { node { id } reportCount } } }`;
    const viaDropped = (await graph.query(related(RPA))).data.relatedEntities;
    expect(viaDropped).toEqual((await graph.query(related(KREMLIN))).data.relatedEntities);
    expect(viaDropped.totalCount).toBeGreaterThan(0);
    const path = (from: string) => `{ paths(from: "${from}", to: "${PUTIN}", maxHops: 2, first: 1) { nodes { id } } }`;
    const pathViaDropped = (await graph.query(path(RPA))).data.paths;
    expect(pathViaDropped).toHaveLength(1);
    expect(pathViaDropped[0].nodes[0]).toEqual({ id: KREMLIN });
    expect(pathViaDropped).toEqual((await graph.query(path(KREMLIN))).data.paths);
    expect(now.organizations.totalCount).toBe(was.organizations.totalCount - 1);
    expect(now.dropped).toEqual({ id: KREMLIN, name: 'Kremlin' });
    expect(now.node).toEqual({ id: KREMLIN });
    expect(now.byName).toEqual({ id: KREMLIN });
    // The report mentioned both: one mention, not two.
    expect(now.kremlin.mentionedIn).toEqual(was.kremlin.mentionedIn);
    expect(now.kremlin.statements).toEqual([{ text: 'talks with Ukraine could resume in August' }]);
    expect(now.kremlin.aliases).toEqual([...was.kremlin.aliases, 'Russian Presidential Administration', 'RPA']);
    expect((await graph.query(`{ merges { totalCount nodes { keep drop by } } }`)).data.merges).toEqual({ totalCount: 1, nodes: [{ keep: KREMLIN, drop: RPA, by: 'key:editor' }] });

    const again = await graph.query(MERGE, { keep: KREMLIN, drop: RPA, reason: 'twice' }, KEY);
    expect(again.errors?.[0]?.message).toBe(`drop ${RPA} was merged into ${KREMLIN}: name that entity instead.`);

    const unmerged = await graph.query(UNMERGE, { drop: RPA }, KEY);
    expect(unmerged.data.unmergeEntities).toEqual({ keep: KREMLIN, drop: RPA, reason: 'The presidential administration is the Kremlin' });
    expect(await dump(graph)).toEqual(before);
    expect((await graph.query(`{ merges { totalCount nodes { drop } } }`)).data.merges).toEqual({ totalCount: 0, nodes: [] });
    // The merge and its undoing stay on record.
    const undone = (await graph.query(`{ merges(undone: true) { nodes { keep drop by undoneBy undoneAt } } }`)).data.merges.nodes;
    expect(undone).toEqual([{ keep: KREMLIN, drop: RPA, by: 'key:editor', undoneBy: 'key:editor', undoneAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    const second = await graph.query(UNMERGE, { drop: RPA }, KEY);
    expect(second.errors?.[0]?.message).toBe(`${RPA} is not merged into anything.`);
    expect(second.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the next ingest resolves the dropped entity\'s names and id to the kept one', async () => {
    await graph.query(MERGE, { keep: KREMLIN, drop: RPA, reason: 'same organization' }, KEY);
    const next = buildArticle({
      title: 'RPA speaks again',
      publishedAt: '2025-07-24T09:00:00Z',
      url: 'https://example.test/merges/rpa-2',
      authors: [],
      tags: [],
      paragraphs: ['The RPA said a summit was not planned.'],
      entities: [organization('Russian Presidential Administration', { aliases: ['RPA'] })],
      statements: [{ speaker: RPA, verb: 'say', kind: 'CLAIM', text: 'a summit was not planned', about: [], sentence: 'The RPA said a summit was not planned.' }],
    });
    expect(await ingest(graph, next)).toEqual({ status: 'CREATED', entitiesCreated: [], entitiesMatched: [KREMLIN] });
    const { data } = await graph.query(`{ organization(id: "${KREMLIN}") { statements { text } } }`);
    expect(data.organization.statements.map((s: { text: string }) => s.text).sort()).toEqual(['a summit was not planned', 'talks with Ukraine could resume in August']);
    const [row] = await graph.executor.read<{ live: number; merged: number }>('MATCH (n {id: $id}) RETURN sum(CASE WHEN n:Entity THEN 1 ELSE 0 END) AS live, sum(CASE WHEN n:Merged THEN 1 ELSE 0 END) AS merged', { id: RPA });
    expect(row).toEqual({ live: 0, merged: 1 });
  });
});

describe('splitEntity', () => {
  it('moves the named article\'s mention and statement to a new entity, and refuses links the entity does not have', async () => {
    const reportId = (await graph.executor.read<{ id: string }>('MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: 'https://example.test/merges/rpa-2' }))[0]!.id;
    const statementId = (await graph.executor.read<{ id: string }>("MATCH (s:Statement {text: 'a summit was not planned'}) RETURN s.id AS id"))[0]!.id;
    const SPLIT = `mutation($articles: [ID!], $statements: [ID!]) { splitEntity(id: "${KREMLIN}", name: "Presidential Staff Office", articles: $articles, statements: $statements, reason: "another body") { id name from articles statements } }`;
    const wrong = await graph.query(SPLIT, { articles: ['article:nope'], statements: [] }, KEY);
    expect(wrong.errors?.[0]).toMatchObject({ message: `${KREMLIN} has no link with article:nope: nothing to move.`, extensions: { code: 'BAD_USER_INPUT' } });
    const split = await graph.query(SPLIT, { articles: [reportId], statements: [statementId] }, KEY);
    expect(split.errors).toBeUndefined();
    const NEW = 'organization:presidential-staff-office';
    expect(split.data.splitEntity).toEqual({ id: NEW, name: 'Presidential Staff Office', from: KREMLIN, articles: [reportId], statements: [statementId] });
    const { data } = await graph.query(`{ a: organization(id: "${NEW}") { mentionedIn { id } statements { text } } b: organization(id: "${KREMLIN}") { statements { text } mentionedIn { id } } }`);
    expect(data.a).toEqual({ mentionedIn: [{ id: reportId }], statements: [{ text: 'a summit was not planned' }] });
    expect(data.b.statements).toEqual([{ text: 'talks with Ukraine could resume in August' }]);
    expect(data.b.mentionedIn.map((a: { id: string }) => a.id)).not.toContain(reportId);
  });
});
