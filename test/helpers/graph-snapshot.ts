import type { Executor } from '../../src/db/executor.js';

/**
 * What a graph holds, independent of when and in which order it was written: node counts per
 * label, relationship counts per type, and every node's labels and id and every relationship's
 * (source id, type, target id), sorted. Two ingests of the same articles must give equal snapshots.
 */
export interface GraphSnapshot {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  nodes: string[];
  edges: string[];
}

export async function snapshotGraph(executor: Executor): Promise<GraphSnapshot> {
  const labels = await executor.read<{ label: string; count: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
  const relationships = await executor.read<{ type: string; count: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
  const nodes = await executor.read<{ key: string }>("MATCH (n) RETURN reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + coalesce(n.id, '?') AS key ORDER BY key");
  const edges = await executor.read<{ key: string }>("MATCH (a)-[r]->(b) RETURN coalesce(a.id, '?') + ' -' + type(r) + '-> ' + coalesce(b.id, '?') AS key ORDER BY key");
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(relationships.map((r) => [r.type, r.count])),
    nodes: nodes.map((r) => r.key),
    edges: edges.map((r) => r.key),
  };
}

/** Groups of nodes that are one thing written twice: same label and folded name, or same speaker and text. */
export async function duplicates(executor: Executor): Promise<string[]> {
  const entities = await executor.read<{ key: string }>(
    `MATCH (n) WHERE (n:Person OR n:Organization OR n:Place OR n:Topic OR n:Event) AND n.foldedName IS NOT NULL
     WITH labels(n) AS labels, n.foldedName AS name, count(*) AS copies WHERE copies > 1
     RETURN reduce(s = '', l IN labels | s + ':' + l) + ' ' + name + ' ×' + toString(copies) AS key`,
  );
  const statements = await executor.read<{ key: string }>(
    `MATCH (s:Statement) OPTIONAL MATCH (speaker)-[:STATED]->(s)
     WITH coalesce(speaker.id, '') AS speaker, s.text AS text, count(DISTINCT s) AS copies WHERE copies > 1
     RETURN 'Statement ' + speaker + ': ' + text + ' ×' + toString(copies) AS key`,
  );
  return [...entities, ...statements].map((r) => r.key);
}
