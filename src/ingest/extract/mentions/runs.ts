import { ORG_HEADS, TITLE_HEADS } from '../gazetteer.js';
import { lexKey } from '../lexicon.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { PERSON_NOUNS } from '../rules/person-nouns.js';
import { wholeWord } from '../rules/word-sets.js';
import { isCapitalised, isDictionaryVerb, possessiveLength, type Sentence, type Token } from '../text.js';
import { reportingVerbAt } from '../verbs.js';
import { worldPlace } from '../world-places.js';
import { isKnownWord, type MentionContext } from './context.js';
import { memberRoleAfter } from './organizations.js';
import { isDictionaryWord } from './world-places.js';
import { orgNoun } from './organizations.js';
import { bareText, breaksAfter, breaksBefore, ellipticalPossessive, hasTag, isClauseInitial, runHead, runText } from './tokens.js';
import { AGENCY_FIELDS, COMMON_CAPITALISED, CONNECTORS, DETERMINERS, ELIDED_NAME_WORD, FOREIGN_CONNECTORS, HYPHEN_SUFFIXES, isNameArticle, MINISTRY_FIELDS, MONTHS, OPENING_PREPOSITIONS, PERSON_TAGS, PRONOUNS, WH_WORDS } from './words.js';

/**
 * Runs of capitalised words that may be names. A capitalised word opening a sentence counts only
 * with evidence (known, seen before, followed by another name or a reporting verb …), since every
 * sentence starts with a capital. Runs join over connectors ("Institute for the Study of War"),
 * "and" inside an organization's name, comma lists in a ministry's name and hyphenated syllables.
 */

