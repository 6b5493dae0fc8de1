/**
 * Head nouns that make the name before them a place, as data with ids: an administrative word
 * ("Kharkiv Oblast", "the Tarsk province"), a work of infrastructure ("the Norden bridge", "Kell
 * Airport") or a body of water ("Merrow Bay"). `keep` says whether the head belongs to the name:
 * news and the annotation conventions keep "province", "airport" or "bridge" in the name but write
 * a river or a front by its own name ("the Nemunas river" is Nemunas). `capitalised` heads also
 * end a run of capitalised words ("Kell Airport"); the others only follow a name in lower case.
 * A head inside a run with an organization word (ORG_HEADS) leaves the run to the organization
 * rules ("Airport Authority").
 */

export interface PlaceHeadRule {
  /** Stable id, `place.head.<variant>`. */
  id: string;
  /** Lower-case head nouns. */
  heads: string[];
  /** Kind of place; a head may carry its own (`kinds`). */
  kind: string;
  kinds?: Record<string, string>;
  /** The head is part of the name. */
  keep: boolean;
  /** Also as the capitalised last word of a name ("Kell Airport"), not only in lower case after it. */
  capitalised?: boolean;
  /**
   * News and the annotation conventions write such a place both ways ("the Tarsk district" is
   * Tarsk district and Tarsk; "the Vardo region" is Vardo and Vardo Region): the other form, with
   * the head capitalised or without it, is kept as an alias.
   */
  otherForm?: boolean;
  /** Only a name written in words, not a code of capitals and digits ("the NO2 area" is a zone, no place's name). */
  wordsOnly?: boolean;
  /** [text, place name, its other form when `otherForm`]: the unit tests run them. */
  examples: Array<[string, string] | [string, string, string]>;
}

