import type { NodeRow, Props, RelRow } from './graph-tables.js';

/**
 * Node and relationship rows as the CSV files `neo4j-admin database import full` reads: one header
 * file and one data file per part, a run of rows with the same labels (or relationship type), the
 * same column types and columns the part's header holds (CsvGrouper). Strings are always quoted (a quote doubled), so "" is an empty string while an
 * empty field is no property; list elements are separated by ARRAY_DELIMITER.
 *
 * Neo4j stores a number as an integer or a float as the driver sent it (an integral JS number goes
 * as an integer: executor.ts), so a column's type follows its values: rows whose numbers differ in
 * that go to separate files.
 */

/** U+001F (unit separator): never in an article's names, ids or lists; refused if it is. */
export const ARRAY_DELIMITER = '\u001f';
/** How neo4j-admin is told about ARRAY_DELIMITER. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

type ColumnType = 'string' | 'long' | 'double' | 'string[]';

/** A part with all its lines (nodeGroups, relationshipGroups). */
export interface CsvGroup {
  /** Labels of the nodes (`Person:Entity`), or the relationship type. */
  name: string;
  header: string;
  lines: string[];
}

export class CsvValueError extends Error {
  override name = 'CsvValueError';
}

function typeOf(value: Exclude<Props[string], null>): ColumnType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string[]';
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function field(value: Props[string], where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CsvValueError(`${where}: ${value} cannot be stored`);
    return String(value);
  }
  // An empty list is no field at all: neo4j-admin reads an empty array field as no property, so the
  // lists the write Cypher sets even when empty are put back after the import (import-cypher.ts).
  if (value.length === 0) return '';
  for (const item of value) {
    if (item === '' || item.includes(ARRAY_DELIMITER)) throw new CsvValueError(`${where}: the list item ${JSON.stringify(item)} is empty or holds U+001F, which the import cannot store`);
  }
  return quote(value.join(ARRAY_DELIMITER));
}

/** A file of rows with one header: the name's rows with these column types, from `index` on until a row brings a column it lacks. */
export interface CsvPart {
  kind: 'nodes' | 'relationships';
  name: string;
  /** Unique among the parts of one CsvGrouper, in the order they were opened. */
  index: number;
  header: string;
}

/** Where one row goes: its part (opened by this row, and the part it replaces closed), and its line. */
export interface CsvPlacement {
  part: CsvPart;
  opened: boolean;
  /** The part of the same name and number types that this row's new column ends: it takes no more lines. */
  closed?: CsvPart;
  line: string;
}

interface Group {
  /** Every column's type seen in the group: a later row must agree. */
  types: Map<string, ColumnType>;
  part: { part: CsvPart; columns: string[]; has: Set<string> } | null;
}

/**
 * Rows as CSV lines, one at a time, for files written while the rows are still coming: rows of one
 * name (labels or type) with the same number types share a part while their columns fit its header;
 * a row with a column the open part lacks opens the next part, whose header is the old one's columns
 * and the new ones (so parts stay few: at most one per column a group ever gains).
 */
export class CsvGrouper<R> {
  private readonly groups = new Map<string, Group>();
  private parts = 0;

  constructor(
    private readonly kind: CsvPart['kind'],
    private readonly nameOf: (r: R) => string,
    private readonly propsOf: (r: R) => Props,
    /** The leading columns (`id:ID`, `:START_ID`…). */
    private readonly fixed: { header: string[]; values: (r: R) => string[] },
  ) {}

  add(row: R): CsvPlacement {
    const props = this.propsOf(row);
    const present = Object.entries(props).filter(([, v]) => v !== null && v !== undefined) as [string, Exclude<Props[string], null>][];
    const numeric = present.filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k}:${typeOf(v)}`).sort();
    const name = this.nameOf(row);
    const key = `${name}\u0000${numeric.join(',')}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { types: new Map(), part: null }));
    const fixedValues = this.fixed.values(row);
    const where = `${name} ${fixedValues.join(' → ')}`;
    for (const [k, v] of present) {
      const known = group.types.get(k);
      if (known === undefined) group.types.set(k, typeOf(v));
      else if (known !== typeOf(v)) throw new CsvValueError(`${where}: ${k} is ${typeOf(v)} here and ${known} elsewhere`);
    }
    const previous = group.part;
    const fresh = present.map(([k]) => k).filter((k) => !previous?.has.has(k));
    if (!previous || fresh.length > 0) {
      const columns = [...(previous?.columns ?? []), ...fresh];
      const header = [...this.fixed.header, ...columns.map((k) => `${k}:${group.types.get(k)}`)].join(',');
      group.part = { part: { kind: this.kind, name, index: this.parts++, header }, columns, has: new Set(columns) };
    }
    const open = group.part!;
    return {
      part: open.part, opened: open !== previous, ...(previous && open !== previous ? { closed: previous.part } : {}),
      line: [...fixedValues, ...open.columns.map((k) => field(props[k] ?? null, where))].join(','),
    };
  }
}

/** Nodes in one ID space: their `id` property is the import's node id. */
export const nodeGrouper = (): CsvGrouper<NodeRow> =>
  new CsvGrouper<NodeRow>(
    'nodes',
    (n) => n.labels.join(':'),
    (n) => Object.fromEntries(Object.entries(n.props).filter(([k]) => k !== 'id')),
    { header: ['id:ID'], values: (n) => [quote(String(n.props.id))] },
  );

export const relationshipGrouper = (): CsvGrouper<RelRow> =>
  new CsvGrouper<RelRow>('relationships', (r) => r.type, (r) => r.props, { header: [':START_ID', ':END_ID'], values: (r) => [quote(r.from), quote(r.to)] });

/** All rows at once, each part with its lines: for tests and small folds. */
function collect<R>(grouper: CsvGrouper<R>, rows: Iterable<R>): CsvGroup[] {
  const parts = new Map<number, CsvGroup>();
  for (const row of rows) {
    const { part, line } = grouper.add(row);
    let group = parts.get(part.index);
    if (!group) parts.set(part.index, (group = { name: part.name, header: part.header, lines: [] }));
    group.lines.push(line);
  }
  return [...parts.values()];
}

export const nodeGroups = (nodes: Iterable<NodeRow>): CsvGroup[] => collect(nodeGrouper(), nodes);
export const relationshipGroups = (rels: Iterable<RelRow>): CsvGroup[] => collect(relationshipGrouper(), rels);