/** Runs of capitalised words, joined by connectors ("Institute for the Study of War"), as token ranges [from, to). */
export function collectRuns(ctx: MentionContext, tokens: Token[], sentence: Sentence): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let k = sentence.from;
  while (k < sentence.to) {
    if (!nameLike(ctx, tokens, k, sentence)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < sentence.to) {
      const prev = tokens[end - 1]!;
      // "Ministry of Land, Infrastructure and Transport": a comma list inside an "of" name
      if (/^,\s+$/.test(prev.post) && commaListInName(ctx, tokens, k, end, sentence)) {
        end++;
        continue;
      }
      // "Audit, Reporting and Governance Authority": fields listed before the organization's head
      const headEnd = /^,\s+$/.test(prev.post) ? fieldListBeforeHead(ctx, tokens, k, end, sentence) : 0;
      if (headEnd) {
        end = headEnd;
        break;
      }
      // "Kim Min-ho", "Park Seo-jun", "Choi Eun-young": a lower-case syllable after a hyphen belongs to the name
      const cur = tokens[end]!;
      if (prev.post === '-' && end - k >= 2 && !cur.pre && cur.tags.has('Hyphenated') && /^\p{Ll}{1,5}$/u.test(cur.text) && !HYPHEN_SUFFIXES.has(cur.normal)) {
        end++;
        continue;
      }
      // "Transport & Environment", "Velm & Partners": an ampersand between capitalised words joins one name
      if (ampersandJoins(ctx, tokens, end - 1, sentence)) {
        end += 2;
        continue;
      }
      if (breaksAfter(prev)) break;
      // "United Nations Children's Fund" runs on over a possessive; "Russia's Foreign Ministry" does not
      if (possessiveLength(prev) && (isKnownWord(ctx, prev) || !isCapitalised(tokens[end]?.text ?? '') || !ORG_HEADS.has(runHead(tokens, end, sentence.to)))) break;
      const t = tokens[end]!;
      if (breaksBefore(t)) break;
      if (nameLike(ctx, tokens, end, sentence) || ELIDED_NAME_WORD.test(t.text)) {
        end++;
        continue;
      }
      // "Dar es Salaam": a lower-case word inside a city or region the world list knows as a whole
      const placeTo = worldPlaceAcrossParticle(tokens, k, end, sentence.to);
      if (placeTo) {
        end = placeTo;
        continue;
      }
      // connectors: "of", "for the", "von der" between two capitalised words
      let j = end;
      while (j < sentence.to && CONNECTORS.has(tokens[j]!.text) && !breaksAfter(tokens[j]!) && !breaksBefore(tokens[j]!)) j++;
      // "Party of Action and Solidarity", "Organization for Security and Co-operation": "and" inside an "of" name
      if (j === end && tokens[j]?.text === 'and' && j + 1 < sentence.to && !breaksAfter(tokens[j]!) && (isCapitalised(tokens[j + 1]!.text) || camelCased(tokens[j + 1]!.text))) {
        // "Bosnia and Herzegovina …": a known name with "and" in it
        const knownTo = knownAcrossAnd(ctx, tokens, k, j, sentence.to);
        if (knownTo) {
          end = knownTo;
          continue;
        }
        const run = tokens.slice(k, end);
        // "Kelby Water and Power (KWP)": an acronym after the name spells the words on both sides
        const spelled = spelledByAcronym(tokens, k, j, sentence);
        if (spelled > 0) {
          end = spelled;
          continue;
        }
        // ("University of X and Geoscience Norway": words ending in a country after "and" are a body of their own)
        const ownBody = bodyNamedWithCountry(ctx, tokens, j + 1, sentence);
        if (run.some((w) => w.text === 'of' || w.text === 'for' || w.text === 'to') && run.some((w) => ORG_HEADS.has(w.normal)) && !isListedWord(ctx, tokens[j + 1]!) && !ownBody) {
          end = j + 2;
          continue;
        }
        // "Independent Electoral and Boundaries Commission": the words after "and" end in an organization head
        // (a leading demonym or country belongs to such names: "Norwegian Water Resources and Energy Directorate",
        // "Norvia Chamber of Commerce and Industry")
        const rightHead = runHead(tokens, j + 1, sentence.to);
        // ("Vessa Environmental Protection and Development Group": a place the article named opens such a name too)
        const own = run.slice(Math.max(leadingCountry(ctx, run), leadingPlace(ctx, run)));
        if (ORG_HEADS.has(rightHead) && !own.some((w) => isKnownWord(ctx, w) || hasTag(w, ...PERSON_TAGS)) && !isKnownWord(ctx, tokens[j + 1]!) && !ownBody) {
          end = j + 2;
          continue;
        }
        // "Environment and Climate Change Canada": fields of a department, then its country
        if (run.every((w) => MINISTRY_FIELDS[w.normal] || MENTION_WORDS.departmentFields.has(w.normal))) {
          let e = j + 1;
          while (e + 1 < sentence.to && isCapitalised(tokens[e + 1]!.text) && !breaksAfter(tokens[e]!) && !breaksBefore(tokens[e + 1]!)) e++;
          if (e > j + 1 && ctx.lexicon.lookup(bareText(tokens[e]!))?.kind === 'country') {
            end = e + 1;
            continue;
          }
        }
      }
      if (j > end && j < sentence.to && j - end <= 2 && (nameLike(ctx, tokens, j, sentence) || ELIDED_NAME_WORD.test(tokens[j]!.text)) && !breaksBefore(tokens[j]!)) {
        end = j + 1;
        continue;
      }
      // "Fund to Fight X", "Committee to Protect X": an organization's head, "to" and a verb in capitals go on as one name
      const to = tokens[end]!;
      if (to.normal === 'to' && ORG_HEADS.has(prev.normal) && !breaksAfter(to) && end + 1 < sentence.to && isCapitalised(tokens[end + 1]!.text) && !breaksBefore(tokens[end + 1]!) && isDictionaryVerb(tokens[end + 1]!.text)) {
        end += 2;
        continue;
      }
      // "Agency for X and Free Access to Information": in a body's name with "for" or "of", a field noun "to" a field noun
      // (not a head "to" a name: "sent the X Commission to Vellmar" is where it went)
      const field = tokens[end + 1];
      if (to.normal === 'to' && !ORG_HEADS.has(prev.normal) && !breaksAfter(to) && field && end + 1 < sentence.to && isCapitalised(field.text) && !breaksBefore(field) && isDictionaryWord(field) && !ORG_HEADS.has(field.normal) && !isKnownWord(ctx, field)) {
        const run = tokens.slice(k, end);
        if (run.some((w) => ORG_HEADS.has(w.normal)) && run.some((w) => w.text === 'for' || w.text === 'of')) {
          end += 2;
          continue;
        }
      }
      // "X de Y en Z de la W (XYZW)", "X for Y and Z in W (XYZW)": the bracketed initials show where the name ends
      const spelledTo = spelledAcrossJoiners(tokens, k, end, sentence);
      if (spelledTo) {
        end = spelledTo;
        continue;
      }
      break;
    }
    runs.push([k, end]);
    k = end;
  }
  return runs;
}

