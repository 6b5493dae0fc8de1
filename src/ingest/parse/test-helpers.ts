import { ParseError } from './errors.js';

/** The ParseError `fn` throws; any other outcome fails the test. */
export function parseError(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}
