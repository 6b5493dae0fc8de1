import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src/ (tests) or dist/ (production build). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
