/**
 * Clause readers of the trigger finder (trigger-events.ts) around an event phrase: the verb its noun is the object of, the
 * predicate it is the subject of (one of its own course, one of closing), and a bare plural that names a kind of event.
 * Pure functions of a sentence's tokens.
 */
import { EVENT_WORDS } from './rules/event-words.js';
import { type Sentence, type Token, isCapitalised } from './text.js';
import { AUXILIARIES, BREAK, DETERMINERS, NEGATIONS } from './trigger-words.js';

/** The first token at or after offset `from`, when it starts within `gap` characters of it; -1 otherwise. */
function tokenAt(tokens: readonly Token[], from: number, s: Sentence, gap: number): number {
  let k = s.from;
  while (k < s.to && tokens[k]!.start < from) k++;
  return k >= s.to || tokens[k]!.end > s.end || tokens[k]!.start - from > gap ? -1 : k;
}

/** Token `k` past the auxiliaries and modals from it (not past a negation or a break): "would start", "is due to resume". */
function pastAuxiliaries(tokens: readonly Token[], k: number, s: Sentence): number {
  while (k < s.to && AUXILIARIES.test(tokens[k]!.normal) && !NEGATIONS.test(tokens[k]!.normal) && !BREAK.test(tokens[k]!.post)) k++;
  return k;
}

/**
 * A verb of the event's own course right after the phrase that ends at offset `from`, past its auxiliaries and modals
 * ("would start", "is due to resume", "will take place"): the phrase is its subject.
 */
export function courseVerbAfter(tokens: readonly Token[], from: number, s: Sentence): boolean {
  const k = tokenAt(tokens, from, s, 1);
  if (k < 0) return false;
  const v = pastAuxiliaries(tokens, k, s);
  return v < s.to && EVENT_WORDS.courseVerbs.has(tokens[v]!.normal);
}

/**
 * A predicate of closing right after the phrase that ends at offset `from`, past a relative pronoun and auxiliaries, in
 * the present or future ("will close", "that ends", "expires"): the event runs until then.
 */
export function closesAt(tokens: readonly Token[], from: number, s: Sentence): boolean {
  let k = tokenAt(tokens, from, s, 2);
  if (k < 0) return false;
  if (EVENT_WORDS.relativePronouns.has(tokens[k]!.normal)) k++;
  const v = pastAuxiliaries(tokens, k, s);
  return v < s.to && EVENT_WORDS.closingVerbs.has(tokens[v]!.normal);
}

/**
 * A plural head with no determiner, possessive or figure before it, right after a preposition of EVENT_WORDS.genericPrepositions:
 * a kind of event, not one that happened ("protect councils from cyber attacks", "working during outages").
 */
export function genericPlural(tokens: readonly Token[], first: number, k: number, s: Sentence): boolean {
  const t = tokens[k]!;
  const prep = tokens[first - 1];
  // (a plural the tagger reads as a verb after the preposition too: "at risk from floods")
  const plural = t.tags.has('Plural') || (t.tags.has('PresentTense') && /[^s]s$/.test(t.normal));
  if (!plural || first - 1 < s.from || !prep || BREAK.test(prep.post) || !EVENT_WORDS.genericPrepositions.has(prep.normal)) return false;
  return !tokens.slice(first, k).some((w) => w.tags.has('Value') || isCapitalised(w.text) || /['’]s$/.test(w.text));
}

/**
 * The token right before a noun phrase that starts at token `first`, past its determiner or an owner ("the plan", "X's
 * request", "the council's plans"): the verb it is the object of, when it has one.
 */
export function verbBeforeObject(tokens: readonly Token[], first: number, s: Sentence): number {
  let v = first - 1;
  const owner = /['’]s$/.test(tokens[v]?.text ?? '');
  while (v > s.from && first - v <= 4 && !BREAK.test(tokens[v - 1]!.post) && (DETERMINERS.test(tokens[v]!.normal) || (owner && (isCapitalised(tokens[v]!.text) || /['’]s$/.test(tokens[v]!.text))))) v--;
  return v;
}

/**
 * Token `i` comes right after a name of one to three capitalised words that a determiner opens, with no break between:
 * "the Leușeni crossing", "its Moshupa mine". A word there heads a noun phrase, whatever its form.
 */
export function namedAfterDeterminer(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && isCapitalised(tokens[j]!.text) && !BREAK.test(tokens[j]!.post)) j--;
  const det = tokens[j];
  return j < i - 1 && !!det && EVENT_WORDS.objectDeterminers.has(det.normal) && !BREAK.test(det.post);
}
