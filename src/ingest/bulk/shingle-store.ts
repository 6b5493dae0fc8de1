import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the fold keeps each article's body shingles (FIND_SIMILAR_ARTICLES compares them exactly),
 * by handle. They are read only for the few articles that share MinHash bands with a new one, so a
 * load of millions keeps them on disk (ShingleFile) rather than a few hundred bytes to kilobytes
 * per article in memory.
 */
export interface ShingleStore {
  keep(shingles: ReadonlySet<number>): ShingleHandle;
  read(handle: ShingleHandle): Uint32Array;
}

/** Where an article's shingles are: position and count. */
export interface ShingleHandle {
  at: number;
  count: number;
}

export class ShingleMemory implements ShingleStore {
  private readonly kept: Uint32Array[] = [];
  keep(shingles: ReadonlySet<number>): ShingleHandle {
    this.kept.push(Uint32Array.from(shingles));
    return { at: this.kept.length - 1, count: shingles.size };
  }
  read(handle: ShingleHandle): Uint32Array {
    return this.kept[handle.at]!;
  }
}

/** Appended in chunks of this many bytes. */
const CHUNK = 1 << 20;

/** Shingles appended to a temporary file (removed by close()), read back at their offset. */
export class ShingleFile implements ShingleStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'newsgraph-shingles-'));
  private readonly fd = openSync(join(this.dir, 'shingles.bin'), 'w+');
  private pending: Uint32Array[] = [];
  private pendingBytes = 0;
  /** Bytes in the file and pending: where the next article's shingles start. */
  private end = 0;

  keep(shingles: ReadonlySet<number>): ShingleHandle {
    const values = Uint32Array.from(shingles);
    const handle = { at: this.end, count: values.length };
    this.pending.push(values);
    this.pendingBytes += values.byteLength;
    this.end += values.byteLength;
    if (this.pendingBytes >= CHUNK) this.flush();
    return handle;
  }

  read(handle: ShingleHandle): Uint32Array {
    this.flush();
    const out = new Uint32Array(handle.count);
    const bytes = Buffer.from(out.buffer);
    let done = 0;
    while (done < bytes.length) done += readSync(this.fd, bytes, done, bytes.length - done, handle.at + done);
    return out;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
    let done = 0;
    while (done < chunk.length) done += writeSync(this.fd, chunk, done, chunk.length - done, this.end - this.pendingBytes + done);
    this.pending = [];
    this.pendingBytes = 0;
  }
}
