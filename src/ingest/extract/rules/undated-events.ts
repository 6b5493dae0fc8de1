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
  /** A passive: what it is said of is its subject, so no named actor is needed ("the old pier will be demolished"). */
  passive?: boolean;
  /** Words that may not stand right before the sequence: "should have been cancelled" did not happen. */
  notAfter?: readonly string[];
}

/** Modals that make a perfect counterfactual ("should have been cancelled", "could have fined"). */
const COUNTERFACTUAL = ['should', 'could', 'would', 'might', 'must', 'may'];

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
    notAfter: COUNTERFACTUAL,
  },
  {
    id: 'event.undated.passive',
    about: 'a passive planned or done with no date, said of its subject: no named actor needed ("a second depot will be built", "the lease had been cancelled")',
    before: [['will', 'be'], ['would', 'be'], ['shall', 'be'], ['to', 'be'], ['has', 'been'], ['have', 'been'], ['had', 'been']],
    passive: true,
    notAfter: COUNTERFACTUAL,
  },
];

/**
 * A year alone dates nothing the contract can hold (a day or a month), so an action "in 2018" is undated; but written in the
 * verb's clause it says the action is another occasion than the story's own ("banned the felling of the timber in 2018",
 * "In 2015 the regulator fined six dairies"): a past action with an earlier year is an event, done.
 */
export const UNDATED_YEAR = {
  id: 'event.undated.year',
  about: 'a past action in its clause with an earlier year written alone ("in 2014", "since 2019"), after the verb or opening the sentence',
  /** Words right before the year. */
  before: ['in', 'since'],
  /** How many words after the verb the year may come, with no break or other verb between. */
  reach: 10,
} as const;

/**
 * Words that deny what the rest of their clause says (back to its last comma): "no date had been agreed", "there was no
 * sign that data had been stolen", "had not been told which events would be cancelled". The verb's own negation is
 * read by the finder already ("would not appeal").
 */
export const UNDATED_NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', "n't", 'never', 'nothing', 'none', 'neither', 'nor', 'without']);

/** Indefinite pronouns, which name no actor even where the tagger reads a noun ("someone would appeal"). */
export const UNDATED_NO_ACTORS: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'one', 'others']);

/**
 * Verbs whose object names the event they bring about or undergo ("would hold talks", "will face inspections", "had
 * launched a campaign"): an event noun as their object, planned or done with no date, is an event even when its rule
 * wants a date for the noun alone.
 */
export const UNDATED_MAKING_VERBS: ReadonlySet<string> = new Set([
  'hold', 'held', 'launch', 'launched', 'start', 'started', 'begin', 'begun', 'open', 'opened', 'impose', 'imposed', 'issue', 'issued',
  'conduct', 'conducted', 'carry', 'carried', 'introduce', 'introduced', 'order', 'ordered', 'grant', 'granted', 'award', 'awarded',
  'seek', 'sought', 'face', 'receive', 'received', 'fund', 'funded', 'complete', 'completed', 'file', 'filed', 'lodge', 'lodged',
]);

/** Prepositions before a name that ends a subject phrase of place, whose head is the noun before them ("arrivals in Portugal had risen"). */
export const UNDATED_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'around']);

/** Adverbs that may stand between a cue and its verb ("would also ask", "had already fined"). */
export const UNDATED_SKIPPED: ReadonlySet<string> = new Set(['also', 'already', 'now', 'then', 'soon', 'still', 'first', 'partly', 'fully', 'quickly', 'later', 'eventually', 'immediately', 'jointly']);

/**
 * How an undated event is named by its common-noun subject when no named actor does it (trigger-events.ts). An action is
 * "by" its doer; these say where the subject is no doer.
 */
export interface UndatedNaming {
  /** Stable id, `event.undated-name.<name>`. */
  id: string;
  about: string;
  /** Forms of the verb, or heads of the subject phrase, the rule is for (lower case). */
  words: readonly string[];
}

/**
 * Verbs said of what undergoes them when they have no object: "a relief centre had opened", "the operations would have
 * to stop" name the opening of the centre, where "the council had opened a shelter" is the council's opening.
 */
export const UNDATED_UNDERGONE_VERBS: UndatedNaming = {
  id: 'event.undated-name.undergone-without-object',
  about: 'a verb with no object is "of" its subject, not "by" it ("opening of a relief centre", "stop of planned operations", "increase of shark numbers")',
  words: ['open', 'opened', 'reopen', 'reopened', 'close', 'closed', 'stop', 'stopped', 'start', 'started', 'resume', 'resumed', 'end', 'ended', 'finish', 'finished', 'shut',
    'rise', 'rose', 'risen', 'grow', 'grew', 'grown', 'climb', 'climbed', 'jump', 'jumped', 'soar', 'soared', 'double', 'doubled', 'triple', 'tripled',
    'return', 'returned'],
};

/**
 * Subjects that are the means of an action, never its doer: "the fee would pay for a new stadium" is building the fee
 * funds ("construction funded by the fee"), not building by the fee.
 */
export const UNDATED_MEANS_SUBJECTS: UndatedNaming = {
  id: 'event.undated-name.means-subject',
  about: 'money as the subject of an action funds it: "funded by" it, not "by" it',
  words: ['money', 'fee', 'fees', 'funds', 'funding', 'tax', 'taxes', 'levy', 'proceeds', 'revenue', 'revenues', 'loan', 'grant', 'budget', 'surcharge', 'charge', 'savings', 'cash'],
};
