import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODES_BY_ID } from '../../src/domain/node/read-cypher.js';
import { NODE_PROJECTION } from '../../src/domain/node/graph-node.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { ISW, KREMLIN, NEGOTIATIONS, PESKOV, PUTIN, RUSSIA, SEED, TARIFFS, TRUMP, ZELENSKY, resetWithExploreReports } from '../fixtures/explore-reports.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetWithExploreReports(graph);
});
afterAll(() => graph.close());

async function ok(query: string, variables?: Record<string, unknown>) {
  const result = await graph.query(query, variables);
  expect(result.errors).toBeUndefined();
  return result;
}

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $via: [RelationshipType!], $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, via: $via, first: $first) {
    length text nodes { id }
    steps { from { id } relationship direction properties to { id } report { article { id } evidence { sentence start end } } }
  }
}`;

describe('paths', () => {
  it('finds the shortest paths first, through what was said before what was printed side by side, in one query', async () => {
    const { data, cypher } = await ok(PATHS, { from: ISW, to: NEGOTIATIONS, first: 6 });
    expect(cypher).toHaveLength(1);
    const paths = data.paths;
    expect(paths).toHaveLength(6);
    expect(paths.map((p: any) => p.length)).toEqual([2, 2, 2, 2, 2, 2]);
    // Four ISW statements about negotiations, then the two articles that mention ISW and are tagged so.
    expect(paths.slice(0, 4).every((p: any) => p.text.match(/^Institute for the Study of War —(assessed|said)→ “[^”]+…” —about→ negotiations$/))).toBe(true);
    expect(paths.slice(4).map((p: any) => p.steps.map((s: any) => `${s.direction} ${s.relationship}`))).toEqual([
      ['INCOMING MENTIONS', 'OUTGOING TAGGED'],
      ['INCOMING MENTIONS', 'OUTGOING TAGGED'],
    ]);
    expect(paths[4].text).toBe('Institute for the Study of War ←mentions— Russia will come to negotiating table only after major battlefield defeats – ISW —tagged→ negotiations');
    // Three articles mention ISW and are tagged negotiations (August's through Peskov's statement); then 3 hops.
    const longer = await ok(PATHS, { from: ISW, to: NEGOTIATIONS, first: 20 });
    expect(longer.data.paths.map((p: any) => p.length)).toEqual([...Array(7).fill(2), ...Array(13).fill(3)]);
  });

  it('gives each step its relationship, direction and properties, and a statement\'s report and sentence', async () => {
    const { data } = await ok(PATHS, { from: ISW, to: RUSSIA, via: ['STATED', 'ABOUT'], maxHops: 2, first: 20 });
    const viaQuote = data.paths.find((p: any) => p.nodes[1].id === SEED.iswConsistentlyAssessed);
    expect(viaQuote.steps).toEqual([
      {
        from: { id: ISW }, relationship: 'STATED', direction: 'OUTGOING', properties: { verb: 'say', verbAsWritten: 'Quote from' }, to: { id: SEED.iswConsistentlyAssessed },
        report: { article: { id: SEED.article }, evidence: { sentence: expect.stringContaining('ISW has consistently assessed'), start: expect.any(Number), end: expect.any(Number) } },
      },
      {
        from: { id: SEED.iswConsistentlyAssessed }, relationship: 'ABOUT', direction: 'OUTGOING', properties: {}, to: { id: RUSSIA },
        report: { article: { id: SEED.article }, evidence: expect.objectContaining({ sentence: expect.stringContaining('negotiating table') }) },
      },
    ]);
    // Five ISW statements are about Russia: five two-hop paths, all OUTGOING STATED then ABOUT.
    expect(data.paths).toHaveLength(5);
    expect(data.paths.every((p: any) => p.steps.map((s: any) => s.relationship).join() === 'STATED,ABOUT')).toBe(true);
  });

  it('walks relationships against their direction and reports INCOMING', async () => {
    const { data } = await ok(PATHS, { from: RUSSIA, to: TRUMP, via: ['ABOUT', 'STATED'], maxHops: 2, first: 1 });
    expect(data.paths[0].text).toBe('Russia ←about— “he would introduce strict 100 per cent secondary tariffs…” ←warned— Donald Trump');
    expect(data.paths[0].steps.map((s: any) => s.direction)).toEqual(['INCOMING', 'INCOMING']);
  });

  it('takes the report on the path when a statement has several', async () => {
    const { data } = await ok(PATHS, { from: ISW, to: 'article:210fa796061a2285', via: ['STATED', 'REPORTED_IN'], maxHops: 2, first: 5 });
    const repeated = data.paths.find((p: any) => p.nodes[1].id === SEED.iswKremlinProtracting);
    expect(repeated.steps.map((s: any) => s.report.article.id)).toEqual(['article:210fa796061a2285', 'article:210fa796061a2285']);
    expect(repeated.steps[1].properties).toMatchObject({ sentence: expect.stringContaining('Quote from ISW') });
  });

  it('answers [] when no path is short enough, and null when an end does not exist', async () => {
    expect((await ok(PATHS, { from: PESKOV, to: TRUMP, via: ['STATED'], maxHops: 6 })).data.paths).toEqual([]);
    const unknown = await graph.query(PATHS, { from: ISW, to: 'person:nobody' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ paths: null });
    expect((await ok(PATHS, { from: 'person:nobody', to: ISW })).data).toEqual({ paths: null });
    // Not `<kind>:<key>`: no node can have it, so no query runs to learn that.
    const malformed = await ok(PATHS, { from: 'not an id', to: ISW });
    expect(malformed.data).toEqual({ paths: null });
    expect(malformed.cypher).toEqual([]);
    const same = await graph.query(PATHS, { from: ISW, to: ISW });
    expect(same.errors?.[0]).toMatchObject({ message: 'from and to are the same node: give two different ids.', extensions: { code: 'BAD_USER_INPUT', argumentName: 'to' } });
  });
});

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $types: [NodeType!], $via: [RelationshipType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, via: $via, limit: $limit) {
    center { id } totalCount truncated
    nodes { id label type distance properties }
    edges { id source target type properties }
  }
}`;

