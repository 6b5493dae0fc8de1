import type { Token } from '../text.js';


/** Closed word lists shared by several passes of the mention finder. */

/**
 * Lower-case words that join two capitalised words into one name ("Institute for the Study of War",
 * "Refinería del Pacífico", "Tarsila do Amaral", "Museum am Rothenbaum"): English connectors and the
 * articles and prepositions of the Romance, Germanic and Arabic names news reports copy as written.
 */
export const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di', 'del', 'della', 'dos', 'das', 'do', 'des', 'am', 'im', 'zu', 'zum', 'zur', 'y']);
/** The connectors of other languages' names: one between a sentence's first word and a capital shows the word is a name ("Refinería del Pacífico said"). */
export const FOREIGN_CONNECTORS = new Set([...CONNECTORS].filter((w) => !['of', 'for', 'on', 'the', 'y'].includes(w)));
/**
 * A word that opens with an elided article or preposition before a capital ("l'Atlantique",
 * "d'Isère", "dell'Arte"): it goes on the name before it ("Chantiers de l'Atlantique", "Val d'Isère").
 */
export const ELIDED_NAME_WORD = /^(?:l|d|dell|dall|nell|sull|all)['’]\p{Lu}/u;
/**
 * Lower-case or short words that open a surname ("van Dijk", "Ó Flaithearta", "bin Salman"): a name
 * of particles alone is no person, and a surname written without the first name keeps its particle.
 */
export const NAME_PARTICLES = new Set(['de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di', 'dos', 'das', 'del', 'ter', 'ten', 'ibn', 'ben', 'ó', 'o', 'ní', 'ni', 'mac', 'nic']);
/** Words that open a person's name written after "the": clerical and religious styles ("the Reverend X", "the Very Rev X"). */
export const STYLES_AFTER_THE = new Set(['reverend', 'rev', 'rev.', 'very', 'right', 'father', 'sister', 'brother', 'pastor', 'rabbi', 'imam', 'sheikh', 'cardinal', 'bishop', 'archbishop']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
export const DETERMINERS = new Set(['the', 'a', 'an']);
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'into']);
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

export const MINISTRY_FIELDS: Record<string, string> = {
  foreign: 'Foreign Affairs', interior: 'Internal Affairs', defence: 'Defence', defense: 'Defense', health: 'Health',
  commerce: 'Commerce', economy: 'Economy', finance: 'Finance', justice: 'Justice', energy: 'Energy', education: 'Education',
  agriculture: 'Agriculture', culture: 'Culture', trade: 'Trade', transport: 'Transport', environment: 'Environment',
  emergencies: 'Emergencies', infrastructure: 'Infrastructure', digital: 'Digital Transformation', social: 'Social Policy',
};

/** First words of national agencies named "<field> <country>": "Health Canada", "Statistics Norway", "Parks Canada". */
export const AGENCY_FIELDS = new Set(['statistics', 'elections', 'parks', 'fisheries', 'immigration', 'heritage', 'sport', 'transport', 'health', 'environment', 'agriculture', 'justice', 'finance', 'employment', 'infrastructure', 'housing', 'innovation', 'veterans', 'emergency']);
/** Currency nouns: "US dollar" names no country. */
export const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees', 'peso', 'pesos', 'real', 'reais', 'franc', 'francs', 'rouble', 'roubles', 'ruble', 'rubles', 'won', 'lira', 'zloty', 'forint', 'krona', 'krone', 'rand', 'hryvnia', 'ringgit', 'baht', 'dinar', 'dirham', 'riyal', 'shekel']);
/** Lower-case words after a hyphen that do not continue a name ("Soviet-era", "Kremlin-backed"). */
export const HYPHEN_SUFFIXES = new Set(['era', 'led', 'run', 'old', 'day', 'year', 'wide', 'long', 'term', 'like', 'made', 'bred', 'born', 'held', 'area', 'type', 'size', 'only', 'free', 'rich', 'style', 'based', 'owned', 'linked', 'backed', 'level', 'class', 'scale', 'wing', 'sized', 'bound', 'proof', 'ready']);
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const COMMON_CAPITALISED = new Set(['details', 'source', 'quote', 'meanwhile', 'however', 'screenshot', 'photo', 'video', 'reminder', 'background', 'update', 'talks', 'also']);
/** Prepositions that open a sentence capitalised and that the tagger may read as part of a name ("Under Ontario rules", "Near Hagen"); not those that open brand names ("Beyond", "Inside", "Without"). */
export const OPENING_PREPOSITIONS = new Set(['under', 'near', 'across', 'despite', 'during', 'throughout', 'amid', 'among', 'along', 'behind', 'below', 'beneath', 'beside', 'between', 'towards', 'toward', 'upon', 'via', 'against', 'around']);

/**
 * Place names written with "the" inside another name: "Ministry of Health of the Czech Republic",
 * "Government of the Canary Islands" (the annotation conventions' canonical names).
 */
export const PLACES_WITH_ARTICLE = new Set([
  'Czech Republic', 'Netherlands', 'United States', 'United Kingdom', 'Philippines', 'Gambia', 'Bahamas', 'Maldives',
  'Seychelles', 'Comoros', 'Dominican Republic', 'Central African Republic', 'United Arab Emirates', 'Solomon Islands',
  'Marshall Islands', 'Canary Islands', 'Balearic Islands', 'Faroe Islands', 'Cayman Islands', 'Democratic Republic of the Congo',
]);

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
