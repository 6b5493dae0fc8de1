import { possessiveLength, type Token } from '../text.js';
import type { Mention } from '../types.js';
import { reportingVerbAt } from '../verbs.js';
import type { StatementContext } from './context.js';
import { spanEndingAt } from './positions.js';
import { APPOSITION_OPENERS, APPOSITION_RELATIVES } from './words.js';

/**
 * A name followed by an apposition of any noun phrase that closes right before a reporting verb:
 * "X, Britain's third-largest van maker, said", "X, a unit of the Y, said", "X, one of the members
 * who voted against, said", "X, 31, told". The name is the subject; a name inside the apposition
 * ("… of the Y") never is (rule `statement.subject.apposition`).
 */

/** Longest apposition read, in tokens: past it a comma pair is two clauses, not a name and its description. */
const MAX_APPOSITION = 24;

/** When tokens (c, j] close an apposition after a name, that name and where its phrase starts. */
export function appositionBefore(ctx: StatementContext, j: number, from: number): { mention: Mention; start: number } | null {
  if (!/,\s*$/.test(ctx.tokens[j]!.post)) return null;
  let c = j;
  while (c > from && !/[,;:]/.test(ctx.tokens[c - 1]!.post)) c--;
  if (c <= from || !/,\s*$/.test(ctx.tokens[c - 1]!.post) || j - c + 1 > MAX_APPOSITION) return null;
  const seg = ctx.tokens.slice(c, j + 1);
  const first = seg[0]!;
  const age = seg.length === 1 && /^\d{1,3}$/.test(first.text);
  if (!age && !APPOSITION_OPENERS.has(first.normal) && possessiveLength(first) === 0) return null;
  // no finite verb of the apposition's own (one inside its relative clause is fine), no reporting verb
  const rel = seg.findIndex((w) => APPOSITION_RELATIVES.has(w.normal));
  const head = rel < 0 ? seg : seg.slice(0, rel);
  // (a hyphenated word, or a bare form before a noun, is a modifier: "a Baku start-up", "a coalition of campaign groups")
  const modifier = (w: Token, n: number): boolean => /-/.test(w.text) || w.tags.has('Hyphenated') || (w.tags.has('Infinitive') && !!head[n + 1] && head[n + 1]!.tags.has('Noun') && !head[n + 1]!.tags.has('Verb') && !/[,;:]/.test(w.post));
  if (head.some((w, n) => w.tags.has('Verb') && !w.tags.has('Participle') && !w.tags.has('Gerund') && !w.tags.has('PastTense') && !modifier(w, n) && n > 0)) return null;
  for (let k = c; k < c + head.length; k++) if (reportingVerbAt(ctx.tokens, k, j + 1)) return null;
  const name = spanEndingAt(ctx, c - 1);
  if (!name || name.possessive) return null;
  const m = name.mention;
  if (m.type !== 'ORGANIZATION' && m.type !== 'PERSON' && m.type !== null) return null;
  // the name is no object: "In Leeds, a van maker, said", "talks with Y, the buyer, said" have no subject there
  let start = name.from;
  if (start - 1 > from && ctx.tokens[start - 1]!.normal === 'the' && !/[,;:]/.test(ctx.tokens[start - 1]!.post)) start--;
  const before = ctx.tokens[start - 1];
  if (start > from && before && !/[,;:(]\s*$/.test(before.post) && (before.tags.has('Preposition') || before.tags.has('Verb'))) return null;
  return { mention: m, start };
}
