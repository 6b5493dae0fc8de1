import { AUDIENCE_RULE } from '../rules/audiences.js';
import { isCapitalised } from '../text.js';
import type { StatementContext } from './context.js';
import { spanStartingAt } from './positions.js';

const DETERMINERS: ReadonlySet<string> = new Set(AUDIENCE_RULE.determiners);
const NOUNS: ReadonlySet<string> = new Set(AUDIENCE_RULE.nouns);

/**
 * The token just past an audience written as a common noun phrase at token k (rules/audiences.ts):
 * a determiner, up to two lower-case modifiers, an audience noun, and a place or body it is "in"
 * or "at" ("a briefing in X"); -1 when no such phrase starts at k.
 */
export function audienceEnd(ctx: StatementContext, k: number, limit: number): number {
  const t = ctx.tokens[k];
  if (!t || k >= limit || !DETERMINERS.has(t.normal) || /[,;:]/.test(t.post)) return -1;
  let j = k + 1;
  for (let n = 0; n < 3 && j < limit; n++, j++) {
    const w = ctx.tokens[j]!;
    if (isCapitalised(w.text)) return -1;
    if (NOUNS.has(w.normal)) {
      let end = j + 1;
      // "a briefing in X", "a news conference at the X"
      const next = ctx.tokens[end];
      if (next && end < limit && !/[,;:]/.test(w.post) && /^(in|at)$/.test(next.normal)) {
        const place = spanStartingAt(ctx, end + 1) ?? (ctx.tokens[end + 1]?.normal === 'the' ? spanStartingAt(ctx, end + 2) : undefined);
        if (place && place.to <= limit) end = place.to;
      }
      return end;
    }
    if (/[,;:]/.test(w.post) || w.tags.has('Pronoun')) return -1;
  }
  return -1;
}
