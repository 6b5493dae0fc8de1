/**
 * Issue 9, "accountable writes": an article cannot rename, retype or re-alias what others wrote
 * (naming.ts), what it gives is recorded with it and can be taken back, and its size is capped.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/cli/commands/ingest.js';
import type { ParsedArticle, ParsedEntity } from '../../src/ingest/contract.js';
import { undoArticleNaming } from '../../src/ingest/write/undo-naming.js';
import { projectPath } from '../../src/project-path.js';
import { buildArticle, person } from '../fixtures/parsed-article.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const PUTIN = 'person:vladimir-putin';
const ISW = 'organization:institute-for-the-study-of-war';
const KEY = { authorization: 'Bearer s3cret' };

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status article { id } entitiesCreated entitiesMatched
    aliasesRefused { entity alias heldBy } aliasesWithdrawn { entity alias heldBy }
  }
}`;

let n = 0;
/** A ParsedArticle naming `entities`, as JSON text for ingestArticle (what `parse --json` prints). */
function parsedJson(entities: ParsedEntity[], title = `Report ${++n}`): { text: string; filename: string } {
  const parsed: ParsedArticle = buildArticle({ title, publishedAt: '2025-08-01T10:00:00Z', url: `https://example.test/accountable/${n}`, authors: [], tags: [], paragraphs: ['Talks went on.'], entities, statements: [] });
  return { text: JSON.stringify(parsed), filename: `report-${n}.json` };
}

async function graphSize(graph: TestGraph) {
  const [row] = await graph.executor.read<{ nodes: number; rels: number }>('MATCH (n) WHERE NOT n:Migration WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels');
  return row!;
}

async function entityNames(graph: TestGraph, id: string) {
  const [row] = await graph.executor.read<{ name: string; aliases: string[]; roles: string[]; nameKeys: string }>('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.roles AS roles, e.nameKeys AS nameKeys', { id });
  return row!;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret' });
  await graph.reset();
});
afterAll(() => graph.close());

