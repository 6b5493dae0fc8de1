import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { GraphNode } from '../node/graph-node.js';
import { Node } from '../node/node.type.js';
import { GraphQLJSONObject, NodeType, RelationshipType } from './graph-elements.js';

@ObjectType({ simpleResolvers: true, description: 'A node as a graph view draws it.' })
export class GraphViewNode {
  @Field(() => ID, { description: 'The node\'s global id.' }) id!: string;
  @Field(() => String, { description: 'Name, title or the opening words of a statement.' }) label!: string;
  @Field(() => NodeType, { description: 'What kind of node it is.' }) type!: NodeType;
  @Field(() => Int, { description: 'Hops from the centre (0 for the centre itself).' }) distance!: number;
  @Field(() => GraphQLJSONObject, { description: 'The node\'s properties, without internals and article bodies.' }) properties!: Record<string, unknown>;
  @Field(() => Node, { description: 'The node itself, for typed fields.' }) node!: GraphNode;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship as a graph view draws it: from source to target.' })
export class GraphViewEdge {
  @Field(() => ID, { description: 'source, type and target: unique within the view.' }) id!: string;
  @Field(() => ID, { description: 'Id of the node the relationship starts at.' }) source!: string;
  @Field(() => ID, { description: 'Id of the node it points to.' }) target!: string;
  @Field(() => RelationshipType, { description: 'The relationship\'s type.' }) type!: RelationshipType;
  @Field(() => GraphQLJSONObject, { description: 'The relationship\'s stored properties, e.g. STATED {verb, verbAsWritten}, REPORTED_IN {sentence, start, end…}, HOLDS_ROLE {title}.' }) properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'The nodes and edges around a node, ready for a graph view.' })
export class Neighborhood {
  @Field(() => Node, { description: 'The node asked for.' }) center!: GraphNode;
  @Field(() => [GraphViewNode], { description: 'The centre first, then the nearest nodes.' }) nodes!: GraphViewNode[];
  @Field(() => [GraphViewEdge], { description: 'Every relationship among the nodes returned (of the types asked for).' }) edges!: GraphViewEdge[];
  @Field(() => Int, { description: 'Nodes within reach, the centre included, before the limit.' }) totalCount!: number;
  @Field(() => Boolean, { description: 'True when nodes or edges were left out to keep to the limit.' }) truncated!: boolean;
}
