import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import express from 'express';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorePage } from '../../scripts/build-explore.js';
import { EXPLORE_CSP, explorePage } from '../../src/server/explore-page.js';
import { createSchema } from '../../src/server/schema.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { haveChromium, launchChromium, offlinePage, screenshot, warnIfNoChromium, type OfflinePage } from '../helpers/browser.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

warnIfNoChromium('explorer page test');

const ISW = 'organization:institute-for-the-study-of-war';

describe('GET /explore without a build', () => {
  it('answers 503 naming the command that builds it, with the page CSP', async () => {
    const app = express();
    app.use('/explore', explorePage(join(tmpdir(), 'newsgraph-no-explore-build')));
    const server: Server = await new Promise((resolve) => {
      const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/explore`);
      expect(res.status).toBe(503);
      expect(await res.text()).toBe('The explorer page is not built: run `npm run build`.');
      expect(res.headers.get('content-security-policy')).toBe(EXPLORE_CSP);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

// Each step waits on the API; on a loaded two-core machine a step can take seconds.
describe.skipIf(!haveChromium)('the /explore page, offline, in headless Chromium', { timeout: 240_000 }, () => {
  let graph: TestGraph;
  let server: RunningServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // The page under test is the one built from web/explore now, not a stale dist/.
    await buildExplorePage();
    // This file checks what the page does with the API's answers, not how fast they come: on a
    // two-core machine running other suites a date-filtered statements query has taken over the
    // default 10 s request budget, so the budgets here are wider.
    graph = await openTestGraph({ PORT: '0', HOST: '127.0.0.1', NEWSGRAPH_REQUEST_TIMEOUT_MS: '60000', NEWSGRAPH_QUERY_TIMEOUT_MS: '60000' });
    await graph.reset();
    server = await startHttpServer(await createSchema(), graph.config, graph.executor);
    origin = new URL(server.url).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await graph?.close();
  });

  /** Every GraphQL document the page sends, parsed. */
  function recordOperations(page: Page): { operations: OperationDefinitionNode[]; authorization: string[] } {
    const seen = { operations: [] as OperationDefinitionNode[], authorization: [] as string[] };
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const auth = request.headers().authorization;
      if (auth) seen.authorization.push(auth);
      const body = JSON.parse(request.postData() ?? '{}') as { query: string };
      for (const d of parse(body.query).definitions) if (d.kind === 'OperationDefinition') seen.operations.push(d);
    });
    return seen;
  }

  /** Waits for the side panel's statements to load and fails with the page's message when they did not. */
  async function panelLoaded(page: Page): Promise<void> {
    const body = page.locator('#panel .statements[data-state="ready"], #panel .statements[data-state="error"]');
    await body.waitFor({ timeout: 60_000 });
    expect(await body.getAttribute('data-state'), (await page.textContent('#status')) ?? '').toBe('ready');
  }

  async function nodeCount(page: Page, attribute = 'data-node-count'): Promise<number> {
    return Number(await page.getAttribute('#graph', attribute));
  }

  /** A real click on the canvas where sigma drew the node. */
  async function clickNode(page: Page, id: string): Promise<void> {
    const at = await page.evaluate((nodeId) => (window as any).newsgraphExplore.positionOf(nodeId) as { x: number; y: number } | null, id);
    expect(at, `node ${id} is drawn`).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    // The click landed on that node: the panel shows it (a later layout moves nodes, so check).
    await page.locator(`#panel h3[data-node-id="${id}"]`).waitFor();
  }

  async function neighbourIds(id: string): Promise<string[]> {
    const { data, errors } = await graph.query<{ neighborhood: { nodes: { id: string }[] } }>(
      'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 30) { nodes { id } } }',
      { id },
    );
    expect(errors).toBeUndefined();
    return data!.neighborhood.nodes.map((n) => n.id);
  }

  async function openIsw(): Promise<OfflinePage & { seen: ReturnType<typeof recordOperations> }> {
    const offline = await offlinePage(browser);
    const seen = recordOperations(offline.page);
    const response = await offline.page.goto(`${origin}/explore`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(EXPLORE_CSP);
    await offline.page.fill('#search-input', 'ISW');
    await offline.page.click('#search-form button[type=submit]');
    await offline.page.locator(`#results button[data-id="${ISW}"]`).click();
    await offline.page.waitForFunction(() => document.querySelector<HTMLElement>('#graph')?.dataset.state === 'ready');
    return { ...offline, seen };
  }

  it('searches "ISW", draws its neighbourhood, expands a node on click and shows a statement with its evidence sentence', async () => {
    const { page, blocked, errors, seen } = await openIsw();
    const around = await neighbourIds(ISW);
    expect(around.length).toBeGreaterThan(1);
    expect(await nodeCount(page)).toBe(around.length);
    await expect.poll(() => page.locator('#panel h3').textContent()).toBe('Institute for the Study of War');
    await screenshot(page, 'explore-isw');

    // Expand one of ISW's statements: its own neighbourhood (what it is about) joins the drawing.
    const statementId = around.find((id) => id.startsWith('statement:'))!;
    await clickNode(page, statementId);
    const union = new Set([...around, ...(await neighbourIds(statementId))]);
    expect(union.size).toBeGreaterThan(around.length);
    await expect.poll(() => nodeCount(page), { timeout: 10_000 }).toBe(union.size);

    // The panel shows the statement, open, with the sentence it was read from and its article.
    const { data } = await graph.query<{ statement: { text: string; reports: { article: { title: string }; evidence: { sentence: string } }[] } }>(
      'query($id: ID!) { statement(id: $id) { text reports { article { title } evidence { sentence } } } }',
      { id: statementId },
    );
    const report = data!.statement.reports[0]!;
    const card = page.locator(`#panel details[data-statement-id="${statementId}"]`);
    await card.waitFor();
    expect(await card.getAttribute('open')).not.toBeNull();
    expect(await card.locator('.evidence').first().textContent()).toBe(report.evidence.sentence);
    expect(await card.locator('.source').first().textContent()).toContain(report.article.title);
    await screenshot(page, 'explore-statement');

    // ISW's own panel: its statements, each opened on click to its evidence.
    await clickNode(page, ISW);
    await panelLoaded(page);
    const first = page.locator('#panel details.statement').first();
    await first.locator('summary').click();
    expect((await first.locator('.evidence').first().textContent())?.length).toBeGreaterThan(20);
    expect(await first.locator('.evidence').first().isVisible()).toBe(true);

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    // Read queries only, without credentials.
    expect(seen.operations.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen.operations.map((o) => o.operation))).toEqual(new Set(['query']));
    expect(seen.authorization).toEqual([]);
  });

  it('hides reports and statements outside the date range and asks for statements in it', async () => {
    const { page, errors } = await openIsw();
    const total = await nodeCount(page);
    await panelLoaded(page);
    const made = await page.locator('#panel details.statement').count();
    expect(made).toBeGreaterThan(0);

    // The seed article is of 2025-07-22: a range ending before it leaves only the undated nodes.
    await page.fill('#date-to', '2025-07-01');
    await page.dispatchEvent('#date-to', 'change');
    const undated = (await neighbourIds(ISW)).filter((id) => !/^(article|statement|event):/.test(id)).length;
    await expect.poll(() => nodeCount(page, 'data-visible-count')).toBe(undated);
    expect(await nodeCount(page)).toBe(total);
    await panelLoaded(page);
    expect(await page.locator('#panel details.statement').count()).toBe(0);
    expect(await page.locator('#panel .statements').textContent()).toContain('None between the start and 2025-07-01');

    await page.fill('#date-to', '2025-07-31');
    await page.dispatchEvent('#date-to', 'change');
    await expect.poll(() => nodeCount(page, 'data-visible-count')).toBe(total);
    await panelLoaded(page);
    expect(await page.locator('#panel details.statement').count()).toBe(made);
    expect(errors).toEqual([]);
  });

  it('finds the paths between two nodes and lists them as the API reads them', async () => {
    const { page, errors } = await openIsw();
    // The ends are picked from search results here (canvas clicks are the first test's): ISW, then
    // the topic the README's path example ends at.
    const target = 'topic:negotiations';
    await page.locator(`#panel h3[data-node-id="${ISW}"]`).waitFor();
    await page.click('#use-path-from');
    await page.fill('#search-input', 'negotiations');
    await page.click('#search-form button[type=submit]');
    await page.locator(`#results button[data-id="${target}"]`).click();
    await page.locator(`#panel h3[data-node-id="${target}"]`).waitFor();
    await page.click('#use-path-to');
    await page.click('#find-paths');

    const { data } = await graph.query<{ paths: { text: string }[] }>(
      'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { text } }',
      { from: ISW, to: target },
    );
    expect(data!.paths.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#paths li').allTextContents()).toEqual(data!.paths.map((p) => p.text));
    await screenshot(page, 'explore-paths');
    expect(errors).toEqual([]);

    // An end gone from the graph since it was picked (retracted, say): paths answers null, and the
    // page says so instead of reporting no path.
    try {
      await graph.executor.write('MATCH (t:Topic {id: $id}) DETACH DELETE t', { id: target });
      await page.click('#find-paths');
      await expect.poll(() => page.textContent('#status')).toBe('One end of the path is no longer in the graph: search for it again.');
      expect(await page.locator('#status').getAttribute('class')).toContain('error');
      expect(await page.locator('#paths li').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await graph.reset();
    }
  });
});
