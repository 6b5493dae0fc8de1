/**
 * A plural description of bodies the story has named: "the two companies announced", "both clubs
 * said", "the companies said". The annotation conventions give each named body its own statement
 * (seed/samples/README.md), so the statement is made once per body: the bodies named earlier in the
 * same sentence, else the bodies a plural description named in the sentences just before
 * (statements/plural-bodies.ts). With fewer than two such bodies the description stays an unnamed
 * source as written.
 */

export interface PluralBodiesRule {
  /** Stable id, listed in rules/statement-rules.ts. */
  id: 'statement.subject.plural-bodies';
  /** Determiners and counts that may open the description. */
  openers: string[];
  /** Plural nouns for bodies. */
  nouns: string[];
  examples: BodiesExample[];
}

/** [text, speakers' names in order, what they said]: the unit tests run them. */
export type BodiesExample = [text: string, speakers: string[], said: string];

export const PLURAL_BODIES_RULE: PluralBodiesRule = {
  id: 'statement.subject.plural-bodies',
  openers: ['the', 'both', 'two', 'three', 'their', 'all'],
  nouns: ['companies', 'firms', 'groups', 'clubs', 'airlines', 'carriers', 'carmakers', 'banks', 'lenders', 'insurers', 'unions', 'miners', 'operators', 'shipyards', 'utilities', 'retailers', 'partners'],
  examples: [
    ['Orvane Holdings and Kelda Tessaly agreed to merge on Monday, the two companies announced.', ['Orvane Holdings', 'Kelda Tessaly'], 'Orvane Holdings and Kelda Tessaly agreed to merge on Monday'],
    ['Brondal IF and Varde United will share the stadium from March, both clubs said.', ['Brondal IF', 'Varde United'], 'Brondal IF and Varde United will share the stadium from March'],
  ],
};

/**
 * Scientists who report a finding and the bodies they work for, named in the next sentence: "…,
 * scientists said on Thursday. The team, from the X Institute and the University of Y, …". Each
 * body the next sentence opens with speaks (statements/plural-bodies.ts), as the annotations give
 * the finding to the institutions.
 */
export interface ResearchGroupRule {
  /** Stable id, listed in rules/statement-rules.ts. */
  id: 'statement.subject.research-bodies';
  /** The unnamed source, one plural noun with nothing before or after it. */
  sources: string[];
  /** Nouns after "The" that open the next sentence and stand for the group or its work. */
  groupNouns: string[];
  examples: BodiesExample[];
}

export const RESEARCH_GROUP_RULE: ResearchGroupRule = {
  id: 'statement.subject.research-bodies',
  sources: ['scientists', 'researchers'],
  groupNouns: ['team', 'study', 'research', 'researchers', 'scientists', 'survey', 'paper'],
  examples: [
    [
      'The lake has warmed by two degrees since 1990, scientists said on Monday. The team, from the Varn Limnology Institute and the University of Kelby, took samples in May.',
      ['Varn Limnology Institute', 'University of Kelby'],
      'The lake has warmed by two degrees since 1990',
    ],
    [
      'Most of the reef has bleached, researchers said. The study, by scientists at the Tarn Marine Institute and the University of Orlen, was published on Friday.',
      ['Tarn Marine Institute', 'University of Orlen'],
      'Most of the reef has bleached',
    ],
  ],
};
