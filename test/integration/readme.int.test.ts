import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

/** Every ```graphql block in the README, with the answer the ```json block after it promises, if any. */
function readmeExamples(): { query: string; expected?: unknown }[] {
  const readme = readFileSync(projectPath('README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2]! }));
  const examples: { query: string; expected?: unknown }[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.lang === 'graphql') examples.push({ query: block.body, ...(next?.lang === 'json' ? { expected: JSON.parse(next.body) } : {}) });
  });
  return examples;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

describe('README examples', () => {
  const examples = readmeExamples();

  it('has the three examples over the seed, each with its answer', () => {
    expect(examples.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('query %i runs, and answers exactly what the README shows', async (_n, example) => {
    const { data, errors, extensions } = await graph.query(example.query);
    expect(errors).toBeUndefined();
    if (example.expected === undefined) return;
    const shown = example.expected as { extensions?: { cost: Record<string, unknown> } };
    if (!shown.extensions) return expect({ data }).toEqual(shown);
    // Neo4j's time varies from run to run; the rest of extensions.cost is exact.
    expect({ data, extensions }).toEqual({ ...shown, extensions: { cost: { ...shown.extensions.cost, neo4jTimeMs: expect.any(Number) } } });
  });
});
