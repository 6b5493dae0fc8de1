/**
 * A merge or a split moves a statement's ABOUT to another entity, while the statement's reports
 * keep the ids their articles gave. Rebuilding the statement from its reports later (another
 * report retracted) must not drop what the curation moved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/ingest/contract.js';
import { buildArticle, organization, person } from '../fixtures/parsed-article.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const KEY = { authorization: 'Bearer s3cret' };
const KREMLIN = 'organization:kremlin';
const RPA = 'organization:russian-presidential-administration';
const PESKOV = 'person:dmitry-peskov';
const SENTENCE = 'Dmitry Peskov said the RPA would not comment.';
const ZAKHAROVA = 'person:maria-zakharova';
const SPLIT_SENTENCE = 'Maria Zakharova said the Kremlin had no plans.';

/** Reports 1 and 2 carry the same two statements: Peskov's about the RPA, Zakharova's about the Kremlin. */
const report = (n: number): ParsedArticle =>
  buildArticle({
    title: `Report ${n}`,
    publishedAt: `2025-07-2${n}T09:00:00Z`,
    url: `https://example.test/curation-reports/${n}`,
    authors: [],
    tags: [],
    paragraphs: [SENTENCE, SPLIT_SENTENCE],
    entities: [person('Dmitry Peskov'), person('Maria Zakharova'), organization('Russian Presidential Administration', { aliases: ['RPA'] }), organization('Kremlin')],
    statements: [
      { speaker: PESKOV, verb: 'say', kind: 'CLAIM', text: 'the RPA would not comment', about: [RPA], sentence: SENTENCE },
      { speaker: ZAKHAROVA, verb: 'say', kind: 'CLAIM', text: 'the Kremlin had no plans', about: [KREMLIN], sentence: SPLIT_SENTENCE },
    ],
  });

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret' });
  await graph.reset();
  for (const n of [1, 2]) {
    const r = await graph.query(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`, { input: { text: JSON.stringify(report(n)), filename: 'r.json' } }, KEY);
    expect(r.errors).toBeUndefined();
  }
});
afterAll(() => graph.close());

const about = async (speaker: string) =>
  (await graph.executor.read<{ id: string }>(`MATCH (:Person {id: $p})-[:STATED]->(s:Statement)-[:ABOUT]->(t) RETURN t.id AS id ORDER BY id`, { p: speaker })).map((r) => r.id);
const retract = async (n: number) => {
  const retracted = await graph.query(`mutation { retractArticle(article: "https://example.test/curation-reports/${n}") { statementsRemoved } }`, {}, KEY);
  expect(retracted.errors).toBeUndefined();
  expect(retracted.data.retractArticle.statementsRemoved).toBe(0);
};

describe('statements moved by a curation', () => {
  it('stay about the kept entity of a merge, and the entity split off, when one of their reports is retracted', async () => {
    const PRESS_OFFICE = 'organization:kremlin-press-office';
    const zakharova = (await graph.executor.read<{ id: string }>('MATCH (:Person {id: $p})-[:STATED]->(s) RETURN s.id AS id', { p: ZAKHAROVA }))[0]!.id;
    const split = await graph.query(
      `mutation { splitEntity(id: "${KREMLIN}", name: "Kremlin Press Office", statements: ["${zakharova}"], reason: "the press office spoke") { id } }`, {}, KEY);
    expect(split.errors).toBeUndefined();
    expect(split.data.splitEntity.id).toBe(PRESS_OFFICE);
    expect(await about(ZAKHAROVA)).toEqual([PRESS_OFFICE]);
    expect(await about(PESKOV)).toEqual([RPA]);
    const merged = await graph.query(`mutation { mergeEntities(keep: "${KREMLIN}", drop: "${RPA}", reason: "the same body") { keep } }`, {}, KEY);
    expect(merged.errors).toBeUndefined();
    expect(await about(PESKOV)).toEqual([KREMLIN]);

    await retract(2);
    expect(await about(PESKOV)).toEqual([KREMLIN]);
    expect(await about(ZAKHAROVA)).toEqual([PRESS_OFFICE]);
    // What the rebuild keeps still follows the reports: with none naming a target, it goes.
    await graph.executor.write("MATCH (:Statement)-[r:REPORTED_IN]->(:Article {url: 'https://example.test/curation-reports/1'}) SET r.about = []");
    const again = await graph.query(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`, { input: { text: JSON.stringify(report(3)), filename: 'r.json' } }, KEY);
    expect(again.errors).toBeUndefined();
    await retract(3);
    expect(await about(PESKOV)).toEqual([]);
    expect(await about(ZAKHAROVA)).toEqual([]);
  });
});
