import { entityId, foldName } from '../../core/ids.js';
import type { Executor, Tx } from '../../db/executor.js';
import type { EntityType } from '../contract.js';
import { ENTITY_LABEL } from '../write/write-cypher.js';
import * as Q from './merge-cypher.js';
import { recomputeRelated } from '../write/related.js';

/**
 * Curating entities after the fact, without losing anything: a merge turns the dropped entity into
 * a :Merged node linked to the kept one by SAME_AS {reason, by, at}, moves its relationships to the
 * kept one and keeps a copy of them on the link, so `unmerge` puts both back exactly; a split moves
 * named articles' and statements' links to a new entity. Each is one write transaction.
 */

export interface MergeRecord {
  keep: string;
  keepName: string;
  drop: string;
  dropName: string;
  reason: string;
  /** Who asked: `key:<id>` for an API key, `cli:<user>`. */
  by: string;
  /** ISO 8601 instant. */
  at: string;
  /** Who undid it and when (ISO 8601), for a merge undone. */
  undoneBy?: string | null;
  undoneAt?: string | null;
}

/** The request is not one the graph can carry out (unknown id, a type mismatch, a merge in the way): the caller's to fix. */
export class CurationError extends Error {
  override readonly name = 'CurationError';

  /** `notFound`: what the request names is not there (an unknown id, no merge to undo); otherwise the request itself is wrong. */
  constructor(message: string, readonly reason: 'invalid' | 'notFound' = 'invalid') {
    super(message);
  }
}

const TYPE_OF_LABEL = Object.fromEntries(Object.entries(ENTITY_LABEL).map(([type, label]) => [label, type])) as Record<string, EntityType>;

interface EntityRow {
  id: string | null;
  name: string | null;
  label: string | null;
  aliases: string[];
  roles: string[];
  mergedInto: string | null;
}

async function readEntity(tx: Tx, id: string): Promise<EntityRow> {
  const [row] = await tx.run<EntityRow>(Q.READ_ENTITY, { id });
  return row!;
}

interface Relationship {
  type: string;
  out: boolean;
  other: string;
  props: Record<string, unknown>;
}

/** The entity's relationships grouped by kind, as MERGE_/CREATE_RELATIONSHIPS take them; an unknown kind is refused. */
function byKind(rels: readonly Relationship[], id: string): Record<Q.RelationshipKind, { other: string; props: Record<string, unknown> }[]> {
  const grouped = Object.fromEntries(Q.ENTITY_RELATIONSHIPS.map((s) => [s.kind, []])) as unknown as Record<Q.RelationshipKind, { other: string; props: Record<string, unknown> }[]>;
  for (const r of rels) {
    const spec = Q.ENTITY_RELATIONSHIPS.find((s) => s.type === r.type && s.out === r.out);
    if (!spec) throw new CurationError(`${id} has a ${r.type} relationship that merges do not know how to move.`);
    grouped[spec.kind].push({ other: r.other, props: r.props });
  }
  return grouped;
}

async function readRelationships(tx: Tx, id: string): Promise<Relationship[]> {
  return tx.run<Relationship>(Q.READ_RELATIONSHIPS, { id, curation: [...Q.CURATION_TYPES, ...Q.DERIVED_TYPES] });
}

function requireLive(row: EntityRow, id: string, role: string): asserts row is EntityRow & { id: string; name: string; label: string } {
  if (row.mergedInto) throw new CurationError(`${role} ${id} was merged into ${row.mergedInto}: name that entity instead.`);
  if (!row.id) throw new CurationError(`${role} ${id}: no person, organization or place has this id.`, 'notFound');
}

/**
 * Merges `drop` into `keep`. The kept entity gains the dropped one's name and aliases as aliases
 * (and its roles), so lookups and the next ingest find it by them; every relationship of the
 * dropped entity is recreated on the kept one unless it already has it.
 */
