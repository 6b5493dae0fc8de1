import type { Executor } from '../db/executor.js';
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
