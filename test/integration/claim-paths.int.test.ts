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

describe('paths(statements:)', () => {
  it('prints', async () => {
    for (const args of ['', 'statements: { verb: "assess" }', 'statements: { kind: QUOTE }', 'statements: {}', 'statements: { verb: "warn" }']) {
      const { data, errors } = await graph.query(`{ paths(from: "${ISW}", to: "topic:negotiations", maxHops: 3, first: 5 ${args}) { length text } }`);
      console.log(args, JSON.stringify(errors ?? data, null, 1));
    }
  });
});