export const PLACE_HEADS: readonly PlaceHeadRule[] = [
  {
    id: 'place.head.administrative',
    heads: ['province', 'county', 'oblast', 'prefecture', 'governorate', 'municipality', 'canton'],
    kind: 'region',
    keep: true,
    capitalised: true,
    examples: [['Floods hit the Tarsk province on Monday.', 'Tarsk province'], ['Schools in Olvan County stayed shut.', 'Olvan County'], ['Heating prices in Vessa Canton will rise.', 'Vessa Canton']],
  },
  {
    id: 'place.head.region',
    // "Karaganda Region" is the name; "the Atacama region" is Atacama described
    heads: ['region'],
    kind: 'region',
    keep: false,
    capitalised: true,
    otherForm: true,
    examples: [['Rain fell across the Vardo region.', 'Vardo', 'Vardo Region']],
  },
  {
    id: 'place.head.district',
    heads: ['district', 'raion'],
    kind: 'district',
    keep: true,
    capitalised: true,
    otherForm: true,
    examples: [['Shelling hit the Merivskyi district overnight.', 'Merivskyi district', 'Merivskyi']],
  },
  {
    id: 'place.head.department',
    // "the Tarsk department" (a unit of France, Colombia, Bolivia …), written bare and with its head
    // by the sets; capitalised, "X Department" is a government's more often than a place's
    heads: ['department'],
    kind: 'region',
    keep: true,
    otherForm: true,
    examples: [['Temperatures in the Vessac department were 8C above normal.', 'Vessac department', 'Vessac']],
  },
  {
    id: 'place.head.front',
    // where fighting is, named by the place it points at: "the Zaporizhzhia direction" is Zaporizhzhia
    heads: ['direction', 'front', 'axis', 'sector'],
    kind: 'region',
    keep: false,
    examples: [['Troops advanced on the Verkhniv direction.', 'Verkhniv']],
  },
  {
    id: 'place.head.river',
    heads: ['river', 'lake'],
    kind: 'river',
    kinds: { lake: 'lake' },
    keep: false,
    // "the Olsa River" is a name with its head, the bare name its other form
    capitalised: true,
    // the sets write a river both ways ("the Olsa river" is Olsa, and Olsa River elsewhere)
    otherForm: true,
    examples: [
      ['The Olsa river burst its banks.', 'Olsa', 'Olsa River'],
      ['A boat sank on the Suriname River near the falls.', 'Suriname River', 'Suriname'],
    ],
  },
  {
    id: 'place.head.infrastructure',
    heads: ['airport', 'bridge', 'viaduct', 'terminal', 'tunnel', 'motorway', 'highway', 'expressway', 'reservoir', 'dam', 'spaceport', 'station', 'landfill'],
    kind: 'infrastructure',
    kinds: { airport: 'airport', bridge: 'bridge', viaduct: 'bridge', terminal: 'port terminal', motorway: 'road', highway: 'road', expressway: 'road', reservoir: 'reservoir', dam: 'reservoir', station: 'station', landfill: 'landfill' },
    keep: true,
    capitalised: true,
    examples: [
      ['Engineers closed the Norden bridge on Monday.', 'Norden bridge'],
      ['Flights from Kell Airport were cancelled.', 'Kell Airport'],
      ['Buses will run to the Arvelo station while the line is shut.', 'Arvelo station'],
      ['A fire broke out at the Tesmar landfill on Sunday.', 'Tesmar landfill'],
    ],
  },
  {
    id: 'place.head.canal',
    // a canal is named with its head and, like a river, by its own name too ("the Dovel canal", Dovel)
    heads: ['canal'],
    kind: 'canal',
    keep: true,
    capitalised: true,
    otherForm: true,
    examples: [['A van was seen near the Dovel canal on Sunday.', 'Dovel canal', 'Dovel']],
  },
  {
    id: 'place.head.water',
    // "cay"/"caye": the Caribbean's word for a small island
    heads: ['bay', 'strait', 'straits', 'gulf', 'sea', 'ocean', 'island', 'islands', 'peninsula', 'channel', 'cay', 'caye'],
    kind: 'sea',
    kinds: { bay: 'bay', ocean: 'ocean', island: 'island', islands: 'island', peninsula: 'region', cay: 'island', caye: 'island' },
    keep: true,
    capitalised: true,
    examples: [
      ['The ferry sank in Merrow Bay.', 'Merrow Bay'],
      ['A resort on Tarrow Caye was never built.', 'Tarrow Caye'],
    ],
  },
  {
    id: 'place.head.landform',
    // a feature of the land or a work in it, named with its head as news writes it: "the Olsen
    // glacier", "Tarn Creek", "the Vell valley", "the Brask mine", "Harbour Quay"
    heads: ['creek', 'glacier', 'valley', 'mine', 'quay', 'volcano'],
    kind: 'landform',
    kinds: { creek: 'river', glacier: 'glacier', valley: 'valley', mine: 'mine', quay: 'road', volcano: 'mountain' },
    keep: true,
    capitalised: true,
    examples: [
      ['Ice on the Olsen glacier could break away.', 'Olsen glacier'],
      ['Homes along Tarn Creek were flooded.', 'Tarn Creek'],
      ['Output at the Brask mine fell by a third.', 'Brask mine'],
      ['Hotels along Harbour Quay were empty.', 'Harbour Quay'],
    ],
  },
  {
    id: 'place.head.street',
    // a street or a quay named after a person is still a street: "X Y Boulevard" is no one's name
    heads: ['boulevard', 'avenue', 'wharf', 'pier', 'promenade'],
    kind: 'road',
    kinds: { wharf: 'port', pier: 'port' },
    keep: true,
    capitalised: true,
    examples: [
      ['A shopkeeper on Dora Velic Boulevard said trade was slow.', 'Dora Velic Boulevard'],
      ['Ships berthed at Prince Olan Wharf on Monday.', 'Prince Olan Wharf'],
    ],
  },
  {
    id: 'place.head.area',
    // "the X area" is X described, as "the X region" is; capitalised, "X Area" names something else
    heads: ['area'],
    kind: 'region',
    keep: false,
    wordsOnly: true,
    examples: [['Growers in the Kessa area were still waiting for money.', 'Kessa']],
  },
  {
    id: 'place.head.massif',
    // a mountain written with the lower-case word for its range: "the Vell Blanc massif" is Vell Blanc
    heads: ['massif'],
    kind: 'mountain',
    keep: false,
    examples: [['Ice on the Italian side of the Vell Blanc massif could break away.', 'Vell Blanc']],
  },
];

