import { FIRM_HEADS, ORG_HEADS, ORG_KIND_BY_HEAD, ROLE_MODIFIERS, TITLE_HEADS } from '../gazetteer.js';
import { lexKey } from '../lexicon.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { PERSON_NOUNS } from '../rules/person-nouns.js';
import { SPEAKER_PRONOUN_RULES } from '../rules/speaker-pronouns.js';
import { reportingVerbAt } from '../verbs.js';
import { NUMBERED_PLACES, PLACE_HEAD_INDEX } from '../rules/place-heads.js';
import { alternation, wholeWord } from '../rules/word-sets.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';
import type { Mention } from '../types.js';
import { acronymAfter, add, type FieldMentions, type MentionContext } from './context.js';
import { person, personNameStart, portfolioNameStart } from './people.js';
import { compassRegion, competitionName, coordinatedPlural, listedAfterPlace, occasionName, PLACE_SUFFIX, placeKindOfWords, siteName } from './places.js';
import { bareText, breaksAfter, endsInRiverBank, hasTag, isClauseInitial, isHonorific, runText } from './tokens.js';
import { unknownName } from './unknown-names.js';
import { PLACE_WORDS_BEFORE } from '../rules/world-places.js';
import { worldPlace } from '../world-places.js';
import { worldPlaceRun } from './world-places.js';
import { AGENCY_FIELDS, CONNECTORS, CURRENCY_WORDS, DETERMINERS, ELIDED_NAME_WORD, FOREIGN_CONNECTORS, isNameArticle, MINISTRY_FIELDS, NAME_PARTICLES, PERSON_TAGS, PLACE_PREPOSITIONS, STYLES_AFTER_THE } from './words.js';

/**
 * Splits a run of capitalised words into the mentions it holds and types each: a person with the
 * organization they are "of", places by their administrative or lower-case head word, caption
 * credits, known names, demonyms, national agencies, airlines, organizations by a head word, people
 * by their name words, and what is left as known sub-names and unknown stretches.
 */

/** "County of X", "Regional Municipality of X": a unit named by its administrative word and "of" (any case, any spaces); "Town of X" is a city. */
const UNIT_OF = new RegExp(`^(?:${alternation(MENTION_WORDS.unitsNamedWithOf).replace(/ /g, '\\s+')})\\s+of\\s+\\p{Lu}`, 'iu');
const CITY_UNIT = new RegExp(`^(?:${alternation(MENTION_WORDS.cityUnits)})`, 'i');

