import { foldName } from '../../core/ids.js';
import type { Executor, Tx } from '../../db/executor.js';
import * as Q from './write-cypher.js';

interface Position {
  title: string;
  of: string;
}

interface NamingRow {
  id: string;
  aliases: string[];
  roles: string[];
  givenAliases: string[];
  givenRoles: string[];
  givenPositions: Position[];
  otherAliases: string[];
  otherRoles: string[];
  otherPositions: Position[];
}

export interface UndoneNaming {
  /** Per entity, the aliases and roles it lost and the positions (title → of) removed. */
  entities: { id: string; aliases: string[]; roles: string[]; positions: Position[] }[];
}

/**
 * Pure: what each entity keeps once the article's naming is undone. An alias (folded), role or
 * position goes when this article gave it and no other article does; whatever an entity holds that
 * no article recorded (written before links carried naming) stays.
 */
export function planUndo(rows: readonly NamingRow[]) {
  return rows.map((r) => {
    const given = new Set(r.givenAliases.map(foldName));
    const others = new Set(r.otherAliases.map(foldName));
    const samePosition = (p: Position) => (q: Position) => q.title === p.title && q.of === p.of;
    const lostAliases = r.aliases.filter((a) => given.has(foldName(a)) && !others.has(foldName(a)));
    const lostRoles = r.roles.filter((role) => r.givenRoles.includes(role) && !r.otherRoles.includes(role));
    const aliases = r.aliases.filter((a) => !lostAliases.includes(a));
    return {
      id: r.id,
      aliases,
      foldedAliases: aliases.map(foldName),
      roles: r.roles.filter((role) => !lostRoles.includes(role)),
      dropPositions: r.givenPositions.filter((p) => !r.otherPositions.some(samePosition(p))),
      lostAliases,
      lostRoles,
    };
  });
}

/**
 * Takes back the aliases, roles and positions one article gave its entities (naming.ts, rule 4),
 * in one write transaction; the article itself, its links and statements stay (retracting it is
 * issue 10's). Running it twice changes nothing more. Aliases other entities lost to a name this
 * article created are not given back: an alias that named two entities should name neither.
 */
export async function undoArticleNaming(executor: Executor, articleId: string): Promise<UndoneNaming> {
  return executor.writeTx((tx) => undoNaming(tx, articleId));
}

/** undoArticleNaming inside a caller's transaction (a new version or a retraction does it first). */
export async function undoNaming(tx: Tx, articleId: string): Promise<UndoneNaming> {
  const rows = await tx.run<NamingRow>(Q.READ_ARTICLE_NAMING, { id: articleId });
  const plan = planUndo(rows);
  await tx.run(Q.UNDO_ARTICLE_NAMING, {
    undo: { article: articleId, entities: plan.map(({ id, aliases, foldedAliases, roles, dropPositions }) => ({ id, aliases, foldedAliases, roles, dropPositions })) },
  });
  return { entities: plan.map((p) => ({ id: p.id, aliases: p.lostAliases, roles: p.lostRoles, positions: p.dropPositions })) };
}