describe('neighborhood', () => {
  it('gives the nodes and edges around Putin as a graph view takes them, in one query', async () => {
    const { data, cypher } = await ok(NEIGHBORHOOD, { id: PUTIN });
    expect(cypher).toHaveLength(1);
    const n = data.neighborhood;
    expect(n.center).toEqual({ id: PUTIN });
    expect(n.nodes[0]).toEqual({ id: PUTIN, label: 'Vladimir Putin', type: 'PERSON', distance: 0, properties: { id: PUTIN, name: 'Vladimir Putin', aliases: ['Putin'], roles: ['Russian leader'] } });
    // Two articles mention him, three statements are about him, he holds a role in Russia.
    expect(n.nodes.slice(1).map((x: any) => x.type).sort()).toEqual(['ARTICLE', 'ARTICLE', 'PLACE', 'STATEMENT', 'STATEMENT', 'STATEMENT']);
    expect(n.totalCount).toBe(7);
    expect(n.truncated).toBe(false);
    expect(n.edges).toContainEqual({ id: `${PUTIN}-HOLDS_ROLE->${RUSSIA}`, source: PUTIN, target: RUSSIA, type: 'HOLDS_ROLE', properties: { title: 'leader' } });
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(n.nodes.find((x: any) => x.type === 'ARTICLE').properties.body).toBeUndefined();
  });

  it('goes deeper through the types and relationships asked for, and flags a cut', async () => {
    const people = await ok(NEIGHBORHOOD, { id: PUTIN, depth: 2, types: ['STATEMENT', 'ORGANIZATION', 'PERSON'], via: ['ABOUT', 'STATED'] });
    expect(people.data.neighborhood.nodes.filter((x: any) => x.distance === 2).map((x: any) => x.id)).toEqual([ISW]);
    const cut = await ok(NEIGHBORHOOD, { id: PUTIN, depth: 3, limit: 5 });
    expect(cut.data.neighborhood.nodes).toHaveLength(6);
    expect(cut.data.neighborhood.truncated).toBe(true);
    expect(cut.data.neighborhood.totalCount).toBeGreaterThan(6);
  });

  it('is null for an unknown id and refuses depth and limit beyond the caps, naming them', async () => {
    expect((await ok(NEIGHBORHOOD, { id: 'person:nobody' })).data.neighborhood).toBeNull();
    const deep = await graph.query(NEIGHBORHOOD, { id: PUTIN, depth: 4 });
    expect(deep.errors?.[0]).toMatchObject({ message: 'depth must be between 1 and 3, got 4.', extensions: { code: 'BAD_USER_INPUT', argumentName: 'depth' } });
    const wide = await graph.query(NEIGHBORHOOD, { id: PUTIN, limit: 201 });
    expect(wide.errors?.[0]?.message).toBe('limit must be between 1 and 200, got 201.');
  });
});

