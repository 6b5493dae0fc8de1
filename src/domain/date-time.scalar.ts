/**
 * `DateTime`: an instant the server recorded (ingested, superseded, merged, retracted). Built on
 * graphql-scalars' DateTimeISO so it serializes as a string (`2026-12-01T20:31:42.000Z`), not the
 * Date object graphql-scalars' `DateTime` hands to in-process callers. Dates a report gives
 * (publishedAt, event dates, date-range bounds) are not instants: see schema/README.md.
 */
import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

export const DateTime = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An instant, RFC 3339 in UTC with milliseconds: 2026-12-01T20:31:42.000Z.',
});
