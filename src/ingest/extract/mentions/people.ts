import { FEMALE_ROLE_WORDS, HONORIFICS, MALE_ROLE_WORDS, ORG_HEADS, ROLE_MODIFIERS, TITLE_HEADS } from '../gazetteer.js';
import { lexKey } from '../lexicon.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { ROLE_FIELD_WORDS } from '../rules/role-fields.js';
import { alternation } from '../rules/word-sets.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';
import type { Mention } from '../types.js';
import { add, type FieldMentions, type MentionContext, peopleOfPlace } from './context.js';
import { PLACE_SUFFIX, placeKindOfWords } from './places.js';
import { bareText, breaksAfter, ellipticalPossessive, hasTag, isClauseInitial, isHonorific, opensWithArticle, runText } from './tokens.js';
import { unknownName } from './unknown-names.js';
import { DETERMINERS, ELIDED_NAME_WORD, FOREIGN_CONNECTORS, MINISTRY_FIELDS, NAME_PARTICLES, PERSON_TAGS } from './words.js';

/** "Catalan", "Flemish", "Bavarian": an adjective of a region or people (word set mention.words.adjective-endings). */
const REGION_ADJECTIVE = new RegExp(`^\\p{L}{3,}(?:${alternation(MENTION_WORDS.adjectiveEndings)})$`, 'u');

/**
 * People's names inside a run and the role written before them ("UK Defence Secretary X",
 * "Kremlin spokesman X"): where the name starts, honorifics and gendered role words, and the
 * country or organization the role belongs to (its qualifier).
 */

/**
 * How the caller reads capitalised words before a name that are not its role. Passed in rather
 * than imported: classify.ts reads runs and hands people here, so the imports stay one-way.
 */
type ReadRun = (ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence) => void;

/**
 * Where a person's name starts inside the run [from, to), or null when the run names no person.
 * "UK Defence Secretary John Healey" → index of "John"; "Vladimir Putin" → from.
 */
export function personNameStart(ctx: MentionContext, tokens: Token[], from: number, to: number): number | null {
  // "Minister for Climate and Energy X Y": the name after the portfolio's last field words
  const afterPortfolio = portfolioNameStart(tokens, from, to);
  if (afterPortfolio !== null) return afterPortfolio;
  let k = to;
  while (k > from) {
    const w = tokens[k - 1]!;
    // a role word the tagger took into the name ("Justice Clodagh Brennan", "Energy Darragh Moran") with two name words after it
    const roleBeforeName = ROLE_MODIFIERS.has(w.normal) && to - k >= 2;
    if (TITLE_HEADS.has(w.normal) || (ROLE_MODIFIERS.has(w.normal) && !hasTag(w, ...PERSON_TAGS)) || roleBeforeName || ORG_HEADS.has(w.normal)) break;
    if (ctx.lexicon.lookup(bareText(w))?.type === 'PLACE' || ctx.lexicon.lookup(bareText(w))?.type === 'ORGANIZATION') break;
    if (ctx.lexicon.demonym(bareText(w))) break;
    if (isHonorific(w)) break;
    k--;
  }
  if (k === to) return null;
  const name = tokens.slice(k, to);
  const personish = name.some((w) => hasTag(w, ...PERSON_TAGS)) || ctx.lexicon.lookup(name.map((w) => w.text).join(' '))?.type === 'PERSON';
  const titled = k > from && (TITLE_HEADS.has(tokens[k - 1]!.normal) || isHonorific(tokens[k - 1]!));
  if (name.some((w) => ORG_HEADS.has(w.normal)) || name.every((w) => NAME_PARTICLES.has(w.normal))) return null;
  // "Al-X" with no given name before it: a body's name (unknown-names.ts), not a person's
  if (opensWithArticle(name)) return null;
  // "Solomon Islanders": the people of a place the lists know, a group, never one person
  if (peopleOfPlace(ctx, name)) return null;
  // "Hurricane X", "World X": a storm's or a body's name, never a person's (unknown-names.ts)
  if (k === from && (MENTION_WORDS.stormWords.has(name[0]!.normal) || MENTION_WORDS.bodyOpeners.has(name[0]!.normal))) return null;
  // "sold at X's in Paris": a business named after its founder (unknown-names.ts)
  if (k === from && ellipticalPossessive(tokens, k, to) && !ctx.lexicon.lookup(bareText(name[0]!))) return null;
  // a name opens with a capital or a surname's particle, never a preposition: "Directorate General of X" names no person
  if (!isCapitalised(name[0]!.text) && !NAME_PARTICLES.has(name[0]!.normal)) return null;
  // "Refinería del Pacífico", "Commission de Surveillance du Secteur …": with another language's connector
  // inside, a name is a person's only when its first word is one ("Joost van Dam", "Luiz Inácio Lula da Silva")
  const joinedAbroad = name.slice(1, -1).some((w) => FOREIGN_CONNECTORS.has(w.text)) || name.some((w) => ELIDED_NAME_WORD.test(w.text));
  // ("Val d'X", "Rivière du X": a word that opens places' names abroad is no given name, whatever the tagger says)
  if (joinedAbroad && ((!titled && !hasTag(name[0]!, ...PERSON_TAGS)) || MENTION_WORDS.placeOpenersAbroad.has(name[0]!.normal))) return null;
  if (personish || titled) return k;
  // untagged capitalised pair right after a lower-case title: "spokesman Dmitry Peskov"
  const before = tokens[from - 1];
  if (k === from && before && TITLE_HEADS.has(before.normal) && !breaksAfter(before)) return k;
  return null;
}

