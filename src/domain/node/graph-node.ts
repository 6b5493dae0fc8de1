/**
 * Nodes travel from Cypher to GraphQL as plain objects: the node's properties plus `__typename`,
 * read from its labels. Interface and union fields resolve their concrete type from it.
 */
import type { IdKind } from '../../core/ids.js';

const NODE_TYPES = ['Article', 'Person', 'Organization', 'Place', 'Topic', 'Statement', 'Event'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export interface GraphNode {
  __typename: NodeTypeName;
  id: string;
  [property: string]: unknown;
}

/** The node type an id names, from its kind prefix (`person:…` → Person); null for an unknown kind. */
export function typeOfId(id: string): NodeTypeName | null {
  // Called for every node of a list whose type the query does not fix (an article's mentions):
  // prefix tests allocate nothing, where slicing the kind out made a string to hash per node.
  for (const [prefix, type] of TYPE_BY_PREFIX) if (id.startsWith(prefix)) return type;
  return null;
}

const ID_KIND_TYPE: Record<IdKind, NodeTypeName> = {
  article: 'Article',
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  topic: 'Topic',
  statement: 'Statement',
  event: 'Event',
};
const TYPE_BY_PREFIX: readonly (readonly [string, NodeTypeName])[] = Object.entries(ID_KIND_TYPE).map(([kind, type]) => [`${kind}:`, type]);

/**
 * Properties no read query returns with a node. An article's body (up to megabytes) is fetched
 * only when asked for, through Article.body and the request's articleBody loader.
 */
const UNREAD_PROPERTIES = ['body', 'bandKeys'];

/**
 * A node as a query returns it: `__labels` and its properties, inline (`n {.*, __labels: labels(n)}`,
 * as the ingest writes return the article they wrote) or as `[key, value]` pairs in `__props`
 * (NODE_PROJECTION).
 */
export type RawNode = Record<string, unknown>;

/**
 * Cypher projection every read returns for a node expression (null stays null): use as
 * `${NODE_PROJECTION('n')} AS node` and turn the value into a GraphNode with toGraphNode. A map
 * projection (`n {.*}`) cannot leave a property out, so the properties come as pairs.
 */
export const NODE_PROJECTION = (node: string) =>
  `CASE WHEN ${node} IS NULL THEN null ELSE {__labels: labels(${node}), __props: [key_ IN keys(${node}) WHERE NOT key_ IN ${JSON.stringify(UNREAD_PROPERTIES)} | [key_, ${node}[key_]]]} END`;

/** The node type of a node with these labels (Person of [Person, Entity]). */
export function typeOfLabels(labels: readonly string[] | undefined): NodeTypeName {
  const typename = NODE_TYPES.find((t) => labels?.includes(t));
  if (!typename) throw new Error(`A node has none of the labels ${NODE_TYPES.join(', ')}: ${JSON.stringify(labels)}`);
  return typename;
}

export function toGraphNode(raw: RawNode): GraphNode {
  const { __labels, __props, ...inline } = raw as { __labels?: string[]; __props?: [string, unknown][] } & Record<string, unknown>;
  const props = { ...inline, ...Object.fromEntries(__props ?? []) };
  return { ...props, __typename: typeOfLabels(__labels) } as GraphNode;
}

export function resolveNodeType(value: unknown): string | undefined {
  return (value as { __typename?: string }).__typename;
}
