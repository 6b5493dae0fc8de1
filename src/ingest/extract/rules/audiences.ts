/**
 * Who a speaker told, written as a common noun phrase rather than a name: "told a news conference",
 * "told a briefing in X", "told a parliamentary committee on Thursday". The phrase is the verb's
 * audience, not what it reports, and the statement is read past it (statements/audiences.ts) as it
 * is past a named audience ("told Reuters") or "told reporters".
 */

export interface AudienceRule {
  /** Stable id, listed in rules/statement-rules.ts. */
  id: 'statement.audience.noun-phrase';
  /** Determiners that open the phrase. */
  determiners: string[];
  /** Head nouns of an audience; up to two lower-case modifiers may stand before ("news", "parliamentary"). */
  nouns: string[];
  /** [text, speaker's name, what was reported]: the unit tests run them. */
  examples: Array<[string, string, string]>;
}

export const AUDIENCE_RULE: AudienceRule = {
  id: 'statement.audience.noun-phrase',
  determiners: ['a', 'an', 'the', 'its', 'his', 'her', 'their'],
  nouns: ['briefing', 'conference', 'committee', 'hearing', 'meeting', 'rally', 'crowd', 'gathering', 'session', 'panel', 'inquiry', 'forum', 'summit', 'audience', 'assembly', 'parliament', 'senate', 'court', 'jury', 'tribunal', 'council'],
  examples: [
    ['The doors were forced at 3am, prosecutor Anna Weel told a news conference.', 'Anna Weel', 'The doors were forced at 3am'],
    ['Harbour director Luis Mendo told a briefing in Tarvo that three people had died.', 'Luis Mendo', 'three people had died'],
    ['Luis Mendo told a parliamentary committee on Thursday that the port would reopen in May.', 'Luis Mendo', 'the port would reopen in May'],
  ],
};
