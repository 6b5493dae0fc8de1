import { ORG_HEADS, ORG_KIND_BY_HEAD, TITLE_HEADS } from '../gazetteer.js';
import { CENTRAL_BANK_RULE, DESCRIPTION_INDEX, type DescriptionRule, SALIENT_BODY_RULE } from '../rules/descriptions.js';
import { foldName } from '../../../core/ids.js';
import { isCapitalised, type Token } from '../text.js';
import type { StatementRuleId } from '../rules/statement-rules.js';
import type { Mention } from '../types.js';
import type { StatementContext } from './context.js';

/**
 * Definite descriptions as speakers: "the minister" is the last person with that word in their role,
 * "the ministry", "the regulator", "the company" the organization of that kind (rules/descriptions.ts),
 * the one that just spoke before the last one named, so salience wins over recency.
 */

/** "the minister" → the last person whose role has that word; "the ministry" → the last organization named "… Ministry". */
export function definite(ctx: StatementContext, t: Token): Mention | null {
  return definiteWithRule(ctx, t)?.speaker ?? null;
}

/**
 * The body a description refers to, and the rule that found it when it is not the plain backward
 * reading: a body named only in the next sentence ("…, the regulator said on Monday. The X
 * Authority …": statement.description.named-later), or one whose name ends in the description's
 * noun ("the hospital" for "X University Hospital": statement.description.name-head).
 */
export function definiteWithRule(ctx: StatementContext, t: Token): { speaker: Mention; rule?: StatementRuleId } | null {
  const before = ctx.body.spans.filter((sp) => sp.mention.start < t.start).map((sp) => sp.mention);
  const issuer = centralBank(ctx, t, before);
  if (issuer) return { speaker: issuer, rule: CENTRAL_BANK_RULE.id };
  const story = storyBody(ctx, t, before);
  if (story) return { speaker: story, rule: 'statement.description.story-body' };
  const headline = headlineCompany(ctx, t, before);
  if (headline) return { speaker: headline, rule: 'statement.description.headline-company' };
  const found = definiteAmong(ctx, t, before);
  if (found) return { speaker: found };
  const head = nameHead(ctx, t, before);
  if (head) return { speaker: head, rule: 'statement.description.name-head' };
  if (TITLE_HEADS.has(t.normal)) return null;
  const salient = salientBody(ctx, t);
  if (salient) return { speaker: salient, rule: SALIENT_BODY_RULE.id };
  // named only later: the first body of that kind in the rest of this sentence or the next one, so
  // that the nearest comes last in the pool as the backward reading expects
  const later = ctx.body.spans.filter((sp) => sp.mention.start > t.end && ctx.tokens[sp.from]!.sentence <= t.sentence + 1).map((sp) => sp.mention).reverse();
  const ahead = definiteAmong(ctx, t, later) ?? nameHead(ctx, t, later);
  return ahead ? { speaker: ahead, rule: 'statement.description.named-later' } : null;
}

const SALIENT_NOUNS: ReadonlySet<string> = new Set(SALIENT_BODY_RULE.nouns);
/** Kinds of body a description of a company, club or airline never stands for. */
const OTHER_KINDS: ReadonlySet<string> = new Set(['government', 'media', 'trade union', 'intergovernmental']);
const PUBLIC_NOUNS: ReadonlySet<string> = new Set(SALIENT_BODY_RULE.publicNouns);
const PUBLIC_OTHER_KINDS: ReadonlySet<string> = new Set(['media', 'trade union', 'intergovernmental']);

/**
 * "The club said" with no organization of its kind named before (rules/descriptions.ts
 * SALIENT_BODY_RULE): the body the story is about, a name that opens a sentence as its subject
 * (one that has spoken first, else the nearest); a name no list typed becomes an organization by it. Never a
 * person, a place, a nationality or a name a first name marks.
 */
