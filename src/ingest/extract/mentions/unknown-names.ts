import type { EntityType } from '../../contract.js';
import { ORG_HEADS, ROLE_MODIFIERS, TITLE_HEADS } from '../gazetteer.js';
import type { MentionRuleId } from '../rules/mention-rules.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { alternation } from '../rules/word-sets.js';
import { PERSON_NOUNS } from '../rules/person-nouns.js';
import { PLACE_NOUNS_BEFORE_OF } from '../rules/world-places.js';
import { isCapitalised, possessiveLength, type Token } from '../text.js';
import { acronymAfter, add, type FieldMentions, type MentionContext, peopleOfPlace } from './context.js';
import { ORG_TYPE_KIND, ORG_TYPE_NOUNS, orgNoun as orgNounOf } from './organizations.js';
import { islandStory, placeKindOfWords } from './places.js';
import { breaksAfter, ellipticalPossessive, endsInRiverBank, hasTag, isHonorific, opensWithArticle } from './tokens.js';
import { CONNECTORS, ELIDED_NAME_WORD, FOREIGN_CONNECTORS, PERSON_TAGS, PLACE_PREPOSITIONS } from './words.js';

/**
 * A stretch of capitalised words no list knows: typed by an organization noun before it, the
 * tagger's tags, a bank word, "-based", a settlement or place word, or a place preposition, else
 * left untyped for resolution to decide.
 */

/** "Baltic", "Nordic": an adjective of a region or people. */
const ADJECTIVE_ENDING = new RegExp(`(?:${alternation(MENTION_WORDS.adjectiveEndings)})$`);
/** "Banco X", "Rabobank": a bank word, or a longer word ending in one. */
const BANK_WORD = new RegExp(`^(?:${alternation(MENTION_WORDS.bankWords)})$|.{3,}(?:${alternation(MENTION_WORDS.bankEndings)})$`, 'i');

