import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CsvFiles } from '../../src/ingest/bulk/csv-files.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('CsvFiles: rows written as they come', () => {
  it('writes each part as a header file and a data file, a part with a new column after the one it extends, and names them for neo4j-admin', () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-csv-files-'));
    const files = new CsvFiles(dir);
    // 5,000 rows: more than one chunk of the first part is written before close().
    for (let i = 0; i < 5000; i++) files.node({ labels: ['Topic'], props: { id: `topic:${i}`, name: `topic number ${i} `.repeat(4) } });
    files.relationship({ type: 'TAGGED', from: 'article:1', to: 'topic:1', props: {} });
    files.node({ labels: ['Topic'], props: { id: 'topic:x', name: 'x', createdAt: 't' } });
    const sets = files.close();
    expect(sets.nodes.map((s) => [s.name, s.files.map((f) => basename(f))])).toEqual([
      ['Topic', ['nodes-000-Topic.header.csv', 'nodes-000-Topic.csv']],
      ['Topic', ['nodes-001-Topic.header.csv', 'nodes-001-Topic.csv']],
    ]);
    expect(sets.relationships.map((s) => [s.name, s.files.map((f) => basename(f))])).toEqual([['TAGGED', ['relationships-000-TAGGED.header.csv', 'relationships-000-TAGGED.csv']]]);
    const read = (f: string) => readFileSync(f, 'utf8');
    const first = read(sets.nodes[0]!.files[1]).split('\n');
    expect(first.length).toBe(5001);
    expect(first[4999]).toBe(`"topic:4999","${'topic number 4999 '.repeat(4)}"`);
    expect(first[5000]).toBe('');
    expect(read(sets.nodes[1]!.files[0])).toBe('id:ID,name:string,createdAt:string\n');
    expect(read(sets.nodes[1]!.files[1])).toBe('"topic:x","x","t"\n');
    expect(read(sets.relationships[0]!.files[1])).toBe('"article:1","topic:1"\n');
    expect(readdirSync(dir).length).toBe(6);
  });
});