function salientBody(ctx: StatementContext, t: Token): Mention | null {
  const isPublic = PUBLIC_NOUNS.has(t.normal);
  if (!SALIENT_NOUNS.has(t.normal) && !isPublic) return null;
  // a body described as another kind ("The X union said") is not "the company"; "the regulator" may be the government's
  const fits = (m: Mention): boolean =>
    (m.type === 'ORGANIZATION' || (m.type === null && !m.personTagged && !m.role)) &&
    !m.demonym &&
    (m.descriptor === undefined || m.descriptor === t.normal) &&
    !(isPublic ? PUBLIC_OTHER_KINDS : OTHER_KINDS).has(m.kindHint ?? '');
  // "The X union said": a name followed by the noun for another kind of body is that kind
  const kindAfter = (to: number): boolean => {
    const next = ctx.tokens[to];
    return !!next && next.sentence === ctx.tokens[to - 1]!.sentence && ORG_HEADS.has(next.normal) && next.normal !== t.normal && !isCapitalised(next.text);
  };
  const opening = ctx.body.spans.filter((sp) => sp.mention.start < t.start && !sp.possessive && fits(sp.mention) && opensSentence(ctx, sp.from) && !kindAfter(sp.to)).map((sp) => sp.mention);
  const pick = [...opening].reverse().find((m) => ctx.speakers.includes(m)) ?? opening[opening.length - 1];
  if (!pick) return null;
  if (pick.type === null) {
    for (const m of ctx.mentions) {
      if (m.type !== null || foldName(m.text) !== foldName(pick.text)) continue;
      m.type = 'ORGANIZATION';
      m.orgCue = true;
      (m.rules ??= []).push('mention.type.described-body');
    }
  }
  return pick;
}

/** The name at token i opens its sentence, past "The". */
function opensSentence(ctx: StatementContext, i: number): boolean {
  const first = i > 0 && ctx.tokens[i - 1]!.normal === 'the' ? i - 1 : i;
  const prev = ctx.tokens[first - 1];
  return !prev || prev.sentence !== ctx.tokens[first]!.sentence;
}

/**
 * "the hospital" → the last organization whose name ends in "Hospital", or has it before its "of" ("the centre" for
 * "National Centre for X"); any noun, not only the listed heads. A name no list typed counts once it has spoken
 * ("The Syndicate of X said …" … "The syndicate said").
 */
function nameHead(ctx: StatementContext, t: Token, pool: readonly Mention[]): Mention | null {
  if (TITLE_HEADS.has(t.normal) || t.normal.length < 4) return null;
  const body = (m: Mention): boolean => m.type === 'ORGANIZATION' || (m.type === null && !m.personTagged && !m.role && ctx.speakers.includes(m));
  return [...pool].reverse().find((m) => body(m) && !m.demonym && (lastWord(m) === t.normal || headBeforeOf(m) === t.normal)) ?? null;
}

/** A body the description of `rule` may stand for: by the head of its name, its kind, or the noun the text described it with. */
function fitsDescription(rule: DescriptionRule, m: Mention): boolean {
  return !m.demonym && m.type === 'ORGANIZATION' && (rule.heads.includes(lastWord(m)) || rule.heads.includes(headBeforeOf(m)) || rule.kinds?.includes(orgKind(m) ?? '') === true || rule.nouns.includes(m.descriptor ?? ''));
}

/**
 * "The ministry said" (a noun of rules/descriptions.ts) where a body of that kind whose name holds the
 * noun has already spoken: the first such speaker, the body the story is about, not another body of
 * the kind that spoke since ("Ministry of X said …; <another office> said …; the ministry said").
 */
function storyBody(ctx: StatementContext, t: Token, before: readonly Mention[]): Mention | null {
  const rule = DESCRIPTION_INDEX.get(t.normal);
  if (!rule) return null;
  const noun = new RegExp(`\\b${t.normal}\\b`, 'i');
  return ctx.speakers.find((m) => before.includes(m) && fitsDescription(rule, m) && noun.test(m.text)) ?? null;
}

