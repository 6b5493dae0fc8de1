import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { userInputError } from '../../core/errors.js';
import type { GraphNode } from '../node/graph-node.js';
import { Node } from '../node/node.type.js';
import { Report } from '../statement/statement.resolver.js';
import { StatementKind, type Evidence } from '../statement/statement.type.js';
import { Direction, GraphQLJSONObject, RelationshipType } from './graph-elements.js';

@ObjectType({ simpleResolvers: true, description: 'One hop of a path: from a node, along a relationship, to the next node.' })
export class PathStep {
  @Field(() => Node, { description: 'The node the step leaves.' }) from!: GraphNode;
  @Field(() => RelationshipType, { description: 'The type of the relationship walked.' }) relationship!: RelationshipType;
  @Field(() => Direction, { description: 'OUTGOING when the relationship points from `from` to `to` (ISW —STATED→ Statement).' }) direction!: Direction;
  @Field(() => GraphQLJSONObject, { description: 'The relationship\'s properties: STATED {verb, verbAsWritten}, HOLDS_ROLE {title}, REPORTED_IN {sentence, start, end}.' })
  properties!: Record<string, unknown>;
  @Field(() => Node, { description: 'The node the step reaches.' }) to!: GraphNode;
  @Field(() => Report, { nullable: true, description: 'When the step starts or ends at a statement: the report it was read in (the article on the path, else its first) with the evidence sentence.' })
  report!: { article: GraphNode; evidence: Evidence } | null;
}

@ObjectType({ simpleResolvers: true, description: 'A path between two nodes, as a client draws it: ISW —STATED {verb: assess}→ Statement —ABOUT→ negotiations.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' }) length!: number;
  @Field(() => [Node], { description: 'The nodes in order, from the start to the end.' }) nodes!: GraphNode[];
  @Field(() => [PathStep], { description: 'The hops in order, one per relationship (length of them).' }) steps!: PathStep[];
  @Field(() => String, { description: 'The path in one line, as the claim reads: names, each statement\'s opening words in quotes and its verb, e.g. Institute for the Study of War —assessed→ “only proper military assistance…” —about→ negotiations.' }) text!: string;
}

@InputType({ description: 'What every statement on a path must be: the path goes through at least one, and each matches every condition given.' })
export class PathStatementFilter {
  @Field(() => String, { nullable: true, description: 'Reporting verb lemma: assess, say, warn, announce…' })
  verb?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Of this kind (what its reporting verb makes it).' })
  kind?: keyof typeof StatementKind | null;
}

/** The `$statement` parameter of a path query; null when no filter was given. */
export function toPathStatementParams(filter: PathStatementFilter | null | undefined): { verb: string | null; kind: string | null } | null {
  if (!filter) return null;
  const verb = filter.verb?.trim() ? filter.verb.trim().toLowerCase() : null;
  if (verb && verb.length > 100) throw userInputError('statements.verb may be at most 100 characters.', 'statements');
  return { verb, kind: filter.kind ?? null };
}
