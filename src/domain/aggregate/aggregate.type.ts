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
  description: 'What statementCounts groups by: a node (most statements first), a value (most first) or a period (oldest first).',
  valuesConfig: {
    SPEAKER: { description: 'By who made them; unattributed statements are left out. Most statements first.' },
    VERB: { description: 'By reporting verb lemma (assess, say…). Most statements first.' },
    KIND: { description: 'By StatementKind. Most statements first.' },
    SUBJECT: { description: 'By anything they are about: entity, topic or event; a statement about two counts in both. Most statements first.' },
    TOPIC: { description: 'By the topics they are about. Most statements first.' },
    DAY: { description: 'By the day of the first report that matches the filter, oldest first.' },
    WEEK: { description: 'By the week (from Monday) of the first report that matches the filter, oldest first.' },
    MONTH: { description: 'By the month of the first report that matches the filter, oldest first.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One group of statementCounts.' })
export class StatementCount {
  @Field(() => String, { description: 'The group: the node id (SPEAKER, SUBJECT, TOPIC), the verb or kind, or the first day of the period as YYYY-MM-DD.' })
  key!: string;

  @Field(() => Int, { description: 'Statements in the group that match the filter.' })
  count!: number;

  @Field(() => Subject, { nullable: true, description: 'The speaker, subject or topic (null when grouped by value or period).' })
  node!: GraphNode | null;
}

@ObjectType({ simpleResolvers: true, description: 'One row of mentionCounts.' })
export class MentionCount {
  @Field(() => Subject, { description: 'The person, organization, place, topic or event counted.' })
  node!: GraphNode;

  @Field(() => Int, { description: 'Articles in the date range that mention it.' })
  count!: number;
}