/** The backward reading over `pool` (mentions in text order, the nearest last). */
function definiteAmong(ctx: StatementContext, t: Token, before: readonly Mention[]): Mention | null {
  if (TITLE_HEADS.has(t.normal)) {
    const p = [...ctx.speakers, ...before].reverse().find((m) => m.type === 'PERSON' && !!m.role && new RegExp(`\\b${t.normal}\\b`, 'i').test(m.role.text));
    return p ?? null;
  }
  const orgs = before.filter((m) => m.type === 'ORGANIZATION' && !m.demonym);
  // "the union said" after "IG Metall, the metalworkers' union,": the organization described so
  const described = [...orgs].reverse().find((m) => m.descriptor === t.normal);
  if (described) return described;
  // "the regulator said", "the agency said": the body of that kind (rules/descriptions.ts), the one that just spoke first
  const description = DESCRIPTION_INDEX.get(t.normal);
  if (description) {
    const fits = (m: Mention): boolean => fitsDescription(description, m);
    const recent = [...ctx.found].reverse().find((f) => f.speaker !== null && f.sentence >= t.sentence - 2 && f.sentence <= t.sentence);
    if (recent && fits(ctx.mentions[recent.speaker!]!)) return ctx.mentions[recent.speaker!]!;
    const o = [...orgs].reverse().find(fits);
    if (o) return o;
  }
  // "the team estimated": the body that led the team ("a team led by the X reported")
  if (LED_GROUPS.has(t.normal)) {
    const leader = [...orgs].reverse().find((m) => LED_BY.test(ctx.text.slice(Math.max(0, m.start - 16), m.start)));
    if (leader) return leader;
  }
  if (ORG_HEADS.has(t.normal)) {
    const named = orgs.filter((m) => new RegExp(`\\b${t.normal}\\b`, 'i').test(m.text));
    // salience before recency: "the university said" is the one that has spoken, not one named in passing
    const o = spokeAmong(ctx, named) ?? named[named.length - 1];
    if (o) return o;
    if (t.normal === 'union') {
      const u = [...orgs].reverse().find((m) => m.kindHint === 'trade union' || m.descriptor === 'union');
      if (u) return u;
    }
  }
  // "the central bank", "the lender": the last bank named
  if (/^(bank|lender)$/.test(t.normal)) {
    const b = [...orgs].reverse().find((m) => m.kindHint === 'bank' || /bank|banco|banca|banque/i.test(m.text) || m.descriptor === 'bank' || m.descriptor === 'lender');
    if (b) return b;
  }
  // "the company said": the last company named, never a news agency quoted as a source or a union
  if (isCompanyNoun(t)) {
    const candidates = orgs.filter((m) => m.kindHint !== 'media' && m.kindHint !== 'trade union' && m.descriptor !== 'union' && m.kindHint !== 'government' && m.kindHint !== 'intergovernmental');
    const pool = t.normal === 'agency' ? orgs : candidates;
    const fits = (m: Mention): boolean => companyFits(ctx, t, m);
    // salience before recency: the organization that spoke in one of the two sentences before, not
    // one named inside its relative clause ("Chatterbox, which is owned by Lumora, said … The company said")
    const recent = [...ctx.found].reverse().find((f) => f.speaker !== null && f.sentence >= t.sentence - 2 && f.sentence <= t.sentence);
    if (recent && fits(ctx.mentions[recent.speaker!]!)) return ctx.mentions[recent.speaker!]!;
    // failing those, the body the same description named before ("The company said …" two paragraphs up)
    const same = sameDescriptionBefore(ctx, t);
    if (same && pool.includes(same)) return same;
    // then the last one named that fits, before any body at all
    return pool.filter((m) => orgKind(m) === 'company' || orgKind(m) === 'bank' || m.descriptor === t.normal).pop() ?? pool.filter(fits).pop() ?? pool.pop() ?? null;
  }
  return null;
}

/** The speaker an earlier statement found by the same description ("the company") stood for, the nearest first. */
function sameDescriptionBefore(ctx: StatementContext, t: Token): Mention | null {
  const written = new RegExp(`\\bthe ${t.normal}\\b`, 'i');
  const f = [...ctx.found].reverse().find((x) => x.speakerVia === 'description' && x.speaker !== null && x.evidence.end <= t.start && written.test(x.evidence.sentence));
  return f ? ctx.mentions[f.speaker!]! : null;
}

/** Nouns that describe a company-like body ("the company", "the airline", "the carmaker"). */
const COMPANY_NOUN = /^(?:company|firm|group|carmaker|automaker|maker|manufacturer|operator|bank|airline|agency|organisation|organization|shipbuilder|supplier|producer|lender|insurer|retailer|chipmaker|\p{L}+maker)$/u;
const isCompanyNoun = (t: Token): boolean => COMPANY_NOUN.test(t.normal);

/**
 * Whether `m` may be "the company": "the company", "the firm", "the group" fit any company-like
 * body, a specific noun ("the airline") only one described so; never a person, a nationality, a
 * name the tagger reads as a person's, a news outlet, a government or a union.
 */
