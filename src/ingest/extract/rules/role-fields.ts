/**
 * Capitalised words that name the field of a minister's or secretary's portfolio, written before the
 * title ("Housing Minister X", "Natural Resources Minister X", "Federal Transport Minister X"). They
 * belong to the role, never make an organization of their own (mentions/people.ts, the role's
 * qualifier), even when they open the sentence. Fields the ministry names already know
 * (mentions/words.ts MINISTRY_FIELDS) are not repeated here.
 */

export interface RoleFieldWords {
  id: 'mention.role.field-words';
  /** Lower-case words. */
  words: ReadonlySet<string>;
  /** [text, the person's name, their role as written]: the unit tests run them. */
  examples: Array<[string, string, string]>;
}

export const ROLE_FIELD_WORDS: RoleFieldWords = {
  id: 'mention.role.field-words',
  words: new Set([
    'technology', 'science', 'innovation', 'mining', 'mines', 'minerals', 'petroleum', 'oil', 'gas', 'shipping', 'maritime', 'fisheries', 'forestry',
    'housing', 'planning', 'urban', 'rural', 'development', 'local', 'business', 'industry', 'enterprise', 'labour', 'labor', 'employment', 'work',
    'sport', 'sports', 'tourism', 'arts', 'heritage', 'media', 'communications', 'information', 'telecommunications', 'natural', 'resources', 'land',
    'lands', 'public', 'works', 'higher', 'primary', 'secondary', 'family', 'families', 'women', 'equality', 'welfare', 'pensions', 'veterans',
    'aviation', 'railways', 'roads', 'water', 'irrigation', 'food', 'livestock', 'federal', 'provincial', 'regional', 'municipal', 'city',
    'mineral', 'universities', 'university', 'civil', 'disaster', 'emergency', 'culture', 'forests', 'wildlife', 'parks', 'logistics', 'ports', 'cantonal', 'prefectural',
  ]),
  examples: [
    ['Housing Minister Rosa Vell said the cap would take effect in January.', 'Rosa Vell', 'Housing Minister'],
    ['Natural Resources Minister Tomas Erk said the licence would be reviewed.', 'Tomas Erk', 'Natural Resources Minister'],
    ['Federal Transport Minister Anna Berg said the bridge would be rebuilt.', 'Anna Berg', 'Federal Transport Minister'],
    ['Higher Education Minister Paul Amin told reporters that the exam would be held again.', 'Paul Amin', 'Higher Education Minister'],
    ['Mineral Resources Minister Ana Vell said the refinery was ready.', 'Ana Vell', 'Mineral Resources Minister'],
    ['Civil Protection Minister Nino Arli told reporters the roads were shut.', 'Nino Arli', 'Civil Protection Minister'],
    ['Vessian Culture Minister Karin Olde told the broadcaster the theft was a blow.', 'Karin Olde', 'Vessian Culture Minister'],
  ],
};
