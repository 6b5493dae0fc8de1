/**
 * Issue 12, item 3: paths that read like the claim. `paths(statements: {verb, kind})` keeps only
 * paths through a statement, every statement on them matching; `text` shows each statement's
 * words and its verb. Over the seed (ISW's report of 22 July 2025).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

const ISW = 'organization:institute-for-the-study-of-war';

const SEED_TITLE = 'Russia will come to negotiating table only after major battlefield defeats – ISW';
const ASSESSMENT = '“only proper military assistance to Ukraine by its allies…”';

async function texts(args: string): Promise<{ texts: string[]; cypher: string[] }> {
  const { data, errors, cypher } = await graph.query(`{ paths(${args}) { text nodes { __typename ... on Statement { verb kind } } } }`);
  expect(errors).toBeUndefined();
  return { texts: data.paths.map((p: any) => p.text), cypher };
}

describe('paths(statements:)', () => {
  it('keeps only paths through statements of the verb asked for, in one query', async () => {
    const { texts: found, cypher } = await texts(`from: "${ISW}", to: "topic:negotiations", maxHops: 3, first: 5, statements: { verb: "Assess" }`);
    expect(cypher).toHaveLength(1);
    expect(found).toEqual([
      `Institute for the Study of War —assessed→ ${ASSESSMENT} —about→ negotiations`,
      `Institute for the Study of War —assessed→ ${ASSESSMENT} —reported in→ ${SEED_TITLE} —tagged→ negotiations`,
      `Institute for the Study of War ←mentions— ${SEED_TITLE} ←reported in— ${ASSESSMENT} —about→ negotiations`,
    ]);
  });

  it('filters by kind, every statement on a path matching', async () => {
    const { data } = await graph.query(`{ paths(from: "${ISW}", to: "topic:negotiations", maxHops: 3, first: 20, statements: { kind: QUOTE }) { nodes { __typename ... on Statement { kind } } } }`);
    const statements = data.paths.map((p: any) => p.nodes.filter((n: any) => n.__typename === 'Statement'));
    expect(data.paths.length).toBeGreaterThan(0);
    expect(statements.every((s: any[]) => s.length > 0 && s.every((n) => n.kind === 'QUOTE'))).toBe(true);
    // Without the filter the same search also finds paths through assessments, a claim reported in the same article, Trump's
    // warning (about negotiations through its words "a peace agreement", rules/statement-topics.ts) and no statement at all.
    const { data: all } = await graph.query(`{ paths(from: "${ISW}", to: "topic:negotiations", maxHops: 3, first: 20) { nodes { __typename ... on Statement { kind } } } }`);
    const kinds = new Set(all.paths.flatMap((p: any) => p.nodes.filter((n: any) => n.__typename === 'Statement').map((n: any) => n.kind)));
    expect([...kinds].sort()).toEqual(['ASSESSMENT', 'CLAIM', 'QUOTE', 'WARNING']);
    expect(all.paths.some((p: any) => !p.nodes.some((n: any) => n.__typename === 'Statement'))).toBe(true);
  });

  it('an empty filter still asks for a statement on the path; a verb nobody used finds none', async () => {
    const { texts: through } = await texts(`from: "${ISW}", to: "topic:negotiations", maxHops: 2, first: 5, statements: {}`);
    expect(through).toEqual([
      'Institute for the Study of War —said→ “ISW has consistently assessed that only significant…” —about→ negotiations',
      'Institute for the Study of War —said→ “ISW continues to assess that the Kremlin remains dedicated…” —about→ negotiations',
      `Institute for the Study of War —assessed→ ${ASSESSMENT} —about→ negotiations`,
    ]);
    expect((await texts(`from: "${ISW}", to: "topic:negotiations", statements: { verb: "deny" }`)).texts).toEqual([]);
  });

  it('rejects an over-long verb, naming the argument', async () => {
    const { errors } = await graph.query(`{ paths(from: "${ISW}", to: "topic:negotiations", statements: { verb: "${'x'.repeat(101)}" }) { text } }`);
    expect(errors?.[0]).toMatchObject({ message: 'statements.verb may be at most 100 characters.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('Path.text', () => {
  it('writes a role as its title and a relationship walked backwards with a reversed arrow', async () => {
    expect((await texts(`from: "person:vladimir-putin", to: "place:russia", via: [HOLDS_ROLE], maxHops: 1`)).texts).toEqual(['Vladimir Putin —leader of→ Russia']);
    expect((await texts(`from: "place:russia", to: "person:donald-trump", via: [ABOUT, STATED], maxHops: 2, first: 1`)).texts).toEqual([
      'Russia ←about— “he would introduce strict 100 per cent secondary tariffs…” ←warned— Donald Trump',
    ]);
  });
});
