/**
 * Photo credits as data: the part of a caption that says who took or supplied the picture
 * ("Photo: Reuters/Ivan Alvarado", "Picture by Jane Doe", "(Photo: AFP)"). A credit names no one
 * the story is about, so it yields no mentions; left in, one agency became the largest hub of a
 * 600-article graph. The caption's description before it is still read. "Screenshot: video by X"
 * names the source of the footage shown, not a photographer, and is not a credit here.
 */

export interface CaptionCreditRule {
  /** Stable id, `caption.credit.<variant>`. */
  id: string;
  /** Matches from the start of the credit to the end of the caption. */
  pattern: RegExp;
  /** [caption, what is left of it once the credit is cut]; the unit tests run them. */
  examples: Array<[string, string]>;
}

const CREDIT_WORD = '(?:Photo|Photos|Photograph|Photographs|Picture|Pictures|Pic|Image|Images|Credit|Photo credit)';

export const CAPTION_CREDIT_RULES: readonly CaptionCreditRule[] = [
  {
    id: 'caption.credit.parenthesised',
    pattern: new RegExp(`\\s*\\(\\s*${CREDIT_WORD}\\s*(?::|by\\b)[^)]*\\)\\s*$`, 'i'),
    examples: [['Rescuers at the site (Photo: AFP)', 'Rescuers at the site']],
  },
  {
    id: 'caption.credit.colon',
    pattern: new RegExp(`(?:^|(?<=[.;,!?|–—-])\\s*|\\s+)${CREDIT_WORD}\\s*:\\s*\\S.*$`, 'i'),
    examples: [
      ['Rescue workers at the mine. Photo: Reuters/Ivan Alvarado', 'Rescue workers at the mine.'],
      ['Photo: Getty Images', ''],
      ['Voters queue in Leeds | Picture: Tom Nicholson', 'Voters queue in Leeds |'],
    ],
  },
  {
    id: 'caption.credit.by',
    pattern: new RegExp(`(?:^|(?<=[.;,!?|–—-])\\s*|\\s+)${CREDIT_WORD}\\s+by\\s+\\p{Lu}.*$`, 'iu'),
    examples: [['A tanker off Fujairah. Photo by Jane Doe for The Gulf Times', 'A tanker off Fujairah.']],
  },
];

/** The caption without its photo credit, and the id of the rule that cut it. Offsets of what is kept do not move. */
export function withoutPhotoCredit(caption: string): { text: string; rule?: string } {
  for (const rule of CAPTION_CREDIT_RULES) {
    const m = rule.pattern.exec(caption);
    if (m) return { text: caption.slice(0, m.index).trimEnd(), rule: rule.id };
  }
  return { text: caption };
}
