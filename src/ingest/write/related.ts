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
 * The RELATED_TO upkeep of the writes of one transaction (inside `tx`): before each write, read()
 * reads the pairs of every article it may affect (READ_AFFECTED) that no earlier write of the
 * transaction affected — all of them, or for an article that only shares a statement gaining a
 * target, its pairs with that target; after the last, apply() counts the same pairs again and writes
 * only each pair's net change (APPLY_NET_CHANGE). Re-counting the affected articles is reads of
 * their own links; writes are as many as the pairs whose counts move — for new articles, their own
 * pairs — however many other articles connect the same entities.
 *
 * One apply() for several writes gives the counts one apply() per write would: an article's pairs
 * change only in a write whose affected articles include it, so each article's pairs are read
 * before the first write that changes them, and the counts of articles read apart add up per pair.
 * That holds while no write deletes a node a later write of the batch creates again under its id
 * (an entity a new version orphaned): apply() after such a write (write-article.ts does, after any
 * new version) and before the next.
 */
export class RelatedUpkeep {
  /** Articles read whole: every pair of theirs is counted again. */
  private readonly articles = new Set<string>();
  /** Articles read for some ids only (READ_AFFECTED's `focused`): only their pairs with one of those ids at an end. */
  private readonly focused = new Map<string, string[]>();
  private before: PairCounts[] = [];

  constructor(private readonly tx: Tx) {}

  /** Before a write that touches `scope`: reads the pairs it may change that were not read yet. */
  async read(scope: RelatedScope): Promise<void> {
    const [found] = await this.tx.run<{ articles: string[]; focused: { id: string; focus: string[] }[]; conflicts: string[]; pairs: PairCounts[] }>(Q.READ_AFFECTED, {
      related: {
        articles: scope.articles,
        statements: scope.statements.map((s) => ({ id: s.id, speaker: s.speaker, about: s.about })),
        known: [...this.articles],
        focusedKnown: [...this.focused.keys()],
      },
    });
    // An article read for some pairs before, that this write needs read for others: what is
    // pending is applied first, and the read made afresh (nothing is known after apply()).
    if (found!.conflicts.length > 0) {
      await this.apply();
      return this.read(scope);
    }
    for (const id of [...found!.articles, ...scope.articles]) this.articles.add(id);
    for (const f of found!.focused) this.focused.set(f.id, f.focus);
    if (found!.pairs.length) this.before = this.before.concat(found!.pairs);
  }

  /**
   * In place of read() for a new article none of whose statements is in the graph yet: what
   * READ_AFFECTED would answer without asking — no pairs before, no other article affected.
   */
  wrote(articleId: string): void {
    this.articles.add(articleId);
  }

  /** After the writes read() preceded: their net change to RELATED_TO; the upkeep starts afresh. */
  async apply(): Promise<void> {
    if (this.articles.size === 0 && this.focused.size === 0) return;
    const focused = [...this.focused].map(([id, focus]) => ({ id, focus }));
    await this.tx.run(Q.APPLY_NET_CHANGE, { related: { articles: [...this.articles], focused, before: this.before } });
    this.articles.clear();
    this.focused.clear();
    this.before = [];
  }
}

/** Runs `write` (inside `tx`) with the RELATED_TO aggregate kept exact across it (RelatedUpkeep, for one write). */
export async function keepingRelated<T>(tx: Tx, scope: RelatedScope, write: () => Promise<T>): Promise<T> {
  const upkeep = new RelatedUpkeep(tx);
  await upkeep.read(scope);
  const result = await write();
  await upkeep.apply();
  return result;
}

/** Rebuilds every RELATED_TO pair of the nodes `ids` from scratch (curation: merges, unmerges, splits). */
export async function recomputeRelated(tx: Tx, ids: readonly string[]): Promise<void> {
  await tx.run(Q.RECOMPUTE_RELATED, { ids: [...new Set(ids)] });
}