/** Split a run into the mentions it holds. */
export function classifyRun(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence): void {
  // Leading "The" belongs to no name ("An Post" keeps its "An": words.ts isNameArticle), unless it
  // is written with a capital inside a sentence of the body: "told The Orvale Herald" names a title
  // that holds it (a headline's capitals prove nothing)
  while (from < to - 1 && DETERMINERS.has(tokens[from]!.normal) && !isNameArticle(tokens[from]!, tokens[from + 1]) && !ownArticle(out, tokens, from, sentence)) from++;
  while (from < to && DETERMINERS.has(tokens[from]!.normal) && to - from === 1) from++;
  // Trailing connectors never end a name.
  while (to > from && CONNECTORS.has(tokens[to - 1]!.text)) to--;
  if (from >= to) return;
  // "Kavita Rao of the Indian National Congress": a person, then the organization they belong to
  if (personOfOrganization(ctx, out, tokens, from, to, sentence)) return;
  // "the Mayor of Greater X": a title of a place with no one's name is no name; the place after it is
  const titledPlace = titleOfPlace(ctx, tokens, from, to);
  if (titledPlace) {
    classifyRun(ctx, out, tokens, titledPlace, to, sentence);
    return;
  }
  const words = tokens.slice(from, to);
  const text = runText(words).trim();
  // "the US dollar", "Egyptian pounds", "a Liberian-flagged tanker": a country or its demonym before a
  // currency or a flag names the currency or the ship's registry, not the country
  const nextTok = tokens[to];
  const flagged = nextTok?.normal === 'flagged' && tokens[to - 1]!.post === '-';
  const currency = !!nextTok && CURRENCY_WORDS.has(nextTok.normal) && !breaksAfter(tokens[to - 1]!);
  if ((flagged || currency) && (ctx.lexicon.lookup(text)?.type === 'PLACE' || ctx.lexicon.demonym(text))) return;
  // "the London Marathon": London, and no entity for the race
  if (competitionName(tokens, from, to) || occasionName(ctx, out, tokens, from, to)) return;
  // "the Tarsk Space Center": a site, whatever organization word it holds
  if (siteName(ctx, out, tokens, from, to)) return;
  // "Mexico City", "Kuwait City"
  if (words.length > 1 && words[words.length - 1]!.normal === 'city' && !words.some((w) => ORG_HEADS.has(w.normal))) {
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.city-suffix', { kindHint: 'city' });
    return;
  }
  const after = tokens[to];
  const inParens = !!after && after.pre.includes('(') && after.post.startsWith(')');
  const acronym =
    inParens && (/^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(after.text) || (/^\p{Lu}[\p{L}\d&.-]{2,14}$/u.test(after.text) && to - from > 1 && words.some((w) => ORG_HEADS.has(w.normal))))
      ? after.text
      : undefined;

  // "The X Municipality said", "the City of X's council": the municipal body that acts, not the place
  if (municipalBody(tokens, from, to, sentence)) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.municipal-body', { kindHint: 'government' });
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // "Kharkiv Oblast", "Donetsk Region": a place with its administrative word
  const lastWord = words[words.length - 1]!;
  // "District 7", "Route 23": a head and its number
  const numbered = NUMBERED_PLACES.heads[lastWord.normal];
  if (numbered && !breaksAfter(lastWord) && /^\d{1,4}$/.test(tokens[to]?.text ?? '') && tokens[to]!.sentence === lastWord.sentence && !words.some((w) => ORG_HEADS.has(w.normal))) {
    add(ctx, out, tokens, from, to + 1, 'PLACE', 'mention.place.admin-suffix', { kindHint: numbered, rules: [NUMBERED_PLACES.id] });
    return;
  }
  // (not after a surname's particle: "Joost van Dam" is a person)
  if (words.length > 1 && PLACE_SUFFIX[lastWord.normal] && !words.some((w) => ORG_HEADS.has(w.normal)) && !NAME_PARTICLES.has(words[words.length - 2]!.normal)) {
    const head = PLACE_HEAD_INDEX.get(lastWord.normal);
    const otherForm = head?.rule.otherForm ? runText(tokens.slice(from, to - 1)).trim() : undefined;
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.admin-suffix', { kindHint: PLACE_SUFFIX[lastWord.normal], ...(head ? { rules: [head.rule.id] } : {}), ...(otherForm ? { otherForm } : {}) });
    return;
  }
  // "Kyivskyi district", "the Nemunas river", "the Zaporizhzhia direction"
  const nextWord = tokens[to];
  const lowerHead = nextWord && !isCapitalised(nextWord.text) ? PLACE_HEAD_INDEX.get(nextWord.normal) : undefined;
  // (not a nationality: "the Norvian province of X" names X, not a province of its own)
  if (lowerHead && !breaksAfter(tokens[to - 1]!) && !possessiveLength(tokens[to - 1]!) && !ctx.lexicon.lookup(text) && !ctx.lexicon.demonym(text) && !(lowerHead.rule.wordsOnly && /^[\p{Lu}\d\s-]+$/u.test(text))) {
    const otherForm = lowerHead.rule.otherForm ? (lowerHead.rule.keep ? text : `${text} ${capitalise(nextWord!.normal)}`) : undefined;
    add(ctx, out, tokens, from, lowerHead.rule.keep ? to + 1 : to, 'PLACE', 'mention.place.lower-noun', { kindHint: lowerHead.kind, rules: [lowerHead.rule.id], ...(otherForm ? { otherForm } : {}) });
    return;
  }
  // "the Vardo and Olsk regions": each a unit named in full
  if (coordinatedPlural(ctx, out, tokens, from, to, text)) return;
  // caption credits: "Photo: Getty Images", "video by the Foreign Ministry"
  if (out.field === 'caption' && afterCredit(tokens, from, sentence) && !ctx.lexicon.lookup(text)) {
    const head = ORG_KIND_BY_HEAD[lastWord.normal];
    add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.caption.credit', { kindHint: head ?? 'media' });
    return;
  }
  // Whole run known ("United Kingdom", "Kremlin", an author).
  const hit = ctx.lexicon.lookup(text);
  if (hit?.type === 'PERSON') {
    // a known person: still read the role written before the name
    person(ctx, out, tokens, from, from, to, sentence, classifyRun);
    return;
  }
  if (hit) {
    // a known name without a kind still gets the one the text gives, as an unknown name would: the
    // kind must not depend on whether an earlier article taught the name (issue 10, order independence)
    const kind = hit.kind ?? (hit.type === 'PLACE' ? placeKindOfWords(words) : undefined);
    const m = add(ctx, out, tokens, from, to, hit.type, 'mention.known.whole-run', { canonical: hit.canonical, ...(kind ? { kindHint: kind } : {}) });
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // "near Hagen", "the towns of Zafferana Etnea", "Western Australia": a city or region of the world list
  if (worldPlaceRun(ctx, out, tokens, from, to, sentence, text)) return;
  // A single demonym ("Russian", "British").
  if (to - from === 1) {
    const country = ctx.lexicon.demonym(text);
    if (country) {
      add(ctx, out, tokens, from, to, 'PLACE', 'mention.demonym', { demonym: true, canonical: country, kindHint: 'country' });
      return;
    }
  }
  // "Regional Municipality of Wood Buffalo", "County of Kent", "Town of Hay River": an administrative unit named with "of"
  const unit = UNIT_OF.exec(text);
  // (not with a title inside: "Regional Municipality of X Mayor Y Z" is a person with their office)
  if (unit && !words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal))) {
    const kind = CITY_UNIT.test(text) ? 'city' : /^district/i.test(text) ? 'district' : 'region';
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.administrative-unit', { kindHint: kind });
    return;
  }
  // "Health Canada", "Statistics Norway": a national agency named by its field and its country
  // ("Parks Victoria", "Elections Nova Scotia", "Transport for X": a state's or region's too)
  if (agencyOfPlace(ctx, words)) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.national-agency', { kindHint: 'government' });
    // "(TfGM)": initials in mixed case, "for" included
    const initials = words.map((w) => w.text[0]).join('').toLowerCase();
    acronymAfter(ctx, out, tokens, to, m, acronym ?? (inParens && after!.text.toLowerCase() === initials ? after!.text : undefined));
    return;
  }
  // "the trail in Jasper": a lone unknown name right after "in"/"near" is a place, even when it is also a first name
  const before = tokens[from - 1];
  if (words.length === 1 && before && from > sentence.from && MENTION_WORDS.loneNamePrepositions.has(before.normal) && !breaksAfter(before) && !possessiveLength(lastWord) && !hasTag(lastWord, 'LastName', 'Honorific', 'Organization') && !ctx.seen.has(lexKey(lastWord.text))) {
    const kind = placeKindOfWords(words);
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.after-preposition', kind ? { kindHint: kind } : {});
    return;
  }
  // "in Florø and Tessnes": a later item of a list of places
  if (listedAfterPlace(ctx, out, tokens, from, to, sentence)) return;
  // "Air Lumen", "Air Austral", "Lumen Air": an airline brand (never "Air Force", "Air Marshal …")
  if (words.length >= 2 && words.length <= 3 && (words[0]!.normal === 'air' || (words.length === 2 && words[1]!.text === 'Air' && !possessiveLength(words[1]!))) && !words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal))) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.airline', { kindHint: 'company' });
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // "Environment and Climate Change Canada": a government department named by its fields and its country
  const andAt = words.findIndex((w) => w.text === 'and');
  if (andAt > 0 && MINISTRY_FIELDS[words[0]!.normal] && ctx.lexicon.lookup(bareText(lastWord))?.type === 'PLACE' && ctx.lexicon.lookup(bareText(lastWord))?.kind === 'country') {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.department-fields', { kindHint: 'government' });
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // "in Santa Cruz de Tenerife", "near Marcy-l'Étoile", "in the Salar de Atacama": a place by its context
  if (particlePlace(tokens, from, to, sentence)) {
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.particle-name', {});
    return;
  }
  // Organizations: a head word anywhere in the run ("Ukraine Defence Contact Group", "Institute for …").
  // (a head the tagger reads as a name still counts before a connector: "Commission de Surveillance …", "Instituto de …")
  const orgHead = endsInRiverBank(words) ? -1 : words.findIndex((w, n) => ORG_HEADS.has(w.normal) && (!hasTag(w, 'Person') || (n + 2 < words.length && CONNECTORS.has(words[n + 1]!.text))));
  // a person's name is never written after "the" ("the Salar de Orvita", "the Val Ferret"), whatever the tagger says
  const personStart = afterThe(tokens, from, sentence) ? null : personNameStart(ctx, tokens, from, to);
  if (orgHead >= 0 && personStart === null) {
    // "X Shipping of <city>": the firm, and the place it is based in
    const ofAt = orgHead + 1;
    if (FIRM_HEADS.has(words[orgHead]!.normal) && words[ofAt]?.text === 'of' && ofAt + 1 < words.length && isPlaceName(ctx, runText(words.slice(ofAt + 1)).trim())) {
      const m = add(ctx, out, tokens, from, from + ofAt, 'ORGANIZATION', 'mention.org.head-word', { kindHint: 'company' });
      acronymAfter(ctx, out, tokens, to, m, acronym);
      classifyRun(ctx, out, tokens, from + ofAt + 1, to, sentence);
      // the pair as an apposition: the firm is the subject of a verb after the place
      if (m) out.appositions.push({ person: m.mention.index, from, to });
      return;
    }
    const head = words[orgHead]!.normal;
    const kind = MENTION_WORDS.electoralHeads.has(head) && words.some((w) => MENTION_WORDS.electoralWords.has(w.normal)) ? 'electoral authority' : ORG_KIND_BY_HEAD[head] ?? (/contact group/i.test(text) ? 'intergovernmental' : undefined);
    // "India's Ministry of Environment, Forest and Climate Change" → "… of India" (the written name stays an alias)
    const extra: Partial<Mention> = kind ? { kindHint: kind } : {};
    const q = tokens[from - 1];
    if (head === 'ministry' && orgHead === 0 && words[1]?.text === 'of' && q && possessiveLength(q) && !breaksAfter(q) && !/\bof\s+(the\s+)?\p{Lu}/u.test(text.slice(text.indexOf(' of ') + 4))) {
      const sp = out.spans.find((x) => x.to === from && x.possessive && x.mention.type === 'PLACE' && x.mention.kindHint === 'country');
      if (sp) extra.canonical = `${text} of ${sp.mention.canonical ?? sp.mention.text}`;
    }
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.head-word', extra);
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  if (personStart !== null) {
    person(ctx, out, tokens, from, personStart, to, sentence, classifyRun);
    // "Minister for Climate and Energy X Y": the name after the portfolio's last fields
    const named = portfolioNameStart(tokens, from, to) === personStart ? out.spans.find((sp) => sp.from === personStart && sp.to === to) : undefined;
    if (named) (named.mention.rules ??= []).push('mention.person.after-portfolio');
    return;
  }
  // "Kelby Water and Power (KWP)": the bracketed initials make the words on both sides of "and" one name
  if (acronym && words.some((w) => w.text === 'and') && words.filter((w) => isCapitalised(w.text)).map((w) => w.text[0]!.toUpperCase()).join('') === acronym) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.spelled-acronym', {});
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  if (compassRegion(ctx, out, tokens, from, to)) return;
  // A country after words no list knows, in one run, names a body of that country (a firm, a national branch).
  if (bodyOfCountry(ctx, words)) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.name-and-country', {});
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // "X Norvia said it …": a word read as a first name or an adjective, then a country, that speaks of itself as "it"
  if (speakingBodyOfCountry(ctx, tokens, from, to, sentence)) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.name-and-country-speaks', {});
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // A country or nationality, then an organization's name or words no list knows: that country's body.
  if (countryThenBody(ctx, words)) {
    const m = add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.org.country-and-name', {});
    acronymAfter(ctx, out, tokens, to, m, acronym);
    return;
  }
  // Mixed runs: longest known sub-names, then what is left by compromise's tags.
  let k = from;
  while (k < to) {
    let matched = 0;
    for (let n = Math.min(ctx.lexicon.maxWords, to - k); n >= 1; n--) {
      const sub = tokens.slice(k, k + n);
      const subText = runText(sub).trim();
      const h = ctx.lexicon.lookup(subText);
      if (h) {
        const kind = h.kind ?? (h.type === 'PLACE' ? placeKindOfWords(sub) : undefined);
        const m = add(ctx, out, tokens, k, k + n, h.type, 'mention.known.sub-name', { canonical: h.canonical, ...(kind ? { kindHint: kind } : {}) });
        if (k + n === to) acronymAfter(ctx, out, tokens, to, m, acronym);
        matched = n;
        break;
      }
      if (n === 1) {
        const country = ctx.lexicon.demonym(subText);
        if (country) {
          add(ctx, out, tokens, k, k + 1, 'PLACE', 'mention.demonym', { demonym: true, canonical: country, kindHint: 'country' });
          matched = 1;
        }
      }
    }
    if (matched) {
      k += matched;
      continue;
    }
    // unknown stretch up to the next known sub-name
    let e = k + 1;
    while (e < to && !startsKnown(ctx, tokens, e, to)) e++;
    while (e > k && CONNECTORS.has(tokens[e - 1]!.text)) e--;
    if (e > k) unknownName(ctx, out, tokens, k, e, e === to ? acronym : undefined);
    k = Math.max(e, k + 1);
  }
}

/**
 * "Kavita Rao of the Indian National Congress", "Kim Min-ho of the Democratic Party": a person's
 * name, "of", and an organization. Adds both (the pair as an apposition, so the person is the
 * subject of a verb after it) and returns true; false when the run is not of that shape.
 */
function personOfOrganization(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
  // a title or honorific before the name is the person's, not part of the name: "Ambassador Ana Lopes of Fiji"
  let nameFrom = from;
  while (nameFrom < to - 1 && (isHonorific(tokens[nameFrom]!) || TITLE_HEADS.has(tokens[nameFrom]!.normal))) nameFrom++;
  const ofAt = tokens.slice(nameFrom, to).findIndex((w, n) => n >= 2 && n <= 4 && w.text === 'of');
  if (ofAt < 0) return false;
  const c = nameFrom + ofAt;
  const name = tokens.slice(nameFrom, c);
  if (name.some((w) => !isCapitalised(w.text) && !w.tags.has('Hyphenated'))) return false;
  if (name.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal) || CONNECTORS.has(w.text) || ctx.lexicon.lookup(bareText(w)) || ctx.lexicon.demonym(bareText(w)) || hasTag(w, 'Place'))) return false;
  // a name the tagger does not know is a person's after a lower-case title or noun for a person ("legislator X Y of the Z Party")
  const before = tokens[from - 1];
  const personNoun = !!before && before.sentence === tokens[from]!.sentence && !isCapitalised(before.text) && !breaksAfter(before) && (TITLE_HEADS.has(before.normal) || PERSON_NOUNS.words.has(before.normal));
  // (or a title or honorific inside the run before it: "Ambassador X Y of Z")
  if (!name.some((w) => hasTag(w, ...PERSON_TAGS)) && !((personNoun || nameFrom > from) && name.length <= 3)) return false;
  let orgFrom = c + 1;
  while (orgFrom < to && DETERMINERS.has(tokens[orgFrom]!.normal)) orgFrom++;
  const org = tokens.slice(orgFrom, to);
  if (!org.length) return false;
  const orgText = runText(org).trim();
  const known = ctx.lexicon.lookup(orgText);
  // "… of the Democratic Party", "… of Fiji": what a person is "of" is an organization or a known place
  if (!(org.some((w) => ORG_HEADS.has(w.normal)) || known?.type === 'ORGANIZATION' || known?.type === 'PLACE' || /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(orgText))) return false;
  person(ctx, out, tokens, from, nameFrom, c, sentence, classifyRun);
  const p = out.spans.find((sp) => sp.from <= nameFrom + 1 && sp.to === c && sp.mention.type === 'PERSON');
  classifyRun(ctx, out, tokens, orgFrom, to, sentence);
  if (p) out.appositions.push({ person: p.mention.index, from: p.from, to });
  return true;
}

