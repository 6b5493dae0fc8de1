import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.type.js';

export enum EventStatus {
  OCCURRED = 'occurred',
  ANNOUNCED = 'announced',
  EXPECTED = 'expected',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event happened, as its reports tell it.',
  valuesConfig: {
    OCCURRED: { description: 'It happened.' },
    ANNOUNCED: { description: 'Someone announced it; it has not been reported as happening.' },
    EXPECTED: { description: 'It is reported as to come.' },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something that happened or is to happen: a meeting, an ultimatum, talks.' })
export class Event extends Node {
  @Field(() => String, { description: 'As the first report named it ("NATO summit").' }) name!: string;
  @Field(() => String, { description: 'MEETING, ULTIMATUM, NEGOTIATIONS, CAMPAIGN…' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD or YYYY-MM, resolved against the report date.' }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'End of a range or a deadline.' }) endDate?: string | null;
  @Field(() => EventStatus, { description: 'Whether it occurred, was announced or is expected, as reported.' }) status!: EventStatus;
}