describe('who may name what', () => {
  it('"Putin for ISW": an alias that is another entity\'s name or alias is refused, reported, and finds nothing', async () => {
    const before = await entityNames(graph, PUTIN);
    const result = await graph.query(INGEST, { input: parsedJson([person('Vladimir Putin', { aliases: ['Institute for the Study of War', 'isw', 'Vlad the Negotiator'], roles: ['Chief negotiator'] })]) }, KEY);
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toMatchObject({
      status: 'CREATED',
      entitiesMatched: [PUTIN],
      aliasesRefused: [
        { entity: PUTIN, alias: 'Institute for the Study of War', heldBy: ISW },
        { entity: PUTIN, alias: 'isw', heldBy: ISW },
      ],
      aliasesWithdrawn: [],
    });

    const { data } = await graph.query(`{
      person(name: "Institute for the Study of War") { id }
      organization(name: "Institute for the Study of War") { id }
      isw: entities(name: "ISW") { id }
      vlad: person(name: "Vlad the Negotiator") { id name }
    }`);
    expect(data).toEqual({ person: null, organization: { id: ISW }, isw: [{ id: ISW }], vlad: { id: PUTIN, name: 'Vladimir Putin' } });
    expect(await entityNames(graph, PUTIN)).toMatchObject({ name: 'Vladimir Putin', aliases: [...before.aliases, 'Vlad the Negotiator'], roles: [...before.roles, 'Chief negotiator'] });
  });

  it('records what each article gave on its link, so it can be listed per article and taken back exactly', async () => {
    const before = await entityNames(graph, PUTIN);
    const first = await graph.query(INGEST, { input: parsedJson([person('Vladimir Putin', { aliases: ['The Tsar'], roles: ['Kremlin host'] })]) }, KEY);
    const second = await graph.query(INGEST, { input: parsedJson([person('Vladimir Putin', { aliases: ['the tsar', 'Mr Sanctions'] })]) }, KEY);
    const [firstId, secondId] = [first.data.ingestArticle.article.id, second.data.ingestArticle.article.id];

    const given = await graph.executor.read<{ article: string; aliases: string[] | null; roles: string[] | null; by: string }>(
      'MATCH (a:Article)-[m:MENTIONS]->(:Person {id: $id}) WHERE a.id IN $articles RETURN a.id AS article, m.aliases AS aliases, m.roles AS roles, a.ingestedBy AS by ORDER BY a.ingestedAt, a.id',
      { id: PUTIN, articles: [firstId, secondId] },
    );
    expect(given).toEqual([
      { article: firstId, aliases: ['The Tsar'], roles: ['Kremlin host'], by: 'key:editor' },
      { article: secondId, aliases: ['the tsar', 'Mr Sanctions'], roles: null, by: 'key:editor' },
    ]);
    expect((await entityNames(graph, PUTIN)).aliases).toEqual([...before.aliases, 'The Tsar', 'Mr Sanctions']);
    // The README's review query, as written there.
    const review = /```cypher\n(MATCH \(a:Article \{id: \$article\}\)[\s\S]*?)```/.exec(readFileSync(projectPath('README.md'), 'utf8'))![1]!;
    expect(await graph.executor.read(review, { article: firstId })).toEqual([{ by: 'key:editor', entity: PUTIN, aliases: ['The Tsar'], roles: ['Kremlin host'] }]);

    // Undoing the first article: its role goes; "The Tsar" stays, the second article gives it too.
    expect(await undoArticleNaming(graph.executor, firstId)).toEqual({ entities: [{ id: PUTIN, aliases: [], roles: ['Kremlin host'], positions: [] }] });
    expect(await entityNames(graph, PUTIN)).toMatchObject({ aliases: [...before.aliases, 'The Tsar', 'Mr Sanctions'], roles: before.roles });
    // Undoing the second too: Putin is named exactly as before, and no lookup finds him by those names.
    await undoArticleNaming(graph.executor, secondId);
    expect(await entityNames(graph, PUTIN)).toEqual(before);
    const { data } = await graph.query('{ tsar: person(name: "The Tsar") { id } sanctions: person(name: "Mr Sanctions") { id } }');
    expect(data).toEqual({ tsar: null, sanctions: null });
    // Twice is once.
    expect(await undoArticleNaming(graph.executor, secondId)).toEqual({ entities: [] });
  });

  it('a name wins over an alias: creating "Joe Biden" takes that alias back from the entity it was planted on', async () => {
    const planted = await graph.query(INGEST, { input: parsedJson([person('Vladimir Putin', { aliases: ['Joe Biden'] })]) }, KEY);
    expect(planted.data.ingestArticle.aliasesRefused).toEqual([]);
    expect((await graph.query('{ person(name: "Joe Biden") { id } }')).data.person).toEqual({ id: PUTIN });

    const real = await graph.query(INGEST, { input: parsedJson([person('Joe Biden', { aliases: ['Biden'] })]) }, KEY);
    expect(real.data.ingestArticle).toMatchObject({ entitiesCreated: ['person:joe-biden'], aliasesWithdrawn: [{ entity: PUTIN, alias: 'Joe Biden', heldBy: 'person:joe-biden' }] });
    expect((await graph.query('{ person(name: "Joe Biden") { id } }')).data.person).toEqual({ id: 'person:joe-biden' });
    expect((await entityNames(graph, PUTIN)).nameKeys).not.toContain('|joe biden|');
  });

  it('never renames an existing entity', async () => {
    await graph.query(INGEST, { input: parsedJson([{ ...person('Vladimir Putin'), name: 'Institute for the Study of War' }]) }, KEY);
    expect((await graph.query(`{ node(id: "${PUTIN}") { ... on Person { name } } }`)).data.node).toEqual({ name: 'Vladimir Putin' });
  });

  it('refuses an entry whose id prefix is not its type, naming it, and writes nothing', async () => {
    const size = await graphSize(graph);
    const result = await graph.query(INGEST, { input: parsedJson([{ ...person('Vladimir Putin'), type: 'ORGANIZATION' }]) }, KEY);
    expect(result.errors?.[0]).toMatchObject({
      message: "entities[0] (person:vladimir-putin) has type ORGANIZATION, but its id is a person id: an entity's id prefix must match its type.",
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await graphSize(graph)).toEqual(size);
  });

  it('refuses an entry that would change the type of an existing id (a graph written before the rule), writing nothing', async () => {
    await graph.executor.write("CREATE (:Organization:Entity {id: 'person:acme-holdings', name: 'Acme Holdings', foldedName: 'acme holdings', aliases: [], foldedAliases: [], roles: [], nameKeys: '|acme holdings|'})");
    const size = await graphSize(graph);
    const result = await graph.query(INGEST, { input: parsedJson([person('Acme Holdings')]) }, KEY);
    expect(result.errors?.[0]).toMatchObject({
      message: "entities[0] (person:acme-holdings) has type PERSON, but person:acme-holdings has type ORGANIZATION in the graph: an article cannot change an entity's type.",
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await graphSize(graph)).toEqual(size);
  });
});

describe('caps per article', () => {
  const names = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix} ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
  const input = (over: Record<string, unknown>) => ({ title: `Capped ${++n}`, body: 'A short report.', publishedAt: '2025-08-02', ...over });

  it('refuses 51 authors over the API with BAD_USER_INPUT naming the field and the cap, writing nothing; takes 50', async () => {
    const size = await graphSize(graph);
    const over = await graph.query(INGEST, { input: input({ authors: names(51, 'Writer') }) }, KEY);
    expect(over.errors?.[0]).toMatchObject({ message: 'article.authors has 51 entries; at most 50 are accepted per article (NEWSGRAPH_MAX_AUTHORS_PER_ARTICLE).', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await graphSize(graph)).toEqual(size);

    const at = await graph.query('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { authors(first: 100) { name } } } }', { input: input({ authors: names(50, 'Writer') }) }, KEY);
    expect(at.errors).toBeUndefined();
    expect(at.data.ingestArticle.article.authors).toHaveLength(50);
  });

  it('refuses 101 tags, takes 100', async () => {
    const over = await graph.query(INGEST, { input: input({ tags: names(101, 'tag') }) }, KEY);
    expect(over.errors?.[0]).toMatchObject({ message: 'article.tags has 101 entries; at most 100 are accepted per article (NEWSGRAPH_MAX_TAGS_PER_ARTICLE).', extensions: { code: 'BAD_USER_INPUT' } });
    const at = await graph.query(INGEST, { input: input({ tags: names(100, 'tag') }) }, KEY);
    expect(at.data.ingestArticle.status).toBe('CREATED');
  });

  it('caps entities, statements and events as configured, over the API and in the CLI', async () => {
    const small = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret', NEWSGRAPH_MAX_ENTITIES_PER_ARTICLE: '2', NEWSGRAPH_MAX_STATEMENTS_PER_ARTICLE: '1', NEWSGRAPH_MAX_EVENTS_PER_ARTICLE: '1' });
    try {
      const people = names(3, 'Person').map((name) => person(name));
      const article = (entities: ParsedEntity[], statements: number, events: number) => {
        const paragraphs = ['Said one.', 'Said two.'];
        const parsed = buildArticle({
          title: `Sized ${++n}`, publishedAt: '2025-08-03', authors: [], tags: [], paragraphs, entities,
          statements: paragraphs.slice(0, statements).map((s) => ({ speaker: entities[0]!.id, verb: 'say', kind: 'CLAIM' as const, text: s, about: [], sentence: s })),
          events: Array.from({ length: events }, (_, i) => ({ id: `event:meeting-${n}-${i}`, name: `Meeting ${i}`, kind: 'MEETING', date: null, status: 'expected' as const, participants: [] })),
        });
        return { text: JSON.stringify(parsed), filename: `sized-${n}.json` };
      };
      const size = await graphSize(small);
      const refusals = await Promise.all([
        small.query(INGEST, { input: article(people, 1, 1) }, KEY),
        small.query(INGEST, { input: article(people.slice(0, 2), 2, 1) }, KEY),
        small.query(INGEST, { input: article(people.slice(0, 2), 1, 2) }, KEY),
      ]);
      expect(refusals.map((r) => r.errors?.[0]?.message)).toEqual([
        'entities has 3 entries; at most 2 are accepted per article (NEWSGRAPH_MAX_ENTITIES_PER_ARTICLE).',
        'statements has 2 entries; at most 1 are accepted per article (NEWSGRAPH_MAX_STATEMENTS_PER_ARTICLE).',
        'events has 2 entries; at most 1 are accepted per article (NEWSGRAPH_MAX_EVENTS_PER_ARTICLE).',
      ]);
      expect(refusals.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(await graphSize(small)).toEqual(size);

      // The CLI: the refused file fails on one line naming it and the cap, the other lands.
      const dir = mkdtempSync(join(tmpdir(), 'newsgraph-caps-'));
      const [over, at] = [article(people, 1, 1), article(people.slice(0, 2), 1, 1)];
      writeFileSync(join(dir, 'over.json'), over.text);
      writeFileSync(join(dir, 'at.json'), at.text);
      const run = await ingestFiles(small.executor, [join(dir, 'at.json'), join(dir, 'over.json')], { limits: small.config.articleLimits });
      expect(run.outcomes.map((o) => o.status)).toEqual(['created', 'failed']);
      expect(run.outcomes[1]).toMatchObject({ stage: 'input', error: 'entities has 3 entries; at most 2 are accepted per article (NEWSGRAPH_MAX_ENTITIES_PER_ARTICLE).' });
    } finally {
      await small.close();
    }
  });
});
