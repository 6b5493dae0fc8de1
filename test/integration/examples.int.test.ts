/**
 * Every example in examples/ (the playground's tabs) runs against the seeded graph and answers what
 * a reader of it would check: the values, counts and order, not a snapshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/server/landing-page.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

const SEED_TITLE = 'Russia will come to negotiating table only after major battlefield defeats – ISW';

const EXPECTATIONS: Record<string, (data: any) => void> = {
  '01-isw-assessments-about-russia': ({ statements }) => {
    expect(statements.totalCount).toBe(3);
    expect(statements.nodes.map((s: any) => [s.kind, s.verb])).toEqual([
      ['QUOTE', 'say'],
      ['ASSESSMENT', 'note'],
      ['ASSESSMENT', 'assess'],
    ]);
    expect(statements.nodes[0].text).toMatch(/^ISW has consistently assessed that only significant Russian battlefield setbacks/);
    expect(statements.nodes[2].text).toMatch(/^only proper military assistance to Ukraine by its allies/);
    for (const s of statements.nodes) {
      expect(s.reportsConnection).toEqual({ totalCount: 1, nodes: [{ article: { title: SEED_TITLE, publishedAt: '2025-07-22T03:22:00' }, evidence: { sentence: expect.any(String) } }] });
      expect(s.reportsConnection.nodes[0].evidence.sentence).toContain(s.text.replace(/\.$/, '').slice(0, 60));
    }
  },

  '02-path-from-isw-to-negotiations': ({ paths, assessed }) => {
    expect(paths.map((p: any) => p.length)).toEqual([2, 2, 2, 2, 3]);
    expect(paths.slice(0, 3).map((p: any) => p.text)).toEqual([
      'Institute for the Study of War —said→ “ISW has consistently assessed that only significant…” —about→ negotiations',
      'Institute for the Study of War —said→ “ISW continues to assess that the Kremlin remains dedicated…” —about→ negotiations',
      'Institute for the Study of War —assessed→ “only proper military assistance to Ukraine by its allies…” —about→ negotiations',
    ]);
    expect(paths[3].text).toBe(`Institute for the Study of War ←mentions— ${SEED_TITLE} —tagged→ negotiations`);
    const [stated, about] = paths[2].steps;
    expect(stated).toMatchObject({ relationship: 'STATED', direction: 'OUTGOING', properties: { verb: 'assess' }, to: { __typename: 'Statement' } });
    expect(stated.report.article.title).toBe(SEED_TITLE);
    expect(stated.report.evidence.sentence).toMatch(/^Experts from the Institute for the Study of War \(ISW\) assess that/);
    expect(about).toMatchObject({ relationship: 'ABOUT', direction: 'OUTGOING', properties: {}, to: { __typename: 'Topic', id: 'topic:negotiations' } });
    expect(paths[3].steps.map((s: any) => s.report)).toEqual([null, null]);
    // Only through what ISW assessed: the one assessment, then the same claim through its report.
    expect(assessed.map((p: any) => p.text)).toEqual([
      'Institute for the Study of War —assessed→ “only proper military assistance to Ukraine by its allies…” —about→ negotiations',
      `Institute for the Study of War —assessed→ “only proper military assistance to Ukraine by its allies…” —reported in→ ${SEED_TITLE} —tagged→ negotiations`,
    ]);
  },

  '03-trump-tariff-warning-and-who-cited-it': ({ statements }) => {
    expect(statements.nodes).toHaveLength(1);
    const warning = statements.nodes[0];
    expect(warning.kind).toBe('WARNING');
    expect(warning.text).toBe('he would introduce strict 100 per cent secondary tariffs on countries trading with Russia if a peace agreement to end the war in Ukraine is not reached within 50 days from 14 July');
    expect(warning.reportsConnection.nodes[0].evidence.sentence).toMatch(/^Healey emphasised the urgency of the effort, citing US President Donald Trump's warning/);
    const ultimatum = warning.about.find((a: any) => a.__typename === 'Event');
    expect(ultimatum).toMatchObject({ name: '100 per cent secondary tariffs', date: '2025-07-14', endDate: '2025-09-02' });
    expect(ultimatum.statementsAboutConnection.nodes.map((s: any) => [s.speaker.name, s.verb, s.text])).toEqual([
      ['Donald Trump', 'warn', warning.text],
      ['John Healey', 'emphasise', 'the urgency of the effort'],
    ]);
  },

  '04-neighborhood-of-putin': ({ neighborhood }) => {
    expect(neighborhood).toMatchObject({ totalCount: 5, truncated: false });
    expect(neighborhood.nodes.map((n: any) => [n.type, n.label, n.distance])).toEqual([
      ['PERSON', 'Vladimir Putin', 0],
      ['ARTICLE', SEED_TITLE, 1],
      ['PLACE', 'Russia', 1],
      ['STATEMENT', 'ISW has consistently assessed that only significant…', 1],
      ['STATEMENT', 'only proper military assistance to Ukraine by its allies…', 1],
    ]);
    expect(neighborhood.edges).toHaveLength(9);
    expect(neighborhood.edges).toContainEqual({ source: 'person:vladimir-putin', target: 'place:russia', type: 'HOLDS_ROLE', properties: { title: 'leader' } });
    expect(neighborhood.edges.filter((e: any) => e.type === 'ABOUT' && e.target === 'person:vladimir-putin')).toHaveLength(2);
  },

  '05-search-negotiating-table': ({ search }) => {
    expect(search.totalCount).toBe(3);
    expect(search.nodes.map((h: any) => [h.node.__typename, h.matchedField])).toEqual([
      ['Statement', 'TEXT'],
      ['Statement', 'TEXT'],
      ['Article', 'TITLE'],
    ]);
    expect(search.nodes.every((h: any) => h.highlighted.includes('<mark>negotiating</mark> <mark>table</mark>'))).toBe(true);
    expect(search.nodes[2].highlighted).toBe(`Russia will come to <mark>negotiating</mark> <mark>table</mark> only after major battlefield defeats – ISW`);
    expect(search.nodes.slice(0, 2).map((h: any) => h.node.speaker.name)).toEqual(['Institute for the Study of War', 'Institute for the Study of War']);
  },

  '06-timeline-of-the-kremlin': ({ timeline }) => {
    expect(timeline.totalCount).toBe(1);
    expect(timeline.nodes[0]).toMatchObject({
      date: '2025-07-22T03:22:00',
      role: 'ABOUT',
      statement: { speaker: { name: 'Institute for the Study of War' } },
      event: null,
      article: { title: SEED_TITLE },
    });
    expect(timeline.nodes[0].statement.text).toMatch(/^ISW continues to assess that the Kremlin remains dedicated to protracting peace negotiations/);
  },

  '07-isw-stance-on-russia': ({ stance }) => {
    expect(stance).toMatchObject({ statementCount: 3, reportCount: 1, firstSeen: '2025-07-22T03:22:00', lastSeen: '2025-07-22T03:22:00' });
    // One report so far: three distinct assessments, each carried once.
    expect(stance.assessments.totalCount).toBe(3);
    expect(stance.assessments.nodes.map((a: any) => a.reportCount)).toEqual([1, 1, 1]);
  },

  '08-related-to-trump': ({ relatedEntities }) => {
    expect(relatedEntities.totalCount).toBe(10);
    expect(relatedEntities.edges.map((e: any) => [e.node.name, e.reportCount, e.relations])).toEqual([
      ['Russia', 1, ['CO_MENTIONED', 'SPOKE_ABOUT']],
      ['Ukraine', 1, ['CO_MENTIONED', 'SPOKE_ABOUT']],
      ['Foreign Ministry', 1, ['CO_MENTIONED']],
      ['Institute for the Study of War', 1, ['CO_MENTIONED']],
      ['John Healey', 1, ['CO_MENTIONED']],
    ]);
    expect(relatedEntities.edges[0].reports).toEqual([{ title: SEED_TITLE }]);
  },

  '09-dashboard-counts': ({ speakers, verbs, months, organizations }) => {
    expect(speakers).toEqual([
      { count: 3, node: { id: 'organization:institute-for-the-study-of-war', name: 'Institute for the Study of War' } },
      { count: 1, node: { id: 'person:donald-trump', name: 'Donald Trump' } },
    ]);
    // Five statements about Russia, each with its own verb (one of them has no speaker in the graph).
    expect(verbs).toEqual(['assess', 'note', 'say', 'suggest', 'warn'].map((key) => ({ key, count: 1 })));
    // The seed's eight statements, all first reported on 2025-07-22.
    expect(months).toEqual([{ key: '2025-07-01', count: 8 }]);
    expect(organizations).toEqual(
      [
        ['organization:foreign-ministry', 'Foreign Ministry'],
        ['organization:institute-for-the-study-of-war', 'Institute for the Study of War'],
        ['organization:kremlin', 'Kremlin'],
        ['organization:ukraine-defence-contact-group', 'Ukraine Defence Contact Group'],
      ].map(([id, name]) => ({ count: 1, node: { id, name } })),
    );
  },
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

describe('examples/', () => {
  const examples = loadExamples();

  it('holds the explore examples, each with a check here', () => {
    expect(examples.map((e) => e.name)).toEqual(expect.arrayContaining(Object.keys(EXPECTATIONS)));
    for (const e of examples) expect(EXPECTATIONS, `add a check for examples/${e.name}.graphql`).toHaveProperty([e.name]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s answers what it promises', async (name, example) => {
    const { data, errors } = await graph.query(example.query);
    expect(errors).toBeUndefined();
    EXPECTATIONS[name]!(data);
  });
});
