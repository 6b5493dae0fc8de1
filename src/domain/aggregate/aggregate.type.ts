import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GraphNode } from '../node/graph-node.js';
import { Subject } from '../subject.type.js';

/** What statements are counted by. Periods group by the first report that matches the filter. */
export enum StatementGrouping {
  SPEAKER = 'SPEAKER',
  VERB = 'VERB',
  KIND = 'KIND',
  SUBJECT = 'SUBJECT',
  TOPIC = 'TOPIC',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(StatementGrouping, {
  name: 'StatementGrouping',
  description:
    'SPEAKER, SUBJECT (anything a statement is about), TOPIC: by node, most statements first; VERB, KIND: by value, most first; DAY, WEEK (from Monday), MONTH: by the date of the first report that matches the filter, oldest first.',
});

@ObjectType({ description: 'One group of statementCounts.' })
export class StatementCount {
  @Field(() => String, { description: 'The group: the node id (SPEAKER, SUBJECT, TOPIC), the verb or kind, or the first day of the period as YYYY-MM-DD.' })
  key!: string;

  @Field(() => Int, { description: 'Statements in the group that match the filter.' })
  count!: number;

  @Field(() => Subject, { nullable: true, description: 'The speaker, subject or topic (null when grouped by value or period).' })
  node!: GraphNode | null;
}

@ObjectType({ description: 'One row of mentionCounts.' })
export class MentionCount {
  @Field(() => Subject)
  node!: GraphNode;

  @Field(() => Int, { description: 'Articles in the date range that mention it.' })
  count!: number;
}