export async function mergeEntities(executor: Executor, request: { keep: string; drop: string; reason: string; by: string }, now = new Date()): Promise<MergeRecord> {
  const reason = request.reason.trim();
  if (!reason) throw new CurationError('A merge needs a reason (what makes the two one entity).');
  if (request.keep === request.drop) throw new CurationError(`Cannot merge ${request.keep} into itself.`);
  return executor.writeTx(async (tx) => {
    const keep = await readEntity(tx, request.keep);
    const drop = await readEntity(tx, request.drop);
    requireLive(keep, request.keep, 'keep');
    requireLive(drop, request.drop, 'drop');
    if (keep.label !== drop.label) throw new CurationError(`Cannot merge ${drop.id} (${TYPE_OF_LABEL[drop.label]}) into ${keep.id} (${TYPE_OF_LABEL[keep.label]}): both must be of one type.`);
    const rels = await readRelationships(tx, drop.id);
    const grouped = byKind(rels, drop.id);
    // A link between the two becomes no link at all while merged; the copy on SAME_AS keeps it.
    const moved = Object.fromEntries(Object.entries(grouped).map(([kind, list]) => [kind, list.filter((r) => r.other !== keep.id)]));
    await tx.run(Q.MERGE_RELATIONSHIPS, { rels: moved, entity: keep.id, from: drop.id });

    const known = new Set([keep.name, ...keep.aliases].map(foldName));
    const addedAliases: string[] = [];
    for (const name of [drop.name, ...drop.aliases]) {
      if (known.has(foldName(name))) continue;
      known.add(foldName(name));
      addedAliases.push(name);
    }
    const link = {
      reason,
      by: request.by,
      at: now.toISOString(),
      type: TYPE_OF_LABEL[drop.label]!,
      addedAliases,
      addedFoldedAliases: addedAliases.map(foldName),
      addedRoles: drop.roles.filter((r) => !keep.roles.includes(r)),
      // A property holds no maps: the dropped entity's relationships as JSON, for unmerge.
      relationships: JSON.stringify(rels),
    };
    await tx.run(Q.MERGE_NODE[link.type], { drop: drop.id, keep: keep.id, link, curation: Q.CURATION_TYPES });
    // The dropped entity's RELATED_TO went with its other links; the kept one's are counted again.
    await recomputeRelated(tx, [keep.id]);
    return { keep: keep.id, keepName: keep.name, drop: drop.id, dropName: drop.name, reason, by: request.by, at: link.at };
  });
}

/**
 * Undoes the merge of `drop`: both entities are as they were before it (what was added to either
 * since stays). The merge and its undoing are recorded (see RECORD_UNDONE_MERGE).
 */
export async function unmergeEntities(executor: Executor, request: { drop: string; by: string }, now = new Date()): Promise<MergeRecord> {
  return executor.writeTx(async (tx) => {
    const [link] = await tx.run<{ keep: string; keepName: string; dropName: string; keepMergedInto: string | null; link: Record<string, unknown> }>(
      `MATCH (d:Merged {id: $drop})-[s:SAME_AS]->(k)
       OPTIONAL MATCH (k:Merged)-[:SAME_AS]->(next)
       RETURN k.id AS keep, k.name AS keepName, d.name AS dropName, next.id AS keepMergedInto, properties(s) AS link`,
      { drop: request.drop },
    );
    if (!link) throw new CurationError(`${request.drop} is not merged into anything.`, 'notFound');
    if (link.keepMergedInto) throw new CurationError(`${link.keep}, which ${request.drop} was merged into, was itself merged into ${link.keepMergedInto}: unmerge ${link.keep} first.`);
    const type = link.link.type as EntityType;
    const rels = JSON.parse(link.link.relationships as string) as Relationship[];
    await tx.run(Q.UNMERGE_NODE[type], { drop: request.drop });
    await tx.run(Q.CREATE_RELATIONSHIPS, { rels: byKind(rels, request.drop), entity: request.drop });
    await recomputeRelated(tx, [link.keep, request.drop]);
    const l = link.link as Record<string, string>;
    const record: MergeRecord = { keep: link.keep, keepName: link.keepName, drop: request.drop, dropName: link.dropName, reason: l.reason!, by: l.by!, at: l.at!, undoneBy: request.by, undoneAt: now.toISOString() };
    await tx.run(Q.RECORD_UNDONE_MERGE, { record });
    return record;
  });
}

/** Every merge in force, newest first, or (`undone`) every merge undone, latest undone first; at most `limit`. */
export async function listMerges(executor: Executor, limit: number, options: { undone?: boolean; skip?: number } = {}): Promise<MergeRecord[]> {
  return executor.read<MergeRecord & Record<string, unknown>>(options.undone ? Q.LIST_UNDONE_MERGES : Q.LIST_MERGES, { limit, skip: options.skip ?? 0 });
}

