import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { NODES_BY_ID } from '../db/read-cypher.js';
import { toGraphNode, type GraphNode } from '../domain/node/graph-node.js';

export interface Related<Extra = Record<string, unknown> | null> {
  node: GraphNode;
  extra: Extra;
}

/**
 * Per-request DataLoaders. Each relationship field gets one loader per (query, limit), so a field
 * costs one Cypher round trip per level of the GraphQL query however many parents it has.
 * Loaders are made per request: their cache must never outlive one client's view of the graph.
 */
export class Loaders {
  readonly node: DataLoader<string, GraphNode | null>;
  private readonly relations = new Map<string, DataLoader<string, Related<any>[]>>();

  constructor(private readonly executor: Executor) {
    this.node = new DataLoader(async (ids) => {
      const rows = await executor.read<{ key: string; node: Record<string, unknown> }>(NODES_BY_ID, { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.key, toGraphNode(r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * Loads the nodes `cypher` (see relationQuery) relates to a parent id, at most `limit` each.
   * Parents asking with the same limit and params share one batch.
   */
  related<Extra = Record<string, unknown> | null>(cypher: string, parentId: string, limit: number, params: Record<string, unknown> = {}): Promise<Related<Extra>[]> {
    const cacheKey = `${limit}\u0000${JSON.stringify(params)}\u0000${cypher}`;
    let loader = this.relations.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const rows = await this.executor.read<{ key: string; node: Record<string, unknown>; extra: unknown }>(cypher, { ...params, ids: [...keys], limit });
        const grouped = new Map<string, Related<any>[]>(keys.map((k) => [k, []]));
        for (const row of rows) {
          const node = toGraphNode(row.node);
          this.node.prime(node.id, node);
          grouped.get(row.key)!.push({ node, extra: row.extra });
        }
        return keys.map((k) => grouped.get(k)!);
      });
      this.relations.set(cacheKey, loader);
    }
    return loader.load(parentId) as Promise<Related<Extra>[]>;
  }

  async relatedNodes(cypher: string, parentId: string, limit: number, params: Record<string, unknown> = {}): Promise<GraphNode[]> {
    return (await this.related(cypher, parentId, limit, params)).map((r) => r.node);
  }
}
