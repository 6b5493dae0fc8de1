import type { Config } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import { RequestBookmarks } from '../db/bookmarks.js';
import { QueryMeter } from '../db/query-meter.js';
import type { Context } from '../domain/context.js';
import type { WriteContext } from '../domain/ingest/credentials.js';
import { Loaders } from '../domain/loaders.js';
import { ApiKeyVerifier } from './api-keys.js';

export type { Context };

/** One verifier per configuration: the key digests are computed once, not per request. */
const verifiers = new WeakMap<Config, ApiKeyVerifier>();

export function createContext(config: Config, executor: Executor, authorization?: string, bookmarks?: RequestBookmarks): WriteContext {
  let verifier = verifiers.get(config);
  if (!verifier) verifiers.set(config, (verifier = new ApiKeyVerifier(config.writeKeys)));
  const credentials = verifier.verify(authorization);
  // One time budget for all the Cypher this request runs, however many fields ask for it; one
  // meter counting it (extensions.cost, metrics).
  const metered = executor.withDeadline(config.requestTimeoutMs).metered(new QueryMeter());
  // Every request records its writes' bookmarks (extensions.bookmarks) and waits for those it carries.
  const budgeted = metered.withBookmarks(bookmarks ?? new RequestBookmarks());
  return {
    config,
    executor: budgeted,
    loaders: new Loaders(budgeted),
    authorized: credentials.kind === 'key',
    credentials,
  };
}
