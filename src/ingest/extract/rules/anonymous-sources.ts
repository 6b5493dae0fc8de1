/**
 * Unnamed sources beyond the listed heads (gazetteer ANONYMOUS_HEADS): any common noun that opens
 * the subject of a reporting verb names a source no entity stands for, as the annotation
 * conventions keep them ("speaker": null, the source as written). A plural needs no article
 * ("Taxi drivers in the capital said", "The protesters said"); a singular needs an indefinite one
 * ("A pharmacist in the town said", "One large shareholder said"), since "the ministry said" is a
 * description of a body named elsewhere (statements/descriptions.ts). Nouns for documents and
 * figures are no sources: "Figures published on Monday showed" stays unattributed.
 */

export interface AnonymousSourceRule {
  /** Stable id, listed in rules/statement-rules.ts. */
  id: 'statement.anonymous.common-noun' | 'statement.anonymous.official-of-description' | 'statement.anonymous.source-of-name' | 'statement.anonymous.past-aside' | 'statement.anonymous.unresolved-description';
  /** [text, the source as written]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const ANONYMOUS_SOURCE_RULES: readonly AnonymousSourceRule[] = [
  {
    id: 'statement.anonymous.common-noun',
    examples: [
      ['Ferry captains in the harbour said the crossing had been rough since Friday.', 'Ferry captains in the harbour'],
      ['The strikers said they would march again on Thursday.', 'The strikers'],
      // a name after "along" is a place (mention.unknown.place-context), which modifies the source
      ['Hotel owners along Mirelstrand said bookings had halved.', 'Hotel owners along Mirelstrand'],
    ],
  },
  {
    id: 'statement.anonymous.source-of-name',
    examples: [
      ['Residents of Varnholm said the taps had run dry in October.', 'Residents of Varnholm'],
      ['Elders from Kanovo said they wanted the carvings brought home.', 'Elders from Kanovo'],
      ['Shopkeepers of the Kelby district said sales had halved.', 'Shopkeepers of the Kelby district'],
    ],
  },
  {
    id: 'statement.anonymous.past-aside',
    examples: [
      ['Elders from Varnholm, a village on the river, said they wanted the carvings brought home.', 'Elders from Varnholm'],
      ['Residents of the Kelby district, where the taps have run dry since October, said they had been buying water.', 'Residents of the Kelby district'],
      ['Ferry crews on Marrow Island, the main island, said they had seen discoloured water.', 'Ferry crews on Marrow Island'],
      ['The families of the passengers, most of them farm workers, said the sentence was too short.', 'The families of the passengers'],
      ['A boat owner on Little Skerry, who asked not to be named, said he would sell his vessel.', 'A boat owner on Little Skerry, who asked not to be named'],
      ['A baker in the old town, whose shop was flooded, said the water had risen within minutes.', 'A baker in the old town, whose shop was flooded'],
    ],
  },
  {
    // a body described by its kind and never named (subject-before.ts unresolvedBody); "the agency" alone, or a
    // ministry or a government, refers to a body the story names
    id: 'statement.anonymous.unresolved-description',
    examples: [
      ['The regional flood warning service said the river would peak on Friday.', 'The regional flood warning service'],
      ["The town's water board said the taps would run again by Monday.", "The town's water board"],
      ['Schools will stay shut until Friday, the district education office said.', 'the district education office'],
      ['Bread prices rose by a quarter in October, according to the national statistics office.', 'the national statistics office'],
    ],
  },
  {
    id: 'statement.anonymous.official-of-description',
    examples: [
      ['The Tarn Water Board closed the reservoir. A spokesperson for the board said the water was safe.', 'A spokesperson for the board'],
      // a plural head needs no opener
      ['The Varn Council will debate the tariff next month, officials at the authority said.', 'officials at the authority'],
    ],
  },
];

/** Singular articles that make a common noun an unnamed source: "a", "an", "one". */
export const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** Heads that name documents, figures or things, never a source that speaks. */
export const NOT_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'figure', 'figures', 'data', 'statistics',
  'result', 'results', 'statement', 'statements', 'document', 'documents', 'letter', 'letters', 'filing', 'filings', 'notice',
  'analysis', 'review', 'audit', 'estimate', 'estimates', 'record', 'records', 'test', 'tests', 'paper', 'papers', 'draft',
  'forecast', 'forecasts', 'model', 'models', 'ruling', 'rulings', 'decision', 'judgment', 'verdict', 'order', 'plan', 'plans',
  'law', 'laws', 'bill', 'rule', 'rules', 'deal', 'agreement', 'contract', 'prices', 'shares', 'sales', 'markets', 'images',
  'photos', 'video', 'videos', 'footage', 'map', 'maps', 'readings', 'measurements', 'tally', 'count', 'total', 'list',
  // plural descriptions of bodies the story names ("the two companies said"): named speakers, not unnamed ones
  'companies', 'firms', 'lenders', 'carmakers', 'airlines', 'insurers', 'governments', 'ministries', 'countries',
]);
