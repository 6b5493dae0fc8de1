/**
 * Which names an article may give the entities it names — pure, decided in the writing transaction
 * from what the graph holds under the article's names (GraphNames).
 *
 * The rule (README "Who may name what"):
 * 1. An entity's name and type are set by the article that creates it; no later article changes
 *    them (an entry for an existing id with another type is refused).
 * 2. An alias an article gives is refused when, folded, it is already another entity's name or
 *    alias — in the graph or in the same article. Refusing rather than keeping it for display
 *    only: an alias exists to find an entity (lookups by name, and resolution of later articles'
 *    mentions, both read aliases), and one that names two entities finds the wrong one. So
 *    "Institute for the Study of War" can never become an alias of Vladimir Putin while ISW exists;
 *    a refusal is reported with the write (aliasesRefused), and the article is still written.
 * 3. A name wins over an alias: an article that creates an entity whose name, folded, another
 *    entity holds as an alias takes that alias away from it (aliasesWithdrawn) — an alias planted
 *    before the real entity existed stops finding the wrong one the moment it does.
 * 4. Every alias and role an article gives is recorded on its link to the entity (MENTIONS or
 *    WRITTEN_BY: `aliases`, `roles`), so review can list them per article and undo-naming.ts can
 *    remove exactly the ones no other article gives.
 */
import { foldName } from '../../core/ids.js';
import type { EntityType } from '../contract.js';
import { ArticleRefusedError } from './refused.js';

/** One entity as the article gives it, names cleaned. */
export interface NamedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** An entity of the graph holding one of the article's names (as its name or an alias). */
export interface NameHolder {
  id: string;
  type: EntityType;
  foldedName: string;
  aliases: readonly string[];
}

/** What the graph holds, read in the writing transaction. */
export interface GraphNames {
  /** Type of each of the article's entity ids that already exists. */
  existing: Map<string, EntityType>;
  /** Every entity whose name or an alias, folded, is one of the article's names or aliases. */
  holders: NameHolder[];
}

/** An alias that did not go (refused) or no longer goes (withdrawn) to `entity`, because it names `heldBy`. */
export interface AliasConflict {
  entity: string;
  alias: string;
  heldBy: string;
}

export interface NamingDecision {
  /** Per entity of the article: the aliases it receives (and the article's link records). */
  aliases: Map<string, string[]>;
  refused: AliasConflict[];
  withdrawn: AliasConflict[];
  /** Entities of the graph losing aliases to a new entity's name: their aliases after. */
  withdrawals: { id: string; aliases: string[] }[];
}

/** Folded key → the ids holding it, and as what. */
class Holdings {
  private readonly byKey = new Map<string, { id: string; asName: boolean }[]>();

  add(key: string, id: string, asName: boolean): void {
    const list = this.byKey.get(key) ?? [];
    if (!list.some((h) => h.id === id && h.asName === asName)) list.push({ id, asName });
    this.byKey.set(key, list);
  }

  /** Another entity holding `key`; names first, so the message points at the entity it names. */
  other(key: string, id: string): string | undefined {
    const list = (this.byKey.get(key) ?? []).filter((h) => h.id !== id);
    return (list.find((h) => h.asName) ?? list[0])?.id;
  }
}

export function decideNaming(entities: readonly NamedEntity[], graph: GraphNames): NamingDecision {
  entities.forEach((e, i) => {
    const stored = graph.existing.get(e.id);
    if (stored !== undefined && stored !== e.type) {
      throw new ArticleRefusedError(`entities[${i}].type`, `entities[${i}] (${e.id}) has type ${e.type}, but ${e.id} has type ${stored} in the graph: an article cannot change an entity's type.`);
    }
  });

  const holdings = new Holdings();
  for (const h of graph.holders) {
    holdings.add(h.foldedName, h.id, true);
    for (const alias of h.aliases) holdings.add(foldName(alias), h.id, false);
  }
  for (const e of entities) {
    holdings.add(foldName(e.name), e.id, true);
    for (const alias of e.aliases) holdings.add(foldName(alias), e.id, false);
  }

  const aliases = new Map<string, string[]>();
  const refused: AliasConflict[] = [];
  for (const e of entities) {
    const own = new Set([foldName(e.name), graph.holders.find((h) => h.id === e.id)?.foldedName]);
    const kept: string[] = [];
    const keys = new Set<string>();
    for (const alias of e.aliases) {
      const key = foldName(alias);
      if (own.has(key) || keys.has(key)) continue; // the name itself, or the same alias written twice
      const heldBy = holdings.other(key, e.id);
      if (heldBy !== undefined) refused.push({ entity: e.id, alias, heldBy });
      else {
        kept.push(alias);
        keys.add(key);
      }
    }
    aliases.set(e.id, kept);
  }

  // Rule 3: the article's new entities take their names back from entities holding them as aliases.
  const withdrawn: AliasConflict[] = [];
  const withdrawals: { id: string; aliases: string[] }[] = [];
  const newNames = new Map(entities.filter((e) => !graph.existing.has(e.id)).map((e) => [foldName(e.name), e.id]));
  for (const h of graph.holders) {
    const lost = h.aliases.filter((alias) => {
      const to = newNames.get(foldName(alias));
      return to !== undefined && to !== h.id;
    });
    if (lost.length === 0) continue;
    for (const alias of lost) withdrawn.push({ entity: h.id, alias, heldBy: newNames.get(foldName(alias))! });
    withdrawals.push({ id: h.id, aliases: h.aliases.filter((a) => !lost.includes(a)) });
  }
  return { aliases, refused, withdrawn, withdrawals };
}