/** Where the place starts in a run "<title> of [the] <place>" ("Mayor of Greater X") whose place the lists know, else 0. */
function titleOfPlace(ctx: MentionContext, tokens: Token[], from: number, to: number): number {
  if (to - from < 3 || !TITLE_HEADS.has(tokens[from]!.normal) || tokens[from + 1]!.text !== 'of' || breaksAfter(tokens[from]!)) return 0;
  const at = tokens[from + 2]!.normal === 'the' && to - from > 3 ? from + 3 : from + 2;
  const place = runText(tokens.slice(at, to)).trim();
  const hit = ctx.lexicon.lookup(place);
  const words = tokens.slice(at, to);
  return (hit ? hit.type === 'PLACE' : !!worldPlace(place) || (!!placeKindOfWords(words) && !words.some((w) => ORG_HEADS.has(w.normal) || hasTag(w, ...PERSON_TAGS)))) ? at : 0;
}

/**
 * A name joined by another language's connector or elided article ("Santa Cruz de Tenerife",
 * "Marcy-l'Étoile") right after a place preposition, "the" allowed between: a place. Such a name
 * after "by", "from" or "to" may as well be a person's or a firm's, and an organization or title
 * word in it makes it no place.
 */
function particlePlace(tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
  const words = tokens.slice(from, to);
  if (words.length < 2 || !words.every((w) => isCapitalised(w.text) || CONNECTORS.has(w.text) || ELIDED_NAME_WORD.test(w.text))) return false;
  const joined = words.slice(1, -1).some((w) => FOREIGN_CONNECTORS.has(w.text)) || words.slice(1).some((w) => ELIDED_NAME_WORD.test(w.text));
  if (!joined || words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || isHonorific(w) || possessiveLength(w))) return false;
  let j = from - 1;
  if (j > sentence.from && tokens[j]!.normal === 'the' && !breaksAfter(tokens[j]!)) j--;
  return j >= sentence.from && j < from && PLACE_PREPOSITIONS.has(tokens[j]!.normal) && !breaksAfter(tokens[j]!);
}

