import { ORG_HEADS, ORG_KIND_BY_HEAD, ROLE_MODIFIERS, TITLE_HEADS } from '../gazetteer.js';
import { MEDIA_CUES, type MediaTitleRule } from '../rules/media-cues.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { alternation } from '../rules/word-sets.js';
import type { MentionRuleId } from '../rules/mention-rules.js';
import { endsInCommonNoun } from '../speaker-types.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';
import type { FieldMentions, MentionContext, MentionSpan } from './context.js';
import { breaksAfter } from './tokens.js';
import { DETERMINERS } from './words.js';

/**
 * Names with no organization word that their context shows to be organizations: an apposition or a
 * description ending in an organization noun, "shares of X", "X's board", "known as X", an acronym
 * in parentheses after an organization noun.
 */

/** Lower-case nouns that say the name after them is an organization: "battery maker Voltaris". */
export const ORG_TYPE_NOUNS = MENTION_WORDS.orgTypeNouns;
export const ORG_TYPE_KIND: Record<string, string> = {
  company: 'company', firm: 'company', maker: 'company', manufacturer: 'company', operator: 'company', airline: 'company',
  bank: 'company', carrier: 'company', producer: 'company', giant: 'company', insurer: 'company', lender: 'company',
  retailer: 'company', distributor: 'company', startup: 'company', 'start-up': 'company', developer: 'company', supplier: 'company',
  automaker: 'company', carmaker: 'company', steelmaker: 'company', conglomerate: 'company', utility: 'company',
  party: 'political party', newspaper: 'media', broadcaster: 'media', outlet: 'media', daily: 'media', magazine: 'media',
  tank: 'think tank', charity: 'non-profit', watchdog: 'regulator', regulator: 'regulator', university: 'academic',
};

/** Lower-case descriptions of organizations beyond ORG_TYPE_NOUNS: "the metalworkers' union", "the rate-setting committee". */
const ORG_DESCRIPTORS = MENTION_WORDS.orgDescriptors;

/** "the chipmaker", "the shipbuilders": a noun that ends in an organization's job; "the drugmaker": one that makes it a company. */
const ORG_NOUN_ENDING = new RegExp(`(?:${alternation(MENTION_WORDS.orgNounEndings)})s?$`);
const COMPANY_NOUN_ENDING = new RegExp(`(?:${alternation(MENTION_WORDS.companyNounEndings)})$`);

