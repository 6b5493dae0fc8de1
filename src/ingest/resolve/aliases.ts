import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ENTITY_TYPES } from '../contract.js';
import type { AliasFile } from './types.js';

const AliasFileSchema = z.object({
  version: z.number().int().optional(),
  description: z.string().optional(),
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: z.enum(ENTITY_TYPES),
      aliases: z.array(z.string().min(1)).optional(),
      kind: z.string().min(1).optional(),
      id: z.string().regex(/^(person|organization|place):[a-z0-9-]+$/).optional(),
    }),
  ),
});

/** Validates the curated alias file's JSON. Throws with the offending path on bad input. */
export function parseAliasFile(json: unknown): AliasFile {
  const result = AliasFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid alias file: ${problems}`);
  }
  const { description: _d, ...file } = result.data;
  return file as AliasFile;
}

export function loadAliasFile(path: string): AliasFile {
  return parseAliasFile(JSON.parse(readFileSync(path, 'utf8')));
}

let cached: AliasFile | undefined;

/**
 * seed/aliases.json of this checkout (three levels above this module in src/ and dist/ alike);
 * an empty file when it is not there.
 */
export function defaultAliasFile(): AliasFile {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const path = join(here, '..', '..', '..', 'seed', 'aliases.json');
  cached = existsSync(path) ? loadAliasFile(path) : { entities: [] };
  return cached;
}
