import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { EXPLORE_ASSETS_DIR } from '../src/server/explore-page.js';
import { projectPath } from '../src/project-path.js';

const SOURCE = projectPath('web', 'explore');

/**
 * Bundles the /explore page (web/explore) into one script and one stylesheet beside its HTML, so the
 * server hands out three files and the browser fetches nothing from anywhere else. Run by
 * `npm run build`; esbuild's JS API finds its platform binary (@esbuild/linux-x64…) without an
 * install script.
 */
export async function buildExplorePage(outDir = EXPLORE_ASSETS_DIR): Promise<{ files: Record<string, number> }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [
      { in: join(SOURCE, 'src', 'main.ts'), out: 'explore' },
      { in: join(SOURCE, 'explore.css'), out: 'explore' },
    ],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: false,
    legalComments: 'eof',
    outdir: outDir,
    logLevel: 'warning',
  });
  copyFileSync(join(SOURCE, 'index.html'), join(outDir, 'index.html'));
  const files: Record<string, number> = {};
  for (const name of ['index.html', 'explore.js', 'explore.css']) files[name] = statSync(join(outDir, name)).size;
  return { files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { files } = await buildExplorePage();
  console.log(`explore page: ${Object.entries(files).map(([f, n]) => `${f} ${(n / 1024).toFixed(0)} KB`).join(', ')}`);
}
