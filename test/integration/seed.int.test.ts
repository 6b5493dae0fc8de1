import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { loadSeed, seed } from '../../src/ingest/seed.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
});
afterAll(() => graph.close());

async function counts() {
  const labels = await graph.executor.read<{ label: string; count: number }>(
    'MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  const rels = await graph.executor.read<{ type: string; count: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
  return {
    nodes: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.count])),
  };
}

describe('npm run seed', () => {
  it('loads the seed article as the graph model says', async () => {
    const results = await seed(graph.executor);
    expect(results.map((r) => r.status)).toEqual(['created']);
    expect(results[0]).toMatchObject({ statements: 8, events: 4 });
    expect(results[0]!.entitiesCreated).toHaveLength(12);

    const c = await counts();
    expect(c.nodes).toEqual({ Article: 1, Entity: 12, Event: 4, Organization: 4, Person: 4, Place: 4, Statement: 8, Topic: 4 });
    expect(c.relationships).toEqual({
      ABOUT: 27,
      HOLDS_ROLE: 3,
      MENTIONS: 15,
      PARTICIPATED_IN: 10,
      // The relatedEntities aggregate (migration 011): one per ordered pair connected by the seed article,
      // from each of its 20 entities, topics and events to the other entities (related-aggregate.int.test.ts checks the counts).
      RELATED_TO: 198,
      REPORTED_IN: 8,
      STATED: 7,
      // Its three tags, and the topic two statements are about by their words (military aid): an article is
      // tagged with every topic its statements are about, as it always was.
      TAGGED: 4,
      WRITTEN_BY: 1,
    });
  });

  it('changes nothing when run again: same node and relationship counts, every article unchanged', async () => {
    const before = await counts();
    const again = await seed(graph.executor);
    expect(again.map((r) => r.status)).toEqual(['unchanged']);
    expect(await counts()).toEqual(before);
  });

  it('treats the same report under another URL-less copy with the same content as unchanged', async () => {
    const { parsed } = (await loadSeed())[0]!;
    const copy = structuredClone(parsed);
    copy.article.body = copy.article.body.replace(/\n\n/g, '\n\n  '); // whitespace does not make a new report
    const result = await writeArticle(graph.executor, copy);
    expect(result.status).toBe('unchanged');
  });

  it('writes nothing of an article that fails half way (one transaction per article)', async () => {
    const before = await counts();
    const { parsed } = (await loadSeed())[0]!;
    const broken = structuredClone(parsed);
    broken.article.title = 'A different report that reuses an id wrongly';
    // A person given the id of an existing organization violates the :Entity id constraint mid-transaction.
    broken.entities.push({ id: 'person:someone-new', type: 'PERSON', name: 'Someone New', aliases: [], roles: [] });
    broken.entities.push({ id: 'organization:institute-for-the-study-of-war', type: 'PERSON', name: 'Not ISW', aliases: [], roles: [] });
    await expect(writeArticle(graph.executor, broken)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const [someone] = await graph.executor.read<{ count: number }>("MATCH (p:Person {id: 'person:someone-new'}) RETURN count(p) AS count");
    expect(someone!.count).toBe(0);
  });
});
