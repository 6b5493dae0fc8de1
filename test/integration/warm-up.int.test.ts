/** Ready means ready (issue 9): the hot operations have run before the server takes a request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/server/landing-page.js';
import { createSchema } from '../../src/server/schema.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

describe('warm-up', () => {
  it('runs every example operation twice before the port opens', async () => {
    const sent: string[] = [];
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), error: () => {}, warn: () => {}, debug: () => {} } as never;
    let server: RunningServer | undefined;
    try {
      server = await startHttpServer(await createSchema(), { ...graph.config, port: 0, host: '127.0.0.1' }, graph.executor.observe((q) => sent.push(q.cypher)), logger);
      const examples = loadExamples().length;
      expect(examples).toBeGreaterThan(0);
      // Over the seed every example answers without errors.
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Warmed up with ${examples * 2} operations in \\d+ ms \\(0 answered with errors\\)\\.$`)));
      expect(sent.length).toBeGreaterThanOrEqual(examples * 2);
      const health = await fetch(server.url.replace('/graphql', '/healthz'));
      expect(health.status).toBe(200);
    } finally {
      await server?.stop();
    }
  });
});