/** A person mention with the role written before it ("UK Defence Secretary", "Kremlin spokesman"). */
export function person(ctx: MentionContext, out: FieldMentions, tokens: Token[], runFrom: number, nameFromIn: number, to: number, sentence: Sentence, readRest: ReadRun): void {
  let nameFrom = nameFromIn;
  let nameStart = nameFrom;
  let gender: 'male' | 'female' | undefined;
  while (nameStart < to - 1 && isHonorific(tokens[nameStart]!)) {
    gender = HONORIFICS[tokens[nameStart]!.normal] ?? gender;
    nameStart++;
  }
  // honorifics written before the name ("Mr Healey") give gender and are not a role
  while (nameFrom > runFrom && isHonorific(tokens[nameFrom - 1]!)) {
    gender = HONORIFICS[tokens[nameFrom - 1]!.normal] ?? gender;
    nameFrom--;
  }
  const first = tokens[nameStart]!;
  if (first.tags.has('FemaleName')) gender = 'female';
  else if (first.tags.has('MaleName')) gender = 'male';

  // Role: capitalised words before the name inside the run, then lower-case role words before the run.
  let j = runFrom - 1;
  // extend left over lower-case role words and qualifier names ("Kremlin", "Russian", "Ukraine's")
  while (j >= sentence.from) {
    const w = tokens[j]!;
    if (breaksAfter(w) && !possessiveLength(w)) break;
    if (TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal) && !DETERMINERS.has(w.normal) && w.normal !== 'of') {
      j--;
      continue;
    }
    if (isCapitalised(w.text) && !isClauseInitial(tokens, j, sentence) && !DETERMINERS.has(w.normal)) {
      j--;
      continue;
    }
    if (isCapitalised(w.text) && isClauseInitial(tokens, j, sentence) && (ctx.lexicon.lookup(bareText(w)) || ctx.lexicon.demonym(bareText(w)) || (ctx.seen.has(lexKey(bareText(w))) && !hasTag(w, ...PERSON_TAGS)))) {
      j--;
      continue;
    }
    break;
  }
  const k = j + 1;
  // the role must hold a title word
  const roleTokens = tokens.slice(k, nameFrom);
  const headAt = roleTokens.map((w) => TITLE_HEADS.has(w.normal)).lastIndexOf(true);
  let role: Mention['role'];
  if (headAt >= 0) {
    const roleWords = roleTokens;
    // qualifier: leading known place / organization / demonym / possessive name
    let q = 0;
    let of: number | undefined;
    const qualifierEnd = qualifier(ctx, out, tokens, k, nameFrom);
    if (qualifierEnd !== null) {
      of = qualifierEnd.mention;
      q = qualifierEnd.to - k;
    }
    const textOf = (ws: Token[]): string => ws.map((w, n) => w.text + (n < ws.length - 1 ? w.post : '')).join('').trim();
    const roleText = out.analysis.text.slice(tokens[k]!.start, roleWords[roleWords.length - 1]!.end).trim();
    const title = textOf(roleWords.slice(q)).replace(/^(?:of|for)\s+/, '');
    role = { text: roleText, title: title || roleText, ...(of !== undefined ? { of } : {}) };
    for (const w of roleWords) {
      if (FEMALE_ROLE_WORDS.has(w.normal)) gender = 'female';
      if (MALE_ROLE_WORDS.has(w.normal)) gender = 'male';
    }
  } else if (nameFrom > runFrom) {
    // capitalised words before the name that are not a role: classify them on their own
    readRest(ctx, out, tokens, runFrom, nameFrom, sentence);
  }
  add(ctx, out, tokens, nameStart, to, 'PERSON', 'mention.person.name', { ...(role ? { role, rules: ['mention.role.before-name'] } : {}), ...(gender ? { gender } : {}) });
}

