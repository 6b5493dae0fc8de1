import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { userInputError } from '../../core/errors.js';
import { dateRange, type DateRange } from '../date-range.js';
import { idArgument } from '../statement/statement.filter.js';
import { EventStatus } from './event.type.js';

export enum EventOrder {
  LATEST_FIRST = 'LATEST_FIRST',
  EARLIEST_FIRST = 'EARLIEST_FIRST',
}
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'By the event\'s date (events without one last), then name.',
  valuesConfig: {
    LATEST_FIRST: { description: 'The latest date first.' },
    EARLIEST_FIRST: { description: 'The earliest date first.' },
  },
});

@InputType({ description: 'Every given condition must hold. Dates compare with the event\'s date (YYYY-MM-DD, or YYYY-MM when only the month is known); an event without a date matches no date bound.' })
export class EventFilter {
  @Field(() => String, { nullable: true, description: 'On or after this date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'On or before this date (the whole month or year for YYYY-MM, YYYY).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'MEETING, ULTIMATUM, NEGOTIATIONS, CAMPAIGN… (case ignored).' })
  kind?: string | null;

  @Field(() => EventStatus, { nullable: true, description: 'Only events of this status.' })
  status?: EventStatus | null;

  @Field(() => ID, { nullable: true, description: 'With this person, organization or place taking part.' })
  participant?: string | null;
}

/** The `$f` parameter of the event list queries: every key present, null for "any". */
export interface EventFilterParams extends DateRange {
  kind: string | null;
  status: string | null;
  participant: string | null;
}

export function toEventParams(filter: EventFilter | null | undefined): EventFilterParams {
  const f = filter ?? {};
  const kind = f.kind?.trim() ? f.kind.trim().toUpperCase() : null;
  if (kind && kind.length > 100) throw userInputError('filter.kind may be at most 100 characters.', 'filter');
  return {
    ...dateRange(f.from, f.to, 'filter.'),
    kind,
    status: f.status ?? null,
    participant: idArgument(f.participant, 'filter.participant'),
  };
}
