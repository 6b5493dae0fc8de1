import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import type { GraphNode } from '../node/graph-node.js';
import { ConnectionType } from '../pagination/connection.js';
import { Report } from '../statement/statement.resolver.js';
import { Statement, type Evidence } from '../statement/statement.type.js';
import { Subject } from '../subject.type.js';

@ObjectType({ simpleResolvers: true, description: 'One assessment in a stance: a statement and its near-identical rewordings, with every report that carried them.' })
export class StanceAssessment {
  @Field(() => String, { description: 'The earliest wording.' }) text!: string;
  @Field(() => [Statement], { description: 'The statements grouped as this assessment, earliest first.' }) statements!: GraphNode[];
  @Field(() => [Report], { description: 'Every report carrying it, oldest first, with the sentence.' }) reports!: { article: GraphNode; evidence: Evidence }[];
  @Field(() => Int, { description: 'How many reports carry this assessment (in any of its wordings).' }) reportCount!: number;
  @Field(() => String, { description: 'publishedAt of the earliest report carrying it.' }) firstSeen!: string;
  @Field(() => String, { description: 'publishedAt of the latest report carrying it.' }) lastSeen!: string;
  /** The instant of firstSeen, for ordering assessments; not in the schema. */
  firstSeenMs!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A page of assessments.' })
export class StanceAssessmentConnection extends ConnectionType(StanceAssessment, 'StanceAssessment') {}

@ObjectType({ simpleResolvers: true, description: "What a speaker said about a subject over time, near-identical statements grouped as one assessment." })
export class Stance {
  @Field(() => Entity, { description: 'The person, organization or place asked about.' }) speaker!: GraphNode;
  @Field(() => Subject, { description: 'What the speaker spoke about.' }) subject!: GraphNode;
  @Field(() => Int, { description: 'Statements by the speaker about the subject.' }) statementCount!: number;
  @Field(() => Int, { description: 'Distinct reports carrying any of them.' }) reportCount!: number;
  @Field(() => String, { nullable: true, description: 'publishedAt of the earliest report of any of the statements; null when there are none.' }) firstSeen!: string | null;
  @Field(() => String, { nullable: true, description: 'publishedAt of the latest report of any of the statements; null when there are none.' }) lastSeen!: string | null;
  /** Every assessment, in the order they were first reported: Stance.assessments pages through them. */
  groups!: StanceAssessment[];
  @Field(() => Boolean, { description: 'True when the speaker made more statements about the subject than one stance reads (500).' }) truncated!: boolean;
}
