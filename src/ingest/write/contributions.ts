import type { Tx } from '../../db/executor.js';
import * as Q from './contributions-cypher.js';
import { undoNaming } from './undo-naming.js';

/** What an article's links and reports pointed at, once they are deleted. */
export interface Detached {
  statements: string[];
  entities: string[];
  events: string[];
  topics: string[];
}

/** What went from the graph with an article's contributions. */
export interface Removed {
  statements: number;
  entities: string[];
  events: string[];
  topics: string[];
}

export const NOTHING_REMOVED: Removed = { statements: 0, entities: [], events: [], topics: [] };

/**
 * Takes the article's contributions out, inside the caller's transaction: the aliases, roles and
 * positions it gave (undo-naming.ts), then its mentions, authors, tags and reports. The article node
 * stays; what the links pointed at is returned for settle().
 */
export async function detachContributions(tx: Tx, articleId: string): Promise<Detached> {
  await undoNaming(tx, articleId);
  const [row] = await tx.run<Detached>(Q.DETACH_CONTRIBUTIONS, { id: articleId });
  return row ?? { statements: [], entities: [], events: [], topics: [] };
}

/**
 * Brings statements back to what their reports say (the earliest report's text, verb and kind;
 * statements with no report deleted), then deletes what nothing holds any more (REMOVE_ORPHANS).
 * `statements` are every statement touched: those detached and those just written.
 */
export async function settle(tx: Tx, statements: readonly string[], detached: Detached): Promise<Removed> {
  const [s] = await tx.run<{ removed: number }>(Q.RECOMPUTE_STATEMENTS, { ids: [...new Set(statements)] });
  // A new article detached nothing: one round trip fewer.
  if (detached.events.length + detached.entities.length + detached.topics.length === 0) return { ...NOTHING_REMOVED, statements: Number(s?.removed ?? 0) };
  const [o] = await tx.run<{ events: string[]; entities: string[]; topics: string[] }>(Q.REMOVE_ORPHANS, {
    gc: { events: detached.events, entities: detached.entities, topics: detached.topics },
  });
  return { statements: Number(s?.removed ?? 0), entities: o?.entities ?? [], events: o?.events ?? [], topics: o?.topics ?? [] };
}
