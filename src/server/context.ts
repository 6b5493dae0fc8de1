import type { Config } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import { Loaders } from './loaders.js';

export interface Context {
  config: Config;
  executor: Executor;
  loaders: Loaders;
  /** True when the request carried a valid API key: writes need it. */
  authorized: boolean;
}

export function createContext(config: Config, executor: Executor, authorization?: string): Context {
  const token = authorization?.replace(/^Bearer\s+/i, '').trim();
  return {
    config,
    executor,
    loaders: new Loaders(executor),
    authorized: Boolean(token) && config.apiKeys.includes(token!),
  };
}
