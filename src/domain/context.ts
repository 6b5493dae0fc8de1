import type { Config } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import type { Loaders } from './loaders.js';

/**
 * What every resolver receives. Declared here, beside the code that reads it, so the domain never
 * imports the server: src/server/context.ts builds one per request.
 */
export interface Context {
  config: Config;
  executor: Executor;
  loaders: Loaders;
  /** True when the request carried a valid API key: writes need it. */
  authorized: boolean;
}