/** The leading qualifier of a role [from, to): a known place or organization, a demonym, a possessive name. Adds its mention. */
function qualifier(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number): { mention: number; to: number } | null {
  // a name already found there ("Russian Foreign Ministry spokeswoman")
  const found = out.spans.filter((sp) => sp.from === from && sp.to <= to && sp.mention.type !== 'PERSON').sort((a, b) => b.to - a.to)[0];
  if (found) return { mention: found.mention.index, to: found.to };
  // "Kharkiv Oblast Governor": a place with its administrative word
  for (let n = Math.min(4, to - from - 1); n >= 2; n--) {
    const last = tokens[from + n - 1]!;
    if (PLACE_SUFFIX[last.normal] && tokens.slice(from, from + n).every((w) => isCapitalised(w.text))) {
      const m = add(ctx, out, tokens, from, from + n, 'PLACE', 'mention.role.qualifier', { kindHint: PLACE_SUFFIX[last.normal] });
      return { mention: m.mention.index, to: from + n };
    }
  }
  for (let n = Math.min(ctx.lexicon.maxWords, to - from); n >= 1; n--) {
    const sub = tokens.slice(from, from + n);
    const last = sub[n - 1]!;
    const subText = runText(sub).trim();
    const hit = ctx.lexicon.lookup(subText);
    if (hit) {
      const existing = out.spans.find((s) => s.from === from && s.to === from + n);
      const kind = hit.kind ?? (hit.type === 'PLACE' ? placeKindOfWords(sub) : undefined);
      const m = existing ?? add(ctx, out, tokens, from, from + n, hit.type, 'mention.role.qualifier', { canonical: hit.canonical, ...(kind ? { kindHint: kind } : {}) });
      return { mention: m.mention.index, to: from + n };
    }
    if (n === 1) {
      const country = ctx.lexicon.demonym(subText);
      if (country) {
        const m = add(ctx, out, tokens, from, from + 1, 'PLACE', 'mention.role.qualifier', { demonym: true, canonical: country, kindHint: 'country' });
        return { mention: m.mention.index, to: from + 1 };
      }
      if (possessiveLength(last) && isCapitalised(last.text)) {
        const m = add(ctx, out, tokens, from, from + 1, null, 'mention.role.qualifier');
        return { mention: m.mention.index, to: from + 1 };
      }
    }
  }
  // an unknown name before the title: "Naftogaz CEO", "Commission spokesperson", "Kharkiv Oblast Governor"
  let e = from;
  while (e < to && isCapitalised(tokens[e]!.text) && !TITLE_HEADS.has(tokens[e]!.normal) && !ROLE_MODIFIERS.has(tokens[e]!.normal)) e++;
  // "Competition Commissioner", "Privacy Commissioner": a field of work, not an organization
  // "Catalan Universities Minister", "Flemish Culture Minister": a region's adjective before a field
  const regionAdjective = (w: Token): boolean => REGION_ADJECTIVE.test(w.normal) && !ctx.lexicon.lookup(w.text);
  const fields = tokens.slice(from, e);
  const allFields = fields.every(fieldWord) || (fields.length > 0 && regionAdjective(fields[0]!) && fields.slice(1).every(fieldWord) && (fields.length >= 2 || ROLE_MODIFIERS.has(tokens[e]?.normal ?? '')));
  // (a name typed before as itself opens a name, not a field: "Competition" after the firm "Competition" said)
  if (e > from && e - from <= 3 && allFields && !ctx.mentions.some((m) => m.type !== null && lexKey(m.text) === lexKey(tokens[from]!.text))) return null;
  if (e > from && e < to) {
    unknownName(ctx, out, tokens, from, e);
    const m = out.spans.find((sp) => sp.from === from && sp.to === e);
    if (m) {
      m.mention.type ??= 'ORGANIZATION';
      return { mention: m.mention.index, to: e };
    }
  }
  return null;
}

/** A word naming the field of a portfolio or an office: "Competition Commissioner", "Minister for Energy". */
function fieldWord(w: Token): boolean {
  return !!MINISTRY_FIELDS[w.normal] || ROLE_FIELD_WORDS.words.has(w.normal) || MENTION_WORDS.titleFields.has(w.normal) || /^\p{Lu}\p{Ll}+(?:tion|ment|ity|ance|ence|ism|ships?)$/u.test(w.text);
}

/**
 * How many field words open the run at `from` when they end a title's portfolio written with "for"
 * or "of" before the run ("Minister for Climate and | Energy X Y", "Secretary of State for | Health
 * X Y"): one or two, or 0.
 */
function portfolioFieldsAt(tokens: Token[], from: number, to: number): number {
  let n = 0;
  while (n < 2 && from + n < to && fieldWord(tokens[from + n]!) && !breaksAfter(tokens[from + n]!)) n++;
  if (!n) return 0;
  // back over "for", or "and" and the fields before it, to the title
  let j = from - 1;
  for (let steps = 0; j >= 0 && steps < 6; steps++, j--) {
    const t = tokens[j]!;
    if (breaksAfter(t) && j < from - 1) return 0;
    if ((t.normal === 'for' || t.normal === 'of') && j > 0 && TITLE_HEADS.has(tokens[j - 1]!.normal)) return n;
    // the portfolio's earlier fields: any capitalised words ("for Climate and")
    if (!(t.normal === 'and' || fieldWord(t) || isCapitalised(t.text))) return 0;
  }
  return 0;
}

/**
 * Where a person's name of two or more capitalised words starts after a title's portfolio inside
 * or right before the run [from, to) ("Minister for Climate and Energy X Y" → X), or null.
 */
export function portfolioNameStart(tokens: Token[], from: number, to: number): number | null {
  for (let p = from; p + 2 < to; p++) {
    const fields = portfolioFieldsAt(tokens, p, to);
    if (fields && to - (p + fields) >= 2 && tokens.slice(p + fields, to).every((w) => isCapitalised(w.text) && !ORG_HEADS.has(w.normal) && !TITLE_HEADS.has(w.normal))) return p + fields;
  }
  return null;
}