function companyFits(ctx: StatementContext, t: Token, m: Mention): boolean {
  if (m.type === 'PERSON' || m.demonym || m.canonical || m.personTagged || m.kindHint === 'media' || m.kindHint === 'government' || m.kindHint === 'intergovernmental' || m.kindHint === 'trade union') return false;
  if (m.type === null && m.text.includes(' ')) return false;
  if (!/^(company|firm|group)$/.test(t.normal)) return m.descriptor === t.normal;
  // an acronym is the kind of body its full name is ("CAA" of "Civil Aviation Authority" is no company)
  const named = ctx.mentions.find((o) => o.acronym === m.text) ?? m;
  const kind = orgKind(named);
  // (nor is a body whose head comes before its "of": "the State Committee of X")
  return kind === 'company' || kind === 'bank' || (kind === undefined && !ORG_HEADS.has(lastWord(named)) && !ORG_HEADS.has(headBeforeOf(named)));
}

/**
 * "The company said", "the airline said" when a company the headline names has already spoken: that
 * company, the one the story is about, before another that spoke since or was named last. Not for
 * nouns read by a list of their own (rules/descriptions.ts), a bank, nor a noun some body named
 * before holds in its name ("the group" after "X Group").
 */
function headlineCompany(ctx: StatementContext, t: Token, before: readonly Mention[]): Mention | null {
  if (!isCompanyNoun(t) || DESCRIPTION_INDEX.has(t.normal) || /^(?:bank|lender)$/.test(t.normal)) return null;
  const noun = new RegExp(`\\b${t.normal}\\b`, 'i');
  if (ORG_HEADS.has(t.normal) && before.some((m) => m.type === 'ORGANIZATION' && !m.demonym && noun.test(m.text))) return null;
  const headline = new Set(ctx.mentions.filter((m) => m.field === 'title').map((m) => foldName(m.text)));
  return ctx.speakers.find((m) => before.includes(m) && headline.has(foldName(m.text)) && (companyFits(ctx, t, m) || (orgKind(m) === 'company' && !m.personTagged && m.type === 'ORGANIZATION'))) ?? null;
}

/** "The central bank": the last bank of issue named (rules/descriptions.ts CENTRAL_BANK_RULE), not a lender named after it. */
function centralBank(ctx: StatementContext, t: Token, before: readonly Mention[]): Mention | null {
  const k = ctx.tokens.indexOf(t);
  if (t.normal !== 'bank' || k < 1 || !CENTRAL_BANK_RULE.modifiers.includes(ctx.tokens[k - 1]!.normal)) return null;
  const issuer = (m: Mention): boolean =>
    m.type === 'ORGANIZATION' && !m.demonym && m.kindHint !== 'company' && (CENTRAL_BANK_RULE.kinds.includes(m.kindHint ?? '') || m.text.toLowerCase().split(/\s+/).some((w) => CENTRAL_BANK_RULE.nameWords.includes(w)));
  return [...before].reverse().find(issuer) ?? null;
}

/** Groups a body leads, written as "a team led by X" and then "the team". */
const LED_GROUPS: ReadonlySet<string> = new Set(['team', 'researchers', 'scientists', 'consortium']);
/** The words right before the body that leads the group. */
export const LED_BY = /\b(?:led|headed|coordinated)\s+by\s+(?:the\s+)?$/i;

/** Of `candidates` (in text order), the last one that has already spoken in the article. */
function spokeAmong(ctx: StatementContext, candidates: readonly Mention[]): Mention | undefined {
  for (const sp of [...ctx.speakers].reverse()) {
    const c = [...candidates].reverse().find((m) => m === sp || foldName(m.text) === foldName(sp.text));
    if (c) return c;
  }
  return undefined;
}

export function isRoleWord(t: Token): boolean {
  return TITLE_HEADS.has(t.normal) || isCapitalised(t.text);
}

/** The last word of a name, lower case: the head that says what kind of body it is. */
function lastWord(m: Mention): string {
  return m.text.split(' ').pop()!.toLowerCase();
}

/** The last word before a name's "of"/"for" ("association" of "National Association of Nursing Staff"); "" when it has none. */
function headBeforeOf(m: Mention): string {
  const at = m.text.search(/\s(?:of|for)\s/);
  return at > 0 ? m.text.slice(0, at).split(' ').pop()!.toLowerCase() : '';
}

/** An organization's kind: as found, else from the head of its name ("… Mining" is a company). */
function orgKind(m: Mention): string | undefined {
  return m.kindHint ?? ORG_KIND_BY_HEAD[lastWord(m)];
}
