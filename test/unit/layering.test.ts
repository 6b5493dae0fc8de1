import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies point one way (cli → server → domain → ingest → db → config → core): a folder may
 * import its own layer and those below it, never one above. Checked over every import in src/.
 */
const LAYERS = ['core', 'config', 'db', 'ingest', 'domain', 'server', 'cli'] as const;
const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** The layer of a file under src/: its top folder's rank; files at the top of src/ count as core. */
function layer(file: string): number {
  const top = relative(SRC, file).split('/')[0]!;
  const rank = LAYERS.indexOf(top as (typeof LAYERS)[number]);
  return rank === -1 ? 0 : rank;
}

describe('layering', () => {
  it('no file under src/ imports a layer above its own', () => {
    const upward: string[] = [];
    for (const file of files(SRC)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), spec!);
        if (layer(target) > layer(file)) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
