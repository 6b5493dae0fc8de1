import { isCapitalised, type Token } from '../text.js';
import type { Mention } from '../types.js';
import type { StatementContext } from './context.js';
import { definite } from './descriptions.js';
import { inQuote } from './positions.js';
import { HE, SHE } from './words.js';

/**
 * What a subject pronoun refers to. "he"/"she" prefer the person who spoke in the nearest of the two
 * sentences before, else the first person named there, since a reporter names a speaker and then
 * goes on with a pronoun;
 * "it"/"they" take the last organization that spoke.
 */

/** The last speaker (or, failing that, the last mention) a pronoun can refer to. */
export function pronoun(ctx: StatementContext, t: Token): Mention | null {
  const want = HE.has(t.normal) ? 'male' : SHE.has(t.normal) ? 'female' : null;
  const type = want ? 'PERSON' : 'ORGANIZATION';
  // "It added": an organization that speaks, never a news agency quoted as the source of a report
  const ok = (m: Mention): boolean => (m.type === type || (m.type === null && !!want && m.text.includes(' '))) && (!want || !m.gender || m.gender === want) && (!!want || m.kindHint !== 'media');
  const okSpeaker = (m: Mention): boolean => ok(m) || (m.type === null && !!want);
  // he/she: the first person named (outside quotes) in the nearest of the two sentences before
  if (want) {
    for (let si = t.sentence - 1; si >= Math.max(0, t.sentence - 2); si--) {
      // the person who spoke in that sentence before anyone merely named in it ("X's lawyer, Y, said …. He said")
      const spoke = ctx.found.find((f) => f.sentence === si && f.speaker !== null && ok(ctx.mentions[f.speaker]!));
      if (spoke) return ctx.mentions[spoke.speaker!]!;
      const sent = ctx.body.analysis.sentences[si]!;
      const first = ctx.body.spans.find((sp) => sp.mention.start >= sent.start && sp.mention.end <= sent.end && sp.mention.type === 'PERSON' && !inQuote(ctx, sp.mention.start) && ok(sp.mention));
      if (first) return first.mention;
    }
  }
  const fromSpeakers = [...ctx.speakers].reverse().find(okSpeaker);
  if (fromSpeakers) return fromSpeakers;
  const earlier = ctx.body.spans.filter((sp) => sp.mention.start < t.start && ok(sp.mention));
  return earlier[earlier.length - 1]?.mention ?? null;
}

/**
 * The organization "its"/"their" at the head of a sentence owns: the organization the sentence before
 * opens with as its subject, since a reporter names a body and goes on with what belongs to it; failing
 * that, what the pronoun would refer to as a subject.
 */
export function possessiveOwner(ctx: StatementContext, t: Token): Mention | null {
  const prev = ctx.body.analysis.sentences[t.sentence - 1];
  if (prev) {
    const first = ctx.body.spans.find((sp) => sp.mention.start >= prev.start && sp.mention.end <= prev.end);
    const opener = first && ctx.tokens.slice(0, first.from).every((w) => w.sentence !== ctx.tokens[first.from]!.sentence || w.normal === 'the');
    if (first && opener && first.mention.type === 'ORGANIZATION' && !first.mention.demonym && !first.possessive) return first.mention;
  }
  return pronoun(ctx, t);
}


/**
 * "The company plans …, it said": "it" closing a clause whose subject is a description of a body is
 * that body, the one the clause is about, not the last organization that spoke.
 */
export function clauseSubjectBody(ctx: StatementContext, from: number, it: Token): Mention | null {
  const det = ctx.tokens[from];
  const noun = ctx.tokens[from + 1];
  if (!det || !noun || det.normal !== 'the' || it.normal !== 'it' || isCapitalised(noun.text) || !noun.tags.has('Noun') || /[,;:]/.test(noun.post)) return null;
  const body = definite(ctx, noun);
  return body && body.type === 'ORGANIZATION' ? body : null;
}

/**
 * "The commission had opened an inquiry in July. It found that …": "it" opening a sentence whose
 * sentence before opens with a description of a body as its subject is that body, the one the
 * story has just been telling about, not the last organization named in between.
 */
export function previousDescription(ctx: StatementContext, it: Token): Mention | null {
  if (it.normal !== 'it') return null;
  const sentences = ctx.body.analysis.sentences;
  const own = sentences[it.sentence];
  const prev = sentences[it.sentence - 1];
  if (!own || !prev || it.start !== ctx.tokens[own.from]?.start) return null;
  const det = ctx.tokens[prev.from];
  const noun = ctx.tokens[prev.from + 1];
  const verb = ctx.tokens[prev.from + 2];
  if (!det || !noun || !verb || det.normal !== 'the' || isCapitalised(noun.text) || !noun.tags.has('Noun') || /[,;:]/.test(noun.post)) return null;
  // the description is the subject: a verb follows the noun
  if (!verb.tags.has('Verb') || verb.tags.has('Gerund')) return null;
  const body = definite(ctx, noun);
  return body && body.type === 'ORGANIZATION' ? body : null;
}
