import type { MentionSpan } from '../mentions.js';
import { isCapitalised } from '../text.js';
import { reportingVerbAt } from '../verbs.js';
import { anonymousAt } from './anonymous.js';
import type { Attribution, StatementContext } from './context.js';
import { spanStartingAt } from './positions.js';
import { pronoun } from './pronouns.js';
import { HE, IT, SHE } from './words.js';

/**
 * The speaker written after an inverted reporting verb ('"…," said Kremlin spokesman X', "…, said
 * the ministry"), where that subject phrase ends, and the person a qualifier introduces.
 */

/** "said Kremlin spokesman Dmitry Peskov" / "said the ministry" / "said three officials". */
export function subjectAfter(ctx: StatementContext, k: number, limit: number): Omit<Attribution, 'verb' | 'end'> | null {
  let j = k;
  if (j >= limit) return null;
  // "said the company's chief executive, Eva Lund,": a role written as an apposition before the name
  const appo = ctx.body.appositions.find((a) => a.from === k && ctx.mentions[a.person]!.type === 'PERSON');
  if (appo) return { speaker: ctx.mentions[appo.person]!, via: 'name' };
  if (['the', 'a', 'an'].includes(ctx.tokens[j]!.normal)) j++;
  if (j >= limit) return null;
  const span = spanStartingAt(ctx, j) ?? (j + 1 < limit ? spanStartingAt(ctx, j + 1) : undefined);
  if (span) {
    const person = personAfterQualifier(ctx, span, limit);
    return { speaker: (person ?? span).mention, via: 'name' };
  }
  // a role then the name: "said spokesman Dmitry Peskov", "said Danish Climate Minister Mette Holm"
  for (let m = j; m < Math.min(limit, j + 7); m++) {
    const sp = spanStartingAt(ctx, m);
    // an unknown name after role words is the person they describe ("said opposition legislator X")
    if (sp && (sp.mention.type === 'PERSON' || (sp.mention.type === null && m > j && !sp.possessive && roleWords(ctx, j, m)))) return { speaker: sp.mention, via: 'name', ...(sp.mention.type === null ? { subjectRule: 'statement.subject.role-then-name' as const } : {}) };
    if (/[,;:.]/.test(ctx.tokens[m]!.post) || reportingVerbAt(ctx.tokens, m, limit)) break;
  }
  const t = ctx.tokens[j];
  if (t && (HE.has(t.normal) || SHE.has(t.normal) || IT.has(t.normal))) {
    const p = pronoun(ctx, t);
    if (p) return { speaker: p, via: 'pronoun' };
  }
  const anon = anonymousAt(ctx, k, limit);
  if (anon) return { speaker: null, via: 'name', anonymous: anon.text };
  return null;
}

/** Tokens [from, to) are role words: lower-case nouns or adjectives ("opposition legislator"), no pronoun or verb. */
function roleWords(ctx: StatementContext, from: number, to: number): boolean {
  return ctx.tokens.slice(from, to).every((w) => !isCapitalised(w.text) && (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Pronoun') && !w.tags.has('Verb'));
}

/** Token index after the subject that follows an inverted verb. */
export function subjectEnd(ctx: StatementContext, k: number, limit: number): number {
  let j = k;
  if (j < limit && ['the', 'a', 'an'].includes(ctx.tokens[j]!.normal)) j++;
  const span = spanStartingAt(ctx, j);
  if (span) {
    const person = personAfterQualifier(ctx, span, limit);
    const appo = ctx.body.appositions.find((a) => a.person === (person ?? span).mention.index && a.from >= k);
    return Math.max((person ?? span).to, appo?.to ?? 0);
  }
  while (j < limit && !/[,;.!?]/.test(ctx.tokens[j]!.post)) j++;
  return Math.min(limit, j + 1);
}

/** When `span` is the qualifier of a role ("Kremlin" in "Kremlin spokesman Dmitry Peskov"), the person it qualifies. */
export function personAfterQualifier(ctx: StatementContext, span: MentionSpan, limit: number): MentionSpan | undefined {
  return ctx.body.spans.find(
    (p) => p.mention.type === 'PERSON' && p.from > span.from && p.from <= span.to + 4 && p.to <= limit && p.mention.role?.of === span.mention.index,
  );
}
