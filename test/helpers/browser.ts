import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectPath } from '../../src/project-path.js';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it). Without it the browser tests are skipped. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

/** Screenshots the browser tests leave for a person to look at (git-ignored). */
export const ARTIFACTS_DIR = projectPath('test-results');

export function warnIfNoChromium(what: string): void {
  if (!haveChromium) console.warn(`${what} skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OfflinePage {
  page: Page;
  /** Requests to anything but 127.0.0.1 (a CDN the user may not reach), aborted. */
  blocked: string[];
  /** Uncaught exceptions and console errors (a CSP violation is one). */
  errors: string[];
}

/** A page that may load only from 127.0.0.1 (and blob:/data: URLs it makes itself). */
export async function offlinePage(browser: Browser, viewport = { width: 1400, height: 850 }): Promise<OfflinePage> {
  const page = await browser.newPage({ viewport });
  // Steps wait on the API and Neo4j, which a loaded machine slows down.
  page.setDefaultTimeout(60_000);
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, blocked, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
