import { ErrorCode, clientError } from '../../core/errors.js';
import type { Context } from '../context.js';

/**
 * What the request's Authorization header proved: nothing sent, something sent that is not a valid
 * key (the reason says which), or the key with this id. Writes record the id, never the secret.
 */
export type Credentials =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'key'; keyId: string };

/** The request context as writes see it: src/server/context.ts fills `credentials` on every request. */
export interface WriteContext extends Context {
  credentials: Credentials;
}

/**
 * Who is writing, as recorded on what they write (`key:<id>`), or the error that refuses the write:
 * writes are off until NEWSGRAPH_API_KEYS is set, and each needs a valid key.
 */
export function requireWriter(ctx: WriteContext, operation: string): string {
  if (ctx.config.apiKeys.length === 0) throw clientError(ErrorCode.FORBIDDEN, `Writes are disabled on this server: set NEWSGRAPH_API_KEYS to allow ${operation}.`);
  if (ctx.credentials.kind === 'none') throw clientError(ErrorCode.UNAUTHENTICATED, `${operation} needs an API key: send the header Authorization: Bearer <key>.`);
  if (ctx.credentials.kind === 'invalid') throw clientError(ErrorCode.UNAUTHENTICATED, `${operation} refused the credentials: ${ctx.credentials.reason}.`);
  return `key:${ctx.credentials.keyId}`;
}
