/**
 * A compass word before a continent or country names one region ("West Africa", "South-East Asia",
 * "North West England"), not a direction and a place: news writes these as one capitalised name
 * and the annotation conventions list the region alone. As data with an id; the unit tests run the
 * examples.
 */

export interface CompassRegionRule {
  /** Stable id, the mention rule id (mention-rules.ts). */
  id: 'mention.place.compass-region';
  /** Lower-case compass words, alone or two in a row ("north west"). */
  compass: string[];
  /** Kinds of the known place after them that make the run a region. */
  of: string[];
  /** [sentence, region the extractor finds]. */
  examples: Array<[string, string]>;
}

export const COMPASS_REGION: CompassRegionRule = {
  id: 'mention.place.compass-region',
  compass: [
    'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
    'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest',
  ],
  of: ['continent', 'country'],
  examples: [
    ['Prices rose across West Africa this year.', 'West Africa'],
    ['The airline flies to South-East Asia twice a week.', 'South-East Asia'],
    ['Bus drivers in North West England voted to strike.', 'North West England'],
    ['It is the first city in Central Europe with such a charge.', 'Central Europe'],
  ],
};
