import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { userInputError } from '../../core/errors.js';
import { StatementKind } from './statement.type.js';
import { dateBound } from '../date-range.js';

export enum StatementOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(StatementOrder, {
  name: 'StatementOrder',
  description: 'The order of a statement list, by the dates of its reports; ties by id.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'By the latest report that matches the filter, latest first.' },
    OLDEST_FIRST: { description: 'By the earliest report that matches the filter, earliest first.' },
  },
});

@InputType({ description: 'Every given condition must hold. Dates compare with the publication date of the reporting article.' })
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Made by this entity (person:…, organization:…, place:…).' })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: 'Reporting verb lemma: assess, say, warn, announce…' })
  verb?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Of this kind (what its reporting verb makes it).' })
  kind?: keyof typeof StatementKind | null;

  @Field(() => ID, { nullable: true, description: 'About this entity, topic or event.' })
  about?: string | null;

  @Field(() => String, { nullable: true, description: 'The text contains this, case ignored.' })
  textContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Reported on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Reported on or before this date (the whole month or year for YYYY-MM, YYYY).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reported in this article.' })
  article?: string | null;
}

/** The `$f` parameter every statement query takes: all keys present, null for "any". */
export interface StatementFilterParams {
  speaker: string | null;
  verb: string | null;
  kind: string | null;
  about: string | null;
  text: string | null;
  from: string | null;
  to: string | null;
  article: string | null;
}

export const MAX_ID_LENGTH = 300;
export const MAX_TEXT_FILTER_LENGTH = 300;

/** An id argument: at most MAX_ID_LENGTH characters; null stays null. */
export function idArgument(value: string | null | undefined, name: string): string | null {
  if (value == null) return null;
  if (value.length > MAX_ID_LENGTH) throw userInputError(`${name} may be at most ${MAX_ID_LENGTH} characters.`, name);
  return value;
}

/** Validates a filter and turns it into query parameters. `argumentName` prefixes the names in errors. */
export function toFilterParams(filter: StatementFilter | null | undefined, argumentName = 'filter'): StatementFilterParams {
  const f = filter ?? {};
  const text = f.textContains?.trim() ? f.textContains.trim().toLowerCase() : null;
  if (text && text.length > MAX_TEXT_FILTER_LENGTH) {
    throw userInputError(`${argumentName}.textContains may be at most ${MAX_TEXT_FILTER_LENGTH} characters.`, argumentName);
  }
  const verb = f.verb?.trim() ? f.verb.trim().toLowerCase() : null;
  if (verb && verb.length > 100) throw userInputError(`${argumentName}.verb may be at most 100 characters.`, argumentName);
  return {
    speaker: idArgument(f.speaker, `${argumentName}.speaker`),
    verb,
    kind: f.kind ?? null,
    about: idArgument(f.about, `${argumentName}.about`),
    text,
    from: dateBound(f.from, `${argumentName}.from`),
    to: dateBound(f.to, `${argumentName}.to`),
    article: idArgument(f.article, `${argumentName}.article`),
  };
}
