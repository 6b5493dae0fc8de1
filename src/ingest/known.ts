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
 * Entities and topics created at or after `since`, in creation order. The
 * createdAt indexes of migration 007 serve the refresh, so it reads what is new, not the graph.
 */
interface EntityRow {
  id: string;
  label: keyof typeof TYPE_OF_LABEL;
  name: string;
  aliases: string[];
  createdAt: string | null;
}

async function readSince(tx: Tx, since: string) {
  const entities = await tx.run<EntityRow>(
    `MATCH (e:Entity) WHERE e.createdAt >= $since
     RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0] AS label, e.name AS name,
            coalesce(e.aliases, []) AS aliases, e.createdAt AS createdAt
     ORDER BY e.createdAt, e.id`,
    { since },
  );
  const tags = await tx.run<{ name: string; createdAt: string | null }>(
    'MATCH (t:Topic) WHERE t.createdAt >= $since RETURN t.name AS name, t.createdAt AS createdAt ORDER BY t.createdAt, name',
    { since },
  );
  return { entities, tags };
}

/** Entities per read of the first load: each page is its own short transaction, within any read timeout. */
const PAGE = 20_000;

/**
 * Every entity with its aliases, in pages by id (the id index walks them in order), and every topic
 * name: read once per process, however large the graph.
 */
export async function loadGraphKnowledge(executor: Executor): Promise<GraphKnowledge> {
  const knowledge = emptyKnowledge();
  let latest: string | undefined;
  for (let after = ''; ; ) {
    const page = await executor.read<EntityRow>(
      `MATCH (e:Entity) WHERE e.id > $after
       RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0] AS label, e.name AS name,
              coalesce(e.aliases, []) AS aliases, e.createdAt AS createdAt
       ORDER BY e.id LIMIT $limit`,
      { after, limit: PAGE },
    );
    for (const e of page) {
      knowledge.entities.add({ id: e.id, type: TYPE_OF_LABEL[e.label], name: e.name, aliases: e.aliases });
      if (e.createdAt && (!latest || e.createdAt > latest)) latest = e.createdAt;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  const tags = await executor.read<{ name: string; createdAt: string | null }>('MATCH (t:Topic) RETURN t.name AS name, t.createdAt AS createdAt ORDER BY name');
  addTags(knowledge, tags.map((t) => t.name));
  for (const t of tags) if (t.createdAt && (!latest || t.createdAt > latest)) latest = t.createdAt;
  if (latest) knowledge.readUpTo = latest;
  return knowledge;
}

/**
 * Adds to `knowledge` what other writers created since it was last read. Reads start a minute before the latest createdAt seen: writers' clocks and commit order
 * differ, and an entity read twice is simply already known.
 */
export async function refreshGraphKnowledge(executor: Executor, knowledge: GraphKnowledge): Promise<void> {
  const since = new Date(knowledge.readUpTo ? Date.parse(knowledge.readUpTo) - CLOCK_SLACK_MS : 0).toISOString();
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

/**
 * Drops the entities a new version or a retraction removed from the graph, so the next article
 * does not resolve a name to an entity that no longer exists. Topic names stay in the tag list
 * (it only grows, see GraphKnowledge.tags): a removed topic's name is still split out of tags,
 * and writing it creates the topic again.
 */
export function forgetKnowledge(knowledge: GraphKnowledge, removed: { entities: readonly string[] }): void {
  for (const id of removed.entities) knowledge.entities.remove(id);
}
