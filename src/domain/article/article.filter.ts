import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { userInputError } from '../../core/errors.js';
import { dateRange, type DateRange } from '../date-range.js';
import { MAX_TEXT_FILTER_LENGTH, idArgument } from '../statement/statement.filter.js';

export enum ArticleOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(ArticleOrder, {
  name: 'ArticleOrder',
  description: 'By the instant of publication (a time without offset taken as UTC), then id.',
  valuesConfig: { NEWEST_FIRST: { description: 'The latest published first.' }, OLDEST_FIRST: { description: 'The earliest published first.' } },
});

@InputType({ description: 'Every given condition must hold. Dates compare with the date the article was published where it was published.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or before this date (the whole month or year for YYYY-MM, YYYY).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tagged with this topic, e.g. topic:negotiations.' })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Written by this person, e.g. person:olha-hlushchenko.' })
  author?: string | null;

  @Field(() => String, { nullable: true, description: 'Published by this outlet (the host of its URL, e.g. www.ukrinform.net), itself or as a copy of its story.' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'The title or body contains this, case ignored.' })
  textContains?: string | null;
}

/** The `$f` parameter of the article list queries: every key present, null for "any". */
export interface ArticleFilterParams extends DateRange {
  tag: string | null;
  author: string | null;
  outlet: string | null;
  text: string | null;
}

/** Validates a filter and turns it into query parameters. */
export function toArticleParams(filter: ArticleFilter | null | undefined): ArticleFilterParams {
  const f = filter ?? {};
  const text = f.textContains?.trim() ? f.textContains.trim().toLowerCase() : null;
  if (text && text.length > MAX_TEXT_FILTER_LENGTH) throw userInputError(`filter.textContains may be at most ${MAX_TEXT_FILTER_LENGTH} characters.`, 'filter');
  // Outlets are stored as URL hosts: lower case.
  const outlet = f.outlet?.trim() ? f.outlet.trim().toLowerCase() : null;
  return {
    ...dateRange(f.from, f.to, 'filter.'),
    tag: idArgument(f.tag, 'filter.tag'),
    author: idArgument(f.author, 'filter.author'),
    outlet: idArgument(outlet, 'filter.outlet'),
    text,
  };
}