/**
 * A municipality named as such ("X Municipality", "X Metropolitan Municipality", "City
 * Municipality of X", "City of X") where it acts: right before a verb or as a possessive ("the
 * City of X's council"), or after "according to". Written before a title ("… of X Mayor Y") or
 * after a place preposition it is the place, as the conventions have it.
 */
function municipalBody(tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
  const words = tokens.slice(from, to);
  const named = words.some((w) => w.normal === 'municipality' && isCapitalised(w.text)) || (words.length >= 3 && words[0]!.text === 'City' && words[1]!.text === 'of');
  if (!named || words.some((w) => TITLE_HEADS.has(w.normal))) return false;
  let j = from - 1;
  if (j > sentence.from && tokens[j]!.normal === 'the') j--;
  if (j > sentence.from && tokens[j]!.normal === 'to' && tokens[j - 1]!.normal === 'according') return true;
  // "Officials in the Regional Municipality of X said": where they are, the place
  if (j >= sentence.from && PLACE_WORDS_BEFORE.has(tokens[j]!.normal)) return false;
  const last = tokens[to - 1]!;
  const next = tokens[to];
  if (possessiveLength(last)) return true;
  return !!next && next.sentence === last.sentence && !breaksAfter(last) && hasTag(next, 'Verb') && !TITLE_HEADS.has(next.normal);
}