/** The end of a name the lexicon knows that holds the "and" at `and` ("Antigua and Barbuda"), or 0. */
function knownAcrossAnd(ctx: MentionContext, tokens: Token[], from: number, and: number, limit: number): number {
  for (let a = Math.max(from, and - 2); a < and; a++) {
    for (let b = Math.min(limit, and + 3); b > and + 1; b--) {
      const words = tokens.slice(a, b);
      if (words.slice(0, -1).some((w) => breaksAfter(w) || possessiveLength(w))) continue;
      const text = runText(words);
      if (ctx.lexicon.lookup(text)) return b;
    }
  }
  return 0;
}

/**
 * The end of the capitalised words after the "and" at token j when the acronym in brackets right
 * after them is made of the initials of the run [from, j) and those words ("and" and connectors
 * left out); 0 otherwise.
 */
function spelledByAcronym(tokens: Token[], from: number, j: number, sentence: Sentence): number {
  let e = j + 1;
  while (e < sentence.to && e - j <= 4 && isCapitalised(tokens[e]!.text) && !tokens[e]!.pre.includes('(')) {
    const next = tokens[e + 1];
    if (next && next.pre.includes('(') && /^\p{Lu}{3,8}$/u.test(next.text)) {
      const words = [...tokens.slice(from, j), ...tokens.slice(j + 1, e + 1)].filter((w) => isCapitalised(w.text));
      const initials = words.map((w) => w.text[0]!.toUpperCase()).join('');
      return initials === next.text ? e + 1 : 0;
    }
    if (breaksAfter(tokens[e]!)) return 0;
    e++;
  }
  return 0;
}

/**
 * The end of a name that runs on from `at` over lower-case joiners (rules/mention-words.ts,
 * mention.words.acronym-joiners) and capitalised words to an acronym in brackets made of the
 * initials of all its capitalised words, or 0. Without the bracket "X in Y" is two names as often
 * as one; with it, the initials say the joiners belong to the name.
 */
function spelledAcrossJoiners(tokens: Token[], from: number, at: number, sentence: Sentence): number {
  for (let e = at; e < sentence.to && e - from < 14; e++) {
    const t = tokens[e]!;
    if (breaksBefore(t) || t.pre.includes('(')) return 0;
    if (isCapitalised(t.text)) {
      const next = tokens[e + 1];
      if (next && next.pre.includes('(') && /^\p{Lu}{3,8}$/u.test(next.text)) {
        const initials = tokens.slice(from, e + 1).filter((w) => isCapitalised(w.text)).map((w) => w.text[0]!.toUpperCase()).join('');
        return e > at && initials === next.text ? e + 1 : 0;
      }
    } else if (!MENTION_WORDS.acronymJoiners.has(t.normal) && !MENTION_WORDS.acronymJoiners.has(t.text)) return 0;
    if (breaksAfter(t)) return 0;
  }
  return 0;
}

/**
 * The end of a city or region of the world list (world-places.ts) that runs on over one or two
 * lower-case words at `at` ("Dar es Salaam"), or 0: such a word splits no name the list holds whole.
 */
function worldPlaceAcrossParticle(tokens: Token[], from: number, at: number, limit: number): number {
  let j = at;
  while (j < limit && j - at < 2 && /^\p{Ll}+$/u.test(tokens[j]!.text) && !breaksAfter(tokens[j]!)) j++;
  if (j === at || j >= limit || !isCapitalised(tokens[j]!.text) || breaksBefore(tokens[j]!)) return 0;
  for (let a = Math.max(from, at - 2); a < at; a++) {
    const words = tokens.slice(a, j + 1);
    if (words.slice(0, -1).some((w) => breaksAfter(w) || possessiveLength(w))) continue;
    if (worldPlace(runText(words))) return j + 1;
  }
  return 0;
}

/** How many words of a run a nationality or a country opens it with ("Norwegian …", "Sierra Leone …"), leaving at least one. */
function leadingCountry(ctx: MentionContext, run: Token[]): number {
  for (let n = Math.min(3, run.length - 1); n >= 1; n--) {
    const words = run.slice(0, n);
    if (words.some((w) => possessiveLength(w) || breaksAfter(w))) continue;
    const text = runText(words);
    if ((n === 1 && ctx.lexicon.demonym(text)) || ctx.lexicon.lookup(text)?.kind === 'country') return n;
  }
  return 0;
}