export function unknownName(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, acronym?: string): void {
  const before = tokens[from - 1];
  // "the battery maker X", "the power exchange X", "the mobile networks X and Y": a lower-case noun for a body right before (not "the group's X")
  const orgNoun = !!before && !breaksAfter(before) && !possessiveLength(before) && (ORG_TYPE_NOUNS.has(before.normal) || !!orgNounOf(before) || !!orgNounOf({ ...before, normal: before.normal.replace(/s$/, '') }));
  while (from < to && CONNECTORS.has(tokens[from]!.text)) from++;
  if (from >= to) return;
  const words = tokens.slice(from, to);
  // Lone role words ("President", "Defence Secretary") are not names.
  // (nor an honorific cut from its name by its full stop: "Dr." of "Dr. X Y")
  if (words.every((w) => TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal) || isHonorific(w))) return;
  // nor is a place's head word alone, cut from a title or a longer name ("District Collector X", "… October City")
  if (words.length === 1 && (MENTION_WORDS.regionWords.has(words[0]!.normal) || MENTION_WORDS.settlementNouns.has(words[0]!.normal))) return;
  // A lone adjective before a common noun ("Baltic states", "Nordic countries", "Arctic shipping") names nothing.
  const after = tokens[to];
  const only = words[0]!;
  if (words.length === 1 && !orgNoun && ADJECTIVE_ENDING.test(only.normal) && !hasTag(only, ...PERSON_TAGS) && after && !breaksAfter(only) && !isCapitalised(after.text) && after.tags.has('Noun') && !after.tags.has('Verb')) return;
  // "Solomon Islanders": a place's people, a group (people.ts)
  if (peopleOfPlace(ctx, words)) return;
  // "Hurricane X": a storm is an event, no entity (left untyped, and "X" alone elsewhere with it: extract.ts)
  if (words.length > 1 && MENTION_WORDS.stormWords.has(words[0]!.normal)) {
    add(ctx, out, tokens, from, to, null, 'mention.unknown.untyped', { occasion: words.slice(1).map((w) => w.text).join(' ') });
    return;
  }
  let type: EntityType | null = null;
  let kindHint: string | undefined;
  let rule: MentionRuleId = 'mention.unknown.untyped';
  const last = words[words.length - 1]!;
  // "House of X": a chamber or a house of business, never a place
  const houseOf = words.length > 2 && MENTION_WORDS.ofBodyOpeners.has(words[0]!.normal) && words[1]!.text === 'of';
  if (orgNoun || houseOf || (words.some((w) => hasTag(w, 'Organization')) && (words.length > 1 || hasTag(last, 'Acronym')) && !endsInRiverBank(words)) || (ORG_HEADS.has(last.normal) && !endsInRiverBank(words))) {
    [type, rule] = ['ORGANIZATION', 'mention.unknown.organization-tag'];
    if (orgNoun && ORG_TYPE_KIND[before!.normal]) kindHint = ORG_TYPE_KIND[before!.normal];
  }
  // "Itaú Unibanco", "Rabobank", "Banco Santander": a bank word inside the name
  else if (words.some((w) => BANK_WORD.test(w.normal)) && !endsInRiverBank(words)) [type, kindHint, rule] = ['ORGANIZATION', 'bank', 'mention.unknown.bank-word'];
  // "Bane NOR", "PGB Metaal": a word in capitals beside another name is a company's acronym, which people's names do not hold
  // (not in a stretch a known word cut from a longer run, "ICE Futures" of "ICE Futures US": where that name ends is unsure)
  else if (words.length > 1 && words.some(isAcronymWord) && !words.some((w) => hasTag(w, 'Honorific') || TITLE_HEADS.has(w.normal)) && !(after && isCapitalised(after.text) && !breaksAfter(last))) [type, rule] = ['ORGANIZATION', 'mention.unknown.acronym-word'];
  // "X North Bank": a river's bank is a place
  else if (endsInRiverBank(words)) [type, rule] = ['PLACE', 'mention.unknown.place-word'];
  // "Nairobi-based": a place a company or group is based in
  else if (last.post === '-' && tokens[to]?.normal === 'based' && !tokens[to]!.pre) [type, kindHint, rule] = ['PLACE', 'city', 'mention.unknown.based-in'];
  // "Lac La Biche", "Fort McMurray", "Port Hedland": a settlement named with its geographic word
  else if (words.length > 1 && MENTION_WORDS.settlementWords.has(words[0]!.normal) && !words.some((w) => hasTag(w, ...PERSON_TAGS) && !hasTag(w, 'Place'))) [type, kindHint, rule] = ['PLACE', 'city', 'mention.unknown.settlement-word'];
  // (not a city's name as a first name before a surname no list knows: "Milan X" after "its director," is a person)
  else if (placeKindOfWords(words) && !cityAsFirstName(words)) [type, kindHint, rule] = ['PLACE', placeKindOfWords(words), 'mention.unknown.place-word'];
  else if (words.some((w) => hasTag(w, 'Place')) && !cityAsFirstName(words)) [type, rule] = ['PLACE', 'mention.unknown.place-tag'];
  // "sold at X's in Paris", "X's said": the possessive owns nothing, so it is part of a business's name
  else if (ellipticalPossessive(tokens, from, to)) [type, rule] = ['ORGANIZATION', 'mention.unknown.possessive-business'];
  // "World X", "Global X": an international body's name, unless an occasion's ("World X Cup")
  else if (words.length > 1 && MENTION_WORDS.bodyOpeners.has(words[0]!.normal) && !MENTION_WORDS.occasionHeads.has(last.normal)) [type, rule] = ['ORGANIZATION', 'mention.unknown.body-opener'];
  // "Al-X" alone: a family name opens with an article only after a given name (people.ts)
  else if (opensWithArticle(words) && !placeKindOfWords(words)) [type, rule] = ['ORGANIZATION', 'mention.unknown.article-name'];
  // "Val d'X", "Rivière du X": a word that opens places' names abroad, then a connector of that language
  else if (words.length > 2 && MENTION_WORDS.placeOpenersAbroad.has(words[0]!.normal) && (words.slice(1, -1).some((w) => FOREIGN_CONNECTORS.has(w.text)) || words.slice(1).some((w) => ELIDED_NAME_WORD.test(w.text)))) [type, rule] = ['PLACE', 'mention.unknown.place-opener-abroad'];
  else if (words.length === 2 && MENTION_WORDS.placeOpenersAbroad.has(words[0]!.normal) && ELIDED_NAME_WORD.test(words[1]!.text)) [type, rule] = ['PLACE', 'mention.unknown.place-opener-abroad'];
  // (a person's name is never written after "the": "the Vell Aurora" is a ship, a valley or a body)
  else if (words.some((w) => hasTag(w, ...PERSON_TAGS)) && !(before?.normal === 'the' && !breaksAfter(before))) [type, rule] = ['PERSON', 'mention.unknown.person-tag'];
  // "midfielder X Y", "challenger X Y", "compatriot X Y": a name of two or three words right after a noun for a person
  else if (afterPersonNoun(tokens, from, words)) [type, rule] = ['PERSON', 'mention.person.after-person-noun'];
  // "Ethiopia's X Y": a name of two or three words after a country's possessive
  else if (afterCountryPossessive(ctx, tokens, from, to, words)) [type, rule] = ['PERSON', 'mention.person.after-country-possessive'];
  // (not a title written with its own "The": "published in The X" is a journal)
  // (not one word that qualifies the lower-case noun after it: "in Soviet times")
  else if (from > 0 && PLACE_PREPOSITIONS.has(tokens[from - 1]!.normal) && words[0]!.text !== 'The' && !qualifiesNoun(tokens, to, words)) [type, rule] = ['PLACE', 'mention.unknown.after-place-preposition'];
  else if (inPlaceContext(ctx, tokens, from, to, words)) [type, rule] = ['PLACE', 'mention.unknown.place-context'];
  else if (natureSubject(tokens, from, to, words)) [type, rule] = ['PLACE', 'mention.unknown.nature-subject'];
  // "X Y ng Z (XYZ)": the initials of its capitalised words in brackets after it; no one's name has them
  else if (acronym && spelledBy(words, acronym)) [type, rule] = ['ORGANIZATION', 'mention.unknown.spelled-acronym'];
  const personTagged = words.some((w) => hasTag(w, ...PERSON_TAGS));
  const canonical = rule === 'mention.unknown.possessive-business' ? only.text.replace(/’/g, "'") : undefined;
  const m = add(ctx, out, tokens, from, to, type, rule, { ...(kindHint ? { kindHint } : {}), ...(personTagged ? { personTagged } : {}), ...(canonical ? { canonical } : {}) });
  acronymAfter(ctx, out, tokens, to, m, acronym);
}

