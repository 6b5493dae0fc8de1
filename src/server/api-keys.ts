import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../config/config.js';
import type { Credentials } from '../domain/ingest/credentials.js';

/**
 * Checks an Authorization header against the configured write keys. Secrets are compared as
 * SHA-256 digests with timingSafeEqual, over every key without stopping at a match, so neither the
 * length of a secret nor how much of it a guess got right shows in the response time.
 */
export class ApiKeyVerifier {
  private readonly digests: { id: string; digest: Buffer }[];

  constructor(keys: readonly ApiKey[]) {
    this.digests = keys.map((k) => ({ id: k.id, digest: sha256(k.secret) }));
  }

  verify(authorization: string | undefined): Credentials {
    if (authorization === undefined || authorization.trim() === '') return { kind: 'none' };
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match) return { kind: 'invalid', reason: 'the Authorization header must be "Bearer <key>"' };
    const presented = sha256(match[1]!);
    let found: string | null = null;
    for (const { id, digest } of this.digests) {
      if (timingSafeEqual(presented, digest) && found === null) found = id;
    }
    return found === null ? { kind: 'invalid', reason: 'the API key is not valid on this server' } : { kind: 'key', keyId: found };
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