const SEARCH = `query($query: String!, $types: [NodeType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    totalCount
    nodes { score matchedField fragment highlighted node { __typename ... on Node { id } } }
  }
}`;

describe('search', () => {
  it('ranks names, aliases, titles and statement text, and highlights the match', async () => {
    const { data } = await ok(SEARCH, { query: 'negotiating table' });
    const hits = data.search.nodes;
    expect(data.search.totalCount).toBe(4);
    expect(hits.map((h: any) => h.node.__typename).sort()).toEqual(['Article', 'Statement', 'Statement', 'Statement']);
    expect(hits.every((h: any) => h.highlighted.includes('<mark>negotiating</mark> <mark>table</mark>'))).toBe(true);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(hits.find((h: any) => h.node.__typename === 'Article')).toMatchObject({ matchedField: 'TITLE', fragment: 'Russia will come to negotiating table only after major battlefield defeats – ISW' });
  });

  it('tolerates small typos and finds aliases', async () => {
    const putin = await ok(SEARCH, { query: 'Vladmir Putn', types: ['PERSON'] });
    expect(putin.data.search.nodes).toEqual([{ score: expect.any(Number), matchedField: 'NAME', fragment: 'Vladimir Putin', highlighted: '<mark>Vladimir</mark> <mark>Putin</mark>', node: { __typename: 'Person', id: PUTIN } }]);
    const zelensky = await ok(SEARCH, { query: 'zelenskyy', types: ['PERSON'] });
    expect(zelensky.data.search.nodes.map((h: any) => h.node.id)).toEqual([ZELENSKY]);
    const isw = await ok(SEARCH, { query: 'ISW', types: ['ORGANIZATION'] });
    expect(isw.data.search.nodes).toMatchObject([{ matchedField: 'ALIAS', highlighted: '<mark>ISW</mark>', node: { id: ISW } }]);
  });

  it('searches entities in their own index, with the same hits, scores and counts as the index of everything', async () => {
    const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'TOPIC', 'EVENT'];
    let found = 0;
    for (const query of ['Putin', 'russia', 'Vladmir Putn', 'ISW', 'negotiations', 'Kremlin Peskov']) {
      const entities = await ok(SEARCH, { query, types: ENTITY_TYPES, first: 50 });
      found += entities.data.search.nodes.length;
      expect(entities.cypher.some((c) => c.includes("queryNodes('search_entities'"))).toBe(true);
      expect(entities.cypher.some((c) => c.includes("queryNodes('search_text'"))).toBe(false);
      // Every type: the index of everything, filtered here to the entities.
      const all = await ok(SEARCH, { query, first: 100 });
      expect(all.cypher.every((c) => !c.includes('search_entities'))).toBe(true);
      const filtered = all.data.search.nodes.filter((h: any) => !['Article', 'Statement'].includes(h.node.__typename));
      expect(entities.data.search.nodes).toEqual(filtered);
      expect(entities.data.search.totalCount).toBe(filtered.length);
    }
    expect(found).toBeGreaterThanOrEqual(6);
    // A query naming a type outside the entities uses the index of everything.
    const mixed = await ok(SEARCH, { query: 'russia', types: ['PERSON', 'STATEMENT'] });
    expect(mixed.cypher.some((c) => c.includes("queryNodes('search_text'"))).toBe(true);
  });

  it('filters by type and pages', async () => {
    const { data } = await ok(SEARCH, { query: 'russia', types: ['STATEMENT'], first: 2 });
    expect(data.search.nodes).toHaveLength(2);
    expect(data.search.totalCount).toBeGreaterThan(2);
    expect(data.search.nodes.every((h: any) => h.node.__typename === 'Statement')).toBe(true);
  });

  it('refuses an empty or over-long query', async () => {
    expect((await graph.query(SEARCH, { query: ' ?! ' })).errors?.[0]).toMatchObject({ message: 'query must contain at least one word (letters or digits).', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await graph.query(SEARCH, { query: 'x'.repeat(201) })).errors?.[0]?.message).toBe('query may be at most 200 characters, got 201.');
  });
});

