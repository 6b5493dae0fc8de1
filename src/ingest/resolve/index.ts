export { resolve } from './resolve.js';
export { analyse, extractArticle, type Analysis } from './analyse.js';
export { defaultAliasFile, loadAliasFile, parseAliasFile } from './aliases.js';
export type * from './types.js';