/** A place the lexicon or the world list of cities and regions knows. */
function isPlaceName(ctx: MentionContext, text: string): boolean {
  const hit = ctx.lexicon.lookup(text);
  return hit ? hit.type === 'PLACE' : !!worldPlace(text);
}

function startsKnown(ctx: MentionContext, tokens: Token[], k: number, to: number): boolean {
  for (let n = Math.min(ctx.lexicon.maxWords, to - k); n >= 1; n--) {
    const sub = tokens.slice(k, k + n);
    const subText = runText(sub).trim();
    if (ctx.lexicon.lookup(subText)) return true;
  }
  return !!ctx.lexicon.demonym(bareText(tokens[k]!));
}

/** A capitalised "The" inside a body sentence, not opening it or a quote: part of the name after it. */
function ownArticle(out: FieldMentions, tokens: Token[], at: number, sentence: Sentence): boolean {
  return out.field === 'body' && tokens[at]!.text === 'The' && !isClauseInitial(tokens, at, sentence) && !breaksAfter(tokens[at]!);
}

/** The name at `from` follows "the" (a title or honorific opening it aside: "the Rev X" is a person). */
export function afterThe(tokens: Token[], from: number, sentence: Sentence): boolean {
  const t = tokens[from]!;
  return from > sentence.from && tokens[from - 1]!.normal === 'the' && !breaksAfter(tokens[from - 1]!) && !isHonorific(t) && !hasTag(t, 'Honorific') && !STYLES_AFTER_THE.has(t.normal) && !TITLE_HEADS.has(t.normal) && !ROLE_MODIFIERS.has(t.normal);
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** "Photo: X", "Source: X", "video by X": labels and media nouns, any case, before a caption's credit. */
const CREDIT_LABELS = wholeWord(MENTION_WORDS.creditLabels, 'i');
const CREDIT_MEDIA = wholeWord(MENTION_WORDS.creditMedia, 'i');

function afterCredit(tokens: Token[], from: number, sentence: Sentence): boolean {
  let j = from - 1;
  if (j >= sentence.from && DETERMINERS.has(tokens[j]!.normal)) j--;
  if (j < sentence.from) return false;
  const t = tokens[j]!;
  return (CREDIT_LABELS.test(t.text) && /:\s*$/.test(t.post)) || (t.normal === 'by' && j > sentence.from && CREDIT_MEDIA.test(tokens[j - 1]!.text));
}

/**
 * A run of one or two words no list knows, then a country ("Airtel Norvia", "Tourism Norvia"): an
 * organization of that country, not a word and a place. None of the first words may be a first
 * name or surname, a place, a nationality, a title, a role, a date, a number or an adjective, so
 * "Zain Jordan" (a first name) and "Western Kenya" stay as they were.
 */
function bodyOfCountry(ctx: MentionContext, words: Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1]!;
  const country = ctx.lexicon.lookup(bareText(last));
  if (country?.type !== 'PLACE' || country.kind !== 'country') return false;
  // a field word ("Energy", "Transport") is a role's only before a title: "X Energy Y" with no title is a body's name
  const untitled = !words.some((w) => TITLE_HEADS.has(w.normal));
  return words.slice(0, -1).every((w) => unlistedNameWord(ctx, w, untitled));
}