const TIMELINE = `query($id: ID!, $from: String, $to: String, $orderBy: TimelineOrder, $first: Int) {
  timeline(id: $id, from: $from, to: $to, orderBy: $orderBy, first: $first) {
    totalCount
    nodes { date role statement { id speaker { name } } event { id } article { id } evidence { sentence } }
  }
}`;

describe('timeline', () => {
  it('puts what an entity said, what was said about it and its events in date order, each with its report', async () => {
    const { data } = await ok(TIMELINE, { id: TRUMP });
    expect(data.timeline.totalCount).toBe(3);
    expect(data.timeline.nodes.map((i: any) => [i.date, i.role, i.statement?.id ?? i.event?.id, i.article.id])).toEqual([
      ['2025-07-14', 'PARTICIPATED', TARIFFS, SEED.article],
      ['2025-07-22T03:22:00', 'SAID', SEED.trumpTariffWarning, SEED.article],
      ['2025-07-29T10:00:00', 'ABOUT', expect.stringMatching(/^statement:/), 'article:210fa796061a2285'],
    ]);
    expect(data.timeline.nodes[2].statement.speaker.name).toBe('Volodymyr Zelensky');
    expect(data.timeline.nodes[1].evidence.sentence).toContain("citing US President Donald Trump's warning");
  });

  it('limits to a date range, newest first on request, and is null for unknown or wrong-kind ids', async () => {
    const { data } = await ok(TIMELINE, { id: KREMLIN, from: '2025-07-23', orderBy: 'NEWEST_FIRST' });
    // The ISW quote about the Kremlin, within the range at its second report.
    expect(data.timeline.nodes.map((i: any) => [i.date, i.statement.id, i.article.id])).toEqual([
      ['2025-07-29T10:00:00', SEED.iswKremlinProtracting, 'article:210fa796061a2285'],
    ]);
    expect((await ok(TIMELINE, { id: 'organization:nobody' })).data.timeline).toBeNull();
    expect((await ok(TIMELINE, { id: SEED.article })).data.timeline).toBeNull();
    expect((await graph.query(TIMELINE, { id: KREMLIN, to: 'yesterday' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'to' });
  });
});

const RELATED = `query($id: ID!, $first: Int, $after: String) {
  relatedEntities(id: $id, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name } reportCount relations reports { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('relatedEntities', () => {
  it('ranks entities by the reports connecting them, with those reports and how they connect', async () => {
    const { data, cypher } = await ok(RELATED, { id: ISW, first: 3 });
    expect(cypher).toHaveLength(1);
    const edges = data.relatedEntities.edges;
    // Russia and the Kremlin share all three reports with ISW; ISW spoke about both.
    expect(edges.slice(0, 2).map((e: any) => [e.node.id, e.reportCount, e.relations])).toEqual([
      [KREMLIN, 3, ['CO_MENTIONED', 'SPOKE_ABOUT']],
      [RUSSIA, 3, ['CO_MENTIONED', 'SPOKE_ABOUT']],
    ]);
    // Newest first: August's report, the follow-up of 2025-07-29, the seed.
    expect(edges[0].reports.map((r: any) => r.id).slice(1)).toEqual(['article:210fa796061a2285', SEED.article]);
    expect(data.relatedEntities.pageInfo.hasNextPage).toBe(true);
    const next = await ok(RELATED, { id: ISW, first: 100, after: data.relatedEntities.pageInfo.endCursor });
    expect(next.data.relatedEntities.edges.length + 3).toBe(data.relatedEntities.totalCount);
  });

  it('links a speaker to whom its statements are about', async () => {
    const { data } = await ok(RELATED, { id: ZELENSKY, first: 10 });
    expect(data.relatedEntities.edges.find((e: any) => e.node.id === TRUMP)).toMatchObject({ reportCount: 1, relations: ['CO_MENTIONED', 'SPOKE_ABOUT'] });
    expect((await ok(RELATED, { id: 'statement:0000000000000000' })).data.relatedEntities).toBeNull();
  });
});

const STANCE = `query($speaker: ID!, $subject: ID!, $similarity: Float, $first: Int) {
  stance(speaker: $speaker, subject: $subject, similarity: $similarity) {
    speaker { name } subject { __typename }
    statementCount reportCount firstSeen lastSeen truncated
    assessments(first: $first) { totalCount pageInfo { hasNextPage } nodes { text reportCount firstSeen lastSeen statements { id } reports { article { id } evidence { sentence } } } }
  }
}`;

describe('stance', () => {
  it("groups ISW's near-identical assessments of Russia across reports and counts the reports repeating each", async () => {
    const { data, cypher } = await ok(STANCE, { speaker: ISW, subject: RUSSIA });
    expect(cypher).toHaveLength(1);
    const s = data.stance;
    expect(s).toMatchObject({ speaker: { name: 'Institute for the Study of War' }, subject: { __typename: 'Place' }, statementCount: 5, reportCount: 3, firstSeen: '2025-07-22T03:22:00', lastSeen: '2025-08-05T09:30:00+03:00', truncated: false });
    expect(s.assessments.totalCount).toBe(4);
    const firstPage = (await ok(STANCE, { speaker: ISW, subject: RUSSIA, first: 1 })).data.stance.assessments;
    expect(firstPage).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true }, nodes: [{ text: s.assessments.nodes[0].text }] });
    const repeated = s.assessments.nodes[0];
    expect(repeated).toMatchObject({ reportCount: 2, firstSeen: '2025-07-22T03:22:00', lastSeen: '2025-07-29T10:00:00' });
    expect(repeated.text).toMatch(/^ISW has consistently assessed that only significant Russian battlefield setbacks/);
    expect(repeated.statements.map((x: any) => x.id)[0]).toBe(SEED.iswConsistentlyAssessed);
    expect(repeated.statements).toHaveLength(2);
    expect(repeated.reports.map((r: any) => r.article.id)).toEqual([SEED.article, 'article:210fa796061a2285']);
    expect(s.assessments.nodes.map((a: any) => a.reportCount)).toEqual([2, 1, 1, 1]);
  });

  it('keeps rewordings apart at similarity 1, counts a verbatim repeat as one statement in two reports', async () => {
    const strict = await ok(STANCE, { speaker: ISW, subject: RUSSIA, similarity: 1 });
    expect(strict.data.stance.assessments.totalCount).toBe(5);
    const kremlin = await ok(STANCE, { speaker: ISW, subject: KREMLIN });
    expect(kremlin.data.stance.assessments.nodes).toMatchObject([{ reportCount: 2, statements: [{ id: SEED.iswKremlinProtracting }] }]);
  });

  it('works for topics, is empty when the speaker never spoke about the subject, and null when either does not exist', async () => {
    expect((await ok(STANCE, { speaker: PESKOV, subject: NEGOTIATIONS })).data.stance).toMatchObject({ statementCount: 1, reportCount: 1 });
    expect((await ok(STANCE, { speaker: TRUMP, subject: KREMLIN })).data.stance).toMatchObject({ statementCount: 0, reportCount: 0, firstSeen: null, assessments: { totalCount: 0, nodes: [] } });
    expect((await ok(STANCE, { speaker: 'organization:nobody', subject: RUSSIA })).data).toEqual({ stance: null });
    expect((await ok(STANCE, { speaker: ISW, subject: 'topic:nothing-of-the-kind' })).data).toEqual({ stance: null });
    // A topic never speaks: no speaker has that id.
    const wrongKind = await ok(STANCE, { speaker: NEGOTIATIONS, subject: RUSSIA });
    expect(wrongKind.data).toEqual({ stance: null });
    expect(wrongKind.cypher).toEqual([]);
    expect((await graph.query(STANCE, { speaker: ISW, subject: RUSSIA, similarity: 0.1 })).errors?.[0]?.message).toBe('similarity must be between 0.5 and 1, got 0.1.');
  });
});

describe('limits', () => {
  it('caps hops and page sizes in the arguments, naming the limit', async () => {
    const hops = await graph.query(PATHS, { from: ISW, to: RUSSIA, maxHops: 7 });
    expect(hops.errors?.[0]).toMatchObject({ message: 'maxHops must be between 1 and 6, got 7.', extensions: { code: 'BAD_USER_INPUT', argumentName: 'maxHops' } });
    const many = await graph.query(PATHS, { from: ISW, to: RUSSIA, first: 21 });
    expect(many.errors?.[0]?.message).toBe('first must be between 1 and 20, got 21.');
    for (const q of [SEARCH.replace('$query: String!', '$query: String! = "isw"'), TIMELINE, RELATED]) {
      const r = await graph.query(q, { id: ISW, first: 101 });
      expect(r.errors?.[0]?.message).toContain('first must be between 0 and 100, got 101.');
    }
    expect(hops.cypher).toEqual([]);
  });
});

describe('Article.body', () => {
  it('is left out of every node a read returns unless selected, then read in the same query', async () => {
    const [stored] = await graph.executor.read<{ body: string }>('MATCH (a:Article {id: $id}) RETURN a.body AS body', { id: SEED.article });
    const rows = await graph.executor.read<{ node: Record<string, unknown>; nodes: unknown[] }>(
      `MATCH (a:Article) RETURN ${NODE_PROJECTION('a')} AS node, [x IN [a] | ${NODE_PROJECTION('x')}] AS nodes`,
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(JSON.stringify(rows)).not.toContain('"body"');
    const [byId] = await graph.executor.read<{ node: Record<string, unknown> }>(NODES_BY_ID, { ids: [SEED.article] });
    expect(JSON.stringify(byId)).not.toContain('"body"');

    // Selected: the list's one query reads every body; not selected: no query reads one.
    const list = await ok('{ articles(first: 10) { nodes { id title body } } }');
    const articles = list.data.articles.nodes;
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.every((a: any) => typeof a.body === 'string' && a.body.length > 0)).toBe(true);
    expect(articles.find((a: any) => a.id === SEED.article).body).toBe(stored!.body);
    expect(list.cypher).toHaveLength(1);
    expect(list.cypher[0]).toContain('.body');
    const titles = await ok('{ articles(first: 10) { nodes { id title } } }');
    expect(titles.cypher.some((c) => c.includes('.body'))).toBe(false);

    // Articles reached through a path report get theirs the same way.
    const path = await ok(`{ paths(from: "${ISW}", to: "${RUSSIA}", maxHops: 2, first: 1) { steps { report { article { id body } } } } }`);
    expect(path.data.paths[0].steps[0].report.article.body).toBe(stored!.body);
    expect(path.cypher).toHaveLength(1);
  });
});

// schema/README.md "Lists and connections": each growing list's connection pages through what its
// deprecated plain twin lists, in the same order, and counts all of it.
describe('connection twins of the plain lists', () => {
  const page = `pageInfo { hasNextPage endCursor } totalCount`;

  it('page through the same items as the plain list, one at a time, counting them all', async () => {
    const cases = [
      { root: `person(id: "person:olha-hlushchenko")`, plain: 'articles { id }', connection: 'articlesConnection', node: '{ id }' },
      { root: `topic(id: "${NEGOTIATIONS}")`, plain: 'articles { id }', connection: 'articlesConnection', node: '{ id }' },
      { root: `place(id: "${RUSSIA}")`, plain: 'events { id }', connection: 'eventsConnection', node: '{ id }' },
      { root: `statement(id: "${SEED.iswKremlinProtracting}")`, plain: 'reports { article { id } evidence { sentence start } }', connection: 'reportsConnection', node: '{ article { id } evidence { sentence start } }' },
    ];
    for (const c of cases) {
      const name = c.plain.slice(0, c.plain.indexOf(' '));
      const all = (await ok(`{ item: ${c.root} { ${c.plain} } }`)).data.item[name];
      expect(all.length, c.connection).toBeGreaterThanOrEqual(2);
      const seen: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i < all.length; i++) {
        const query: string = `query($after: String) { item: ${c.root} { ${c.connection}(first: 1, after: $after) { ${page} nodes ${c.node} } } }`;
        const connection: any = (await ok(query, { after })).data.item[c.connection];
        expect(connection.totalCount, c.connection).toBe(all.length);
        expect(connection.pageInfo.hasNextPage, c.connection).toBe(i < all.length - 1);
        seen.push(...connection.nodes);
        after = connection.pageInfo.endCursor;
      }
      expect(seen, c.connection).toEqual(all);
    }
  });

  it('answer the same below a list, where the planner folds them into its query', async () => {
    const query = `{ people(first: 50) { nodes { id articles { id } articlesConnection { totalCount nodes { id } } events { id } eventsConnection { totalCount nodes { id } } } } }`;
    const { data, cypher } = await ok(query);
    expect(cypher).toHaveLength(1);
    const olha = data.people.nodes.find((p: any) => p.id === 'person:olha-hlushchenko');
    expect(olha.articlesConnection).toEqual({ totalCount: 2, nodes: olha.articles });
    for (const p of data.people.nodes) expect(p.eventsConnection, p.id).toEqual({ totalCount: p.events.length, nodes: p.events });
  });

  it('give relatedEntities nodes: the nodes of its edges', async () => {
    const { data } = await ok(`{ relatedEntities(id: "${ZELENSKY}", first: 5) { edges { node { id ... on Entity { name } } } nodes { id ... on Entity { name } } } }`);
    expect(data.relatedEntities.nodes.length).toBeGreaterThan(1);
    expect(data.relatedEntities.nodes).toEqual(data.relatedEntities.edges.map((e: any) => e.node));
    const onlyNodes = await ok(`{ relatedEntities(id: "${ZELENSKY}", first: 5) { nodes { name } } }`);
    expect(onlyNodes.data.relatedEntities.nodes).toEqual(data.relatedEntities.nodes.map((n: any) => ({ name: n.name })));
  });
});
