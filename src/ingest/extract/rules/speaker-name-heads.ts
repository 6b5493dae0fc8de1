import type { EntityType } from '../../contract.js';

/**
 * A name that speaks and that no word list, first name or cue types ends in a common noun when it
 * is an organization's: "X Ferries", "X Networks", "X Distribution", "X Restructuring". A person's
 * surname is rarely a plural, a gerund or a noun made with a suffix such as "-tion", so such a last
 * word makes the speaker an organization where its shape alone would have made it a person
 * (extract.ts typeSpeakers). compromise's own word list says which words are common nouns; the
 * suffixes cover the many it does not hold.
 */

export interface SpeakerNameHeadRule {
  /** Stable id, listed in rules/mention-rules.ts. */
  id: 'mention.type.speaker-noun-head';
  /** compromise lexicon tags of the last word (lower case) that make it a common noun here. */
  lexiconTags: string[];
  /** Tags of the singular (the word without "s"/"es") that make a plural of a common noun. */
  singularTags: string[];
  /** Endings of nouns made from other words. */
  suffixes: string[];
  /** [text, name, type]: the unit tests run them. */
  examples: Array<[string, string, EntityType]>;
}

export const SPEAKER_NAME_HEAD_RULE: SpeakerNameHeadRule = {
  id: 'mention.type.speaker-noun-head',
  lexiconTags: ['Plural', 'Gerund', 'Uncountable'],
  singularTags: ['Singular', 'Infinitive', 'Noun'],
  suffixes: ['tion', 'sion', 'ment', 'ies', 'ics', 'ity', 'ness'],
  examples: [
    ['Tarvel Ferries said the crossing would resume on Friday.', 'Tarvel Ferries', 'ORGANIZATION'],
    ['Ostrova Networks said the fault had been found.', 'Ostrova Networks', 'ORGANIZATION'],
    ['Kelso Distribution said the film would open in May.', 'Kelso Distribution', 'ORGANIZATION'],
    ['Brannock Restructuring said creditors would be paid in full.', 'Brannock Restructuring', 'ORGANIZATION'],
    // no common noun at the end: the shape of two names stays a person's
    ['Tavita Oleson said the plan had failed.', 'Tavita Oleson', 'PERSON'],
  ],
};