/** How many words of a run a place named earlier in the article opens it with ("Vessa …" after "in Vessa"), leaving at least one. */
function leadingPlace(ctx: MentionContext, run: Token[]): number {
  for (let n = Math.min(2, run.length - 1); n >= 1; n--) {
    const words = run.slice(0, n);
    if (words.some((w) => possessiveLength(w) || breaksAfter(w))) continue;
    const text = runText(words).trim();
    if (ctx.mentions.some((m) => m.type === 'PLACE' && !m.demonym && m.text === text)) return n;
  }
  return 0;
}

/**
 * Two or more capitalised words at `at` that end in a country, nothing breaking ("Geoscience
 * Norway", "Statistics Norway"): a body named with its country, so an "and" before it joins two
 * names, not two fields of one.
 */
function bodyNamedWithCountry(ctx: MentionContext, tokens: Token[], at: number, sentence: Sentence): boolean {
  let e = at;
  while (e + 1 < sentence.to && isCapitalised(tokens[e + 1]!.text) && !breaksAfter(tokens[e]!) && !breaksBefore(tokens[e + 1]!)) e++;
  if (e === at || !isCapitalised(tokens[at]!.text) || ctx.lexicon.lookup(bareText(tokens[at]!))) return false;
  return ctx.lexicon.lookup(bareText(tokens[e]!))?.kind === 'country';
}

/** A word written with a lower-case prefix before its capital ("eGovernment", "mHealth"): a word of a name. */
function camelCased(word: string): boolean {
  return /^\p{Ll}{1,2}\p{Lu}\p{Ll}+$/u.test(word);
}

/** A label before a colon, any case, after which a sentence's first word is a name ("Photo: X"). */
const NAME_LABELS = wholeWord(MENTION_WORDS.nameLabels, 'i');