/** How many merges are in force (or, `undone`, were undone). */
export async function countMerges(executor: Executor, options: { undone?: boolean } = {}): Promise<number> {
  const [row] = await executor.read<{ count: number }>(options.undone ? Q.COUNT_UNDONE_MERGES : Q.COUNT_MERGES, {});
  return row?.count ?? 0;
}

export interface SplitResult {
  id: string;
  name: string;
  from: string;
  /** The articles and statements whose links moved, of those asked. */
  articles: string[];
  statements: string[];
}

/**
 * Splits off a new entity named `name` (of the same type, id from its name) taking the links of
 * `articles` (mentions, authorship) and `statements` (who stated it, what it is about) from `id`.
 * Every id asked must be linked to the entity: a typo is an error, not a silent no-op.
 */
export async function splitEntity(
  executor: Executor,
  request: { id: string; name: string; articles: string[]; statements: string[]; reason: string; by: string },
  now = new Date(),
): Promise<SplitResult> {
  const name = request.name.trim();
  const reason = request.reason.trim();
  if (!name) throw new CurationError('A split needs the new entity\'s name.');
  if (!reason) throw new CurationError('A split needs a reason.');
  if (request.articles.length + request.statements.length === 0) throw new CurationError('A split moves at least one article or statement: name them.');
  return executor.writeTx(async (tx) => {
    const from = await readEntity(tx, request.id);
    requireLive(from, request.id, 'entity');
    const type = TYPE_OF_LABEL[from.label]!;
    const id = entityId(ENTITY_LABEL[type].toLowerCase() as 'person' | 'organization' | 'place', name);
    const taken = await readEntity(tx, id);
    if (taken.id || taken.mergedInto) throw new CurationError(`${id} exists already: merge into it, or choose another name.`);
    const [targets] = await tx.run<{ articles: string[]; statements: string[] }>(Q.SPLIT_TARGETS, { id: request.id, articles: request.articles, statements: request.statements });
    const missing = [...request.articles.filter((a) => !targets!.articles.includes(a)), ...request.statements.filter((s) => !targets!.statements.includes(s))];
    if (missing.length) throw new CurationError(`${request.id} has no link with ${missing.join(', ')}: nothing to move.`);
    const split = { id, name, foldedName: foldName(name), reason, by: request.by, at: now.toISOString(), articles: request.articles, statements: request.statements };
    await tx.run(Q.CREATE_SPLIT[type], { id: request.id, split });
    await tx.run(Q.MOVE_TO_SPLIT, { id: request.id, split });
    await recomputeRelated(tx, [request.id, id]);
    return { id, name, from: request.id, articles: request.articles, statements: request.statements };
  });
}

/** A dropped id, and the entity it now is. */
export interface MergeTarget {
  id: string;
  name: string;
}

/** Every dropped id → the live entity it was merged into (chains followed): what ingest consults. */
export async function loadMergeMap(executor: Executor): Promise<Map<string, MergeTarget>> {
  const rows = await executor.read<{ drop: string; keep: string; keepName: string }>(Q.MERGE_MAP);
  return new Map(rows.map((r) => [r.drop, { id: r.keep, name: r.keepName }]));
}

/** A merge as `newsgraph export` writes it: enough to put the :Merged node and its link back. */
export interface MergeLine {
  merge: { drop: string; keep: string; node: Record<string, unknown>; link: Record<string, unknown> };
}

/**
 * Puts an exported merge back after its articles were re-imported: the dropped node as it was
 * (:Merged, its properties) and its SAME_AS link to the kept entity. Idempotent.
 */
export async function restoreMerge(executor: Executor, line: MergeLine): Promise<void> {
  const { drop, keep, node, link } = line.merge;
  await executor.writeTx(async (tx) => {
    const [found] = await tx.run<{ keep: string | null; live: string | null }>(
      'OPTIONAL MATCH (k:Entity {id: $keep}) OPTIONAL MATCH (e:Entity {id: $drop}) RETURN k.id AS keep, e.id AS live',
      { keep, drop },
    );
    if (!found?.keep) throw new CurationError(`merge of ${drop}: ${keep} is not in the graph (import the articles first).`);
    if (found.live) throw new CurationError(`merge of ${drop}: ${drop} is a live entity here: unmerge it in the source graph, or merge it again.`);
    await tx.run(
      `MERGE (d:Merged {id: $drop}) SET d = $node
       WITH d MATCH (k:Entity {id: $keep})
       MERGE (d)-[s:SAME_AS]->(k) SET s = $link`,
      { drop, keep, node, link },
    );
  });
}
