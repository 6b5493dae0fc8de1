/**
 * The closed vocabularies the explore queries take from clients — node types and relationship
 * types — and how nodes and relationships are shown to a graph view. Cypher receives these as
 * parameters (`type(r) IN $types`, `l IN $labels`), never as text spliced into a query.
 */
import { registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { typeOfId, type GraphNode, type NodeTypeName } from '../node/graph-node.js';
import { idKind } from '../../core/ids.js';

export { GraphQLJSONObject };

export enum NodeType {
  ARTICLE = 'Article',
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PLACE = 'Place',
  TOPIC = 'Topic',
  STATEMENT = 'Statement',
  EVENT = 'Event',
}
// GraphQL names are SCREAMING_SNAKE; the values stay the node labels Cypher matches on.
registerEnumType(NodeType, {
  name: 'NodeType',
  description: 'The kinds of node in the graph (the GraphQL name of each is its label in capitals).',
  valuesConfig: {
    ARTICLE: { description: 'An Article: a news report.' },
    PERSON: { description: 'A Person.' },
    ORGANIZATION: { description: 'An Organization.' },
    PLACE: { description: 'A Place.' },
    TOPIC: { description: 'A Topic: a tag articles carry.' },
    STATEMENT: { description: 'A Statement someone made, as reported.' },
    EVENT: { description: 'An Event.' },
  },
});

export enum RelationshipType {
  WRITTEN_BY = 'WRITTEN_BY',
  MENTIONS = 'MENTIONS',
  TAGGED = 'TAGGED',
  STATED = 'STATED',
  REPORTED_IN = 'REPORTED_IN',
  ABOUT = 'ABOUT',
  PARTICIPATED_IN = 'PARTICIPATED_IN',
  HOLDS_ROLE = 'HOLDS_ROLE',
}
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'The relationship types of the graph model (schema/README.md).',
  valuesConfig: {
    WRITTEN_BY: { description: '(Article)-[:WRITTEN_BY]->(Person): the article\'s author.' },
    MENTIONS: { description: '(Article)-[:MENTIONS]->(Entity|Event): the article names it.' },
    TAGGED: { description: '(Article)-[:TAGGED]->(Topic): the article carries the tag.' },
    STATED: { description: '(Entity)-[:STATED]->(Statement): who made the statement; carries verb and verbAsWritten.' },
    REPORTED_IN: { description: '(Statement)-[:REPORTED_IN]->(Article): the report; carries the evidence sentence and its offsets.' },
    ABOUT: { description: '(Statement)-[:ABOUT]->(Entity|Topic|Event): what the statement is about.' },
    PARTICIPATED_IN: { description: '(Entity)-[:PARTICIPATED_IN]->(Event): it took part.' },
    HOLDS_ROLE: { description: '(Person)-[:HOLDS_ROLE]->(Organization|Place): a position; carries its title.' },
  },
});

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a path step walks its relationship.',
  valuesConfig: {
    OUTGOING: { description: 'The relationship points from the node the step leaves to the node it reaches.' },
    INCOMING: { description: 'The relationship points from the node the step reaches to the node it leaves.' },
  },
});

const ALL_RELATIONSHIP_TYPES = Object.values(RelationshipType);
const ALL_NODE_TYPES = Object.values(NodeType);

/** Relationship types to follow: the client's choice from the enum (deduplicated), or all. */
export function relationshipTypes(via: RelationshipType[] | null | undefined): RelationshipType[] {
  return via && via.length > 0 ? [...new Set(via)] : ALL_RELATIONSHIP_TYPES;
}

export function nodeTypes(types: NodeType[] | null | undefined): NodeType[] {
  return types && types.length > 0 ? [...new Set(types)] : ALL_NODE_TYPES;
}

/** Whether an id can name a node at all (`<kind>:<key>` with a known kind), before asking Neo4j. */
export function isNodeId(id: string): boolean {
  return id.length <= 300 && idKind(id) !== null;
}

/** Whether `id` names a node of one of `types`, judged from its kind prefix. */
export function idOfType(id: string, types: readonly NodeTypeName[]): boolean {
  const type = isNodeId(id) ? typeOfId(id) : null;
  return type !== null && types.includes(type);
}

/** Properties kept out of graph views: internals (and the article body, which reads leave out anyway: fetch it through Article.body). */
const HIDDEN_PROPERTIES = new Set(['__typename', 'body', 'foldedName', 'foldedAliases', 'nameKeys', 'contentHash', 'createdAt', 'ingestedAt']);

export function viewProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => !HIDDEN_PROPERTIES.has(k) && v !== null && v !== undefined));
}

/** What a graph view writes on a node: its name, an article's title, a statement's opening words. */
export function nodeLabel(node: GraphNode): string {
  if (typeof node.name === 'string') return node.name;
  if (typeof node.title === 'string') return node.title;
  if (typeof node.text === 'string') return shorten(node.text, 60);
  return node.id;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
