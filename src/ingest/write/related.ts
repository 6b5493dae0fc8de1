import type { Tx } from '../../db/executor.js';
import * as Q from './related-cypher.js';

/** What a write touches: the articles it writes, rewrites or retracts, and the statements it reports. */
export interface RelatedScope {
  articles: readonly string[];
  statements: readonly string[];
}

/**
 * Runs `write` (inside `tx`) with the RELATED_TO aggregate kept exact across it: the pairs of every
 * affected article (COUNT_OUT_AFFECTED) are counted out before the write and those of the affected
 * articles still there counted in after it. Counting an unchanged article out and in again costs a
 * few writes; deciding which pairs a write really changes would mean redoing the statement rules
 * (contributions-cypher.ts) here.
 */
export async function keepingRelated<T>(tx: Tx, scope: RelatedScope, write: () => Promise<T>): Promise<T> {
  const [found] = await tx.run<{ articles: string[] }>(Q.COUNT_OUT_AFFECTED, { related: { articles: scope.articles, statements: scope.statements } });
  const result = await write();
  await tx.run(Q.COUNT_IN, { related: { articles: [...new Set([...(found?.articles ?? []), ...scope.articles])] } });
  return result;
}

/** Rebuilds every RELATED_TO pair of the nodes `ids` from scratch (curation: merges, unmerges, splits). */
export async function recomputeRelated(tx: Tx, ids: readonly string[]): Promise<void> {
  await tx.run(Q.RECOMPUTE_RELATED, { ids: [...new Set(ids)] });
}
