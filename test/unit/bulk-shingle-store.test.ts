import { describe, expect, it } from 'vitest';
import { ShingleFile, ShingleMemory } from '../../src/ingest/bulk/shingle-store.js';

describe('ShingleFile: the fold\'s shingles on disk', () => {
  it('reads back each article\'s shingles by handle, in any order, before and after its chunk is written, as memory would', () => {
    const file = new ShingleFile();
    const memory = new ShingleMemory();
    try {
      // 700 sets of 400 shingles: about 1.1 MB, more than one chunk.
      const sets = Array.from({ length: 700 }, (_, i) => new Set(Array.from({ length: i % 7 === 0 ? 1 : 400 }, (_, j) => (i * 2654435761 + j * 40503) >>> 0)));
      const handles = sets.map((s) => ({ file: file.keep(s), memory: memory.keep(s) }));
      // The last sets are still pending, the first ones written.
      for (const i of [699, 0, 350, 1, 698]) expect([...file.read(handles[i]!.file)]).toEqual([...sets[i]!]);
      const more = new Set([1, 2, 0xffffffff]);
      const handle = file.keep(more);
      expect([...file.read(handle)]).toEqual([1, 2, 0xffffffff]);
      for (let i = 0; i < sets.length; i += 37) expect(file.read(handles[i]!.file)).toEqual(memory.read(handles[i]!.memory));
      expect(file.read(file.keep(new Set()))).toEqual(new Uint32Array(0));
    } finally {
      file.close();
    }
  });
});
