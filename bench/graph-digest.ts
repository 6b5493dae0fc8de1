import { createHash } from 'node:crypto';
import { Executor } from '../src/db/executor.js';
import { canonicalDump } from '../test/helpers/canonical-dump.js';

/**
 * Nodes per label, relationships per type, and a SHA-256 digest of the canonical dump of every node
 * and relationship with its properties (test/helpers/canonical-dump.ts: write timestamps left out):
 * two graphs with equal digests hold the same nodes, relationships and properties.
 */
export async function describeGraph(bounded: Executor) {
  // Every node and relationship in one read: at 20,000 articles that takes longer than the reads
  // run for clients may (the first 20k bench:bulk run stopped on it), so no read cap here.
  const executor = new Executor(bounded.driver, bounded.uri, bounded.database, Infinity);
  const labels = await executor.read<{ label: string; count: number }>('MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
  const types = await executor.read<{ type: string; count: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
  const dump = await canonicalDump(executor);
  const digest = createHash('sha256');
  for (const line of dump) digest.update(`${line}\n`);
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(types.map((r) => [r.type, r.count])),
    lines: dump.length,
    digest: digest.digest('hex'),
  };
}
