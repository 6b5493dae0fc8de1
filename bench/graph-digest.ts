import { createHash } from 'node:crypto';
import type { Executor } from '../src/db/executor.js';
import { NODES, type NodeRow, RELATIONSHIPS, type RelationshipRow, nodeLine, relationshipLine } from '../test/helpers/canonical-dump.js';

/**
 * Nodes per label, relationships per type, and a SHA-256 digest of the canonical dump of every node
 * and relationship with its properties (test/helpers/canonical-dump.ts: write timestamps left out):
 * two graphs with equal digests hold the same nodes, relationships and properties.
 */
export async function describeGraph(executor: Executor) {
  const labels = await executor.read<{ label: string; count: number }>('MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
  const types = await executor.read<{ type: string; count: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
  const lines = [...(await lineDigests(executor, NODES, nodeLine)), ...(await lineDigests(executor, RELATIONSHIPS, relationshipLine))].sort();
  const digest = createHash('sha256');
  for (const line of lines) digest.update(`${line}\n`);
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(types.map((r) => [r.type, r.count])),
    lines: lines.length,
    digest: digest.digest('hex'),
  };
}

/**
 * The SHA-256 of each canonical line, streamed record by record: at 20,000 articles the graph has
 * millions of relationships, more than one read should hold at once or finish within the clients'
 * read cap (the first 20k bench:bulk run stopped on that). Sorted, the digests order the lines as
 * the dump's sort would any set of distinct lines, so equal graphs give equal digests.
 */
async function lineDigests<R extends NodeRow | RelationshipRow>(executor: Executor, cypher: string, line: (row: R) => string): Promise<string[]> {
  const session = executor.driver.session({ database: executor.database, defaultAccessMode: 'READ' });
  const out: string[] = [];
  try {
    for await (const record of session.run(cypher)) out.push(createHash('sha256').update(line(record.toObject() as R)).digest('base64'));
  } finally {
    await session.close();
  }
  return out;
}
