import type { EntityType } from '../../contract.js';

/**
 * A speaker's own pronoun says what it is: "X said it would cut 600 jobs" is an organization,
 * "X said she had run the last 17 kilometres alone" a person. The pronoun opening the reported
 * clause (past an adverbial such as "on Thursday" or "in a statement that") types a name the
 * extractor could only guess (speaker-types.ts); a name typed from a first name, a role, an
 * organization word or a word list keeps its type.
 */

export interface SpeakerPronounRule {
  /** Stable id, listed in rules/mention-rules.ts. */
  id: 'mention.type.speaker-pronoun-organization' | 'mention.type.speaker-pronoun-person';
  pronouns: string[];
  type: EntityType;
  /** [text, name, type]: the unit tests run them. */
  examples: Array<[string, string, EntityType]>;
}

export const SPEAKER_PRONOUN_RULES: readonly SpeakerPronounRule[] = [
  {
    id: 'mention.type.speaker-pronoun-organization',
    pronouns: ['it', 'its'],
    type: 'ORGANIZATION',
    examples: [['Harrow Bryce said on Monday it would close two depots.', 'Harrow Bryce', 'ORGANIZATION']],
  },
  {
    id: 'mention.type.speaker-pronoun-person',
    pronouns: ['he', 'his', 'she', 'her'],
    type: 'PERSON',
    examples: [['Okonta, who finished fourth, said she would race again in March.', 'Okonta', 'PERSON']],
  },
];

/** Adverbials that may stand between the verb and the pronoun: "said on Thursday it …", "said in a filing that it …". */
export const PRONOUN_LEAD_WORDS = ['on', 'in', 'at', 'during', 'late', 'early', 'earlier', 'last', 'after', 'before', 'through', 'via', 'overnight'];
