/**
 * Issue 12, item 2: filters and orders on every list — articles, people/organizations/places/topics,
 * events, relatedEntities, mentionedIn — over 60 deterministic synthetic reports (report i is
 * published on 2025-01-01 + i days at 12:00 UTC, written by Synthetic Author i mod 7, tagged
 * synthetic topic i mod 5, see test/fixtures/synthetic.ts) and a few reports written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/executor.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { buildArticle, organization, person, place } from '../fixtures/parsed-article.js';
import { syntheticArticles } from '../fixtures/synthetic.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { planOperators, runObserved } from '../helpers/plans.js';

let graph: TestGraph;

/** Two outlets print one story: the second is a Publication (a copy) of the first. */
const STORY = {
  paragraphs: ['Harbour cranes stood idle on Tuesday as the dock workers walked out.', 'Talks between the union and the port authority are to resume next week.'],
  entities: [organization('Harbour Union'), place('Synthetic Place 0')],
};

const STORY_EVENTS = [
  { id: 'event:dock-strike', name: 'dock strike', kind: 'STRIKE', date: '2025-03-02', status: 'occurred' as const, participants: ['organization:harbour-union'] },
  { id: 'event:port-talks', name: 'port talks', kind: 'NEGOTIATIONS', date: '2025-03', status: 'expected' as const, participants: ['organization:harbour-union', 'place:synthetic-place-0'] },
  { id: 'event:harbour-vote', name: 'harbour vote', kind: 'VOTE', date: null, status: 'announced' as const, participants: [] },
];
const SUMMIT_EVENTS = [
  { id: 'event:spring-summit', name: 'spring summit', kind: 'MEETING', date: '2025-04-10', status: 'occurred' as const, participants: ['person:synthetic-person-7', 'person:synthetic-person-0'] },
  { id: 'event:january-meeting', name: 'January meeting', kind: 'MEETING', date: '2025-01-15', status: 'occurred' as const, participants: ['person:synthetic-person-0'] },
];

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset({ seed: false });
  for (const parsed of syntheticArticles(60)) await writeArticle(graph.executor, parsed);
  for (const [title, url] of [
    ['Dock workers walk out', 'https://harbour-news.test/2025/03/02/strike'],
    ['Dock workers walk out at the harbour', 'https://coast-daily.test/strike-copy'],
  ] as const) {
    await writeArticle(graph.executor, buildArticle({ title, publishedAt: '2025-03-03T01:30:00+02:00', url, authors: ['Dock Reporter'], tags: ['strikes'], ...STORY, statements: [], events: STORY_EVENTS }));
  }
  await writeArticle(graph.executor, buildArticle({
    title: 'Leaders meet at the spring summit', publishedAt: '2025-04-10T09:00:00Z', url: 'https://harbour-news.test/2025/04/10/summit', authors: ['Dock Reporter'], tags: [],
    paragraphs: ['Synthetic Person 7 met Synthetic Person 0 at the summit, recalling the January meeting.'],
    entities: [person('Synthetic Person 7'), person('Synthetic Person 0')], statements: [], events: SUMMIT_EVENTS,
  }));
});
afterAll(() => graph.close());

const run = (query: string, variables?: Record<string, unknown>) => runObserved(graph, query, variables);
const operators = (cypher: string, params: Params) => planOperators(graph, cypher, params);

const titles = (connection: any) => connection.nodes.map((n: any) => n.title);
const report = (...numbers: number[]) => numbers.map((i) => `Synthetic report ${i}`);

