import { type WordSet, wordSetsByName } from './word-sets.js';

/**
 * The closed word sets the event trigger finder (trigger-events.ts) reads a trigger's context with:
 * which words before a verb are its auxiliaries, which say it does not happen, which verbs report
 * rather than act, and the like. One set per job, each with an id the rule catalogue describes, so
 * a construction that needs one more word changes the data here, not the finder.
 */

export type EventWordSetId =
  | 'event.words.timing-verbs'
  | 'event.words.course-verbs'
  | 'event.words.answering-verbs'
  | 'event.words.closing-verbs'
  | 'event.words.clause-coordinators'
  | 'event.words.generic-prepositions'
  | 'event.words.phrasal-particles'
  | 'event.words.auxiliaries'
  | 'event.words.modals'
  | 'event.words.negations'
  | 'event.words.negated-be'
  | 'event.words.do-forms'
  | 'event.words.resultative-verbs'
  | 'event.words.passive-be'
  | 'event.words.state-copulas'
  | 'event.words.reporting-verbs'
  | 'event.words.reported-on-verbs'
  | 'event.words.subordinators'
  | 'event.words.place-prepositions'
  | 'event.words.phrase-prepositions'
  | 'event.words.determiners'
  | 'event.words.contact-pronouns'
  | 'event.words.moving-verbs'
  | 'event.words.made-verbs'
  | 'event.words.future-cues'
  | 'event.words.fixture-sides'
  | 'event.words.purpose-enders'
  | 'event.words.pronoun-subjects'
  | 'event.words.object-determiners'
  | 'event.words.perfect-auxiliaries'
  | 'event.words.present-perfect'
  | 'event.words.progressive-be'
  | 'event.words.be-forms'
  | 'event.words.deadline-be'
  | 'event.words.approximators'
  | 'event.words.relative-pronouns'
  | 'event.words.speaker-pronouns'
  | 'event.words.clause-date-stops'
  | 'event.words.report-stops'
  | 'event.words.condition-openers'
  | 'event.words.time-clause-openers'
  | 'event.words.coordination-stops'
  | 'event.words.date-prepositions'
  | 'event.words.figure-prepositions'
  | 'event.words.participle-prepositions'
  | 'event.words.date-determiners';

