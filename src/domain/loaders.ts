import DataLoader from 'dataloader';
import type { Executor, Params } from '../db/executor.js';
import { ARTICLE_BODIES, NODES_BY_ID } from './node/read-cypher.js';
import { toGraphNode, type GraphNode, type RawNode } from './node/graph-node.js';

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
  /** Article.body: reads leave the body out of nodes; every article of a request gets it in one query. */
  readonly articleBody: DataLoader<string, string | null>;
  private readonly batches = new Map<string, DataLoader<string, any[]>>();

  constructor(private readonly executor: Executor) {
    this.node = new DataLoader(async (ids) => {
      const rows = await executor.read<{ key: string; node: RawNode }>(NODES_BY_ID, { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.key, toGraphNode(r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.articleBody = new DataLoader(async (ids) => {
      const rows = await executor.read<{ key: string; body: string | null }>(ARTICLE_BODIES, { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.key, r.body]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** A node read along the way: later loads of its id in this request need no query. */
  read(raw: RawNode): GraphNode {
    const node = toGraphNode(raw);
    this.node.prime(node.id, node);
    return node;
  }

  /**
   * Loads the nodes `cypher` (see relationQuery) relates to a parent id, at most `limit` each.
   * Parents asking with the same limit and params share one batch.
   */
  async related<Extra = Record<string, unknown> | null>(cypher: string, parentId: string, limit: number, params: Params = {}): Promise<Related<Extra>[]> {
    const rows = await this.batch<{ key: string; node: RawNode; extra: Extra }>(cypher, { ...params, limit }, parentId);
    return rows.map((row) => ({ node: this.read(row.node), extra: row.extra }));
  }

  async relatedNodes(cypher: string, parentId: string, limit: number, params: Params = {}): Promise<GraphNode[]> {
    return (await this.related(cypher, parentId, limit, params)).map((r) => r.node);
  }

  /** One parent's page and total from a relationPageQuery: every parent asking for the same page shares one round trip. */
  async relatedPage(cypher: string, parentId: string, skip: number, limit: number): Promise<{ total: number; nodes: GraphNode[] }> {
    const [row] = await this.batch<{ key: string; total: number; page: RawNode[] }>(cypher, { skip, limit }, parentId);
    return { total: Number(row?.total ?? 0), nodes: (row?.page ?? []).map((raw) => this.read(raw)) };
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
