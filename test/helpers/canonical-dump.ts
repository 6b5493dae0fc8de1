import type { Executor } from '../../src/db/executor.js';

/**
 * The graph as text that does not depend on when or in which order it was written: every node's
 * labels, id and content properties (lists sorted: an alias list grows in arrival order), and
 * every relationship with its properties, all sorted. Timestamps of writing (createdAt,
 * ingestedAt) and the audit trail are left out; everything a reader sees is in.
 */
export async function canonicalDump(executor: Executor): Promise<string[]> {
  const rows = await executor.read<NodeRow>(NODES);
  const rels = await executor.read<RelationshipRow>(RELATIONSHIPS);
  return [...rows.map(nodeLine), ...rels.map(relationshipLine)].sort();
}

export interface NodeRow {
  labels: string[];
  props: Record<string, unknown>;
}

export interface RelationshipRow {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

/** Every node the dump holds, as NodeRow. */
export const NODES = 'MATCH (n) WHERE NOT n:Migration AND NOT n:Retraction RETURN labels(n) AS labels, properties(n) AS props';
/** Every relationship, as RelationshipRow. */
export const RELATIONSHIPS = 'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props';

export const nodeLine = (r: NodeRow): string => `${[...r.labels].sort().join(':')} ${clean(r.props)}`;
export const relationshipLine = (r: RelationshipRow): string => `${r.from} -${r.type}-> ${r.to} ${clean(r.props)}`;

function clean(props: Record<string, unknown>): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => !['createdAt', 'ingestedAt', 'ingestedBy', 'restoredAt', 'restoredBy', 'supersededAt'].includes(k))
        .map(([k, v]) => [k, canonicalValue(k, v)] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
}

/** Lists that grow in arrival order, sorted; nameKeys (its names in one string) split and sorted. Parallel lists keep their order. */
function canonicalValue(key: string, value: unknown): unknown {
  if (key === 'nameKeys' && typeof value === 'string') return value.split('|').filter(Boolean).sort();
  if (Array.isArray(value) && key !== 'positionTitles' && key !== 'positionsOf') return [...value].map(String).sort();
  return value;
}
