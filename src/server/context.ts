import type { Config } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import type { Context } from '../domain/context.js';
import { Loaders } from '../domain/loaders.js';

export type { Context };

export function createContext(config: Config, executor: Executor, authorization?: string): Context {
  const token = authorization?.replace(/^Bearer\s+/i, '').trim();
  return {
    config,
    executor,
    loaders: new Loaders(executor),
    authorized: Boolean(token) && config.apiKeys.includes(token!),
  };
}
