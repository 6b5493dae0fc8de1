import type { Executor, Tx } from '../db/executor.js';
import type { ParsedArticle } from './contract.js';
import { KnownIndex } from './resolve/known-index.js';
import type { KnownEntity } from './resolve/types.js';

/** What the graph already holds that resolution and tag splitting match new articles against. */
export interface GraphKnowledge {
  /** Indexed by id, name, alias and surname; updated in place as articles are written. */
  entities: KnownIndex;
  /** Topic names; only ever grows (by push), which lets the tag splitter extend its lexicon. */
  tags: string[];
  /** The latest createdAt read (ISO instant): where the next refresh starts. */
  readUpTo?: string;
}

/** The tags of each knowledge as a set, so adding an article's tags costs its tags, not the graph's topics. */
const tagSets = new WeakMap<string[], Set<string>>();

/** Appends the tags `knowledge` does not hold yet. */
export function addTags(knowledge: GraphKnowledge, tags: readonly string[]): void {
  let set = tagSets.get(knowledge.tags);
  if (!set || set.size !== knowledge.tags.length) tagSets.set(knowledge.tags, (set = new Set(knowledge.tags)));
  for (const tag of tags) {
    if (set.has(tag)) continue;
    set.add(tag);
    knowledge.tags.push(tag);
  }
}

/** One change to the knowledge: what a written article teaches, and what a worker's copy replays. */
export type KnowledgeOp =
  | { op: 'add'; entity: KnownEntity }
  | { op: 'removeAlias'; id: string; alias: string }
  | { op: 'tags'; tags: string[] };

/** The aliases the naming rule did not record or took back (write-article.ts's WriteResult). */
export interface NamingOutcome {
  aliasesRefused: readonly { entity: string; alias: string }[];
  aliasesWithdrawn: readonly { entity: string; alias: string }[];
}

/**
 * What a written article adds, as the graph now holds it: its new entities without the aliases
 * the naming rule refused or withdrew, the aliases others lost, its tags. Costs the article's
 * size, not the graph's.
 */
export function learningOps(knowledge: GraphKnowledge, parsed: ParsedArticle, result: NamingOutcome): KnowledgeOp[] {
  const dropped = new Set([...result.aliasesRefused, ...result.aliasesWithdrawn].map((c) => `${c.entity}\u0000${c.alias}`));
  const ops: KnowledgeOp[] = result.aliasesWithdrawn.map((c) => ({ op: 'removeAlias', id: c.entity, alias: c.alias }));
  for (const e of parsed.entities) {
    if (!knowledge.entities.has(e.id)) ops.push({ op: 'add', entity: { id: e.id, type: e.type, name: e.name, aliases: e.aliases.filter((a) => !dropped.has(`${e.id}\u0000${a}`)) } });
  }
  if (parsed.article.tags.length) ops.push({ op: 'tags', tags: [...parsed.article.tags] });
  return ops;
}

/** Applies the changes in order; returns what takes them back, last first. */
export function applyOps(knowledge: GraphKnowledge, ops: readonly KnowledgeOp[]): (() => void)[] {
  const undo: (() => void)[] = [];
  for (const o of ops) {
    if (o.op === 'add') {
      if (knowledge.entities.has(o.entity.id)) continue;
      knowledge.entities.add(o.entity);
      undo.unshift(() => knowledge.entities.remove(o.entity.id));
    } else if (o.op === 'removeAlias') {
      const removal = knowledge.entities.removeAlias(o.id, o.alias);
      if (removal) undo.unshift(() => knowledge.entities.undoRemoveAlias(removal));
    } else {
      const count = knowledge.tags.length;
      addTags(knowledge, o.tags);
      undo.unshift(() => void knowledge.tags.splice(count));
    }
  }
  return undo;
}

export function learnArticle(knowledge: GraphKnowledge, parsed: ParsedArticle, result: NamingOutcome): void {
  applyOps(knowledge, learningOps(knowledge, parsed, result));
}

export function emptyKnowledge(): GraphKnowledge {
  return { entities: new KnownIndex(), tags: [] };
}

const TYPE_OF_LABEL = { Person: 'PERSON', Organization: 'ORGANIZATION', Place: 'PLACE' } as const;

/**
 * Entities and topics created at or after `since` (all when undefined), in creation order. The
 * createdAt indexes of migration 007 serve the refresh, so it reads what is new, not the graph.
 */
async function readSince(tx: Tx, since: string | undefined) {
  const entities = await tx.run<{ id: string; label: keyof typeof TYPE_OF_LABEL; name: string; aliases: string[]; createdAt: string | null }>(
    `MATCH (e:Entity) WHERE $since IS NULL OR e.createdAt >= $since
     RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0] AS label, e.name AS name,
            coalesce(e.aliases, []) AS aliases, e.createdAt AS createdAt
     ORDER BY e.createdAt, e.id`,
    { since: since ?? null },
  );
  const tags = await tx.run<{ name: string; createdAt: string | null }>(
    'MATCH (t:Topic) WHERE $since IS NULL OR t.createdAt >= $since RETURN t.name AS name, t.createdAt AS createdAt ORDER BY t.createdAt, name',
    { since: since ?? null },
  );
  return { entities, tags };
}

/** One read transaction: every entity with its aliases, and every topic name. */
export async function loadGraphKnowledge(executor: Executor): Promise<GraphKnowledge> {
  const knowledge = emptyKnowledge();
  await refreshGraphKnowledge(executor, knowledge);
  return knowledge;
}

/**
 * Adds to `knowledge` what other writers created since it was last read (or everything, the first
 * time). Reads start a minute before the latest createdAt seen: writers' clocks and commit order
 * differ, and an entity read twice is simply already known.
 */
export async function refreshGraphKnowledge(executor: Executor, knowledge: GraphKnowledge): Promise<void> {
  const since = knowledge.readUpTo && new Date(Date.parse(knowledge.readUpTo) - CLOCK_SLACK_MS).toISOString();
  const { entities, tags } = await executor.readTx((tx) => readSince(tx, since));
  for (const e of entities) knowledge.entities.add({ id: e.id, type: TYPE_OF_LABEL[e.label], name: e.name, aliases: e.aliases });
  addTags(knowledge, tags.map((t) => t.name));
  const latest = [...entities, ...tags].reduce<string | undefined>((max, x) => (x.createdAt && (!max || x.createdAt > max) ? x.createdAt : max), knowledge.readUpTo);
  if (latest) knowledge.readUpTo = latest;
}

const CLOCK_SLACK_MS = 60_000;
const MAX_AGE_MS = 60_000;
const cache = new WeakMap<object, { knowledge: Promise<GraphKnowledge>; refreshedAt: number }>();

/**
 * The graph's knowledge shared by the requests of one server: read once, then topped up once a
 * minute with what other processes created meanwhile (a read of the new entities only). Sessions
 * add what they write to it, so this process never misses its own entities; another instance's
 * new entities meanwhile resolve as new ones with the same deterministic ids, which MERGE into the
 * same nodes.
 */
export function sharedGraphKnowledge(executor: Executor, now = Date.now()): Promise<GraphKnowledge> {
  const entry = cache.get(executor.driver);
  if (entry && now - entry.refreshedAt < MAX_AGE_MS) return entry.knowledge;
  const knowledge = entry
    ? entry.knowledge.then(async (k) => {
        await refreshGraphKnowledge(executor, k);
        return k;
      })
    : loadGraphKnowledge(executor);
  cache.set(executor.driver, { knowledge, refreshedAt: now });
  knowledge.catch(() => cache.delete(executor.driver));
  return knowledge;
}
