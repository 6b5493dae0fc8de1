import { SUBJECT_WORDS as W } from '../rules/subject-words.js';
import type { QuoteSpan, Sentence } from '../text.js';
import type { Attribution, StatementContext } from './context.js';
import { inQuote, lastTokenBefore } from './positions.js';
import { subjectBefore } from './subject-before.js';

/**
 * A speaker naming a thing with a quoted phrase: `X called the study "a wake-up call"`, `a gap that
 * X called "a betrayal"`. The quoted words are X's (verb "say", as written "called"). The quote must
 * close its clause (the sentence ends, or "and"/"but" go on), the object between the verb and the
 * quote is a few words with no punctuation or verb of its own, and with no object the subject must
 * open a relative clause ("that X called …"): "a project called "Nova"" names nothing. Never passive
 * ("was called"), never another verb ("called for", "called on").
 */
export function namingAttribution(ctx: StatementContext, q: QuoteSpan, s: Sentence, from: number): Attribution | null {
  const prev = lastTokenBefore(ctx, q.open, s);
  if (prev === null || prev < from || !closesClause(ctx, q, s)) return null;
  for (let k = prev; k >= Math.max(from + 1, prev - 6); k--) {
    const t = ctx.tokens[k]!;
    if (k < prev && /[,;:.!?"“”()]/.test(t.post)) return null;
    if (!W.namingVerbs.has(t.normal)) {
      if (t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Adjective')) return null;
      continue;
    }
    if (k < prev && W.namingParticles.has(ctx.tokens[k + 1]!.normal)) return null;
    if (W.passiveBe.has(ctx.tokens[k - 1]!.normal)) return null;
    // with no object, the subject is the one of a relative clause: "a gap that X called "…""
    const opener = k === prev ? relativeOpener(ctx, k, from) : from - 1;
    if (opener === null) return null;
    const subj = subjectBefore(ctx, k, s, opener + 1);
    if (!subj || !(subj.speaker || subj.anonymous) || (k === prev && subj.startToken !== opener + 1)) return null;
    return { verb: { lemma: 'say', kind: 'CLAIM', from: k, to: k + 1, gerund: false }, ...subj, end: q.close };
  }
  return null;
}

/** The relative pronoun that opens the clause of the naming verb at k, a few words before it with no punctuation between. */
function relativeOpener(ctx: StatementContext, k: number, from: number): number | null {
  for (let r = k - 1; r >= Math.max(from, k - 6); r--) {
    const t = ctx.tokens[r]!;
    if (/[,;:.!?"“”()]/.test(t.post) && r < k - 1) return null;
    if (t.normal === 'that' || W.relativePronouns.has(t.normal)) return r;
  }
  return null;
}

/** The quote ends the sentence, or its clause before "and"/"but". */
function closesClause(ctx: StatementContext, q: QuoteSpan, s: Sentence): boolean {
  const next = ctx.tokens.find((t) => t.start >= q.close);
  if (!next || next.start >= s.end) return true;
  if (inQuote(ctx, next.start)) return false;
  return /^(and|but)$/.test(next.normal) && !/[,;:]/.test(ctx.text.slice(q.close, next.start));
}
