/**
 * Lower-case nouns for a person that a name may follow with no comma ("midfielder X Y",
 * "challenger X Y", "her compatriot X Y"): a name of two or three words right after one, that no
 * list or tag types, is a person's (mentions/unknown-names.ts, `mention.person.after-person-noun`).
 * Titles (gazetteer.ts TITLE_HEADS) and nouns that describe firms ("operator", "carmaker":
 * mentions/organizations.ts ORG_TYPE_NOUNS) are not repeated here.
 */

export interface PersonNounWords {
  id: 'mention.words.person-nouns';
  words: ReadonlySet<string>;
  /** [text, the person's name]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const PERSON_NOUNS: PersonNounWords = {
  id: 'mention.words.person-nouns',
  words: new Set([
    'midfielder', 'striker', 'defender', 'goalkeeper', 'winger', 'forward', 'teammate', 'compatriot', 'challenger', 'rival', 'candidate',
    'incumbent', 'champion', 'player', 'athlete', 'runner', 'cyclist', 'swimmer', 'skier', 'boxer', 'grandmaster', 'coach', 'activist',
    'lawyer', 'farmer', 'fisherman', 'nurse', 'doctor', 'teacher', 'student', 'survivor', 'witness', 'author', 'co-author', 'researcher',
    'scientist', 'economist', 'analyst', 'artist', 'painter', 'singer', 'actor', 'actress', 'writer', 'novelist', 'poet', 'photographer',
    'journalist', 'reporter', 'driver', 'pilot', 'captain', 'veteran', 'newcomer', 'teenager', 'opponent',
    'wing', 'seed', 'modernist', 'sculptor', 'composer', 'filmmaker', 'film-maker', 'climber', 'mountaineer', 'jockey', 'sprinter', 'fly-half',
    'scrum-half', 'flanker', 'legislator', 'bowler', 'batter', 'batsman', 'spinner', 'all-rounder', 'wicketkeeper', 'dancer', 'ballerina', 'conductor',
  ]),
  examples: [
    ['The club hopes to sign Orvel midfielder Tam Brekke before the window shuts.', 'Tam Brekke'],
    ['The recount gave the seat to challenger Talvira Sarrouf by four votes.', 'Talvira Sarrouf'],
    ['Her compatriot Selam Worku finished second.', 'Selam Worku'],
    ['A painting by the modernist Tarvo do Varel sold for a record.', 'Tarvo do Varel'],
    ['The union named former international wing Tavi Lenu as coach.', 'Tavi Lenu'],
  ],
};
