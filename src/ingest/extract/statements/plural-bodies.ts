import { foldName } from '../../../core/ids.js';
import { PLURAL_BODIES_RULE, RESEARCH_GROUP_RULE } from '../rules/plural-bodies.js';
import type { Mention } from '../types.js';
import type { StatementContext } from './context.js';

const OPENERS: ReadonlySet<string> = new Set(PLURAL_BODIES_RULE.openers);
const NOUNS: ReadonlySet<string> = new Set(PLURAL_BODIES_RULE.nouns);
const RESEARCH_SOURCES: ReadonlySet<string> = new Set(RESEARCH_GROUP_RULE.sources);
const GROUP_NOUNS: ReadonlySet<string> = new Set(RESEARCH_GROUP_RULE.groupNouns);
const COUNTS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3 };

/**
 * The bodies a plural description stands for (rules/plural-bodies.ts): "the two companies" after
 * "X and Y agreed …" in its sentence, or the bodies an earlier plural description stood for in the
 * two sentences before. Null when the source is no such description or fewer than two bodies fit.
 */
export function pluralBodies(ctx: StatementContext, source: string, sentence: number, before: number): Mention[] | null {
  const words = source.toLowerCase().split(/\s+/);
  const noun = words[words.length - 1]!;
  if (words.length < 2 || words.length > 3 || !NOUNS.has(noun) || !words.slice(0, -1).every((w) => OPENERS.has(w))) return null;
  const count = words.map((w) => COUNTS[w]).find((n) => n !== undefined);
  const bodies: Mention[] = [];
  for (const sp of ctx.body.spans) {
    const m = sp.mention;
    if (ctx.tokens[sp.from]!.sentence !== sentence || m.start >= before || sp.possessive || m.demonym) continue;
    // a name no list typed counts only where the description says how many ("the two companies")
    if (!(m.type === 'ORGANIZATION' || (count && m.type === null && !m.personTagged && !m.role))) continue;
    if (!bodies.some((b) => foldName(b.text) === foldName(m.text))) bodies.push(m);
  }
  const named = count ? bodies.slice(-count) : bodies;
  if (named.length >= 2 && (!count || named.length === count)) {
    // the description says what they are: a name no list typed is an organization
    for (const m of named) {
      if (m.type !== null) continue;
      m.type = 'ORGANIZATION';
      m.orgCue = true;
      (m.rules ??= []).push('mention.type.described-body');
    }
    return named;
  }
  // "the companies said" after "the two companies announced": the same bodies again
  const earlier = [...ctx.found].reverse().find((f) => f.sentence >= sentence - 2 && f.sentence < sentence && f.rules?.includes(PLURAL_BODIES_RULE.id));
  if (!earlier) return namedNext(ctx, sentence, count);
  const group = ctx.found.filter((f) => f.sentence === earlier.sentence && f.textStart === earlier.textStart && f.rules?.includes(PLURAL_BODIES_RULE.id) && f.speaker !== null);
  return group.length >= 2 ? group.map((f) => ctx.mentions[f.speaker!]!) : null;
}

/**
 * "…, their unions said. The X Union and the Y Association, which …, said …": with no bodies named
 * before, the organizations the next sentence opens with, before its first verb, when there are
 * as many as the description says (two or more).
 */
function namedNext(ctx: StatementContext, sentence: number, count: number | undefined): Mention[] | null {
  const bodies: Mention[] = [];
  // the subject ends at the next sentence's first verb
  const start = ctx.tokens.findIndex((t) => t.sentence === sentence + 1);
  if (start < 0) return null;
  let verb = start;
  while (verb < ctx.tokens.length && ctx.tokens[verb]!.sentence === sentence + 1 && !(ctx.tokens[verb]!.tags.has('Verb') && !ctx.tokens[verb]!.tags.has('Participle'))) verb++;
  for (const sp of ctx.body.spans) {
    const first = ctx.tokens[sp.from]!;
    if (sp.from < start || sp.to > verb) continue;
    if (first.pre.includes('(') || sp.possessive || sp.mention.demonym || sp.mention.type !== 'ORGANIZATION') continue;
    if (!bodies.some((b) => foldName(b.text) === foldName(sp.mention.text))) bodies.push(sp.mention);
  }
  return bodies.length >= 2 && (!count || bodies.length === count) ? bodies : null;
}

/**
 * "…, scientists said. The team, from X and Y, …" (rules/plural-bodies.ts RESEARCH_GROUP_RULE): the
 * bodies the next sentence opens with, when the source is the bare plural and that sentence opens
 * with "The" and a noun for the group or its work. Null otherwise.
 */
export function researchBodies(ctx: StatementContext, source: string, sentence: number): Mention[] | null {
  if (!RESEARCH_SOURCES.has(source.toLowerCase())) return null;
  const start = ctx.tokens.findIndex((t) => t.sentence === sentence + 1);
  const [the, noun] = [ctx.tokens[start], ctx.tokens[start + 1]];
  if (start < 0 || the?.normal !== 'the' || !noun || noun.sentence !== sentence + 1 || !GROUP_NOUNS.has(noun.normal)) return null;
  return namedNext(ctx, sentence, undefined);
}