export const EVENT_WORD_SETS: ReadonlyArray<WordSet<EventWordSetId>> = [
  {
    id: 'event.words.timing-verbs',
    about: 'verbs that place an event in time rather than report another action ("is scheduled for", "takes place on")',
    words: ['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'held', 'hold', 'holds', 'scheduled', 'due', 'set', 'expected', 'planned', 'take', 'takes', 'took', 'place', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'open', 'opens', 'opened', 'end', 'ends', 'ended', 'resume', 'resumes', 'come', 'comes', 'came', 'effect', 'runs', 'run', 'last', 'lasts', 'lasted'],
  },
  {
    id: 'event.words.course-verbs',
    about: 'verbs of an event\'s own course: after its auxiliaries they are the predicate of an event phrase that is their subject, whose date it carries ("the campaign would start in X on 7 December")',
    words: ['start', 'starts', 'begin', 'begins', 'end', 'ends', 'open', 'opens', 'close', 'closes', 'resume', 'resumes', 'run', 'runs', 'last', 'lasts', 'finish', 'finishes', 'conclude', 'concludes', 'take', 'takes'],
  },
  {
    id: 'event.words.generic-prepositions',
    about: 'prepositions after which a bare plural event noun names a kind of event, not one that happened ("protect councils from cyber attacks", "working during outages", "a tax on withdrawals")',
    words: ['from', 'against', 'during', 'on', 'about'],
  },
  { id: 'event.words.closing-verbs', about: 'present and bare forms of closing: an event phrase they are said of runs until their day, its deadline ("registration will close on 31 January", "a ballot that ends on 11 December")', words: ['close', 'closes', 'end', 'ends', 'expire', 'expires'] },
  { id: 'event.words.answering-verbs', about: 'verbs that answer or weigh an event their object names: a date after them is theirs, not the object\'s ("would consider the request at its meeting on 3 December")', words: ['consider', 'considers', 'considered', 'debate', 'debates', 'debated', 'discuss', 'discusses', 'discussed', 'review', 'reviews', 'reviewed', 'examine', 'examines', 'examined', 'study', 'studies', 'studied', 'reject', 'rejects', 'rejected', 'weigh', 'weighs', 'weighed'] },
  { id: 'event.words.clause-coordinators', about: 'conjunctions that open a new clause after a comma, whose subject may be an event phrase ("…in May, and registration will close on 31 January")', words: ['and', 'but'] },
  { id: 'event.words.phrasal-particles', about: 'particles of phrasal verbs whose object can follow ("draw up", "set out", "lay down", "call off", "set aside")', words: ['up', 'out', 'down', 'off', 'aside'] },
  {
    id: 'event.words.auxiliaries',
    about: 'auxiliaries and adverbs between a verb and the subject it is said of ("the reward will be paid", "would then partly reopen", "are due to arrive")',
    words: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'could', 'can', 'may', 'might', 'must', 'should', 'has', 'have', 'had', 'not', 'also', 'to', 'then', 'now', 'partly', 'fully', 'due', 'expected', 'set'],
  },
  { id: 'event.words.modals', about: 'modals and "to" before a verb: what follows is planned or possible, and a trigger right before one is a noun', words: ['will', 'would', 'to', 'could', 'can', 'may', 'might', 'shall', 'must', 'should'] },
  { id: 'event.words.negations', about: 'words that say an action does not happen: the verb right after them makes no event ("would not pay", "without paying duty")', words: ['not', 'never', 'without', "n't"] },
  { id: 'event.words.resultative-verbs', about: 'verbs that leave their object in a state: a participle or gerund right after the object is that state, no action of its own ("a power failure left 300 passengers stranded … on Wednesday")', words: ['left', 'leaves', 'leaving', 'kept', 'keeps', 'keeping'] },
  { id: 'event.words.do-forms', about: 'forms of "do" that carry a negation after a noun subject, as auxiliaries do ("if heavy rain did not come by …")', words: ['do', 'does', 'did'] },
  { id: 'event.words.negated-be', about: 'forms of "be" a negation still reaches past to the verb ("will not be paid")', words: ['be', 'been', 'being'] },
  { id: 'event.words.passive-be', about: 'forms of "be" among a verb\'s auxiliaries that make it passive ("the reward will be paid")', words: ['be', 'been', 'being', 'is', 'are', 'was', 'were'] },
  { id: 'event.words.state-copulas', about: 'copulas of state, as transparent as an auxiliary before the verb they keep ("the highway would stay closed")', words: ['stay', 'stays', 'stayed', 'remain', 'remains', 'remained'] },
  { id: 'event.words.reporting-verbs', about: 'verbs that report what someone said rather than an action of the day', words: ['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'reported', 'wrote', 'noted', 'warned', 'claimed', 'stressed'] },
  { id: 'event.words.reported-on-verbs', about: 'verbs that make something known on a day: what they report as just done or decided takes that day', words: ['said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'reported', 'reports'] },
  { id: 'event.words.subordinators', about: 'words that open a subordinate clause, whose subject may be an event phrase', words: ['after', 'because', 'when', 'while', 'since', 'although', 'though', 'once', 'until', 'unless'] },
  { id: 'event.words.place-prepositions', about: 'prepositions that open the place of an event phrase ("the summit in X")', words: ['in', 'at', 'near', 'outside'] },
  { id: 'event.words.phrase-prepositions', about: 'prepositions that keep an event phrase going to a participant ("talks with X", "sanctions against Y")', words: ['of', 'on', 'with', 'between', 'against', 'to', 'over', 'for', 'into', 'by'] },
  { id: 'event.words.determiners', about: 'determiners that open a noun phrase: a trigger after one is a noun', words: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'no'] },
  { id: 'event.words.contact-pronouns', about: 'subject pronouns of a contact relative clause, which describes its noun and is no action of the day ("raised the price it pays farmers")', words: ['it', 'they', 'we', 'he', 'she'] },
  {
    id: 'event.words.moving-verbs',
    about: 'participles that move or stop an event: the date of their passive is that of the change, not of the event ("the opening was postponed in March")',
    words: ['postponed', 'delayed', 'cancelled', 'canceled', 'moved', 'rescheduled', 'suspended', 'halted', 'scrapped', 'called', 'pushed', 'brought', 'put'],
  },
  { id: 'event.words.made-verbs', about: 'participles of an aside that says when the phrase before it was made (", announced by the government in September,")', words: ['announced', 'adopted', 'approved', 'introduced', 'passed', 'signed', 'unveiled', 'launched', 'imposed'] },
  { id: 'event.words.future-cues', about: 'words of a sentence that looks ahead: its dates without a year or week lean forward', words: ['will', 'shall', 'would', 'expected', 'scheduled', 'due', 'upcoming', 'next'] },
  { id: 'event.words.fixture-sides', about: 'adverbs that qualify a sports fixture before its head ("Sunday\'s away game")', words: ['home', 'away'] },  { id: 'event.words.purpose-enders', about: 'words that end the purpose "to <verb> …" of an obligation: a coordinated alternative follows ("to pay or face a penalty")', words: ['or', 'and', 'but', 'unless'] },
  { id: 'event.words.pronoun-subjects', about: 'pronouns and relatives that are a subject: a trigger right after one is not read as the noun heading a subject before a modal', words: ['he', 'she', 'it', 'they', 'we', 'i', 'who', 'which', 'that'] },
  { id: 'event.words.object-determiners', about: 'determiners of an object ("fined the lender"): a trigger before one is a verb, and one after one is a noun', words: ['its', 'their', 'his', 'her', 'our', 'the', 'a', 'an'] },
  { id: 'event.words.perfect-auxiliaries', about: 'forms of "have" that make a perfect: no action of their own, and the tense of an action reported as just done', words: ['has', 'have', 'had'] },
  { id: 'event.words.present-perfect', about: 'forms of "have" of a present perfect, dated by the report after it ("has banned …, the ministry said on Monday")', words: ['has', 'have'] },
  { id: 'event.words.progressive-be', about: 'forms of "be" of a present progressive: an action under way on the day of its report ("is recalling …")', words: ['is', 'are'] },
  { id: 'event.words.be-forms', about: 'forms of "be" before a gerund, which make it a verb rather than a modifier of the noun after it ("were laying cables" against "92,000 laying hens")', words: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'] },
  { id: 'event.words.deadline-be', about: 'forms of "be" before a participle whose action is still to be done, so it keeps its deadline ("must be paid within 60 days")', words: ['be', 'been'] },
  { id: 'event.words.approximators', about: 'words that may stand between an action and the figure that is its object, for rules whose object may be a count ("evacuated about 300 people")', words: ['about', 'some', 'around', 'nearly', 'almost', 'over', 'more', 'than', 'roughly'] },
  { id: 'event.words.relative-pronouns', about: 'relative pronouns that stand for the noun right before them ("a night train that derailed")', words: ['that', 'which'] },
  { id: 'event.words.speaker-pronouns', about: 'subject pronouns inside what someone said, which stand for the speaker ("he would meet …")', words: ['he', 'she', 'it', 'they', 'we', 'i'] },
  { id: 'event.words.clause-date-stops', about: 'words between an action and a date further on in its clause that open another clause or report, so the date is not the action\'s', words: ['said', 'says', 'told', 'that', 'which', 'who', 'after', 'before', 'while', 'when', 'because', 'as'] },
  { id: 'event.words.report-stops', about: 'words between a date and the action after it that make the date a report\'s ("on Monday said that …")', words: ['said', 'told', 'that'] },
  { id: 'event.words.condition-openers', about: 'conjunctions that open a condition, reason or concession: a day before one still open belongs to the main clause ("will leave on 31 January unless …")', words: ['if', 'unless', 'because', 'although', 'though', 'whereas'] },
  { id: 'event.words.time-clause-openers', about: 'conjunctions that open a time clause: a day before one belongs to the main clause only when the clause has its own verb ("from Tuesday after talks … broke down")', words: ['after', 'when', 'once', 'while', 'until', 'before'] },
  { id: 'event.words.coordination-stops', about: 'words between two past verbs joined by "and" that put a report or a relative clause between them, so the second does not share the first\'s day', words: ['said', 'says', 'told', 'that', 'which', 'who'] },
  { id: 'event.words.date-prepositions', about: 'prepositions that open a date right after a bare verb, which make it the verb of the plural noun before ("when the auction floors open in March")', words: ['in', 'on', 'from', 'by'] },
  { id: 'event.words.figure-prepositions', about: 'prepositions of the figure a verb moves by, which make an inflected form before them a verb ("the price of bread rose by a quarter")', words: ['by', 'to', 'from'] },
  { id: 'event.words.participle-prepositions', about: 'prepositions after a participle that make it qualify the plural noun before it, no action of its own ("arrears owed to growers")', words: ['to', 'by'] },
  { id: 'event.words.date-determiners', about: 'determiners before a date written as a modifier of the noun after it ("the 14 August vote", "its December races"): the date is that noun\'s, not a verb\'s around it', words: ['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that'] },
];

/** Every set's words by the set's name (`event.words.phrasal-particles` → `phrasalParticles`). */
export const EVENT_WORDS = wordSetsByName('event.words.', EVENT_WORD_SETS);