function nameLike(ctx: MentionContext, tokens: Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  const acronym = /^\p{Lu}[\p{Lu}.\d&-]+$/u.test(t.text);
  if (!isCapitalised(t.text) && !acronym && !(camelCased(t.text) && !isClauseInitial(tokens, k, sentence))) return false;
  // "Our X, the state-owned operator,", "Save X Creek, the residents' group that …": a possessive or a verb opening a body's name
  if (opensBodyName(ctx, tokens, k, sentence)) return true;
  if ((PRONOUNS.has(t.normal) || WH_WORDS.has(t.normal)) && !acronym) return false;
  if (MONTHS.has(t.normal) || hasTag(t, 'Month', 'WeekDay') || (hasTag(t, 'Date') && !hasTag(t, 'ProperNoun'))) return false;
  if (COMMON_CAPITALISED.has(t.normal) && !ctx.lexicon.lookup(t.text)) return false;
  if (!isClauseInitial(tokens, k, sentence)) return true;
  // A capitalised word opening a sentence is a name only with some evidence.
  if (isNameArticle(t, tokens[k + 1])) return true;
  // "Parks Victoria said", "Police Scotland said": a field of public work before a place opens an agency's name
  if (AGENCY_FIELDS.has(t.normal) && !breaksAfter(t) && k + 1 < sentence.to && agencyPlaceAfter(ctx, tokens[k + 1]!)) return true;
  if (DETERMINERS.has(t.normal)) return false;
  if (acronym && t.text.length > 1) return true;
  // "X chief executive Y said": a word no dictionary holds, before a role only a body's people hold and a name (organizations.ts)
  if (!isDictionaryWord(t) && !ORG_HEADS.has(t.normal) && !TITLE_HEADS.has(t.normal) && memberRoleAfter(tokens, k, sentence)) return true;
  // "X's said": a possessive that owns no noun, right before a reporting verb, is a business's name (unknown-names.ts)
  if (ellipticalPossessive(tokens, k, k + 1) && reportingVerbAt(tokens, k + 1, sentence.to)) return true;
  // "Photo: State Emergency Service"
  const prev = tokens[k - 1];
  if (prev && k - 1 >= sentence.from && /:\s*$/.test(prev.post) && NAME_LABELS.test(prev.text)) return true;
  const word = bareText(t);
  if (ctx.lexicon.lookup(word) || ctx.lexicon.demonym(word) || ctx.seen.has(lexKey(word))) return true;
  // "Fingrid, the Finnish grid operator, said": a description of an organization after the comma
  if (/^,\s*$/.test(t.post) && k + 2 < sentence.to && DETERMINERS.has(tokens[k + 1]!.normal)) {
    for (let e = k + 2; e < Math.min(sentence.to, k + 8); e++) {
      // ", the Danish drugmaker that makes …,"
      if (orgNoun(tokens[e]) && MENTION_WORDS.clauseRelatives.has(tokens[e + 1]?.normal ?? '') && !/[,;:.!?]/.test(tokens[e]!.post)) return true;
      if (/[,;:.!?]/.test(tokens[e]!.post)) {
        if (orgNoun(tokens[e]) && !tokens.slice(k + 2, e + 1).some((w) => TITLE_HEADS.has(w.normal))) return true;
        // "X, the larger of the two distributors, said": any description closed right before a reporting verb
        if (/^,\s*$/.test(tokens[e]!.post) && reportingVerbAt(tokens, e + 1, sentence.to) && !hasTag(t, 'Verb', 'Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Adjective', 'Plural', 'Value')) return true;
        break;
      }
    }
  }
  // "X, the president, watched": a role of a person between commas after the word
  if (/^,\s*$/.test(t.post) && personDescribedAfter(tokens, k, sentence) && !hasTag(t, 'Verb', 'Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Adjective', 'Plural', 'Value')) return true;
  // "Bergen-based salmon exporter …": a place opening the sentence in a compound
  if (t.post === '-' && tokens[k + 1]?.normal === 'based' && !hasTag(t, 'Verb', 'Determiner', 'Pronoun')) return true;
  // "Co-author X said", "Ex-minister X": a short prefix of a compound opening the sentence is no name
  if (t.post === '-' && t.text.length <= 3 && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && !ctx.lexicon.lookup(bareText(t))) return false;
  // "Statistics Norway said", "Health Canada warned": a national agency opening the sentence
  if (AGENCY_FIELDS.has(t.normal) && k + 1 < sentence.to && !breaksAfter(t) && ctx.lexicon.lookup(bareText(tokens[k + 1]!))?.kind === 'country') return true;
  // "Environment and Climate Change Canada said": a department's fields opening the sentence
  if (MINISTRY_FIELDS[t.normal] && tokens[k + 1]?.text === 'and' && k + 2 < sentence.to && isCapitalised(tokens[k + 2]!.text) && !breaksAfter(t)) return true;
  // "Transport & Environment said": a word joined to a name by an ampersand opens it
  if (ampersandJoins(ctx, tokens, k, sentence)) return true;
  if (hasTag(t, 'Verb', 'Adverb', 'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord') || OPENING_PREPOSITIONS.has(t.normal)) return false;
  const next = tokens[k + 1];
  // "Chatterbox, which is owned by …, said": a relative clause right after the word describes a named thing
  if (/^,\s*$/.test(t.post) && next && MENTION_WORDS.nameRelatives.has(next.normal) && !hasTag(t, 'Plural', 'Adjective', 'Value')) return true;
  const joined = !!next && k + 1 < sentence.to && !breaksAfter(t) && !possessiveLength(t);
  // "State Emergency Service", "Rūta Vaitkutė, …", "Voltaris CEO …": followed by another capitalised word
  if (joined && isCapitalised(next.text) && !hasTag(t, 'Plural')) return true;
  // "Refinería del Pacífico said", "Cafetera del Quindío's chief executive": a foreign connector, then a capital
  const third = tokens[k + 2];
  if (joined && FOREIGN_CONNECTORS.has(next.text) && !breaksAfter(next) && !!third && k + 2 < sentence.to && (isCapitalised(third.text) || ELIDED_NAME_WORD.test(third.text)) && !hasTag(t, 'Plural')) return true;
  // "Zelensky said: …" — compromise may tag an unknown name opening a sentence as anything
  if (joined && reportingVerbAt(tokens, k + 1, sentence.to) && !hasTag(t, 'Plural')) return true;
  return hasTag(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Demonym', 'Honorific');
}

/**
 * An ampersand right after the capitalised word at `k`, then a capitalised word: one name ("X & Y",
 * "X & Partners"), unless a place stands on either side ("X & Scotland") or a first name opens a
 * person's name ends before it or a first name opens one after it ("Anna X & Tom Y").
 */
function ampersandJoins(ctx: MentionContext, tokens: Token[], k: number, sentence: Sentence): boolean {
  const [t, amp, next] = [tokens[k]!, tokens[k + 1], tokens[k + 2]];
  if (!amp || !next || k + 2 >= sentence.to || amp.text !== '&' || breaksAfter(t) || breaksAfter(amp) || breaksBefore(amp) || breaksBefore(next)) return false;
  if (!isCapitalised(t.text) || !isCapitalised(next.text)) return false;
  const place = (w: Token): boolean => ctx.lexicon.lookup(bareText(w))?.type === 'PLACE' || !!ctx.lexicon.demonym(bareText(w)) || hasTag(w, 'Place');
  const fullName = k > sentence.from && hasTag(tokens[k - 1]!, 'FirstName', 'MaleName', 'FemaleName') && !breaksAfter(tokens[k - 1]!);
  return !place(t) && !place(next) && !fullName && !hasTag(next, 'FirstName', 'MaleName', 'FemaleName');
}

/**
 * A capitalised possessive ("Our", "My") or a word the tagger reads as a verb ("Save", "Orient") that
 * opens a body's name: one to three capitalised words follow, and the whole is described as a body
 * right after it (", the state-owned operator,", ", a campaign group,") or the article named it so
 * before. Without such evidence the word opens a sentence, not a name.
 */
function opensBodyName(ctx: MentionContext, tokens: Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || breaksAfter(t) || possessiveLength(t) || DETERMINERS.has(t.normal)) return false;
  if (!MENTION_WORDS.nameOpeningPossessives.has(t.normal) && !(hasTag(t, 'Verb') && !hasTag(t, 'Auxiliary', 'Modal', 'Copula', 'PastTense', 'Gerund'))) return false;
  for (let e = k + 1; e < Math.min(sentence.to, k + 4); e++) {
    const w = tokens[e]!;
    if (!isCapitalised(w.text) || breaksBefore(w) || PRONOUNS.has(w.normal) || hasTag(w, ...PERSON_TAGS)) return false;
    if (ctx.seen.has(lexKey(runText(tokens.slice(k, e + 1)).trim())) && !possessiveLength(w)) return true;
    if (/^,\s*$/.test(w.post)) return bodyDescribedAfter(tokens, e, sentence);
    if (breaksAfter(w) || possessiveLength(w)) return false;
  }
  return false;
}

