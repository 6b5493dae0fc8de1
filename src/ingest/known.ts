import type { Executor } from '../db/executor.js';
import { topicId } from '../core/ids.js';
import type { EntityType } from './contract.js';

/** What the graph already holds that resolution and tag splitting match new articles against. */
export interface GraphKnowledge {
  entities: { id: string; type: EntityType; name: string; aliases: string[] }[];
  tags: string[];
}

const TYPE_OF_LABEL = { Person: 'PERSON', Organization: 'ORGANIZATION', Place: 'PLACE' } as const;

/** One read transaction: every entity with its aliases, and every topic name. */
export async function loadGraphKnowledge(executor: Executor): Promise<GraphKnowledge> {
  return executor.readTx(async (tx) => {
    const entities = await tx.run<{ id: string; label: keyof typeof TYPE_OF_LABEL; name: string; aliases: string[] }>(
      `MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0] AS label, e.name AS name, coalesce(e.aliases, []) AS aliases`,
    );
    const tags = await tx.run<{ name: string }>('MATCH (t:Topic) RETURN t.name AS name ORDER BY name');
    return {
      entities: entities.map((e) => ({ id: e.id, type: TYPE_OF_LABEL[e.label], name: e.name, aliases: e.aliases })),
      tags: tags.map((t) => t.name),
    };
  });
}

/**
 * Drops what a new version or a retraction removed from the graph, so the next article does not
 * resolve a name to an entity that no longer exists. Topics removed leave the tag list too.
 */
export function forgetKnowledge(knowledge: GraphKnowledge, removed: { entities: readonly string[]; topics: readonly string[] }): void {
  if (removed.entities.length > 0) {
    const gone = new Set(removed.entities);
    knowledge.entities = knowledge.entities.filter((e) => !gone.has(e.id));
  }
  if (removed.topics.length > 0) {
    const gone = new Set(removed.topics);
    knowledge.tags = knowledge.tags.filter((t) => !gone.has(topicId(t)));
  }
}

const MAX_AGE_MS = 60_000;
const cache = new WeakMap<object, { knowledge: Promise<GraphKnowledge>; loadedAt: number }>();

/**
 * The graph's knowledge shared by the requests of one server, reloaded once a minute: loading every
 * entity on each ingestArticle call would cost a read of the whole graph per article. Sessions add
 * what they write to it, so this process never misses its own entities; another instance's new
 * entities are picked up at the next reload, and meanwhile resolve as new ones with the same
 * deterministic ids, which MERGE into the same nodes.
 */
export function sharedGraphKnowledge(executor: Executor, now = Date.now()): Promise<GraphKnowledge> {
  const entry = cache.get(executor.driver);
  if (entry && now - entry.loadedAt < MAX_AGE_MS) return entry.knowledge;
  const knowledge = loadGraphKnowledge(executor);
  cache.set(executor.driver, { knowledge, loadedAt: now });
  knowledge.catch(() => cache.delete(executor.driver));
  return knowledge;
}
