import type { NodeRow, Props, RelRow } from './graph-tables.js';

/**
 * Node and relationship rows as the CSV files `neo4j-admin database import full` reads: one header
 * file and one data file per group of rows with the same labels (or relationship type) and the same
 * column types. Strings are always quoted (a quote doubled), so "" is an empty string while an
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

/** Groups rows by name and column types; `fixed` are the leading columns (`id:ID`, `:START_ID`…). */
function groupRows<R>(rows: Iterable<R>, nameOf: (r: R) => string, propsOf: (r: R) => Props, fixed: (r: R) => { header: string[]; values: string[] }): CsvGroup[] {
  const groups = new Map<string, { name: string; columns: Map<string, ColumnType>; rows: R[] }>();
  for (const row of rows) {
    const props = propsOf(row);
    const numeric = Object.entries(props).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k}:${typeOf(v as number)}`).sort();
    const name = nameOf(row);
    const key = `${name}\u0000${numeric.join(',')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name, columns: new Map(), rows: [] }));
    for (const [k, v] of Object.entries(props)) if (v !== null && !group.columns.has(k)) group.columns.set(k, typeOf(v));
    group.rows.push(row);
  }
  return [...groups.values()].map((g) => {
    const columns = [...g.columns];
    return {
      name: g.name,
      header: [...fixed(g.rows[0]!).header, ...columns.map(([k, t]) => `${k}:${t}`)].join(','),
      lines: g.rows.map((r) => {
        const props = propsOf(r);
        const where = `${g.name} ${fixed(r).values.join(' → ')}`;
        for (const [k, v] of Object.entries(props)) {
          if (v !== null && g.columns.get(k) !== typeOf(v)) throw new CsvValueError(`${where}: ${k} is ${typeOf(v)} here and ${g.columns.get(k)} elsewhere`);
        }
        return [...fixed(r).values, ...columns.map(([k]) => field(props[k] ?? null, where))].join(',');
      }),
    };
  });
}

/** Nodes in one ID space: their `id` property is the import's node id. */
export function nodeGroups(nodes: Iterable<NodeRow>): CsvGroup[] {
  return groupRows(
    nodes,
    (n) => n.labels.join(':'),
    (n) => Object.fromEntries(Object.entries(n.props).filter(([k]) => k !== 'id')),
    (n) => ({ header: ['id:ID'], values: [quote(String(n.props.id))] }),
  );
}

export function relationshipGroups(rels: Iterable<RelRow>): CsvGroup[] {
  return groupRows(
    rels,
    (r) => r.type,
    (r) => r.props,
    (r) => ({ header: [':START_ID', ':END_ID'], values: [quote(r.from), quote(r.to)] }),
  );
}