/**
 * After the name's last word and its comma: a description of a body, a determiner then a noun for
 * an organization as its head — before the closing punctuation, a relative word or a word that goes
 * on describing it (", the operator of the ship,", ", the group that …"). No title in it.
 */
export function bodyDescribedAfter(tokens: Token[], last: number, sentence: Sentence): boolean {
  if (!MENTION_WORDS.descriptionDeterminers.has(tokens[last + 1]?.normal ?? '') || last + 2 >= sentence.to) return false;
  for (let e = last + 2; e < Math.min(sentence.to, last + 9); e++) {
    const w = tokens[e]!;
    if (TITLE_HEADS.has(w.normal)) return false;
    const next = tokens[e + 1];
    const headEnds = /[,;:.!?]/.test(w.post) || !next || MENTION_WORDS.clauseRelatives.has(next.normal) || MENTION_WORDS.descriptionPostmodifiers.has(next.normal);
    if (orgNoun(w) && headEnds) return true;
    if (/[,;:.!?]/.test(w.post)) return false;
  }
  return false;
}

/**
 * After a word and its comma: a determiner, up to three words and a title or noun for a person that
 * no body is described with as well, closed by a comma (", the president,", ", the team's striker,").
 */
function personDescribedAfter(tokens: Token[], last: number, sentence: Sentence): boolean {
  if (!DETERMINERS.has(tokens[last + 1]?.normal ?? '')) return false;
  for (let e = last + 2; e < Math.min(sentence.to, last + 6); e++) {
    const w = tokens[e]!;
    if (isCapitalised(w.text) && !TITLE_HEADS.has(w.normal)) return false;
    if (/^,\s*$/.test(w.post)) return (TITLE_HEADS.has(w.normal) || PERSON_NOUNS.words.has(w.normal)) && !MENTION_WORDS.rolesBodiesHold.has(w.normal);
    if (/[;:.!?]/.test(w.post)) return false;
  }
  return false;
}

