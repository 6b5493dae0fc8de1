import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { intInRange } from '../limits.js';
import { toGraphNode, type GraphNode, type RawNode } from '../node/graph-node.js';
import { NodeType, RelationshipType, isNodeId, nodeLabel, nodeTypes, relationshipTypes, viewProperties } from './graph-elements.js';
import { DEFAULT_DEPTH, DEFAULT_NEIGHBORS, MAX_DEPTH, MAX_EDGES, MAX_NEIGHBORS, NEIGHBORHOOD_QUERIES } from './neighborhood.cypher.js';
import { Neighborhood, type GraphViewNode } from './neighborhood.type.js';

interface NeighborhoodRow {
  center: RawNode | null;
  total: number;
  nodes: { node: RawNode; distance: number }[];
  edges: { source: string; target: string; type: RelationshipType; props: Record<string, unknown> }[];
}

function viewNode(node: GraphNode, distance: number): GraphViewNode {
  return { id: node.id, label: nodeLabel(node), type: node.__typename as NodeType, distance, properties: viewProperties(node), node };
}

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Neighborhood, {
    nullable: true,
    description: `The nodes within depth hops of a node (at most ${MAX_DEPTH}) and the relationships among them, nearest first, in one query; null when no node has the id.`,
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'Global id of the centre node, of any kind, e.g. person:vladimir-putin.' }) id: string,
    @Arg('depth', () => Int, { nullable: true, description: `Hops from the node, 1 to ${MAX_DEPTH} (default ${DEFAULT_DEPTH}).` }) depth: number | undefined,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only through and to nodes of these types (default: all).' }) types: NodeType[] | undefined,
    @Arg('via', () => [RelationshipType], { nullable: true, description: 'Only along these relationship types (default: all).' }) via: RelationshipType[] | undefined,
    @Arg('limit', () => Int, { nullable: true, description: `At most this many nodes besides the centre, 1 to ${MAX_NEIGHBORS} (default ${DEFAULT_NEIGHBORS}).` }) limit: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<Neighborhood | null> {
    const d = intInRange(depth ?? DEFAULT_DEPTH, 'depth', 1, MAX_DEPTH);
    const n = intInRange(limit ?? DEFAULT_NEIGHBORS, 'limit', 1, MAX_NEIGHBORS);
    if (!isNodeId(id)) return null;

    const [row] = await ctx.executor.read<NeighborhoodRow>(NEIGHBORHOOD_QUERIES[d]!, {
      id,
      types: relationshipTypes(via),
      labels: nodeTypes(types),
      limit: n,
      maxEdges: MAX_EDGES,
    });
    if (!row?.center) return null;
    const center = toGraphNode(row.center);
    const nodes = [viewNode(center, 0), ...row.nodes.map((x) => viewNode(toGraphNode(x.node), x.distance))];
    for (const v of nodes) ctx.loaders.node.prime(v.id, v.node);
    const seen = new Map<string, number>();
    const edges = row.edges.map((e) => {
      const key = `${e.source}-${e.type}->${e.target}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      return { id: count === 1 ? key : `${key}#${count}`, source: e.source, target: e.target, type: e.type, properties: e.props };
    });
    return {
      center,
      nodes,
      edges,
      totalCount: Number(row.total) + 1,
      truncated: Number(row.total) > n || edges.length >= MAX_EDGES,
    };
  }
}
