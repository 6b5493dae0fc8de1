import { type WordSet, wordSetsByName } from './word-sets.js';

/**
 * The closed word sets the event phrase finder (events.ts) reads a named event with: the heads of a
 * meeting or a penalty, the modifiers that name a kind of event or only judge it, the words that end
 * the walk back to a phrase's start, and the like. One set per job, each with an id the rule
 * catalogue describes, so a phrase that needs one more word changes the data here, not the finder.
 */

export type EventPhraseWordSetId =
  | 'event.phrase-words.meeting-nouns'
  | 'event.phrase-words.negotiation-nouns'
  | 'event.phrase-words.round-of'
  | 'event.phrase-words.ordinals'
  | 'event.phrase-words.relative-ordinals'
  | 'event.phrase-words.future-cues'
  | 'event.phrase-words.future-after'
  | 'event.phrase-words.penalty-verbs'
  | 'event.phrase-words.penalty-heads'
  | 'event.phrase-words.evaluative-modifiers'
  | 'event.phrase-words.naming-modifiers'
  | 'event.phrase-words.call-media'
  | 'event.phrase-words.phrase-stops'
  | 'event.phrase-words.articles'
  | 'event.phrase-words.object-prepositions'
  | 'event.phrase-words.place-tails'
  | 'event.phrase-words.round-heads';

export const EVENT_PHRASE_WORD_SETS: ReadonlyArray<WordSet<EventPhraseWordSetId>> = [
  { id: 'event.phrase-words.meeting-nouns', about: 'heads of a meeting named by its participants or its name ("the Contact Group meeting", "their talks")', words: ['meeting', 'summit', 'conference', 'session', 'talks', 'negotiations', 'visit', 'forum'] },
  { id: 'event.phrase-words.negotiation-nouns', about: 'meeting heads that make the event a negotiation, and that a "round of" before them already named', words: ['talks', 'negotiations'] },
  { id: 'event.phrase-words.round-of', about: 'nouns after "round of" that make "a round of talks" an event', words: ['talks', 'negotiations', 'consultations'] },
  { id: 'event.phrase-words.ordinals', about: 'ordinals a round of talks keeps in its name ("the third round of talks"); a written figure ("4th") is one too', words: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'next', 'new', 'another', 'latest', 'last', 'final'] },
  { id: 'event.phrase-words.relative-ordinals', about: 'words that make a round of talks one still to come, not part of its name ("a new round of talks")', words: ['next', 'new', 'another', 'further', 'fresh'] },
  { id: 'event.phrase-words.future-cues', about: 'words near a named event that make it one still to come ("the upcoming summit", "plans a meeting")', words: ['expected', 'upcoming', 'next', 'planned', 'scheduled', 'forthcoming', 'future', 'possible', 'potential', 'proposed', 'will', 'would', 'shall', 'preparing', 'prepare', 'plans', 'planning'] },
  { id: 'event.phrase-words.future-after', about: 'words right after a named event that make it one still to come ("the summit opens on …")', words: ['will', 'opens', 'begins', 'starts', 'is due', 'is expected'] },
  { id: 'event.phrase-words.penalty-verbs', about: 'verbs of a warning that carry an ultimatum: the penalty threatened ("would impose tariffs … within 50 days")', words: ['introduce', 'impose', 'slap', 'levy', 'introducing', 'imposing'] },
  { id: 'event.phrase-words.penalty-heads', about: 'heads of the penalty an ultimatum threatens', words: ['tariffs', 'tariff', 'sanctions', 'duties', 'levies', 'embargo', 'ban'] },
  { id: 'event.phrase-words.evaluative-modifiers', about: 'modifiers that judge a penalty rather than name it, left out of the ultimatum\'s name ("strict", "sweeping")', words: ['strict', 'severe', 'harsh', 'tough', 'massive', 'crippling', 'very', 'heavy', 'sweeping', 'major', 'stiff', 'steep', 'new', 'additional', 'further', 'more', 'so-called'] },
  {
    id: 'event.phrase-words.naming-modifiers',
    about: 'adjectives that name a kind of event ("emergency meeting", "mayoral runoff") rather than judge it',
    words: ['emergency', 'mayoral', 'presidential', 'parliamentary', 'economic', 'climate', 'cholera', 'missile', 'drone', 'autumn', 'spring', 'summer', 'winter', 'peace', 'phone', 'sanctions', 'general', 'local', 'regional', 'snap', 'early', 'extraordinary', 'annual', 'informal', 'bilateral', 'trilateral'],
  },
  { id: 'event.phrase-words.call-media', about: 'words before "call" that make it an event (a "phone call"), not a demand', words: ['phone', 'telephone', 'video'] },
  { id: 'event.phrase-words.phrase-stops', about: 'determiners that end the walk back from an event head to the start of its name', words: ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her'] },
  { id: 'event.phrase-words.articles', about: 'articles skipped before the name a phrase takes in ("the attack on the port", "a strict ban")', words: ['the', 'a', 'an'] },
  { id: 'event.phrase-words.object-prepositions', about: 'prepositions after an event head that take in its object or place ("the attack on X", "elections in Y")', words: ['of', 'in', 'on', 'against'] },
  { id: 'event.phrase-words.place-tails', about: 'common nouns after a place that stay part of the event\'s place ("in the X direction")', words: ['direction', 'region', 'district', 'area', 'oblast', 'front'] },
  { id: 'event.phrase-words.round-heads', about: 'heads the round-of-talks finder names, never a head-noun phrase of their own', words: ['round', 'talks'] },
];

/** Every set's words by the set's name (`event.phrase-words.meeting-nouns` → `meetingNouns`). */
export const EVENT_PHRASE_WORDS = wordSetsByName('event.phrase-words.', EVENT_PHRASE_WORD_SETS);