/**
 * At a ", " after tokens [from, end): fields of work listed before an organization's head word,
 * "Audit, Reporting and Governance Authority", "Conciliation, Mediation and Arbitration
 * Commission". Every item is one or two capitalised words no list knows, the list is closed by
 * "and", and the last item ends in an organization head. Returns the end of the name, or 0.
 */
function fieldListBeforeHead(ctx: MentionContext, tokens: Token[], from: number, end: number, sentence: Sentence): number {
  const plain = (t: Token | undefined): boolean => !!t && isCapitalised(t.text) && !isKnownWord(ctx, t) && !hasTag(t, ...PERSON_TAGS) && !DETERMINERS.has(t.normal) && !ORG_HEADS.has(t.normal) && !possessiveLength(t);
  if (end - from > 2 || !tokens.slice(from, end).every(plain)) return 0;
  let j = end;
  for (let items = 0; items < 6 && j < sentence.to; items++) {
    let n = 0;
    while (n < 2 && plain(tokens[j]) && !/[^\s]/.test(tokens[j]!.post)) {
      n++;
      j++;
    }
    if (n < 2 && plain(tokens[j]) && /^,\s+$/.test(tokens[j]!.post)) {
      j++;
      continue;
    }
    if (!n || tokens[j]?.text !== 'and') return 0;
    // the closing item: up to three capitalised words, the last an organization head
    let e = j + 1;
    while (e < sentence.to && e - j <= 3 && isCapitalised(tokens[e]!.text) && !ORG_HEADS.has(tokens[e]!.normal) && !breaksAfter(tokens[e]!)) e++;
    return e < sentence.to && ORG_HEADS.has(tokens[e]!.normal) ? e + 1 : 0;
  }
  return 0;
}

/**
 * At a ", " after tokens [from, end): does an enumeration inside an organization's "of" name go on?
 * "Ministry of Land, Infrastructure, Transport and Tourism": every item capitalised and unknown,
 * the list closed by "and" + a capitalised word, the run so far an organization head with "of".
 */
function commaListInName(ctx: MentionContext, tokens: Token[], from: number, end: number, sentence: Sentence): boolean {
  const run = tokens.slice(from, end);
  const ofAt = run.findIndex((w) => w.text === 'of' || w.text === 'for' || w.text === 'to');
  if (ofAt < 1 || !run.slice(0, ofAt).some((w) => ORG_HEADS.has(w.normal))) return false;
  let j = end;
  let items = 0;
  while (j < sentence.to && items < 8) {
    // one item: up to three capitalised words
    let n = 0;
    // (a word seen earlier in the article may be a field of this name too: "Malaria" of "Malaria Journal")
    while (j < sentence.to && n < 3 && isCapitalised(tokens[j]!.text) && !isListedWord(ctx, tokens[j]!) && !hasTag(tokens[j]!, ...PERSON_TAGS) && !DETERMINERS.has(tokens[j]!.normal)) {
      n++;
      j++;
      if (/[^\s]/.test(tokens[j - 1]!.post)) break;
    }
    if (!n) return false;
    items++;
    const post = tokens[j - 1]!.post;
    if (/^,\s+$/.test(post)) continue;
    if (/^\s+$/.test(post) && tokens[j]?.text === 'and') return j + 1 < sentence.to && isCapitalised(tokens[j + 1]!.text) && !isListedWord(ctx, tokens[j + 1]!);
    return false;
  }
  return false;
}

/** A word the lists know or the tagger reads as a person's or a place's (not merely one seen earlier in the article). */
function isListedWord(ctx: MentionContext, t: Token): boolean {
  const w = bareText(t);
  return !!(ctx.lexicon.lookup(w) || ctx.lexicon.demonym(w) || hasTag(t, 'Person', 'Place'));
}

/** A country, region or city the lists know, or one the tagger reads as such, right after a field word. */
function agencyPlaceAfter(ctx: MentionContext, t: Token): boolean {
  if (!isCapitalised(t.text)) return false;
  const hit = ctx.lexicon.lookup(bareText(t));
  return hit ? hit.type === 'PLACE' : !!worldPlace(bareText(t)) || hasTag(t, 'Country', 'Region', 'City');
}