/** One word right before a lower-case noun, nothing between: it qualifies the noun ("Soviet times"), no place of its own. */
function qualifiesNoun(tokens: Token[], to: number, words: readonly Token[]): boolean {
  const next = tokens[to];
  const last = words[words.length - 1]!;
  return words.length === 1 && !!next && next.sentence === last.sentence && !breaksAfter(last) && !possessiveLength(last) && !isCapitalised(next.text) && (hasTag(next, 'Noun') || hasTag(next, 'Plural') || /s$/.test(next.normal)) && !hasTag(next, 'Preposition', 'Pronoun', 'Determiner', 'Adverb', 'PastTense');
}

/** Two or more capital letters and nothing else, not a Roman numeral ("Charles III"). */
function isAcronymWord(t: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(t.text) && !/^[IVXLC]+$/.test(t.text);
}

/** Two words, the first one the tagger reads as a city and the second no place at all: a first name and a surname more often than a place ("Milan X"). */
function cityAsFirstName(words: readonly Token[]): boolean {
  return words.length === 2 && hasTag(words[0]!, 'City') && !hasTag(words[1]!, 'Place', 'City', 'Region', 'Country') && !MENTION_WORDS.settlementNouns.has(words[1]!.normal);
}

/**
 * Right after a lower-case noun for a person (rules/person-nouns.ts: "midfielder", "challenger",
 * "compatriot"), a name of two or three capitalised words no tag makes a place or a body.
 */
