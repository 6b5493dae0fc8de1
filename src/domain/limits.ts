import { userInputError } from '../core/errors.js';

export const DEFAULT_LIST_LIMIT = 20;

/** Caps the `first` of a relationship list field; above the cap is an error, not a silent cut. */
export function listLimit(first: number | undefined, maxPageSize: number): number {
  const limit = first ?? Math.min(DEFAULT_LIST_LIMIT, maxPageSize);
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw userInputError(`first must be between 0 and ${maxPageSize}, got ${limit}.`, 'first');
  }
  return limit;
}

/** A whole-number argument within min..max (a USER_INPUT error naming it otherwise). */
export function intInRange(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw userInputError(`${name} must be between ${min} and ${max}, got ${value}.`, name);
  return value;
}

/** Options of the `first` argument every relationship list field takes. */
export const FIRST_ARG = { nullable: true, description: 'At most this many (default 20, capped).' } as const;
