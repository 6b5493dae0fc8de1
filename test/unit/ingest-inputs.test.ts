import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/commands/ingest.js';
import { analyseSource } from '../../src/ingest/pipeline.js';
import { readFileSync } from 'node:fs';

describe('newsgraph ingest <inputs>', () => {
  it('takes a folder as its article files, leaving out expected parses and READMEs', async () => {
    const files = await expandInputs(['seed/samples/']);
    expect(files).toHaveLength(10);
    expect(files.every((f) => /^seed\/samples\/[^/]+\.(txt|md|json)$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith('.expected.json') || f.endsWith('README.md'))).toBe(false);
  });

  it('expands globs and keeps explicit files, sorted and without duplicates', async () => {
    const files = await expandInputs(['seed/samples/up-*.txt', 'seed/samples/up-kharkiv-drones-2025-08-05.txt']);
    expect(files).toEqual([
      'seed/samples/up-eu-gas-storage-2025-09-10.txt',
      'seed/samples/up-kharkiv-drones-2025-08-05.txt',
      'seed/samples/up-trump-putin-call-2025-08-19.txt',
    ]);
  });

  it('names an input that matches nothing', async () => {
    await expect(expandInputs(['no/such/place'])).rejects.toThrow('no/such/place: no such file, folder or matching glob');
  });

  it('loads a ParsedArticle JSON file as it is instead of parsing it as an article', () => {
    const name = 'seed/articles/isw-negotiating-table-2025-07-22.json';
    const { parsed } = analyseSource({ name, content: readFileSync(name) });
    expect(parsed).toEqual(JSON.parse(readFileSync(name, 'utf8')));
  });
});
