import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/server/landing-page.js';
import { createSchema } from '../../src/server/schema.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it). Without it this file is skipped. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`playground test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!haveChromium)('the GraphiQL playground, offline, in headless Chromium', () => {
  let graph: TestGraph;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    graph = await openTestGraph({ PORT: '0', HOST: '127.0.0.1' });
    await graph.reset();
    server = await startHttpServer(await createSchema(), graph.config, graph.executor);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await graph?.close();
  });

  it('renders from the server alone with the examples as tabs, runs the first and shows its result', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    // Anything not served by us would be a CDN the user may not reach: block it and remember it.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // Every examples/*.graphql opens as a tab, named after its operation.
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.result-window, .graphiql-response').first();
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 30_000 }).toContain('"data"');

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.title()).toBe('newsgraph — GraphiQL');
  });
});
