import { AUDIENCE_VERBS } from '../gazetteer.js';
import { SUBJECT_WORDS } from '../rules/subject-words.js';
import type { Sentence, Token } from '../text.js';
import { type ReportingVerb, reportingVerbAt } from '../verbs.js';
import type { StatementContext } from './context.js';
import { audienceEnd } from './audiences.js';
import { inQuote, spanStartingAt, trimmed } from './positions.js';
import { ADJUNCT_GERUNDS, OBJECT_VERBS } from './words.js';

/** A past form the tagger reads as a noun, lower case after a word ("production rose 6%"): the clause's own verb all the same. */
const pastReadAsNoun = (t: Token): boolean => SUBJECT_WORDS.pastFormsReadAsNouns.has(t.text);

/**
 * What a reporting verb reports: the clause after it, past its audience ("told reporters"),
 * adverbials and "that", ending before an adjunct (", citing …", ", adding …"), a second verb of the
 * same speaker or another speaker's clause.
 */

/**
 * The reported content after a verb: skip the audience ("told reporters"), adverbials ("on Monday",
 * "in a statement") and "that", stop before a ", citing …" / ", adding …" adjunct or the sentence end.
 * Returns [start, end, hadThat].
 */
export function reportedContent(ctx: StatementContext, v: ReportingVerb, s: Sentence, adjunct: boolean): [number, number, boolean, boolean?] | null {
  let k = v.to;
  if (k >= s.to) return null;
  // "told a news conference that …": past an audience written as a common noun phrase
  const audience = AUDIENCE_VERBS.has(v.lemma) ? audienceEnd(ctx, k, s.to) : -1;
  if (audience > 0) {
    if (audience >= s.to) return null;
    k = audience;
  }
  const t0 = ctx.tokens[k]!;
  if (/^[:]/.test(ctx.tokens[v.to - 1]!.post.trim()) || /["“]/.test(t0.pre)) {
    // a direct quote follows; handled (or not) as a quote
    if (inQuote(ctx, t0.start)) return null;
  }
  let hadThat = false;
  for (let j = k; j < Math.min(s.to, k + 9); j++) {
    const t = ctx.tokens[j]!;
    if (t.normal === 'that') {
      k = j + 1;
      hadThat = true;
      break;
    }
    if (/[,;:]/.test(t.post) && !AUDIENCE_VERBS.has(v.lemma)) break;
    if (t.tags.has('Verb') && j > v.to) break;
  }
  if (k >= s.to) return null;
  if (!hadThat && SUBJECT_WORDS.thatClauseVerbs.has(v.lemma)) return null;
  if (!hadThat) {
    if (AUDIENCE_VERBS.has(v.lemma) && v.lemma === 'tell') {
      // "told reporters the government would not intervene", "told Reuters the plant would close"
      const aud = audience > 0 ? undefined : spanStartingAt(ctx, v.to);
      const after = audience > 0 ? audience : aud ? aud.to : /^(reporters|journalists|lawmakers|parliament|legislators|supporters|residents|investors|analysts|delegates|employees|staff|workers)$/.test(ctx.tokens[v.to]!.normal) ? v.to + 1 : -1;
      if (after < 0 || after >= s.to || /[,;:]/.test(ctx.tokens[after - 1]!.post)) return null;
      const rest = ctx.tokens.slice(after, adjunctBoundary(ctx, after, s));
      if (!rest.some((t) => (t.tags.has('Verb') && (t.tags.has('Modal') || t.tags.has('PastTense') || /^(was|were|is|are|has|have|had)$/.test(t.normal)) && !t.tags.has('Gerund')) || pastReadAsNoun(t))) return null;
      if (/^(that)$/.test(ctx.tokens[after]!.normal)) return null;
      k = after;
    }
    if (!OBJECT_VERBS.has(v.lemma) && !adjunct) {
      // "He said the country would …": a clause with a verb of its own, before any ", adding …"
      const rest = ctx.tokens.slice(k, adjunctBoundary(ctx, k, s));
      // "the agency was assisting …": a finite auxiliary counts too
      if (!rest.some((t) => (t.tags.has('Verb') && ((t.tags.has('Modal') || t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') || /^(was|were|is|are|has|have|had)$/.test(t.normal))) || pastReadAsNoun(t))) return null;
    }
  }
  const start = ctx.tokens[k]!.start;
  let end = s.end;
  for (let j = k + 1; j < s.to; j++) {
    const prev = ctx.tokens[j - 1]!;
    const t = ctx.tokens[j]!;
    if (inQuote(ctx, t.start)) continue;
    const comma = /,\s*$/.test(prev.post);
    // ", citing …", ", adding that …"
    if (comma && ADJUNCT_GERUNDS.has(t.normal)) {
      end = prev.end;
      break;
    }
    // "…, but said …", "… and said …": a second statement by the same speaker
    if (/^(and|but)$/.test(t.normal) && j + 1 < s.to && reportingVerbAt(ctx.tokens, j + 1, s.to) && !reportingVerbAt(ctx.tokens, j + 1, s.to)!.gerund) {
      end = prev.end;
      break;
    }
    // "…, while a senior UN official … said …": another speaker's statement
    if (comma && /^(while|whereas)$/.test(t.normal) && ctx.tokens.slice(j + 1, s.to).some((x, n) => !inQuote(ctx, x.start) && reportingVerbAt(ctx.tokens, j + 1 + n, s.to))) {
      end = prev.end;
      break;
    }
  }
  const [ts, te] = trimmed(ctx, start, end);
  if (te <= ts) return null;
  return audience > 0 ? [ts, te, hadThat, true] : [ts, te, hadThat];
}

/** Where the clause after a verb ends: before ", adding …"-style adjuncts, else the sentence end. */
export function adjunctBoundary(ctx: StatementContext, k: number, s: Sentence): number {
  for (let j = k + 1; j < s.to; j++) {
    if (/,\s*$/.test(ctx.tokens[j - 1]!.post) && ADJUNCT_GERUNDS.has(ctx.tokens[j]!.normal)) return j;
  }
  return s.to;
}
