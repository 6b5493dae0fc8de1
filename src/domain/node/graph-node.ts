/**
 * Nodes travel from Cypher to GraphQL as plain objects: the node's properties plus `__typename`,
 * read from its labels. Interface and union fields resolve their concrete type from it.
 */
export const NODE_TYPES = ['Article', 'Person', 'Organization', 'Place', 'Topic', 'Statement', 'Event'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export interface GraphNode {
  __typename: NodeTypeName;
  id: string;
  [property: string]: unknown;
}

/** Cypher projection every read returns for a node `n`: use as `${NODE_PROJECTION('n')} AS node`. */
export const NODE_PROJECTION = (variable: string) => `${variable} {.*, __labels: labels(${variable})}`;

export function toGraphNode(raw: Record<string, unknown>): GraphNode {
  const { __labels, ...props } = raw as { __labels?: string[] } & Record<string, unknown>;
  const typename = NODE_TYPES.find((t) => __labels?.includes(t));
  if (!typename) throw new Error(`Node ${String(props.id)} has none of the labels ${NODE_TYPES.join(', ')}`);
  return { ...props, __typename: typename } as GraphNode;
}

export function resolveNodeType(value: unknown): string | undefined {
  return (value as { __typename?: string }).__typename;
}
