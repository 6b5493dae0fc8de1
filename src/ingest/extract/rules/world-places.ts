/**
 * When a name the world list of cities and regions holds (world-places.ts) is taken as a place.
 * The list alone would make places of surnames and words ("Lincoln said", "Reading rose"), so each
 * rule asks for more: a population, or a context that only a place fits. The mention rule ids are
 * listed in mention-rules.ts; the words and thresholds are here, with examples the tests run.
 */

/** Words right before a name that make it a place the list knows ("near Hagen", "from Comiso"). */
export const PLACE_WORDS_BEFORE = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'through', 'via', 'around', 'across', 'towards', 'between']);

/**
 * Nouns for a side after "the" and a city ("the X club", "the X side"): a club named by its home
 * town, which the annotation conventions list as a place (the club is named elsewhere).
 */
export const CLUB_HOME_NOUNS = {
  id: 'mention.place.club-home',
  words: new Set(['club', 'side', 'team', 'outfit', 'franchise']),
  examples: [['A defeat left the Vessen club ninth in the league.', 'Vessen']] as Array<[string, string]>,
} as const;

/**
 * Nouns before "of" that make the name after it a place ("the towns of X", "the centre of X", "the
 * fishermen of X"); "the wife of Lincoln" or "the chairman of Reading" stay what they were.
 */
export const PLACE_NOUNS_BEFORE_OF = new Set([
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'municipality', 'municipalities', 'suburb', 'suburbs',
  'centre', 'center', 'outskirts', 'streets', 'beach', 'beaches', 'port', 'ports', 'coast', 'island', 'islands',
  'region', 'regions', 'province', 'provinces', 'state', 'states', 'department', 'departments', 'county', 'counties',
  'people', 'residents', 'inhabitants', 'fishermen', 'farmers', 'north', 'south', 'east', 'west', 'heart',
  'hamlet', 'hamlets', 'mayor', 'mayors',
]);

export interface WorldPlaceRule {
  /** The mention rule id (mention-rules.ts). */
  id: 'mention.place.world-name' | 'mention.place.world-context';
  /** Smallest population of a city of that name for the rule to apply; a region always qualifies. */
  minPopulation: number;
  /** [sentence, place the extractor finds]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const WORLD_PLACE_RULES: readonly WorldPlaceRule[] = [
  {
    // nothing else typed the name (no person's first name, no organization word): a city of some
    // size or a region. A town too small for this rule still counts in a place's context (below).
    id: 'mention.place.world-name',
    minPopulation: 20_000,
    examples: [
      ['Growers in Almería and Murcia have been paid less.', 'Murcia'],
      ['Schools in Baden-Württemberg reopened on Monday.', 'Baden-Württemberg'],
      ['Western Australia had good rain in the spring.', 'Western Australia'],
    ],
  },
  {
    // a name the tagger reads as a person's ("Hagen", "Santa Rosa", "Port Louis") written where only
    // a place fits: after a place word, after "the towns of", in a list after a place, or before
    // ", <country>"; never the surname of a person named earlier, never after a title or honorific
    id: 'mention.place.world-context',
    minPopulation: 1_000,
    examples: [
      ['The bridge near Hagen was closed on Tuesday.', 'Hagen'],
      ['Oil reached the beaches of Ancón and Santa Rosa.', 'Santa Rosa'],
      ['The company is based in Port Louis, the capital.', 'Port Louis'],
    ],
  },
];

export const WORLD_PLACE_RULE = Object.fromEntries(WORLD_PLACE_RULES.map((r) => [r.id, r])) as Record<WorldPlaceRule['id'], WorldPlaceRule>;