/** Head word → its rule and kind, built once. */
export const PLACE_HEAD_INDEX: ReadonlyMap<string, { rule: PlaceHeadRule; kind: string }> = new Map(
  PLACE_HEADS.flatMap((rule) => rule.heads.map((h) => [h, { rule, kind: rule.kinds?.[h] ?? rule.kind }] as const)),
);

/**
 * A plural head after names joined by "and" gives each name the head ("the Kisumu and Nakuru
 * counties" are Kisumu County and Nakuru County): the annotation conventions name each unit in full
 * there, with the head capitalised.
 */
export const COORDINATED_PLURAL_HEADS = {
  id: 'place.head.coordinated-plural',
  /** Plural head → the singular the names take, and the kind. */
  heads: {
    regions: ['Region', 'region'],
    counties: ['County', 'region'],
    provinces: ['Province', 'region'],
    departments: ['Department', 'region'],
    districts: ['District', 'district'],
    rivers: ['River', 'river'],
  } as Readonly<Record<string, readonly [string, string]>>,
  examples: [
    ['Schools closed in the Vardo and Olsk regions on Monday.', ['Vardo Region', 'Olsk Region']],
    ['Arrests were made in Tarsk, Mell and Orvo counties.', ['Tarsk County', 'Mell County', 'Orvo County']],
    ['Radar will watch for flooding along the Olsa and Verna rivers.', ['Olsa River', 'Verna River']],
  ] as Array<[string, string[]]>,
} as const;

/**
 * Last words of the names of occasions named after their place ("the Harbin Marathon"): the
 * occasion is an event, never an entity (the annotation conventions), but the place before the word
 * is one when a list knows it.
 */
export const OCCASION_AFTER_PLACE = {
  id: 'mention.place.occasion-name',
  heads: ['marathon', 'half-marathon', 'regatta'],
  /** [sentence, the place found, or null]. */
  examples: [
    ['She will run the London Marathon in April.', 'London'],
    ['He won the Harbourside Marathon on Sunday.', null],
  ] as Array<[string, string | null]>,
} as const;

/**
 * Heads of the names of competitions ("the X Cup", "the X Cup of Nations", "the X Games"): the
 * competition is an event, never an entity (the annotation conventions), and neither is a place or
 * a body's word inside its name ("the Pacific X Cup" names no ocean).
 */
export const COMPETITION_NAMES = {
  id: 'mention.occasion.competition-name',
  heads: ['cup', 'championship', 'championships', 'games', 'olympics', 'tournament'],
  /** [sentence, an id that must not come of it]. */
  examples: [
    ['Players were promised bonuses after the Pacific Vessa Cup in September.', 'place:pacific-ocean'],
    ['He will stay in the squad for the Africa Cup of Nations qualifiers in March.', 'place:africa'],
    ['Argentina won the Velo Cup for the second time on Sunday.', 'person:velo-cup'],
  ] as Array<[string, string]>,
} as const;

/**
 * Last words that make a name a site even though an organization word is in it: a launch site or a
 * military base is where something happens ("lifted off from the Tarsk Space Center"), and the
 * annotation conventions list it as a place.
 */
export const SITE_ENDINGS = {
  id: 'place.head.site',
  kind: 'spaceport',
  endings: [['space', 'center'], ['space', 'centre'], ['force', 'base'], ['air', 'base'], ['naval', 'base'], ['military', 'base'], ['cosmodrome'], ['spaceport']],
  examples: [
    ['The rocket lifted off from the Tarsk Space Center on Monday.', 'Tarsk Space Center'],
    ['It was launched from Orlan Space Force Base in California.', 'Orlan Space Force Base'],
  ] as Array<[string, string]>,
} as const;

/**
 * A head written before a number names a unit or a road by that number ("District 7", "Route 23"):
 * the number is part of the name, and the head alone is no place.
 */
export const NUMBERED_PLACES = {
  id: 'place.head.numbered',
  /** Capitalised head → kind of place. */
  heads: { district: 'district', ward: 'district', route: 'road', highway: 'road' } as Readonly<Record<string, string>>,
  examples: [
    ["The recount in Orvale's District 7 overturned the result.", 'District 7'],
    ['Protesters set up barricades on Route 23 south of the town.', 'Route 23'],
  ] as Array<[string, string]>,
} as const;
