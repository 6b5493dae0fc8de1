import { MENTION_WORDS } from '../rules/mention-words.js';
import { alternation } from '../rules/word-sets.js';
import type { Token } from '../text.js';


/** Closed word lists shared by several passes of the mention finder (their words: rules/mention-words.ts). */

/**
 * Lower-case words that join two capitalised words into one name ("Institute for the Study of War",
 * "Refinería del Pacífico", "Tarsila do Amaral", "Museum am Rothenbaum"): English connectors and the
 * articles and prepositions of the Romance, Germanic and Arabic names news reports copy as written.
 */
export const CONNECTORS = MENTION_WORDS.connectors;
/** The connectors of other languages' names: one between a sentence's first word and a capital shows the word is a name ("Refinería del Pacífico said"). */
export const FOREIGN_CONNECTORS = MENTION_WORDS.foreignConnectors;
/**
 * A word that opens with an elided article or preposition before a capital ("l'Atlantique",
 * "d'Isère", "dell'Arte"): it goes on the name before it ("Chantiers de l'Atlantique", "Val d'Isère").
 */
export const ELIDED_NAME_WORD = new RegExp(`^(?:${alternation(MENTION_WORDS.elidedArticles)})['’]\\p{Lu}`, 'u');
/**
 * Lower-case or short words that open a surname ("van Dijk", "Ó Flaithearta", "bin Salman"): a name
 * of particles alone is no person, and a surname written without the first name keeps its particle.
 */
export const NAME_PARTICLES = MENTION_WORDS.nameParticles;
/** Words that open a person's name written after "the": clerical and religious styles ("the Reverend X", "the Very Rev X"). */
export const STYLES_AFTER_THE = MENTION_WORDS.stylesAfterThe;
export const PRONOUNS = MENTION_WORDS.pronouns;
export const WH_WORDS = MENTION_WORDS.whWords;
export const DETERMINERS = MENTION_WORDS.determiners;
export const PLACE_PREPOSITIONS = MENTION_WORDS.placePrepositions;
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

export const MINISTRY_FIELDS: Record<string, string> = {
  foreign: 'Foreign Affairs', interior: 'Internal Affairs', defence: 'Defence', defense: 'Defense', health: 'Health',
  commerce: 'Commerce', economy: 'Economy', finance: 'Finance', justice: 'Justice', energy: 'Energy', education: 'Education',
  agriculture: 'Agriculture', culture: 'Culture', trade: 'Trade', transport: 'Transport', environment: 'Environment',
  emergencies: 'Emergencies', infrastructure: 'Infrastructure', digital: 'Digital Transformation', social: 'Social Policy',
  communications: 'Communications', tourism: 'Tourism', labour: 'Labour', fisheries: 'Fisheries',
};

/** First words of national agencies named "<field> <country>": "Health Canada", "Statistics Norway", "Parks Canada". */
export const AGENCY_FIELDS = MENTION_WORDS.agencyFields;
/** Currency nouns: "US dollar" names no country. */
export const CURRENCY_WORDS = MENTION_WORDS.currencies;
/** Lower-case words after a hyphen that do not continue a name ("Soviet-era", "Kremlin-backed"). */
export const HYPHEN_SUFFIXES = MENTION_WORDS.hyphenSuffixes;
export const MONTHS = MENTION_WORDS.months;
export const COMMON_CAPITALISED = MENTION_WORDS.commonCapitalised;
/** Prepositions that open a sentence capitalised and that the tagger may read as part of a name ("Under Ontario rules", "Near Hagen"); not those that open brand names ("Beyond", "Inside", "Without"). */
export const OPENING_PREPOSITIONS = MENTION_WORDS.openingPrepositions;

/**
 * Place names written with "the" inside another name: "Ministry of Health of the Czech Republic",
 * "Government of the Canary Islands" (the annotation conventions' canonical names).
 */
export const PLACES_WITH_ARTICLE = MENTION_WORDS.placesWithArticle;

/** A place as the end of another name: "the Netherlands" in "Ministry of Economy of the Netherlands". */
export function ofPlace(name: string): string {
  return PLACES_WITH_ARTICLE.has(name) ? `the ${name}` : name;
}

/**
 * A capitalised "An" before a word that opens with a consonant is no English article but a word of
 * a name ("An Bord …", "An Post"); English writes "a" there. Acronyms ("An MP") are read as letters.
 */
export function isNameArticle(t: Token, next: Token | undefined): boolean {
  return t.text === 'An' && !!next && /^[B-DF-GJ-NP-TV-Z]\p{Ll}/u.test(next.text);
}
