/**
 * Clause readers of the trigger finder for actions with no date (rules/undated-events.ts): the cue that says an action is
 * planned or done, the common noun subject that names it, and whether its verb has an object. Pure functions of a
 * sentence's tokens.
 */
import { UNDATED_CUES, UNDATED_NEGATIONS, UNDATED_NO_ACTORS, UNDATED_PLACE_PREPOSITIONS, UNDATED_SKIPPED, UNDATED_YEAR, type UndatedCue } from './rules/undated-events.js';
import type { MentionSpan } from './mentions.js';
import { type Sentence, type Token, isCapitalised } from './text.js';
import { triggersAs } from './trigger-index.js';
import { AUXILIARIES, BREAK, CLAUSE_BREAK, DETERMINERS, MODALS, REPORTING } from './trigger-words.js';
import { EVENT_WORDS } from './rules/event-words.js';

/**
 * The common noun phrase right before the auxiliaries of the verb at `k`, its subject: "the old pier" of "the old pier will
 * be demolished", "the company" of "the company would hire".
 */
export function subjectPhrase(tokens: readonly Token[], text: string, k: number, s: Sentence): { phrase: string; head: string } | undefined {
  let head = k - 1;
  while (head >= s.from && (AUXILIARIES.test(tokens[head]!.normal) || UNDATED_SKIPPED.has(tokens[head]!.normal)) && !BREAK.test(tokens[head]!.post)) head--;
  const last = tokens[head];
  // a name right after "in" or "across" ends a subject of place, with the common noun before it as its head: "arrivals in the
  // country had risen", "doctors across the country resigned" (past a two-word name at most)
  let p = head;
  while (p > s.from && head - p < 2 && isCapitalised(tokens[p]!.text) && !BREAK.test(tokens[p - 1]!.post)) p--;
  if (last && p < head && p - 1 >= s.from && UNDATED_PLACE_PREPOSITIONS.has(tokens[p]!.normal) && !BREAK.test(tokens[p - 1]!.post) && !isCapitalised(tokens[p - 1]!.text)) head = p - 1;
  const h = tokens[head];
  // (a common noun: a name there more often ends a phrase of place, "traffic to the crossing with X had been stopped")
  if (head < s.from || !h || !last || BREAK.test(h.post) || !h.tags.has('Noun') || h.tags.has('Pronoun') || UNDATED_NO_ACTORS.has(h.normal) || isCapitalised(h.text)) return undefined;
  let first = nounPhraseStart(tokens, head, s);
  // a noun after a preposition ends a longer subject: "boats from every province had registered", "owners of premises
  // found with larvae would be fined" (the noun before the preposition, past a participle, is the one acting or undergoing)
  for (let n = 0; n < 3; n++) {
    const prep = first - 1;
    let q = prep - 1;
    if (q <= s.from || !tokens[prep]!.tags.has('Preposition') || tokens[prep]!.normal === 'that' || BREAK.test(tokens[prep]!.post) || BREAK.test(tokens[q]!.post)) break;
    if (tokens[q]!.tags.has('Participle') || tokens[q]!.tags.has('PastTense')) q--;
    const w = tokens[q];
    // (not an event noun, whose course the verb tells: "the loss of the team would leave …")
    if (q < s.from || !w || BREAK.test(w.post) || !w.tags.has('Noun') || w.tags.has('Pronoun') || (isCapitalised(w.text) && q !== s.from) || triggersAs(w.normal, 'noun')) break;
    first = nounPhraseStart(tokens, q, s);
  }
  const phrase = text.slice(tokens[first]!.start, last.end);
  // a sentence-initial capital is not part of the name: "The pier will be demolished"
  return { phrase: first === s.from && !tokens[first]!.tags.has('ProperNoun') ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase, head: h.normal };
}

/** The first token of the common noun phrase whose head is token `head`: back over its determiner, adjectives and nouns. */
export function nounPhraseStart(tokens: readonly Token[], head: number, s: Sentence): number {
  let first = head;
  while (first > s.from && head - first < 4) {
    const w = tokens[first - 1]!;
    // ("said that pump prices would rise": a "that" before the subject opens its clause)
    // (a possessive or a quantifier is its determiner, "his client", "every province": no bare common noun as the actor)
    const determiner = DETERMINERS.test(w.normal) || (w.tags.has('Determiner') && w.normal !== 'that');
    if (BREAK.test(w.post) || w.normal === 'that' || !(determiner || w.tags.has('Adjective') || w.tags.has('Noun') || w.tags.has('Value')) || (w.tags.has('Pronoun') && !determiner)) break;
    first--;
    if (determiner) break;
  }
  return first;
}

/**
 * The verb at `k` has an object: a determiner, noun, number or pronoun right after it (or an adjective or adverb before
 * a noun: "all" is an adverb to the tagger), with no break ("had opened a shelter", "had stopped all imports").
 */
export function hasObject(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const objectAt = (j: number): boolean => {
    const w = tokens[j];
    if (j >= s.to || !w || BREAK.test(tokens[j - 1]!.post)) return false;
    // (an adjective or adverb only before a noun: "opened near the quay" has none)
    return DETERMINERS.test(w.normal) || ['Noun', 'Value', 'Pronoun', 'Determiner'].some((tag) => w.tags.has(tag)) || (j === k + 1 && (w.tags.has('Adjective') || w.tags.has('Adverb')) && !!tokens[j + 1]?.tags.has('Noun') && objectAt(j + 1));
  };
  return objectAt(k + 1);
}