function afterPersonNoun(tokens: Token[], from: number, words: readonly Token[]): boolean {
  const before = tokens[from - 1];
  if (!before || words.length < 2 || words.length > 3 || breaksAfter(before) || isCapitalised(before.text)) return false;
  if (!PERSON_NOUNS.words.has(before.normal)) return false;
  return personNameShape(words);
}

/** Capitalised words no tag makes a place or a body, a connector of another language inside ("X do Y"). */
function personNameShape(words: readonly Token[]): boolean {
  return words.every((w, n) => (isCapitalised(w.text) ? !hasTag(w, 'Place', 'Organization', 'Acronym') && !ORG_HEADS.has(w.normal) && !TITLE_HEADS.has(w.normal) : n > 0 && n < words.length - 1 && FOREIGN_CONNECTORS.has(w.text)));
}

/**
 * "Ethiopia's X Y", "Kenya's X Y": a name of two or three words after a country's possessive that
 * qualifies no noun after it ("Kenya's X Valley region" is no person) is a person's.
 */
function afterCountryPossessive(ctx: MentionContext, tokens: Token[], from: number, to: number, words: readonly Token[]): boolean {
  const before = tokens[from - 1];
  if (!before || words.length < 2 || words.length > 3 || breaksAfter(before) || !possessiveLength(before)) return false;
  if (ctx.lexicon.lookup(before.text.replace(/['’]s$/, ''))?.kind !== 'country') return false;
  const last = words[words.length - 1]!;
  const next = tokens[to];
  if (next && next.sentence === last.sentence && !breaksAfter(last) && !isCapitalised(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb')) return false;
  return personNameShape(words) && !possessiveLength(last);
}

/**
 * "at X, on the south coast", "towards X", "through the X", "from X, who …", "the northern X": a
 * name of up to three words after a preposition of place or movement, with or without "the", or
 * after "the" and a compass adjective, that qualifies no noun after it ("at the X plant" is a firm's
 * as often as a place's), goes on past no lower-case connector ("the X de Y"), is no acronym,
 * possessive or occasion ("in the X Drought") and is not the short form of a body's name written in
 * full ("at X" after "X University Hospital").
 */
function inPlaceContext(ctx: MentionContext, tokens: Token[], from: number, to: number, words: readonly Token[]): boolean {
  // (not a run joined by "on" or "for": "X on Y" is two places, "X for Y" a body)
  if (words.length > 3 || words[0]!.text === 'The' || words.some((w) => w.text === 'on' || w.text === 'for')) return false;
  if (words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || hasTag(w, 'Honorific'))) return false;
  const last = words[words.length - 1]!;
  if (possessiveLength(last) || (words.length === 1 && isAcronymWord(last)) || MENTION_WORDS.occasionHeads.has(last.normal)) return false;
  if (words.length === 1 && [...MENTION_WORDS.bodyCompoundEndings].some((e) => last.normal.length > e.length + 2 && last.normal.endsWith(e))) return false;
  const next = tokens[to] && tokens[to]!.sentence === last.sentence && !breaksAfter(last) ? tokens[to] : undefined;
  if (next && !isCapitalised(next.text) && (continuesName(tokens, to) || (hasTag(next, 'Noun') && !hasTag(next, 'Preposition')))) return false;
  let k = from - 1;
  if (k >= 0 && tokens[k]!.normal === 'the' && !breaksAfter(tokens[k]!)) k--;
  const withThe = k === from - 2;
  // "the northern X", "the upper X": a part of a place, whatever comes before
  const part = from >= 2 && MENTION_WORDS.compassAdjectives.has(tokens[from - 1]!.normal) && tokens[from - 2]!.normal === 'the' && !breaksAfter(tokens[from - 1]!) && !breaksAfter(tokens[from - 2]!);
  if (!part) {
    const prep = k >= 0 ? tokens[k]! : undefined;
    if (!prep || breaksAfter(prep) || prep.sentence !== words[0]!.sentence) return false;
    const origin = MENTION_WORDS.originPrepositions.has(prep.normal);
    // "the hamlets of X", "the mayor of X"
    const noun = prep.normal === 'of' && k === from - 1 && k > 0 ? tokens[k - 1]! : undefined;
    const ofPlace = !!noun && !breaksAfter(noun) && PLACE_NOUNS_BEFORE_OF.has(noun.normal);
    // "next to the X", "close to X": "to" as a preposition of place
    const near = prep.normal === 'to' && k > 0 && MENTION_WORDS.nearnessWords.has(tokens[k - 1]!.normal) && !breaksAfter(tokens[k - 1]!);
    // "a teacher on X, who …", "roads on X and …": "on" after a noun of who lives or what stands somewhere
    const on = prep.normal === 'on' && k > 0 && MENTION_WORDS.onPlaceNouns.has(tokens[k - 1]!.normal) && !breaksAfter(tokens[k - 1]!);
    // "meetings on X and six outer islands", "installed on X, Y and Z": in a story of islands, "on X" is one of them
    const onIsland = prep.normal === 'on' && !on && !withThe && islandStory(tokens);
    if (onIsland) return !ctx.mentions.some((m) => m.type !== 'PLACE' && m.type !== null && m.text === words.map((w) => w.text).join(' '));
    if (!origin && !ofPlace && !near && !on && !MENTION_WORDS.placeContextPrepositions.has(prep.normal)) return false;
    if (on && next && !hasTag(next, 'Preposition', 'Conjunction')) return false;
    // "from X, who …", "from the X." — not "competition from X and Y"
    if (origin && next && !hasTag(next, 'Preposition')) return false;
  }
  // a short form: "at X" after "X University Hospital" or "Y X" (a body or a name nothing typed), "in the X" after "the X National Park" (not "the hamlet of X" after "the X glacier")
  const text = words.map((w) => w.text).join(' ');
  return !ctx.mentions.some(
    (m) => ((m.type === 'ORGANIZATION' || m.type === null) && (m.text.startsWith(`${text} `) || m.text.endsWith(` ${text}`))) || (m.type === 'PLACE' && withThe && m.text.startsWith(`${text} `) && m.otherForm !== text),
  );
}

/**
 * "as the X warmed", "the X burst its banks": one or two capitalised words nothing else types, after
 * "the" and right before a verb of what nature does (mention.words.nature-verbs) — a river, a range,
 * a glacier; a body does not warm or burst.
 */
function natureSubject(tokens: Token[], from: number, to: number, words: readonly Token[]): boolean {
  const the = tokens[from - 1];
  const verb = tokens[to];
  if (words.length > 2 || !the || the.normal !== 'the' || breaksAfter(the) || !verb || verb.sentence !== the.sentence) return false;
  if (breaksAfter(words[words.length - 1]!) || possessiveLength(words[words.length - 1]!) || words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || isAcronymWord(w))) return false;
  return MENTION_WORDS.natureVerbs.has(verb.normal);
}

/** "the X de Y", "the X a Y": a lower-case connector of another language and a capital after it go on with the name. */
function continuesName(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  const after = tokens[at + 1];
  return FOREIGN_CONNECTORS.has(t.text) || (MENTION_WORDS.nameJoiners.has(t.text) && !!after && isCapitalised(after.text) && !breaksAfter(t));
}

/** Two or more capitalised words whose initials, in order, are the acronym. */
function spelledBy(words: readonly Token[], acronym: string): boolean {
  const capitals = words.filter((w) => isCapitalised(w.text));
  return capitals.length >= 2 && capitals.map((w) => w.text[0]!.toUpperCase()).join('') === acronym;
}
