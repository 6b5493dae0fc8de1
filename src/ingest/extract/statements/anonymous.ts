import { ANONYMOUS_HEADS } from '../gazetteer.js';
import { INDEFINITE_OPENERS, NOT_SOURCE_HEADS } from '../rules/anonymous-sources.js';
import { SUBJECT_WORDS } from '../rules/subject-words.js';
import { isCapitalised } from '../text.js';
import { reportingVerbAt } from '../verbs.js';
import type { StatementContext } from './context.js';
import { spanStartingAt } from './positions.js';
import { ANON_MODIFIERS } from './words.js';

/**
 * Unnamed sources ("three diplomats", "a senior official", "people familiar with the matter"):
 * kept as written rather than resolved, since the annotation conventions keep them so. An analyst
 * "at" a named organization is not anonymous: the organization speaks.
 */

/**
 * "Three diplomats", "a senior official", "sources familiar with the talks" starting at token k.
 * With `generic`, any common noun may head the source (rules/anonymous-sources.ts: "Taxi drivers in
 * X", "A pharmacist in X"); `generic` is set only where the phrase is the subject of a reporting verb.
 */
export function anonymousAt(ctx: StatementContext, k: number, limit: number, generic = false): { text: string; to: number; generic?: boolean } | null {
  let j = k;
  const toks = ctx.tokens;
  const opened = k < limit && INDEFINITE_OPENERS.has(toks[k]!.normal);
  const listed = (i: number, counted: boolean): boolean => isHead(ctx, i, counted);
  const headAt = (i: number, counted: boolean): boolean => listed(i, counted) || (generic && commonHead(ctx, i, k, opened));
  const QUANT = ['a', 'an', 'the', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'other', 'one', 'both', 'all', 'most', 'few', 'more', 'of'];
  let counted = false;
  // "Two electricity traders", "freight forwarders": lower-case nouns modify the head; a sentence's
  // first word the tagger reads as an imperative is a noun before a plural head ("Tour operators in X said")
  const nounModifier = (i: number): boolean => {
    const t = toks[i]!;
    const opening = generic && opensSentence(ctx, i) && !spanStartingAt(ctx, i);
    return (!isCapitalised(t.text) || opening) && (t.tags.has('Noun') || (opening && t.tags.has('Imperative') && pluralNoun(ctx, i + 1))) && !t.tags.has('Plural') && !t.tags.has('Pronoun') && i + 1 < limit && !/[,;:]/.test(t.post) && (ANONYMOUS_HEADS.has(toks[i + 1]!.normal) || pluralHead(ctx, i + 1, counted) || (generic && commonHead(ctx, i + 1, k, opened)));
  };
  while (j < limit && !headAt(j, counted) && (QUANT.includes(toks[j]!.normal) || toks[j]!.tags.has('Value') || toks[j]!.tags.has('Adjective') || isDemonymAt(ctx, j) || ANON_MODIFIERS.has(toks[j]!.normal) || nounModifier(j) || spanStartingAt(ctx, j)?.mention.type === null || spanStartingAt(ctx, j)?.mention.type === 'ORGANIZATION' || (spanStartingAt(ctx, j)?.mention.type === 'PLACE' && !spanStartingAt(ctx, j)!.possessive))) {
    if (toks[j]!.tags.has('Value') || /^(two|three|four|five|six|several|some|many|few|both)$/.test(toks[j]!.normal)) counted = true;
    const sp = spanStartingAt(ctx, j);
    if (sp && sp.mention.type === 'PERSON') return null;
    if (sp) {
      // "a senior UN official": an organization as a modifier, not the head ("a former Tarnia captain": a place too)
      // ("A Kelmar United player who …": any common noun heads it where the phrase is a subject)
      if (sp.to >= limit || !(ANONYMOUS_HEADS.has(toks[sp.to]!.normal) || ANON_MODIFIERS.has(toks[sp.to]!.normal) || toks[sp.to]!.tags.has('Adjective') || (generic && opened && commonHead(ctx, sp.to, k, opened)))) return null;
      j = sp.to;
      continue;
    }
    j++;
  }
  if (j >= limit || !headAt(j, counted)) return null;
  // a capitalised first word read as a common noun ("Customs officers") makes the source generic too
  const isGeneric = !listed(j, counted) || (generic && j > k && isCapitalised(toks[k]!.text) && !spanStartingAt(ctx, k) && !QUANT.includes(toks[k]!.normal));
  // "aid workers", "security sources": a second head word; "a diamond cutter": the noun run goes on
  if (j + 1 < limit && ANONYMOUS_HEADS.has(toks[j + 1]!.normal) && !/[,;:]/.test(toks[j]!.post)) j++;
  else if (isGeneric) {
    while (j + 1 < limit && !/[,;:]/.test(toks[j]!.post) && commonHead(ctx, j + 1, k, true)) j++;
    // "the communications ministry": without "a"/"one" only a plural heads the source
    if (!opened && !commonHead(ctx, j, k, false)) return null;
  }
  let end = j + 1;
  // "familiar with the matter", "close to the Kremlin", "with knowledge of …"
  if (end < limit && ['familiar', 'close', 'with', 'briefed', 'involved', 'speaking', 'who', 'working', 'stationed', 'based', 'deployed', 'living', 'fighting', ...(generic ? ['that', 'interviewed', 'along', 'near'] : [])].includes(toks[end]!.normal)) {
    while (end < limit && !reportingVerbAt(toks, end, limit) && !/[,;:]/.test(toks[end - 1]!.post)) end++;
  } else if (end < limit && (SUBJECT_WORDS.sourcePrepositions.has(toks[end]!.normal) || SUBJECT_WORDS.bodyPrepositions.has(toks[end]!.normal))) {
    // "experts from ISW", "analysts at Nordea": the organization speaks; "aid workers in Darfur",
    // "an official at the transport ministry", "an engineer at one of the carmakers" stay anonymous
    const sp = spanStartingAt(ctx, end + 1) ?? spanStartingAt(ctx, end + 2);
    const placeOnly = sp && sp.mention.type === 'PLACE';
    const orgSpeaks = /^(analysts?|experts?|economists?|researchers?|strategists?|scientists?)$/.test(toks[j]!.normal) && !!sp && !placeOnly && !/^(in)$/.test(toks[end]!.normal);
    if (orgSpeaks) return null;
    if (placeOnly && /[,;:.]/.test(toks[sp.to - 1]!.post)) end = sp.to;
    else {
      let e = end + 1;
      while (e < limit && !/[,;:.]/.test(toks[e - 1]!.post) && !reportingVerbAt(toks, e, limit) && !(toks[e]!.tags.has('Verb') && !spanStartingAt(ctx, e) && !toks[e]!.tags.has('Participle') && !toks[e]!.tags.has('Gerund') && !/ed$/.test(toks[e]!.normal))) e++;
      if (sp && sp.mention.type === 'PERSON') return null;
      end = e;
    }
  }
  // "A lawyer in X who represents the tenants said": a relative clause after the place goes along
  const relative = toks.slice(j + 2, end + 1).findIndex((t) => RELATIVE_AFTER_PLACE.has(t.normal));
  if (generic && end < limit && relative >= 0 && !toks.slice(j, end).some((t) => /[,;:]/.test(t.post))) {
    let e = end;
    while (e < limit && !reportingVerbAt(toks, e, limit) && !/[,;:.]/.test(toks[e - 1]!.post)) e++;
    if (e === limit || reportingVerbAt(toks, e, limit)) end = e;
  }
  const text = ctx.text.slice(toks[k]!.start, toks[end - 1]!.end).trim();
  return isGeneric ? { text, to: end, generic: true } : { text, to: end };
}

