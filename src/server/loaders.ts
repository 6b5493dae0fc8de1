import DataLoader from 'dataloader';
import type { Executor, Params } from '../db/executor.js';
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
  private readonly batches = new Map<string, DataLoader<string, any[]>>();

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

  /**
   * The rows a batched query (`UNWIND $ids AS key … RETURN key, …`) returns for one parent, the
   * query running once per (cypher, params) for all parents asked in the same tick: for fields
   * with arguments beyond `first` (filters, cursors) that relationQuery does not cover.
   */
  batch<Row extends { key: string }>(cypher: string, params: Params, parentId: string): Promise<Row[]> {
    const cacheKey = `${JSON.stringify(params)}\u0000${cypher}`;
    let loader = this.batches.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const rows = await this.executor.read<Row>(cypher, { ...params, ids: [...keys] });
        const grouped = new Map<string, Row[]>(keys.map((k) => [k, []]));
        for (const row of rows) grouped.get(row.key)?.push(row);
        return keys.map((k) => grouped.get(k)!);
      });
      this.batches.set(cacheKey, loader);
    }
    return loader.load(parentId) as Promise<Row[]>;
  }
}
