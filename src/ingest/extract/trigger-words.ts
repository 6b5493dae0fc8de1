/**
 * The event finder's compiled word patterns, built once from the named word sets of rules/event-words.ts: what the
 * trigger finder (trigger-events.ts) and its clause readers (undated-clauses.ts) test tokens and spans against.
 */
import { EVENT_WORDS } from './rules/event-words.js';
import { alternation, wholeWord } from './rules/word-sets.js';

/** Verbs that place an event in time rather than report another action ("is scheduled for", "takes place on"). */
export const TIMING_VERBS = wholeWord(EVENT_WORDS.timingVerbs);


/** Particles of phrasal verbs whose object can follow: "draw up", "set out", "lay down", "call off". */
export const PHRASAL_PARTICLES = wholeWord(EVENT_WORDS.phrasalParticles);
export const AUXILIARIES = wholeWord(EVENT_WORDS.auxiliaries);
export const MODALS = wholeWord(EVENT_WORDS.modals);
/** Words that say an action does not happen: the verb right after them (past "be") makes no event. */
export const NEGATIONS = wholeWord(EVENT_WORDS.negations);
export const STATE_COPULAS = wholeWord(EVENT_WORDS.stateCopulas);
/** Modals after the head of their subject: a trigger right before one is a noun. */
export const isSubjectModal = (word: string): boolean => word !== 'to' && MODALS.test(word);
export const REPORTING = wholeWord(EVENT_WORDS.reportingVerbs);
/** Verbs that make something known on a day: what they report as just done or decided takes that day. */
export const REPORTED_ON = wholeWord(EVENT_WORDS.reportedOnVerbs);
/** Words that open a subordinate clause, whose subject may be an event phrase. */
export const SUBORDINATORS = wholeWord(EVENT_WORDS.subordinators);
export const PLACE_PREPOSITIONS = EVENT_WORDS.placePrepositions;
export const PHRASE_PREPOSITIONS = EVENT_WORDS.phrasePrepositions;
export const DETERMINERS = wholeWord(EVENT_WORDS.determiners);
export const BREAK = /[,;:.!?"“”()]/;
/** A relative pronoun and the auxiliary of its own verb: the clause after it carries its own dates. */
export const RELATIVE_VERB = /\b(?:that|which|who)\s+(?:will|would|is|are|was|were|could|can|should|must|has|have|had)\b/i;
/** A comma or semicolon between clauses; not the thousands separator of a figure ("92,000 hens"). */
export const CLAUSE_BREAK = /;|,(?!\d{3}\b)/;
/** A relative clause between commas: ", which would pump brine from 14 wells,". */
export const RELATIVE_ASIDE = /,\s*(?:which|who|whose)\b[^,;.]*,/gi;
/**
 * A passive right after a subject phrase: its predicate ("was filed", "will be held"). Not one that moves or stops the
 * event, whose date is that of the change: "the opening was postponed in March".
 */
const MOVING = alternation(EVENT_WORDS.movingVerbs);
export const PASSIVE_PREDICATE = new RegExp(`^\\s+(?:was|were|is|are|(?:has|have|had)\\s+been|(?:will|would)\\s+be)\\s+(?!(?:${MOVING})\\b)[a-z]+(?:ed|en)\\b`, 'i');
export const MOVING_VERBS = new RegExp(`^(?:${MOVING})$`);
/** A participle aside that says when the phrase before it was made: ", announced by the government in September,". */
export const MADE_ASIDE = new RegExp(`\\s*(?:${alternation(EVENT_WORDS.madeVerbs)})\\b`);
/** A sentence that looks ahead somewhere: its dates without a year or week lean forward. */
export const FUTURE_SENTENCE = new RegExp(`\\b(?:${alternation(EVENT_WORDS.futureCues)})\\b`, 'i');
/** Adverbs that qualify a sports fixture before its head: "Sunday's away game". */
export const FIXTURE_SIDES = EVENT_WORDS.fixtureSides;
export const CLAUSE_DATE_STOPS = new RegExp(`\\b(?:${alternation(EVENT_WORDS.clauseDateStops)})\\b`, 'i');
export const REPORT_STOPS = new RegExp(`\\b(?:${alternation(EVENT_WORDS.reportStops)})\\b`);
/** The opener of a subordinate clause; group 1 set when it is a condition or reason, empty for a time clause. */
export const CLAUSE_OPENER = new RegExp(`\\b(?:(${alternation(EVENT_WORDS.conditionOpeners)})|${alternation(EVENT_WORDS.timeClauseOpeners)})\\b`, 'gi');
export const COORDINATION_STOPS = new RegExp(`\\b(?:${alternation(EVENT_WORDS.coordinationStops)})\\b`, 'i');
/** How far (characters) after a trigger a date still belongs to it ("the summit in Rome on 3 March"). */
export const DATE_REACH = 60;