/** What a body that speaks calls itself right after its reporting verb ("said it", "said its"; rules/speaker-pronouns.ts). */
const BODY_PRONOUNS = new Set(SPEAKER_PRONOUN_RULES.filter((r) => r.type === 'ORGANIZATION').flatMap((r) => r.pronouns));

/**
 * One capitalised word, then a country, right before a reporting verb and "it" or "its" ("X Norvia
 * said it had …"), or such a run the article typed so before: a body of that country, though the
 * word is also a first name or an adjective, which `bodyOfCountry` refuses. A person's name never
 * ends in a country and is never "it".
 */
function speakingBodyOfCountry(ctx: MentionContext, tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
  if (to - from !== 2) return false;
  const [first, last] = [tokens[from]!, tokens[to - 1]!];
  if (breaksAfter(first) || possessiveLength(first) || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  if (ctx.lexicon.lookup(bareText(last))?.kind !== 'country' || ctx.lexicon.lookup(first.text) || ctx.lexicon.demonym(first.text)) return false;
  if (TITLE_HEADS.has(first.normal) || ROLE_MODIFIERS.has(first.normal) || ORG_HEADS.has(first.normal) || isHonorific(first) || hasTag(first, 'Place', 'Demonym', 'Date', 'Value', 'Month', 'WeekDay')) return false;
  if (ctx.seen.has(lexKey(runText(tokens.slice(from, to)).trim()))) return true;
  if (breaksAfter(last)) return false;
  const verb = reportingVerbAt(tokens, to, sentence.to);
  return !!verb && BODY_PRONOUNS.has(tokens[verb.to]?.normal ?? '');
}

/**
 * A country or its nationality, then a known organization ("Norvian Red Cross") or one or two
 * words no list knows after a country ("Norvia Fruct"; an acronym after a nationality, "Norvian
 * TV"): the body of that country, as
 * the conventions name it, not a place and a stray name. The words after the country pass the
 * test of `bodyOfCountry`, so "Norvia President X" or "Norvian Anna" stay as they were.
 */
function countryThenBody(ctx: MentionContext, words: Token[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n);
    if (lead.some((w) => possessiveLength(w) || breaksAfter(w))) continue;
    const leadText = runText(lead);
    const demonym = n === 1 && !!ctx.lexicon.demonym(leadText);
    const leadKind = ctx.lexicon.lookup(leadText)?.kind;
    // ("Pacific X Fisheries", "Pacific Community": an ocean names the bodies of the lands around it as a country does)
    if (!demonym && leadKind !== 'country' && !(leadKind === 'ocean' && MENTION_WORDS.oceanBodyEndings.has(words[words.length - 1]!.normal))) continue;
    const rest = words.slice(n);
    const restText = runText(rest);
    if (ctx.lexicon.lookup(restText)?.type === 'ORGANIZATION') return true;
    // "Norvian Red Cross": words the tagger reads as an organization's after a nationality (a person's name it reads as one)
    if (demonym && rest.length >= 2 && rest.every((w) => hasTag(w, 'Organization') && !hasTag(w, ...PERSON_TAGS) && !ctx.lexicon.lookup(bareText(w)))) return true;
    // after a nationality only an acronym: "Norvian Anna" or "Norvian Kell" is a person described
    const untitled = !words.some((w) => TITLE_HEADS.has(w.normal));
    return rest.length <= 2 && rest.every((w) => unlistedNameWord(ctx, w, untitled) && (!demonym || /^\p{Lu}{2,}$/u.test(w.text)));
  }
  return false;
}

