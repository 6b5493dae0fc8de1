import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeExample, loadExamples } from '../../src/server/landing-page.js';
import { createSchema } from '../../src/server/schema.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { haveChromium, launchChromium, offlinePage, screenshot, warnIfNoChromium } from '../helpers/browser.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';

warnIfNoChromium('playground test');

describe.skipIf(!haveChromium)('the GraphiQL playground, offline, in headless Chromium', () => {
  let graph: TestGraph;
  let server: RunningServer;
  let browser: Browser;
  const examples = loadExamples();

  beforeAll(async () => {
    graph = await openTestGraph({ PORT: '0', HOST: '127.0.0.1' });
    await graph.reset();
    server = await startHttpServer(await createSchema(), graph.config, graph.executor);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await graph?.close();
  });

  it('renders from the server alone with the first example open, runs it and shows its result', async () => {
    const { page, blocked, errors } = await offlinePage(browser);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // One tab, not one per example (eight overflowed the tab bar): the rest are in the picker.
    expect(await page.locator('.graphiql-tab-button').allTextContents()).toEqual([describeExample(examples[0]!).title]);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.result-window, .graphiql-response').first();
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 30_000 }).toContain('"data"');

    expect(blocked).toEqual([]);
    expect(await page.title()).toBe('newsgraph — GraphiQL');
    expect(errors.filter((e) => !e.includes('GPU stall'))).toEqual([]);
  });

  it('lists every example in the picker; picking one opens it in a new tab, picking it again brings that tab back', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const { page, blocked } = await offlinePage(browser);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });

    await page.locator('.ng-examples summary').click();
    const links = page.locator('.ng-examples a');
    expect(await links.count()).toBe(examples.length);
    const titles = examples.map((e) => describeExample(e).title);
    expect((await page.locator('.ng-examples a strong').allTextContents())).toEqual(titles);
    await screenshot(page, 'graphiql-example-picker');

    const pick = examples[4]!;
    await page.locator(`a[data-example="${pick.name}"]`).click();
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    const tabs = page.locator('.graphiql-tab-button');
    await expect.poll(() => tabs.allTextContents(), { timeout: 10_000 }).toEqual([titles[0], describeExample(pick).title]);
    // The editor holds the example as written.
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(async () => ((await editor.textContent()) ?? '').replace(/\s+/g, ''), { timeout: 10_000 }).toContain(
      `query${describeExample(pick).title}`,
    );

    // Picking it again opens no second copy.
    await page.locator('.ng-examples summary').click();
    await page.locator(`a[data-example="${pick.name}"]`).click();
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await expect.poll(() => tabs.count(), { timeout: 10_000 }).toBe(2);

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.result-window, .graphiql-response').first();
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 30_000 }).toContain('"search"');
    await screenshot(page, 'graphiql-example-opened');
    expect(blocked).toEqual([]);
  });

  it('links to the graph explorer', async () => {
    const { page } = await offlinePage(browser);
    await page.goto(server.url, { waitUntil: 'load' });
    expect(await page.locator('a.ng-explore').getAttribute('href')).toBe('/explore');
  });
});
