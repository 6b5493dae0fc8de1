/**
 * When an action verb with no date in reach still makes an event (trigger-events.ts). A third to a half of the events
 * the annotated sets hold have no date ("the company said it would appeal", "the regulator had fined the bank"): what
 * someone plans or has already done is an event of the story even when no day is given. A verb trigger with a named
 * subject and no date makes one only after one of these cues, which say the action is planned or done; a plain past
 * verb without a date is most often the story's main event told again, or a clause about something else.
 */

export interface UndatedCue {
  /** Stable id, `event.undated.<name>`. */
  id: string;
  about: string;
  /** Word sequences right before the verb (past the adverbs of UNDATED_SKIPPED), lower case. */
  before: ReadonlyArray<readonly string[]>;
}

export const UNDATED_CUES: readonly UndatedCue[] = [
  {
    id: 'event.undated.planned',
    about: 'an action planned or promised with no date: after a modal of the future or "<intend> to" ("said it would appeal", "plans to build a depot")',
    before: [['will'], ['would'], ['shall'], ['plans', 'to'], ['plan', 'to'], ['planned', 'to'], ['aims', 'to'], ['intends', 'to'], ['promised', 'to'], ['wants', 'to'], ['is', 'to'], ['are', 'to'], ['due', 'to'], ['expected', 'to'], ['has', 'to'], ['have', 'to'], ['had', 'to'], ['going', 'to']],
  },
  {
    id: 'event.undated.done',
    about: 'an action reported as done with no date: after the "have" of a perfect ("said it had fined the lender", "has approved new corridors")',
    before: [['has'], ['have'], ['had']],
  },
];

/** Adverbs that may stand between a cue and its verb ("would also ask", "had already fined"). */
export const UNDATED_SKIPPED: ReadonlySet<string> = new Set(['also', 'already', 'now', 'then', 'soon', 'still', 'first', 'partly', 'fully', 'quickly', 'later', 'eventually', 'immediately', 'jointly']);
