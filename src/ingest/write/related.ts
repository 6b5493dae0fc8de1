import type { Tx } from '../../db/executor.js';
import * as Q from './related-cypher.js';

/**
 * A statement as a write reports it: who said it and what it is about, as far as they can change
 * its links. `about` null when the write may take links away (a new version settles ABOUT again).
 */
export interface ReportedStatement {
  id: string;
  speaker: string | null;
  about: readonly string[] | null;
}

/** What a write touches: the articles it writes, rewrites or retracts, and the statements it reports. */
export interface RelatedScope {
  articles: readonly string[];
  statements: readonly ReportedStatement[];
}

/** A pair's counts as READ_AFFECTED reads them before a write: RELATED_TO's properties, by node id. */
type PairCounts = Record<string, string | number>;

/**
 * Runs `write` (inside `tx`) with the RELATED_TO aggregate kept exact across it: the pairs of every
 * article the write may affect are read before it (READ_AFFECTED) and counted again after it, and
 * only each pair's net change is written (APPLY_NET_CHANGE). Re-counting the affected articles is
 * reads of their own links; writes are as many as the pairs whose counts move — for a new article,
 * its own pairs — however many other articles connect the same entities.
 */
export async function keepingRelated<T>(tx: Tx, scope: RelatedScope, write: () => Promise<T>): Promise<T> {
  const [found] = await tx.run<{ articles: string[]; pairs: PairCounts[] }>(Q.READ_AFFECTED, {
    related: { articles: scope.articles, statements: scope.statements.map((s) => ({ id: s.id, speaker: s.speaker, about: s.about })) },
  });
  const result = await write();
  await tx.run(Q.APPLY_NET_CHANGE, { related: { articles: [...new Set([...(found?.articles ?? []), ...scope.articles])], before: found?.pairs ?? [] } });
  return result;
}

/** Rebuilds every RELATED_TO pair of the nodes `ids` from scratch (curation: merges, unmerges, splits). */
export async function recomputeRelated(tx: Tx, ids: readonly string[]): Promise<void> {
  await tx.run(Q.RECOMPUTE_RELATED, { ids: [...new Set(ids)] });
}
