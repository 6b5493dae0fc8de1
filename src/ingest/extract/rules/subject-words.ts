import { type WordSet, wordSetsByName } from './word-sets.js';

/**
 * The closed word sets the reading of a reporting verb's subject (statements/subject-before.ts)
 * tests: which preposition makes a place or a body a modifier of the subject rather than the
 * subject, which opener makes an official an unnamed source, and the like. One set per job, each
 * with an id the rule catalogue describes, so a construction that needs one more word changes the
 * data here, and two constructions that mean the same set share it instead of copying it.
 */

export type SubjectWordSetId =
  | 'statement.words.articles'
  | 'statement.words.source-openers'
  | 'statement.words.place-prepositions'
  | 'statement.words.source-prepositions'
  | 'statement.words.body-prepositions'
  | 'statement.words.office-prepositions'
  | 'statement.words.name-prepositions'
  | 'statement.words.aside-adverbs'
  | 'statement.words.passive-be'
  | 'statement.words.governing-bodies'
  | 'statement.words.body-possessives'
  | 'statement.words.clause-conjunctions'
  | 'statement.words.also-known-as'
  | 'statement.words.relative-pronouns'
  | 'statement.words.description-determiners'
  | 'statement.words.unnamed-body-determiners'
  | 'statement.words.named-body-heads'
  | 'statement.words.source-aside-openers'
  | 'statement.words.past-forms-read-as-nouns'
  | 'statement.words.that-clause-verbs'
  | 'statement.words.naming-verbs'
  | 'statement.words.naming-particles';

export type SubjectWordSet = WordSet<SubjectWordSetId>;

export const SUBJECT_WORD_SETS: readonly SubjectWordSet[] = [
  { id: 'statement.words.articles', about: 'articles that open a subject phrase and are part of it', words: ['the', 'a', 'an'] },
  {
    id: 'statement.words.source-openers',
    about: 'openers that make an official of a body an unnamed source ("A spokesperson for …", "Two officials at …")',
    words: ['a', 'an', 'one', 'two', 'three', 'four', 'several', 'some'],
  },
  {
    id: 'statement.words.place-prepositions',
    about: 'prepositions after which a place modifies the subject ("Aid workers in X said"), never is it',
    words: ['in', 'from', 'near', 'at', 'across', 'outside', 'inside', 'along'],
  },
  {
    id: 'statement.words.source-prepositions',
    about: 'prepositions after which a place or a name no list types belongs to an unnamed source ("Residents of X said", "Elders from X said")',
    words: ['of', 'in', 'from', 'near', 'at', 'along', 'outside', 'on'],
  },
  {
    id: 'statement.words.body-prepositions',
    about: 'prepositions after which a body is the one an unnamed official speaks for ("A spokesperson for X said")',
    words: ['for', 'of', 'at', 'with', 'from'],
  },
  {
    id: 'statement.words.office-prepositions',
    about: 'prepositions between a possessive body\'s office and the place it serves ("The X Agency\'s regional office for Y said"): the body speaks',
    words: ['for', 'in'],
  },
  {
    id: 'statement.words.name-prepositions',
    about: 'prepositions after which a name is no antecedent of a relative pronoun ("An official at X, who …,")',
    words: ['for', 'of', 'at', 'with', 'from', 'in', 'by'],
  },
  {
    id: 'statement.words.aside-adverbs',
    about: 'adverbs set off by commas between a subject and its verb (", however,")',
    words: ['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'nevertheless', 'moreover', 'furthermore', 'in turn'],
  },
  { id: 'statement.words.passive-be', about: 'forms of "be" that make a relative clause passive ("…, who was declared …")', words: ['be', 'been', 'being', 'is', 'was', 'were', 'are'] },
  {
    id: 'statement.words.governing-bodies',
    about: 'bodies an organization speaks through ("the company\'s board said")',
    words: ['board', 'management', 'leadership', 'government', 'administration', 'cabinet', 'council', 'committee'],
  },
  { id: 'statement.words.body-possessives', about: 'possessive pronouns that make an organization mentioned before the owner of a governing body ("Its board said")', words: ['its', 'their'] },
  {
    id: 'statement.words.clause-conjunctions',
    about: 'conjunctions that open a clause before its subject ("…, while a senior official said")',
    words: ['while', 'whereas', 'and', 'but', 'as', 'although', 'though'],
  },
  { id: 'statement.words.relative-pronouns', about: 'relative pronouns that open a clause between a subject and its verb ("X, who asked not to be named, said")', words: ['who', 'whose', 'which'] },
  { id: 'statement.words.unnamed-body-determiners', about: 'determiners of a description of a body that may be named nowhere in the story ("the regional civil protection service"): an unnamed source', words: ['the'] },
  { id: 'statement.words.named-body-heads', about: 'heads of bodies the annotations always name, never an unnamed source ("the communications ministry" is the country\'s ministry)', words: ['government', 'ministry', 'cabinet', 'presidency', 'parliament', 'embassy', 'senate', 'congress', 'kremlin', 'pentagon'] },
  { id: 'statement.words.description-determiners', about: 'determiners of a description of a body ("the company", "their union", "its regulator")', words: ['the', 'their', 'its'] },
  {
    id: 'statement.words.source-aside-openers',
    about: 'words that open an aside between an unnamed source and its verb: a relative clause, an apposition, a place or a part of the group ("Elders from X, a village on the river, said", "Residents of X, where …, said")',
    words: ['who', 'whose', 'where', 'which', 'a', 'an', 'the', 'at', 'on', 'near', 'in', 'most', 'many', 'some', 'all', 'both', 'several', 'one', 'two', 'three'],
  },
  {
    id: 'statement.words.past-forms-read-as-nouns',
    about: 'past forms of verbs the tagger reads as nouns, written in lower case: the finite verb of a clause reported without "that" all the same ("said production rose 6%")',
    words: ['rose'],
  },
  {
    id: 'statement.words.that-clause-verbs',
    about: 'reporting verbs that report only a "that" clause: with an object, an infinitive or in the passive they act rather than report ("declared a state of emergency", "promised to cut the tax", "denied taking it", "had been declared the winner"), and the annotations never take them so',
    words: ['declare', 'promise', 'pledge', 'vow', 'deny', 'threaten'],
  },
  {
    id: 'statement.words.naming-verbs',
    about: 'verbs by which a speaker names a thing with a quoted phrase ("X called the study "a wake-up call"", "a gap that X called "a betrayal""): the quoted words are what X says',
    words: ['called', 'calls'],
  },
  {
    id: 'statement.words.naming-particles',
    about: 'words right after a naming verb that make it another verb ("called for", "called on", "called off"): no naming',
    words: ['for', 'on', 'off', 'up', 'in', 'out', 'back', 'it', 'them', 'him', 'her'],
  },
  { id: 'statement.words.also-known-as', about: 'words before "as" that give a body another name (", known as X,")', words: ['known', 'called'] },
];

/** Every set's words by the set's name (`statement.words.place-prepositions` → `placePrepositions`), for membership tests. */
export const SUBJECT_WORDS = wordSetsByName('statement.words.', SUBJECT_WORD_SETS);