/** Nouns that describe an organization in an apposition or before its name ("the cement maker", "the metalworkers' union"). */
export function orgNoun(t: Token | undefined): string | undefined {
  if (!t || isCapitalised(t.text)) return undefined;
  const w = t.normal.replace(/['’]s$/, '');
  if (ORG_TYPE_NOUNS.has(w) || ORG_DESCRIPTORS.has(w) || ORG_NOUN_ENDING.test(w)) return w;
  return undefined;
}

function markOrganization(sp: MentionSpan, rule: MentionRuleId, descriptor?: string): void {
  const m = sp.mention;
  if (m.canonical || m.role || m.demonym) return;
  // a first name makes a person, unless the name ends in a common noun (a first name, then "Air Tours")
  if (m.type === 'PERSON' && m.gender && !endsInCommonNoun(m.text)) return;
  delete m.gender;
  m.type = 'ORGANIZATION';
  (m.rules ??= []).push(rule);
  m.orgCue = true;
  if (descriptor && !m.descriptor) m.descriptor = descriptor;
  const kind = descriptor ? (ORG_TYPE_KIND[descriptor] ?? ORG_KIND_BY_HEAD[descriptor] ?? (COMPANY_NOUN_ENDING.test(descriptor) ? 'company' : undefined)) : undefined;
  if (kind && !m.kindHint) m.kindHint = kind;
}

/**
 * The plural noun for bodies ("makers", "operators", "companies") written right before a name, or
 * before the list of names joined by commas and "and" that it ends: "cement makers X and Y".
 */
function pluralBodiesBefore(out: FieldMentions, tokens: Token[], sp: MentionSpan, sentence: Sentence): string | undefined {
  let start = sp.from;
  for (let items = 0; items < 5; items++) {
    const before = tokens[start - 1];
    if (!before || start - 1 < sentence.from) return undefined;
    const noun = orgNoun(before);
    if (noun && before.tags.has('Plural') && !breaksAfter(before)) return noun;
    // the item before: "X and" or "X, "
    const item = before.normal === 'and' && !breaksAfter(before) ? out.spans.find((s) => s.to === start - 1) : /^,\s*$/.test(before.post) ? out.spans.find((s) => s.to === start) : undefined;
    if (!item || item.from >= start) return undefined;
    start = item.from;
  }
  return undefined;
}

/**
 * Names with no organizational word that their context shows to be organizations:
 * "Fingrid, the Finnish grid operator, said" (also an apposition, so the name is the subject),
 * "shares of Cemvex", "Kestrel's board", "analysts at Banorte", "the central bank, known as Banxico,",
 * "the rate-setting committee (Copom)".
 */
export function organizationCues(ctx: MentionContext, out: FieldMentions, tokens: Token[], sentence: Sentence): void {
  const spans = out.spans.filter((sp) => sp.mention.sentence === sentence.index && sp.from >= sentence.from && sp.to <= sentence.to && !sp.mention.canonical && !sp.mention.demonym && !sp.mention.role);
  for (const sp of spans) {
    const last = tokens[sp.to - 1]!;
    const prev = tokens[sp.from - 1];
    const prev2 = tokens[sp.from - 2];
    // after: ", the Finnish grid operator," / ", a state-owned lender,"
    if (/^,\s*$/.test(last.post) && !sp.possessive) {
      let j = sp.to;
      if (j < sentence.to && DETERMINERS.has(tokens[j]!.normal)) {
        j++;
        let e = j;
        // (a participle after a hyphen is part of a compound: "state-owned")
        const opensClause = (at: number): boolean => !!tokens[at] && (MENTION_WORDS.descriptionRelatives.has(tokens[at]!.normal) || (MENTION_WORDS.descriptionParticiples.has(tokens[at]!.normal) && !tokens[at - 1]!.post.endsWith('-')));
        while (e < sentence.to && e - j < 6 && !/[,;:.!?]/.test(tokens[e]!.post) && !opensClause(e + 1)) e++;
        const seg = tokens.slice(j, e + 1);
        const head = e < sentence.to ? orgNoun(tokens[e]) : undefined;
        // ", the Danish drugmaker that makes …,", ", a company based in X.": a relative or reduced clause
        // inside the apposition runs to its comma or the sentence's end
        let close = e;
        const clause = MENTION_WORDS.clauseRelatives.has(tokens[e + 1]?.normal ?? '') || (MENTION_WORDS.descriptionParticiples.has(tokens[e + 1]?.normal ?? '') && !tokens[e]!.post.endsWith('-'));
        if (head && clause && !/[,;:.!?]/.test(tokens[e]!.post)) {
          close = e + 1;
          while (close < sentence.to && close - e < 16 && !/[,;:.!?]/.test(tokens[close]!.post)) close++;
          if (close >= sentence.to || !(/^,\s*$/.test(tokens[close]!.post) || close + 1 >= sentence.to)) close = -1;
        }
        if (head && close >= 0 && !seg.some((w) => TITLE_HEADS.has(w.normal)) && (/^,\s*$/.test(tokens[close]!.post) || close + 1 >= sentence.to)) {
          markOrganization(sp, 'mention.org-cue.apposition-after', head);
          if (/^,\s*$/.test(tokens[close]!.post)) out.appositions.push({ person: sp.mention.index, from: sp.from, to: close + 1 });
          continue;
        }
      }
    }
    // before: "the mine's operator, Andes Copper, said" / "its parent company, Lumora Group,": a
    // description ending in an organization noun, then the name between commas
    // ("X's competition authority, the Y,": past the name's own article)
    const article = prev && prev.normal === 'the' && prev2 && /^,\s*$/.test(prev2.post) ? 1 : 0;
    const described = article ? prev2 : prev;
    if (described && /^,\s*$/.test(described.post) && /^,\s*$/.test(last.post) && !sp.possessive) {
      const head = orgNoun(described);
      let d = sp.from - 1 - article;
      while (d > sentence.from && d > sp.from - 7 && !/[,;:.!?]/.test(tokens[d - 1]!.post)) d--;
      const desc = tokens.slice(d, sp.from - article);
      const determined = MENTION_WORDS.descriptionDeterminers.has(tokens[d]!.normal) || desc.some((w) => possessiveLength(w) > 0);
      if (head && determined && !desc.some((w) => TITLE_HEADS.has(w.normal) || w.tags.has('Verb'))) {
        markOrganization(sp, 'mention.org-cue.description-before', head);
        out.appositions.push({ person: sp.mention.index, from: d, to: sp.to });
        continue;
      }
    }
    // before: "cement makers X and Y", "the carmakers X, Y and Z": a plural noun for bodies right before the name or its list
    const plural = pluralBodiesBefore(out, tokens, sp, sentence);
    if (plural) {
      markOrganization(sp, 'mention.org-cue.plural-noun-before', plural);
      continue;
    }
    // before: "shares of X", "shares in X", "analysts at X", "the union X"
    if (prev && !breaksAfter(prev) && prev2 && MENTION_WORDS.holdingPrepositions.has(prev.normal) && MENTION_WORDS.holderNouns.has(prev2.normal) && !(prev.normal === 'in' && !MENTION_WORDS.stockNouns.has(prev2.normal))) {
      markOrganization(sp, 'mention.org-cue.shares-of');
      continue;
    }
    // after: "X's board", "X's shares", "X's chief executive"
    const next = tokens[sp.to];
    if (sp.possessive && next && MENTION_WORDS.possessedOrgNouns.has(next.normal)) {
      if (!(next.normal === 'chief' || next.normal === 'staff') || sp.mention.type !== 'PERSON') {
        markOrganization(sp, 'mention.org-cue.possessive-noun');
        continue;
      }
    }
    // "X chief executive Y", "X midfielder Y": a role only a body's people hold, then a person's name
    if (memberRoleBefore(tokens, sp, sentence)) {
      markOrganization(sp, 'mention.org-cue.member-role');
      continue;
    }
    // "the central bank, known as Banxico," / "the monetary policy committee (Copom)"
    if (prev && prev2 && /^as$/.test(prev.normal) && MENTION_WORDS.namingParticiples.has(prev2.normal)) {
      const noun = tokens[sp.from - 3];
      if (noun && (orgNoun(noun) || ORG_HEADS.has(noun.normal))) {
        markOrganization(sp, 'mention.org-cue.known-as', noun.normal);
        continue;
      }
    }
    // "a group calling itself X", "a firm called X": an organization noun, then the name it goes by
    const named = selfNamedAfter(tokens, sp, sentence);
    if (named) {
      markOrganization(sp, 'mention.org-cue.self-named', named);
      continue;
    }
    if (prev && tokens[sp.from]!.pre.includes('(') && last.post.startsWith(')') && !isCapitalised(prev.text) && (orgNoun(prev) || ORG_HEADS.has(prev.normal))) {
      markOrganization(sp, 'mention.org-cue.parenthesised', prev.normal);
      continue;
    }
    // (no descriptor: the side a story plays against is seldom the one "the club said" stands for)
    if (sp.mention.type !== 'PERSON' && !sp.mention.personTagged && matchSide(out, tokens, sp, sentence)) markOrganization(sp, 'mention.org-cue.match-side');
  }
}

/**
 * The organization noun before "called X", "named X", "calling itself X" or "which calls itself X"
 * (mention.words.self-naming-words) in front of an untyped name, or undefined.
 */
function selfNamedAfter(tokens: Token[], sp: MentionSpan, sentence: Sentence): string | undefined {
  if (sp.mention.type !== null || sp.mention.personTagged) return undefined;
  let k = sp.from - 1;
  let words = 0;
  while (k >= sentence.from && words < 3 && MENTION_WORDS.selfNamingWords.has(tokens[k]!.normal) && !breaksAfter(tokens[k]!)) {
    k--;
    words++;
  }
  // "which calls itself": the relative word stands between the noun and the naming words
  if (words && k >= sentence.from && MENTION_WORDS.clauseRelatives.has(tokens[k]!.normal) && !breaksAfter(tokens[k]!)) k--;
  if (!words || k < sentence.from || breaksAfter(tokens[k]!)) return undefined;
  return orgNoun(tokens[k]);
}

/**
 * "X chief executive Y", "X midfielder Y": an untyped name (no person's tag) right before a role of
 * mention.words.member-role-nouns, written before a capitalised name, is the body whose member that is.
 */
function memberRoleBefore(tokens: Token[], sp: MentionSpan, sentence: Sentence): boolean {
  if (sp.mention.type !== null || sp.mention.personTagged || sp.possessive) return false;
  // "Former X chief executive Y": a role word is no part of the body's name; "Committee chairman Y": nor is a head alone
  const words = tokens.slice(sp.from, sp.to);
  if (words.some((w) => ROLE_MODIFIERS.has(w.normal) || TITLE_HEADS.has(w.normal)) || (words.length === 1 && ORG_HEADS.has(words[0]!.normal))) return false;
  return memberRoleAfter(tokens, sp.to - 1, sentence);
}

/** The word at `last` is followed, nothing breaking, by a role of mention.words.member-role-nouns and a capitalised name. */
export function memberRoleAfter(tokens: Token[], last: number, sentence: Sentence): boolean {
  if (breaksAfter(tokens[last]!) || possessiveLength(tokens[last]!)) return false;
  let k = last + 1;
  const role = tokens[k];
  if (!role || k >= sentence.to || isCapitalised(role.text) || !MENTION_WORDS.memberRoleNouns.has(role.normal)) return false;
  // "chief executive", "chief economist": the role's second word
  if (role.normal === 'chief' && k + 1 < sentence.to && !breaksAfter(role)) k++;
  const name = tokens[k + 1];
  return !breaksAfter(tokens[k]!) && k + 1 < sentence.to && !!name && isCapitalised(name.text);
}

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/**
 * A side in a match: the loser after a result verb and before a score, the winner before the verb
 * ("X beat Y 3-1"), or the name after "<match noun> against" ("his debut against X"). A country the
 * lists know is a national side and stays a place (markOrganization leaves a canonical name alone).
 */
function matchSide(out: FieldMentions, tokens: Token[], sp: MentionSpan, sentence: Sentence): boolean {
  const prev = tokens[sp.from - 1];
  const prev2 = tokens[sp.from - 2];
  const last = tokens[sp.to - 1]!;
  if (sp.from - 2 >= sentence.from && prev?.normal === 'against' && !breaksAfter(prev2!) && MENTION_WORDS.matchNouns.has(prev2!.normal)) return true;
  // the loser: "beat Y 3-1"
  const score = (at: number): boolean => at < sentence.to && SCORE.test(tokens[at]!.text);
  if (prev && sp.from - 1 >= sentence.from && MENTION_WORDS.resultVerbs.has(prev.normal) && !breaksAfter(prev) && !breaksAfter(last) && score(sp.to)) return true;
  // the winner: "X beat Y 3-1"
  const verb = tokens[sp.to];
  if (!verb || breaksAfter(last) || !MENTION_WORDS.resultVerbs.has(verb.normal)) return false;
  const loser = out.spans.find((o) => o.from === sp.to + 1);
  return !!loser && score(loser.to) && !breaksAfter(tokens[loser.to - 1]!);
}

/**
 * A name right after or before a word that describes a news outlet ("the newspaper X", "the X radio
 * station"; rules/media-cues.ts) is that outlet, whatever its words would otherwise make it.
 */
export function mediaCues(out: FieldMentions, tokens: Token[], sentence: Sentence): void {
  for (const sp of out.spans) {
    const m = sp.mention;
    if (m.sentence !== sentence.index || sp.from < sentence.from || sp.to > sentence.to || m.canonical || m.demonym || m.role) continue;
    const rule = MEDIA_CUES.find((r) => r.descriptors.some((d) => (r.position === 'before' ? descriptorAt(tokens, sp.from - d.length, d, sentence, true) : !sp.possessive && !breaksAfter(tokens[sp.to - 1]!) && descriptorAt(tokens, sp.to, d, sentence, false))));
    const title = rule ? undefined : mediaTitle(tokens, sp, sentence);
    if (!rule && !title) continue;
    m.type = 'ORGANIZATION';
    m.kindHint = 'media';
    m.orgCue = true;
    delete m.gender;
    (m.rules ??= []).push(rule?.id ?? title!);
  }
}

/** The rule of MEDIA_TITLE_RULES an untyped name meets: its own "The" inside the sentence, or "told X that". */
function mediaTitle(tokens: Token[], sp: { from: number; to: number; possessive?: boolean; mention: { type: string | null; text: string } }, sentence: Sentence): MediaTitleRule['id'] | undefined {
  if (sp.mention.type !== null || sp.possessive) return undefined;
  const first = tokens[sp.from]!;
  if (first.text === 'The' && sp.to - sp.from > 1 && sp.from > sentence.from) return 'mention.media.own-article';
  const before = tokens[sp.from - 1];
  const after = tokens[sp.to];
  // ("told MPs that": a plural of people, not a title)
  const plural = sp.to - sp.from === 1 && (/^\p{Lu}{2,}s$/u.test(first.text) || first.tags.has('Plural'));
  if (!plural && before?.normal === 'told' && sp.from - 1 >= sentence.from && !breaksAfter(before) && after?.normal === 'that' && !breaksAfter(tokens[sp.to - 1]!)) return 'mention.media.told-that';
  return undefined;
}

/** The lower-case words `words` at `at`, nothing breaking between them (nor after the last, when a name follows). */
function descriptorAt(tokens: Token[], at: number, words: readonly string[], sentence: Sentence, nameAfter: boolean): boolean {
  if (at < sentence.from || at + words.length > sentence.to) return false;
  return words.every((w, n) => {
    const t = tokens[at + n]!;
    return t.normal === w && !isCapitalised(t.text) && (n === words.length - 1 && !nameAfter ? true : !breaksAfter(t) && !possessiveLength(t));
  });
}
