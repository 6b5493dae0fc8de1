import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { nodeGrouper, relationshipGrouper, type CsvPart, type CsvPlacement } from './csv.js';
import type { NodeRow, RelRow, RowSink } from './graph-tables.js';

/** A part's files, as adminImport takes them: `Label1:Label2` or a relationship type → [header file, data file]. */
export interface CsvFileSet {
  name: string;
  files: [string, string];
}

/** Lines are written in chunks of about this many characters: few system calls, little held (one chunk per open part, a few dozen parts). */
const CHUNK = 1 << 18;

interface OpenPart {
  fd: number;
  pending: string[];
  size: number;
}

/**
 * The rows written to neo4j-admin's CSV files under `dir` as they come (a RowSink): each part
 * (CsvGrouper) is a header file and a data file, open only while rows still go to it. Memory: a
 * chunk per open part, whatever the number of rows.
 */
export class CsvFiles implements RowSink {
  private readonly nodeParts = nodeGrouper();
  private readonly relationshipParts = relationshipGrouper();
  private readonly open = new Map<number, OpenPart>();
  private readonly sets: { nodes: CsvFileSet[]; relationships: CsvFileSet[] } = { nodes: [], relationships: [] };

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  node(row: NodeRow): void {
    this.place(this.nodeParts.add(row), 0);
  }

  relationship(row: RelRow): void {
    // Relationship parts are numbered apart from node parts.
    this.place(this.relationshipParts.add(row), 1 << 20);
  }

  /** Writes what is pending and closes every file: the file sets neo4j-admin imports. */
  close(): { nodes: CsvFileSet[]; relationships: CsvFileSet[] } {
    for (const [key, part] of this.open) {
      this.flush(part);
      closeSync(part.fd);
      this.open.delete(key);
    }
    return this.sets;
  }

  /** Closes every file without writing what is pending (the import is abandoned). */
  abandon(): void {
    for (const part of this.open.values()) closeSync(part.fd);
    this.open.clear();
  }

  private place(placement: CsvPlacement, offset: number): void {
    const key = placement.part.index + offset;
    if (placement.closed) {
      const closed = this.open.get(placement.closed.index + offset)!;
      this.flush(closed);
      closeSync(closed.fd);
      this.open.delete(placement.closed.index + offset);
    }
    let part = this.open.get(key);
    if (!part) this.open.set(key, (part = this.start(placement.part)));
    part.pending.push(placement.line);
    part.size += placement.line.length + 1;
    if (part.size >= CHUNK) this.flush(part);
  }

  private start(part: CsvPart): OpenPart {
    const stem = join(this.dir, `${part.kind}-${String(part.index).padStart(3, '0')}-${part.name.replace(/[^A-Za-z_]/g, '_')}`);
    writeFileSync(`${stem}.header.csv`, `${part.header}\n`);
    this.sets[part.kind].push({ name: part.name, files: [`${stem}.header.csv`, `${stem}.csv`] });
    return { fd: openSync(`${stem}.csv`, 'w'), pending: [], size: 0 };
  }

  private flush(part: OpenPart): void {
    if (part.pending.length === 0) return;
    writeSync(part.fd, `${part.pending.join('\n')}\n`);
    part.pending = [];
    part.size = 0;
  }
}
