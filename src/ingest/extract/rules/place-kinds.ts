/**
 * The kind of a place as the text states it, as data: "the city of X", "X, the capital," "the
 * Georgian capital, X". The kind read this way does not depend on whether the name is already
 * known (issue 10: a kind that only unknown names got made the graph depend on ingest order), and
 * names that no word list holds still get one. A cue never overrides a kind a word list gives.
 */

export interface PlaceKindCueRule {
  /** Stable id, `place.kind.<variant>`. */
  id: string;
  kind: string;
  /** Lower-case words right before the name ("city of"), one list per phrasing. */
  before?: string[][];
  /** Head nouns of an apposition next to the name: "X, the (Croatian) capital," or "the capital, X". */
  appositionHeads?: string[];
  /** Nouns of an indefinite description right after the name, "X, a village near Y"; district words give a district. */
  describedAs?: string[];
  /** [sentence, place name, kind]: the unit tests run them. */
  examples: Array<[string, string, string]>;
}

export const PLACE_KIND_CUES: readonly PlaceKindCueRule[] = [
  {
    id: 'place.kind.city-of',
    kind: 'city',
    before: [['city', 'of'], ['town', 'of'], ['village', 'of'], ['port', 'city', 'of'], ['municipality', 'of']],
    examples: [['Floodwater reached the city of Karvina on Monday.', 'Karvina', 'city'], ['Residents of the town of Veldhoven were told to stay indoors.', 'Veldhoven', 'city']],
  },
  {
    id: 'place.kind.region-of',
    kind: 'region',
    before: [['region', 'of'], ['province', 'of'], ['department', 'of'], ['departments', 'of'], ['canton', 'of'], ['county', 'of']],
    examples: [['Farmers in the province of Valdoria lost half their crop.', 'Valdoria', 'region']],
  },
  {
    id: 'place.kind.district-of',
    kind: 'district',
    before: [['district', 'of'], ['borough', 'of']],
    examples: [['The plant is in the district of Marsfeld.', 'Marsfeld', 'district']],
  },
  {
    id: 'place.kind.settlement-description',
    // "X, a village near Y,": a settlement described with an indefinite article, the noun ending the
    // description or followed by where it is ("a district inside the zone"); "X, a town councillor" is not one
    kind: 'city',
    describedAs: ['village', 'town', 'hamlet', 'city', 'district', 'suburb', 'neighbourhood', 'neighborhood'],
    examples: [
      ['Residents of Vellmo, a village near the launch site, were moved.', 'Vellmo', 'city'],
      ['Elders from Tarnava, a district inside the charging zone, objected.', 'Tarnava', 'district'],
    ],
  },
  {
    id: 'place.kind.mountain-description',
    // "X, a 3,000-metre mountain in Y": a feature of nature described with an indefinite article, as a settlement is
    kind: 'mountain',
    describedAs: ['mountain', 'volcano', 'peak', 'hill'],
    examples: [['The telescope is being built on Cerro Vasto, a 3,046-metre mountain in the desert.', 'Cerro Vasto', 'mountain']],
  },
  {
    id: 'place.kind.island-description',
    kind: 'island',
    describedAs: ['island', 'atoll', 'islet'],
    examples: [['Boats left Tavvu, a small island north of the capital, on Monday.', 'Tavvu', 'island']],
  },
  {
    id: 'place.kind.city-apposition',
    kind: 'city',
    appositionHeads: ['capital', 'city', 'town', 'port'],
    examples: [
      ['Ministers met in Tbilisi, the Georgian capital, on Monday.', 'Tbilisi', 'city'],
      ['He spoke to reporters in the Estonian capital, Tallinn, on Friday.', 'Tallinn', 'city'],
      ['The outage hit Kessla, the country’s third-largest city, on Monday.', 'Kessla', 'city'],
    ],
  },
];
