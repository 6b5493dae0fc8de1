import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.type.js';
import { Event } from '../event/event.type.js';
import type { GraphNode } from '../node/graph-node.js';
import { ConnectionType } from '../pagination/connection.js';
import { Evidence, Statement } from '../statement/statement.type.js';

export enum TimelineRole {
  SAID = 'SAID',
  ABOUT = 'ABOUT',
  PARTICIPATED = 'PARTICIPATED',
}
registerEnumType(TimelineRole, {
  name: 'TimelineRole',
  description: 'Why an item is on the timeline of the node asked for.',
  valuesConfig: {
    SAID: { description: 'A statement it made.' },
    ABOUT: { description: 'A statement about it by someone else.' },
    PARTICIPATED: { description: 'An event it took part in.' },
  },
});

export enum TimelineOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}
registerEnumType(TimelineOrder, {
  name: 'TimelineOrder',
  description: 'By the item\'s date.',
  valuesConfig: { OLDEST_FIRST: { description: 'The earliest first.' }, NEWEST_FIRST: { description: 'The latest first.' } },
});

@ObjectType({ simpleResolvers: true, description: 'One entry of a timeline: a statement with the report that first carried it (in the range asked), or an event.' })
export class TimelineItem {
  @Field(() => String, { description: 'The report\'s publishedAt for statements; the event\'s date (else its first report\'s date) for events.' }) date!: string;
  @Field(() => TimelineRole, { description: 'Why it is on the timeline.' }) role!: TimelineRole;
  @Field(() => Statement, { nullable: true, description: 'The statement (SAID, ABOUT); null for an event.' }) statement!: GraphNode | null;
  @Field(() => Event, { nullable: true, description: 'The event (PARTICIPATED); null for a statement.' }) event!: GraphNode | null;
  @Field(() => Article, { nullable: true, description: 'The report: for a statement the first in range, for an event the first that mentions it.' }) article!: GraphNode | null;
  @Field(() => Evidence, { nullable: true, description: 'The sentence the statement was read from.' }) evidence!: Evidence | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of timeline items.' })
export class TimelineItemConnection extends ConnectionType(TimelineItem, 'TimelineItem') {}