describe('articles(filter, orderBy)', () => {
  it('filters by a date range, newest first, and counts the matches', async () => {
    const { data } = await run(`{ articles(filter: { from: "2025-02", to: "2025-02-05" }) { totalCount nodes { title } } }`);
    expect(data.articles.totalCount).toBe(5);
    expect(titles(data.articles)).toEqual(report(35, 34, 33, 32, 31));
  });
  it('filters by author, topic, outlet and text, and orders oldest first', async () => {
    const { data } = await run(`{
      byAuthor: articles(filter: { author: "person:synthetic-author-3", from: "2025-02" }) { totalCount nodes { title } }
      byTag: articles(filter: { tag: "topic:synthetic-topic-2" }, orderBy: OLDEST_FIRST, first: 3) { totalCount nodes { title } pageInfo { hasNextPage } }
      byText: articles(filter: { textContains: "REPORT NUMBER 42" }) { totalCount nodes { title } }
      printedBy: articles(filter: { outlet: "harbour-news.test" }) { nodes { title outlet } }
      copiedBy: articles(filter: { outlet: "Coast-Daily.test" }) { nodes { title outlet } }
    }`);
    // Author 3 writes reports 3, 10, 17…: those from February (report 31 on) are 31, 38, 45, 52, 59.
    expect(data.byAuthor).toEqual({ totalCount: 5, nodes: report(59, 52, 45, 38, 31).map((title) => ({ title })) });
    expect(data.byTag).toEqual({ totalCount: 12, nodes: report(2, 7, 12).map((title) => ({ title })), pageInfo: { hasNextPage: true } });
    expect(data.byText).toEqual({ totalCount: 1, nodes: [{ title: 'Synthetic report 42' }] });
    expect(data.printedBy.nodes).toEqual([
      { title: 'Leaders meet at the spring summit', outlet: 'harbour-news.test' },
      { title: 'Dock workers walk out', outlet: 'harbour-news.test' },
    ]);
    // The second outlet printed a copy of the story: the story is listed under it too.
    expect(data.copiedBy.nodes).toEqual([{ title: 'Dock workers walk out', outlet: 'harbour-news.test' }]);
  });

  it('compares dates where the article was published: 01:30 on 3 March at +02:00 is 3 March, though 2 March in UTC', async () => {
    const { data } = await run(`{
      local: articles(filter: { from: "2025-03-03", to: "2025-03-03" }) { nodes { title publishedAt } }
      utc: articles(filter: { from: "2025-03-02", to: "2025-03-02" }) { nodes { title } }
    }`);
    expect(data.local.nodes).toEqual([{ title: 'Dock workers walk out', publishedAt: '2025-03-03T01:30:00+02:00' }]);
    expect(data.utc.nodes).toEqual([]);
  });

  it('pages through a filtered list with after', async () => {
    const first = await run(`{ articles(filter: { tag: "topic:synthetic-topic-0" }, first: 5) { nodes { title } pageInfo { endCursor } } }`);
    expect(titles(first.data.articles)).toEqual(report(55, 50, 45, 40, 35));
    const { data } = await run(`query($after: String) { articles(filter: { tag: "topic:synthetic-topic-0" }, first: 5, after: $after) { nodes { title } pageInfo { hasNextPage } } }`, { after: first.data.articles.pageInfo.endCursor });
    expect(titles(data.articles)).toEqual(report(30, 25, 20, 15, 10));
    expect(data.articles.pageInfo.hasNextPage).toBe(true);
  });

  it('plans what is selected below a filtered list into its one query', async () => {
    const { data, sent } = await run(`{ articles(filter: { author: "person:synthetic-author-3" }, first: 2) { nodes { title authors { name } topics { name } } } }`);
    expect(sent).toHaveLength(1);
    expect(data.articles.nodes).toEqual([
      { title: 'Synthetic report 59', authors: [{ name: 'Synthetic Author 3' }], topics: [{ name: 'synthetic topic 4' }] },
      { title: 'Synthetic report 52', authors: [{ name: 'Synthetic Author 3' }], topics: [{ name: 'synthetic topic 2' }] },
    ]);
  });

  it('walks the publishedMs range index for a date range, in order, without a sort', async () => {
    const { sent } = await run(`{ articles(filter: { from: "2025-02", to: "2025-02-10" }, orderBy: OLDEST_FIRST, first: 3) { nodes { title } } }`);
    const ops = await operators(sent[0]!.cypher, sent[0]!.params);
    expect(ops).toContain('NodeIndexSeekByRange');
    expect(ops).not.toContain('NodeByLabelScan');
    expect(ops).not.toContain('Sort');
    expect(ops).not.toContain('PartialSort');
    expect(ops).not.toContain('Top');
  });

  it('names what is wrong with a bad filter', async () => {
    const bad = await graph.query(`{ articles(filter: { from: "2025-13" }) { totalCount } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: 'filter.from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2025-13".', extensions: { code: 'BAD_USER_INPUT' } });
    const reversed = await graph.query(`{ articles(filter: { from: "2025-03", to: "2025-02" }) { totalCount } }`);
    expect(reversed.errors?.[0]).toMatchObject({ message: 'filter.from (2025-03) is after filter.to (2025-02).', extensions: { code: 'BAD_USER_INPUT' } });
    const order = await graph.query(`{ articles(orderBy: TITLE) { totalCount } }`);
    expect(order.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('people, organizations, places, topics (namePrefix, orderBy)', () => {
  it('keeps names starting with a prefix, case and accents folded, by name', async () => {
    const { data } = await run(`{
      people(namePrefix: "SYNTHÉTIC person 1", first: 3) { totalCount nodes { name } }
      organizations(namePrefix: "harb") { nodes { name } }
      topics(namePrefix: "Strike") { nodes { name } }
    }`);
    expect(data.people).toEqual({ totalCount: 11, nodes: ['Synthetic Person 1', 'Synthetic Person 10', 'Synthetic Person 11'].map((name) => ({ name })) });
    expect(data.organizations.nodes).toEqual([{ name: 'Harbour Union' }]);
    expect(data.topics.nodes).toEqual([{ name: 'strikes' }]);
  });

  it('finds a prefix through the foldedName range indexes', async () => {
    for (const query of [`{ people(namePrefix: "synthetic person 1") { nodes { name } } }`, `{ topics(namePrefix: "strike") { nodes { name } } }`]) {
      const { sent } = await run(query);
      const ops = await operators(sent[0]!.cypher, sent[0]!.params);
      expect(ops, query).toContain('NodeIndexSeekByRange');
      expect(ops, query).not.toContain('NodeByLabelScan');
    }
  });

  it('orders by the number of articles mentioning each, then by name; mentionedInConnection counts the same', async () => {
    const { data } = await run(`{
      places(orderBy: MOST_MENTIONED, first: 5) { totalCount nodes { name mentionedInConnection(first: 0) { totalCount } } }
      people(orderBy: MOST_MENTIONED, first: 3) { nodes { name } }
      topics(orderBy: MOST_MENTIONED) { nodes { name } }
    }`);
    // Place i mod 8 in each synthetic report (0–3 eight times, 4–7 seven), place 0 in the dock story too.
    expect(data.places.totalCount).toBe(8);
    expect(data.places.nodes.map((p: any) => [p.name, p.mentionedInConnection.totalCount])).toEqual([
      ['Synthetic Place 0', 9],
      ['Synthetic Place 1', 8],
      ['Synthetic Place 2', 8],
      ['Synthetic Place 3', 8],
      ['Synthetic Place 4', 7],
    ]);
    // Every synthetic person is in six reports; persons 0 and 7 in the summit's as well.
    expect(data.people.nodes.map((p: any) => p.name)).toEqual(['Synthetic Person 0', 'Synthetic Person 7', 'Synthetic Person 1']);
    // Topics by the articles tagged with them: twelve each, the strike story's one last.
    expect(data.topics.nodes.map((t: any) => t.name)).toEqual(['synthetic topic 0', 'synthetic topic 1', 'synthetic topic 2', 'synthetic topic 3', 'synthetic topic 4', 'strikes']);
  });
});

describe('events(filter, orderBy)', () => {
  const ids = (data: any) => data.nodes.map((e: any) => e.id);
  it('filters by date range, kind, status and participant; undated events come last', async () => {
    const { data } = await run(`{
      all: events { totalCount nodes { id } }
      march: events(filter: { from: "2025-03", to: "2025-03" }) { totalCount nodes { id } }
      fromDay: events(filter: { from: "2025-03-02" }) { nodes { id } }
      meetings: events(filter: { kind: "meeting" }) { nodes { id } }
      occurred: events(filter: { status: OCCURRED }, orderBy: EARLIEST_FIRST) { nodes { id } }
      union: events(filter: { participant: "organization:harbour-union" }) { nodes { id } }
      earliest: events(orderBy: EARLIEST_FIRST) { nodes { id } }
    }`);
    expect(data.all.totalCount).toBe(5);
    expect(ids(data.all)).toEqual(['event:spring-summit', 'event:dock-strike', 'event:port-talks', 'event:january-meeting', 'event:harbour-vote']);
    expect(data.march).toEqual({ totalCount: 2, nodes: [{ id: 'event:dock-strike' }, { id: 'event:port-talks' }] });
    // A month-dated event is not on or after one of its days.
    expect(ids(data.fromDay)).toEqual(['event:spring-summit', 'event:dock-strike']);
    expect(ids(data.meetings)).toEqual(['event:spring-summit', 'event:january-meeting']);
    expect(ids(data.occurred)).toEqual(['event:january-meeting', 'event:dock-strike', 'event:spring-summit']);
    expect(ids(data.union)).toEqual(['event:dock-strike', 'event:port-talks']);
    expect(ids(data.earliest)).toEqual(['event:january-meeting', 'event:port-talks', 'event:dock-strike', 'event:spring-summit', 'event:harbour-vote']);
  });

  it('answers a date range from the event_date range index', async () => {
    const { sent } = await run(`{ events(filter: { from: "2025-03", to: "2025-04" }) { nodes { id } } }`);
    const ops = await operators(sent[0]!.cypher, sent[0]!.params);
    expect(ops).toContain('NodeIndexSeekByRange');
    expect(ops).not.toContain('NodeByLabelScan');
  });
});

describe('relatedEntities(filter)', () => {
  it('keeps the kinds of entity and of connection asked for, through reports in the date range', async () => {
    const org = 'organization:synthetic-organization-0';
    const { data } = await run(`{
      places: relatedEntities(id: "${org}", filter: { types: [PLACE] }) { totalCount edges { node { id } reportCount } }
      speakers: relatedEntities(id: "${org}", first: 2, filter: { types: [PERSON], relations: [SPOKEN_ABOUT_BY] }) { totalCount edges { node { id } reportCount relations reports { title } } }
      february: relatedEntities(id: "${org}", first: 2, filter: { types: [PERSON], relations: [SPOKEN_ABOUT_BY], from: "2025-02", to: "2025-02-28" }) { totalCount edges { node { id } reportCount reports { title } } }
      none: relatedEntities(id: "${org}", filter: { types: [PERSON], relations: [SPOKE_ABOUT] }) { totalCount edges { node { id } } }
    }`);
    expect(data.places).toEqual({
      totalCount: 4,
      edges: [
        { node: { id: 'place:synthetic-place-0' }, reportCount: 4 },
        { node: { id: 'place:synthetic-place-2' }, reportCount: 3 },
        { node: { id: 'place:synthetic-place-6' }, reportCount: 3 },
        { node: { id: 'place:synthetic-place-4' }, reportCount: 2 },
      ],
    });
    expect(data.speakers).toEqual({
      totalCount: 6,
      edges: [
        { node: { id: 'person:synthetic-person-0' }, reportCount: 3, relations: ['SPOKEN_ABOUT_BY'], reports: report(40, 20, 0).map((title) => ({ title })) },
        { node: { id: 'person:synthetic-person-10' }, reportCount: 3, relations: ['SPOKEN_ABOUT_BY'], reports: report(50, 30, 10).map((title) => ({ title })) },
      ],
    });
    // February (reports 31–58): person 15 spoke about it in reports 36 and 56, the others once.
    expect(data.february).toEqual({
      totalCount: 6,
      edges: [
        { node: { id: 'person:synthetic-person-15' }, reportCount: 2, reports: report(56, 36).map((title) => ({ title })) },
        { node: { id: 'person:synthetic-person-0' }, reportCount: 1, reports: report(40).map((title) => ({ title })) },
      ],
    });
    // The organization speaks only about another organization and a place.
    expect(data.none).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('mentionedInConnection', () => {
  it('pages through the articles mentioning an entity or event, newest first, with totalCount, planned into the parent query', async () => {
    const { data, sent } = await run(`{
      place(id: "place:synthetic-place-0") {
        mentionedInConnection(first: 2) { totalCount nodes { title } pageInfo { hasNextPage endCursor } }
        mentionedIn(first: 2) { title }
      }
      event(id: "event:dock-strike") { mentionedInConnection { totalCount nodes { title } } }
    }`);
    expect(sent).toHaveLength(2);
    expect(data.place.mentionedInConnection).toEqual({
      totalCount: 9,
      nodes: [{ title: 'Dock workers walk out' }, { title: 'Synthetic report 56' }],
      pageInfo: { hasNextPage: true, endCursor: 'YXJyYXljb25uZWN0aW9uOjE=' },
    });
    expect(data.place.mentionedIn).toEqual(data.place.mentionedInConnection.nodes);
    expect(data.event.mentionedInConnection).toEqual({ totalCount: 1, nodes: [{ title: 'Dock workers walk out' }] });
  });

  it('gives each of many parents its own page and total in one batched query when the planner leaves it out', async () => {
    // Below an article's mentions (a node many rows share) the field is its own batched query.
    const { data: listed, sent: batched } = await run(`{ articles(filter: { tag: "topic:strikes" }) { nodes { mentions(types: [PLACE]) { ... on Place { name mentionedInConnection(first: 1, after: "YXJyYXljb25uZWN0aW9uOjA=") { totalCount nodes { title } } } } } } }`);
    expect(batched).toHaveLength(2);
    expect(listed.articles.nodes[0].mentions).toEqual([{ name: 'Synthetic Place 0', mentionedInConnection: { totalCount: 9, nodes: [{ title: 'Synthetic report 56' }] } }]);
  });
});
