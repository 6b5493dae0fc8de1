import { pino, type Logger } from 'pino';
import type { Config } from '../config/config.js';

/**
 * JSON lines for machines (containers, log shippers); readable lines on a terminal, where a person
 * ran `npm start`. LOG_LEVEL picks the level either way.
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  const pretty = process.stdout.isTTY && process.env.NEWSGRAPH_LOG_FORMAT !== 'json';
  return pino({
    level: config.logLevel,
    base: undefined,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  });
}