/** A capitalised word no list knows that is no name, title, role (unless `roleWordsAllowed`), date, number or adjective. */
function unlistedNameWord(ctx: MentionContext, w: Token, roleWordsAllowed = false): boolean {
  return (
    !possessiveLength(w) && !ctx.lexicon.lookup(bareText(w)) && !ctx.lexicon.demonym(bareText(w)) && !TITLE_HEADS.has(w.normal) && (roleWordsAllowed || !ROLE_MODIFIERS.has(w.normal)) && !ORG_HEADS.has(w.normal) && !isHonorific(w) &&
    !hasTag(w, ...PERSON_TAGS, 'Place', 'Adjective', 'Date', 'Value', 'Month', 'WeekDay', 'Demonym', 'Honorific')
  );
}


/**
 * "Health Canada", "Parks Victoria", "Elections Nova Scotia", "Transport for X": a field of public
 * work (word set mention.words.agency-fields), "for" or nothing, then a country, region or city the
 * lists or the tagger know, in one run: the agency of that place.
 */
export function agencyOfPlace(ctx: MentionContext, words: readonly Token[]): boolean {
  if (words.length < 2 || !AGENCY_FIELDS.has(words[0]!.normal) || possessiveLength(words[0]!)) return false;
  const rest = words[1]!.text === 'for' ? words.slice(2) : words.slice(1);
  if (!rest.length || rest.length > 3) return false;
  // ("Health Canada's chief adviser": the possessive is the agency's)
  const place = [...rest.slice(0, -1).map((w) => w.text), bareText(rest[rest.length - 1]!)].join(' ');
  const hit = ctx.lexicon.lookup(place);
  return hit ? hit.type === 'PLACE' && hit.kind !== 'continent' : !!worldPlace(place) || (!!placeKindOfWords(rest) && !rest.some((w) => hasTag(w, ...PERSON_TAGS) && !hasTag(w, 'Place')));
}
