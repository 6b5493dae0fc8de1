export { extract } from './extract.js';
export type * from './types.js';
export { findDates, publishedDay } from './dates.js';
