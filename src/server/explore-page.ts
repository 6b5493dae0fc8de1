import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { projectPath } from '../project-path.js';

export const EXPLORE_PATH = '/explore';

/** Where `npm run build` (scripts/build-explore.ts) writes the page: index.html, explore.js, explore.css. */
export const EXPLORE_ASSETS_DIR = projectPath('dist', 'explore');

/**
 * The page may run only its own script and style and talk only to this server: no CDN, no inline
 * code, no framing. Sigma draws with WebGL and sets styles through the CSSOM, which this allows.
 */
export const EXPLORE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET /explore: the graph explorer, a static page built at build time that reads the public
 * GraphQL API like any client (no key, no mutation).
 */
export function explorePage(dir = EXPLORE_ASSETS_DIR): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set({
      'Content-Security-Policy': EXPLORE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    next();
  });
  router.get('/', (_req, res) => {
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The explorer page is not built: run `npm run build`.');
      return;
    }
    res.sendFile(index);
  });
  router.use(express.static(dir, { index: false, redirect: false, fallthrough: true }));
  return router;
}