/** Relative words that open a clause an unnamed source takes along after its place ("A mother in X whose son …"). */
const RELATIVE_AFTER_PLACE: ReadonlySet<string> = new Set(['who', 'whose', 'that']);

/**
 * Any common noun as the head of an unnamed source (rules/anonymous-sources.ts): a plural, or a
 * singular after "a"/"one" opening the phrase at k; lower case, or capitalised only because it
 * opens the sentence; never a name, a pronoun, a number or a document.
 */
function commonHead(ctx: StatementContext, i: number, k: number, opened: boolean): boolean {
  const t = ctx.tokens[i];
  if (t && pluralReadAsVerb(ctx, i)) return !isCapitalised(t.text) || opensSentence(ctx, i);
  if (!t || !t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Verb') || t.tags.has('Adjective') || NOT_SOURCE_HEADS.has(t.normal)) return false;
  if (isCapitalised(t.text) && !(opensSentence(ctx, i) && !t.tags.has('ProperNoun'))) return false;
  if (spanStartingAt(ctx, i)) return false;
  // the head ends its noun phrase: "senior" in "a senior DRF officer" is no head
  const next = ctx.tokens[i + 1];
  if (next && !/[,;:]/.test(t.post) && (spanStartingAt(ctx, i + 1) || ANONYMOUS_HEADS.has(next.normal))) return false;
  return t.tags.has('Plural') || (opened && i > k);
}

/**
 * A plural the tagger reads as a present-tense verb ("Local guides said", "Guides, who …, said"): an
 * "-s" word right before the reporting verb or the comma of an aside, after an adjective or
 * opening the sentence. Two finite verbs cannot follow each other in a subject, so
 * there it is the noun.
 */
function pluralReadAsVerb(ctx: StatementContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.tags.has('Verb') || !t.tags.has('PresentTense') || !/[a-z]s$/.test(t.normal) || NOT_SOURCE_HEADS.has(t.normal)) return false;
  const prev = ctx.tokens[i - 1];
  if (!(opensSentence(ctx, i) || (prev && !/[,;:]/.test(prev.post) && prev.tags.has('Adjective')))) return false;
  return /,\s*$/.test(t.post) || !!reportingVerbAt(ctx.tokens, i + 1, ctx.tokens.length);
}

function opensSentence(ctx: StatementContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !prev || /[.!?]["”]?\s*$|\n/.test(prev.post);
}

/** A head noun of an unnamed source: a listed one, or any plural common noun after a number ("two villagers"). */
function isHead(ctx: StatementContext, j: number, counted: boolean): boolean {
  const t = ctx.tokens[j]!;
  return ANONYMOUS_HEADS.has(t.normal) || pluralHead(ctx, j, counted);
}

function pluralNoun(ctx: StatementContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && !isCapitalised(t.text) && t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun');
}

function pluralHead(ctx: StatementContext, j: number, counted: boolean): boolean {
  const t = ctx.tokens[j]!;
  return counted && !isCapitalised(t.text) && t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun');
}

function isDemonymAt(ctx: StatementContext, j: number): boolean {
  return ctx.body.spans.some((sp) => sp.from === j && sp.mention.demonym);
}
