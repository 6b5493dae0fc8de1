/**
 * A name no list knows, written as a later item of a list of places after a place preposition
 * ("in Florvik and Tessnes", "at Kwell, Arbo and Nesvik"), is a place too: a town too small for the
 * world list (world-places.ts) is listed beside a known one. Only short names with no organization
 * or title word, no person's tag and never a name seen before as something else.
 */
export const LISTED_AFTER_PLACE = {
  id: 'mention.place.listed-after-place',
  /** Longest name, in words, the rule types. */
  maxWords: 2,
  /** [sentence, the places found, in order]: the unit tests run them. */
  examples: [
    ['The plants in Florø and Tessnes will close by March.', ['Florø', 'Tessnes']],
    ['Inspectors visited shops in Kuwait City, Vellari and Oskum since Friday.', ['Kuwait City', 'Vellari', 'Oskum']],
    ['Trains were suspended between Bergen and Vestre Holm until Monday.', ['Bergen', 'Vestre Holm']],
  ] as Array<[string, string[]]>,
  /** [sentence, what the rule must not make a place]. */
  counterExamples: [
    ['Prices in Bergen and Kessla Energy rose.', 'Kessla Energy'],
    ['He met officials in Paris and John Smith said no.', 'John Smith'],
    ['Ministers met Tessnes and Florvik officials.', 'Tessnes'],
  ] as Array<[string, string]>,
} as const;
