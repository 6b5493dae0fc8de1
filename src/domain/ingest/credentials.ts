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