/** The UNDATED_CUES rule whose words stand right before the verb at `k`, past adverbs ("would also appeal", "had fined"). */
export function undatedCue(tokens: readonly Token[], k: number, s: Sentence): (UndatedCue & { at: number }) | undefined {
  let j = k - 1;
  while (j >= s.from && UNDATED_SKIPPED.has(tokens[j]!.normal) && !BREAK.test(tokens[j]!.post)) j--;
  if (denied(tokens, k, s)) return undefined;
  for (const cue of UNDATED_CUES) {
    for (const words of cue.before) {
      const from = j - words.length + 1;
      if (from < s.from) continue;
      const toks = tokens.slice(from, j + 1);
      const before = from > s.from ? tokens[from - 1]! : undefined;
      if (before && !BREAK.test(before.post) && cue.notAfter?.includes(before.normal)) continue;
      if (toks.every((w, n) => w.normal === words[n] && !BREAK.test(w.post))) return { ...cue, at: from };
    }
  }
  return undefined;
}

/**
 * A clause that denies the verb at `k`: "no date had been agreed", "there was no sign that data had been stolen" (back to
 * the clause's comma or the verb that reports it: "warned that no … and said it would review" is not denied).
 */
function denied(tokens: readonly Token[], k: number, s: Sentence): boolean {
  for (let n = k - 1; n >= s.from && !CLAUSE_BREAK.test(tokens[n]!.post) && !REPORTING.test(tokens[n]!.normal); n--) if (UNDATED_NEGATIONS.has(tokens[n]!.normal)) return true;
  return false;
}

const isYear = (w: Token | undefined, before: Token | undefined, published: number): boolean =>
  !!w && !!before && /^(?:19|20)\d\d$/.test(w.normal) && Number(w.normal) < published && (UNDATED_YEAR.before as readonly string[]).includes(before.normal);

/**
 * UNDATED_YEAR: the past verb at `k` has an earlier year written alone in its clause, after it ("banned imports in 2014") or
 * opening the sentence ("In 2015 the regulator fined …"); a passive when a form of "be" is among its auxiliaries.
 */
export function yearCue(tokens: readonly Token[], k: number, s: Sentence, published: number): (UndatedCue & { at: number }) | undefined {
  const t = tokens[k]!;
  if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || denied(tokens, k, s)) return undefined;
  let at = k;
  while (at - 1 >= s.from && (AUXILIARIES.test(tokens[at - 1]!.normal) || UNDATED_SKIPPED.has(tokens[at - 1]!.normal)) && !BREAK.test(tokens[at - 1]!.post)) at--;
  const auxiliaries = tokens.slice(at, k);
  // (a future or a counterfactual is no past occasion: "would have closed in 2019")
  if (auxiliaries.some((w) => MODALS.test(w.normal))) return undefined;
  const cue = { id: UNDATED_YEAR.id, about: UNDATED_YEAR.about, before: [], passive: auxiliaries.some((w) => EVENT_WORDS.passiveBe.has(w.normal)), at };
  if (isYear(tokens[s.from + 1], tokens[s.from], published)) return cue;
  for (let j = k + 1; j < s.to && j - k <= UNDATED_YEAR.reach; j++) {
    // (not past a break or a relative clause, which has its own verb: "the plant, which opened in 2019")
    if (BREAK.test(tokens[j - 1]!.post) || EVENT_WORDS.relativePronouns.has(tokens[j]!.normal)) return undefined;
    if (isYear(tokens[j], tokens[j - 1], published)) return cue;
  }
  return undefined;
}

/**
 * UNDATED_YEAR for an event noun: an earlier year right after its phrase, from token `first` to offset `end` ("a public
 * consultation in 2022", "the last large leak, in 2015,"), past one comma; not the object of a verb, whose year it is
 * ("ended most subsidies in 2021" is the ending).
 */
export function yearOfPhrase(tokens: readonly Token[], first: number, end: number, s: Sentence, published: number): boolean {
  let v = first - 1;
  while (v >= s.from && DETERMINERS.test(tokens[v]!.normal) && !BREAK.test(tokens[v]!.post)) v--;
  const verb = tokens[v];
  if (v >= s.from && verb && !BREAK.test(verb.post) && verb.tags.has('Verb') && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula')) return false;
  let j = s.from;
  while (j < s.to && tokens[j]!.start < end) j++;
  if (j >= s.to || j <= s.from || j + 1 >= s.to || (BREAK.test(tokens[j - 1]!.post) && !/^,\s*$/.test(tokens[j - 1]!.post)) || BREAK.test(tokens[j]!.post)) return false;
  return isYear(tokens[j + 1], tokens[j], published);
}

/**
 * A place named right before the verb's first auxiliary at `at` opens its clause, so it acts as its government ("Russia
 * banned imports … in 2014"); not one that ends a phrase of place ("arrivals in the country had risen").
 */
export function opensClause(tokens: readonly Token[], span: MentionSpan, at: number, s: Sentence): boolean {
  // (back over capitalised words the mention finder left out of the name, and a determiner: "of the Pacific Islands Forum")
  let b = span.from - 1;
  while (b >= s.from && (isCapitalised(tokens[b]!.text) || DETERMINERS.test(tokens[b]!.normal)) && !BREAK.test(tokens[b]!.post)) b--;
  const before = b >= s.from ? tokens[b] : undefined;
  const opens = !before || BREAK.test(before.post) || !(before.tags.has('Preposition') || UNDATED_PLACE_PREPOSITIONS.has(before.normal));
  return opens && span.mention.type === 'PLACE' && !span.mention.demonym && !BREAK.test(tokens[at - 1]!.post);
}
