/**
 * Definite descriptions that refer back to an organization by what kind of body it is, not by a
 * word of its name: "the regulator said" after "the Maritime Authority", "the agency said" after
 * "the Fisheries Service". A description resolves to the organization that spoke in the two
 * sentences before when it fits, else to the last one named that fits (statements/descriptions.ts), so the
 * kind decides before recency. Descriptions that repeat a word of the name ("the commission")
 * and "the company" are read in statements/descriptions.ts.
 */

export interface DescriptionRule {
  /** Stable id, `statement.description.<noun>`. */
  id: string;
  /** Lower-case nouns after "the". */
  nouns: string[];
  /** Last words of names of bodies the nouns describe. */
  heads: string[];
  /** Organization kinds the nouns describe, whatever the name ends in. */
  kinds?: string[];
  /** [text, speaker's name]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const DESCRIPTION_RULES: readonly DescriptionRule[] = [
  {
    id: 'statement.description.regulator',
    nouns: ['regulator', 'watchdog'],
    heads: ['authority', 'commission', 'agency', 'office', 'regulator', 'inspectorate', 'board', 'administration', 'bureau', 'directorate'],
    kinds: ['regulator'],
    examples: [['The Coastal Safety Authority fined the ferry operator on Monday. The regulator said the crew had ignored two warnings.', 'Coastal Safety Authority']],
  },
  {
    id: 'statement.description.agency',
    nouns: ['agency'],
    heads: ['agency', 'authority', 'service', 'office', 'institute', 'bureau', 'administration', 'directorate', 'inspectorate'],
    kinds: ['UN agency', 'regulator'],
    examples: [['Brenna Mining welcomed the report. The Geological Survey Service published it on Monday, and the agency said more tremors were likely.', 'Geological Survey Service']],
  },
  {
    id: 'statement.description.ministry',
    nouns: ['ministry', 'department'],
    heads: ['ministry', 'department', 'office'],
    kinds: ['government'],
    examples: [['The Department of Roads closed the pass. The ministry said it would reopen in spring.', 'Department of Roads']],
  },
  {
    id: 'statement.description.court',
    nouns: ['court', 'tribunal', 'judges'],
    heads: ['court', 'tribunal'],
    kinds: ['court'],
    examples: [
      ['The Supreme Tribunal upheld the ban. The court said the law was clear.', 'Supreme Tribunal'],
      // the judges speak for their court, as the seed annotations take "The judges found"
      ['The Supreme Tribunal upheld the ban on Monday. The judges said the law was clear.', 'Supreme Tribunal'],
    ],
  },
  {
    id: 'statement.description.union',
    nouns: ['union'],
    // a workers' body named as an association or federation; "… Union" itself is read by its name word
    heads: ['association', 'federation', 'confederation', 'syndicate'],
    kinds: ['trade union'],
    examples: [['The Tarn Bus Drivers Federation called the strike. Their union said pay had been frozen since 2023.', 'Tarn Bus Drivers Federation']],
  },
];

/** Description noun → its rule, built once. */
export const DESCRIPTION_INDEX: ReadonlyMap<string, DescriptionRule> = new Map(DESCRIPTION_RULES.flatMap((r) => r.nouns.map((n) => [n, r] as const)));

/**
 * Descriptions of a body by what it is, when no organization of that kind is named before them:
 * "Brondal IF sacked its coach … The club said", "Dorvan Wings will fly to Nairobi … The airline said"
 * (where "Dorvan Wings" is a name no list types), "…, the regulator said" after "Health X has ordered …"
 * in the same sentence. The description then stands for the body the story is about: a name opening
 * a sentence as its subject, one that has spoken first, else the nearest, typed an organization by
 * the description (statements/descriptions.ts salientBody). Nouns for public bodies may stand for a
 * body of the government too.
 */
export interface SalientBodyRule {
  id: 'statement.description.salient-body';
  /** Lower-case nouns after "the"/"its"/"their". */
  nouns: string[];
  /** Nouns for public bodies: these may stand for a body of the government too ("the regulator"). */
  publicNouns: string[];
  /** [text, speaker's name]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const SALIENT_BODY_RULE: SalientBodyRule = {
  id: 'statement.description.salient-body',
  nouns: [
    'company', 'firm', 'group', 'club', 'airline', 'carrier', 'carmaker', 'automaker', 'manufacturer', 'maker', 'operator', 'miner',
    'museum', 'shipyard', 'utility', 'insurer', 'lender', 'retailer', 'supplier', 'producer', 'developer', 'chipmaker', 'shipbuilder',
    'biotech', 'start-up', 'startup', 'distributor', 'publisher', 'broadcaster', 'charity',
  ],
  publicNouns: ['regulator', 'watchdog', 'authority', 'agency', 'trustee', 'administrator', 'body'],
  examples: [
    ['Health Norvia has ordered the recall of 14 lots of a heart drug, the regulator said on Monday.', 'Health Norvia'],
    ['Brondal IF dismissed its coach on Monday after a defeat by Varde Rovers. The club said it hoped to appoint a successor.', 'Brondal IF'],
    ['Dorvan Wings will fly to Nairobi from March. The airline said it would fly the route three times a week.', 'Dorvan Wings'],
    ['Kelvar Semiconductor recalled 40,000 chips on Monday. The chips were made at its plant in Oslo, the company said.', 'Kelvar Semiconductor'],
  ],
};

/**
 * "The central bank said" after a lender and the country's bank of issue are both named: the
 * modifier asks for the bank of issue, a body whose kind says so or whose name holds one of these
 * words in any language the reports copy ("Central", "Sentral", "Reserve", "National"), never a
 * bank the text made a company.
 */
export interface CentralBankRule {
  id: 'statement.description.central-bank';
  /** Lower-case words before "bank". */
  modifiers: string[];
  /** Lower-case words of the names of banks of issue. */
  nameWords: string[];
  kinds: string[];
  /** [text, speaker's name]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const CENTRAL_BANK_RULE: CentralBankRule = {
  id: 'statement.description.central-bank',
  modifiers: ['central'],
  nameWords: ['central', 'sentral', 'reserve', 'national', 'centrale', 'zentralbank'],
  kinds: ['central bank'],
  examples: [
    ['The Banco Sentral ng Vardia (BSV) fined a lender, Harbor Crest Bank, on Thursday. The board will next meet in March, the central bank said.', 'Banco Sentral ng Vardia'],
  ],
};
