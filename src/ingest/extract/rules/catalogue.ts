import { CAPTION_CREDIT_RULES } from './captions.js';
import { DATE_RULES, RELATIVE_DATE_RULES, STATUS_RULES } from './event-dates.js';
import { DEADLINE_ACTIONS, DEADLINE_CUES, EVENT_TRIGGERS, KIND_MODIFIERS } from './event-triggers.js';
import { EVENT_PHRASE_WORD_SETS } from './event-phrase-words.js';
import { EVENT_WORD_SETS } from './event-words.js';
import { MENTION_WORD_SETS } from './mention-words.js';
import { KIND_BY_ACTOR, KIND_BY_PURPOSE, KIND_SYNONYMS } from './event-kinds.js';
import { MEDIA_CUES, MEDIA_TITLE_RULES } from './media-cues.js';
import { MENTION_RULES } from './mention-rules.js';
import { DESCRIPTION_RULES } from './descriptions.js';
import { PLACE_HEADS } from './place-heads.js';
import { PLACE_KIND_CUES } from './place-kinds.js';
import { PERSON_NOUNS } from './person-nouns.js';
import { ROLE_FIELD_WORDS } from './role-fields.js';
import { STATEMENT_RULES } from './statement-rules.js';
import { STATEMENT_TOPIC_RULES } from './statement-topics.js';
import { SUBJECT_WORD_SETS } from './subject-words.js';
import { UNDATED_CUES } from './undated-events.js';

/**
 * Every extraction rule id with a line saying what it does: the rule files' own entries, described
 * from their data, and the few productions that live in code (phrase finders, chrono's reading of
 * a date, the default status). `newsgraph parse --explain` prints these lines next to each output,
 * and a test checks that every id an extraction carries is listed here, so ids cannot drift from
 * what they name.
 */

/** Event, date and status productions written in code (events.ts, trigger-events.ts, event-dates.ts). */
export const EVENT_CODE_RULES = {
  'event.verb.starts-from': 'an action that takes effect "from <date>" later in its sentence is dated by that day ("will double the quota that farmers can sell from 1 January")',
  'event.phrase.head-noun': 'an event phrase: a head noun with its actor or place ("the Contact Group meeting")',
  'event.phrase.owned-meeting': 'a meeting owned by its participants ("their meeting", "X\'s meeting with Y")',
  'event.phrase.round-of-talks': '"a (new) round of talks"',
  'event.phrase.ultimatum': 'an ultimatum and its deadline',
  'event.phrase.quoted-campaign': 'a quoted name of a campaign or operation',
  'event.verb.clause-date': 'a verb event dated further on in its own clause, past an apposition or a long object, no other action between',
  'event.verb.report-date': 'an action under way ("is recalling") dated by the report in its sentence ("…, the carmaker said on Thursday")',
  'event.deadline.coordinated-aim': 'a second aim or obligation after a cue, coordinated by "and to <verb>", takes its own deadline ("expects X to … by March and to reach … by 2027")',
  'event.verb.purpose-own-date': 'the purpose of a vote or decision ("voted to raise the levy") is an event of its own when it takes effect "from <date>"',
  'event.date.period-before': 'a period written right before an action is its deadline ("has 18 months to decide")',
  'event.date.coordinated-clause': 'a date ending the clause coordinated right before an action dates it too ("broke in early on Sunday and stole …")',
  'event.date.subject-predicate': 'a subject phrase\'s own predicate, passive or past, carries its date past the usual reach ("A class action was filed against X in the Y court on Friday", "A landslide buried part of the road … early on Friday"), not one that moves the event ("was postponed")',
  'event.date.course-predicate': 'a subject phrase\'s predicate of its own course after its auxiliaries ("would start", "is due to resume") carries its date past the usual 30 characters ("the campaign would start in X on 7 December")',
  'event.date.relative-clause': 'a relative clause of the phrase\'s own past verb dates it ("a crash that killed 11 passengers in March 2025", "an outbreak that has killed 96 people since September")',
  'event.date.closing-predicate': 'a subject phrase\'s predicate of closing in the present or future ("will close", "that ends", "expires") makes its day the event\'s deadline ("registration will close on 31 January")',
  'event.date.made-aside': 'a participle aside after a subject phrase says when it was made ("The reform, announced by the government in September, would …")',
  'event.past-kind.year': 'a past-only kind (death, accident) keeps the publication year for a date without one',
  'date.chrono': 'a date read by chrono-node, resolved against the publication date and the tense',
  'event.verb.perfect-at-report': 'a present perfect ("has banned …") dated by the report that follows it ("…, the ministry said on Monday")',
  'event.verb.also-previous-day': 'a past action after "also" with no date of its own is the same occasion as the sentence before ("The court also fined …")',
  'event.verb.coordinated-verb': 'a past action coordinated by "and" with a dated action of the same clause, no date of its own, is the same occasion ("convicted X of fraud on Friday and sentenced him …")',
  'date.coordinated-verb': 'the day of the action an "and" coordinates this one with',
  'date.also-previous-day': 'the last full date of the sentence before, for an action it continues with "also"',
  'date.perfect-at-report': 'the day of the report after a present perfect ("has extended …, the regulator said on Monday")',
  'date.perfect-object-at-report': 'an event named as the object of a present perfect ("has ordered the recall of …") takes the day of the report after it ("…, the regulator said on Monday")',
  'date.reported-day': 'an action reported as just done ("said on Thursday it had opened an inquiry") takes the day of the report',
  'date.chrono.within': '"within N days/weeks" read by chrono-node: a deadline counted from publication',
  'status.expected.deadline': 'expected: only a deadline, no date',
  'status.expected.after-publication': 'expected: dated after publication',
  'status.occurred.default': 'occurred: no cue and no later date',
  'status.occurred.past-kind': 'occurred: a kind that only happens in the past (death, accident, crash, spill, eruption …)',
} as const satisfies Record<string, string>;

const quoteWords = (ws: readonly string[], max = 6): string => ws.slice(0, max).map((w) => `"${w}"`).join(', ') + (ws.length > max ? ' …' : '');

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const put = (id: string, text: string): void => {
    if (out.has(id)) throw new Error(`rule id ${id} is listed twice`);
    out.set(id, text);
  };
  for (const [id, text] of Object.entries(MENTION_RULES)) put(id, text);
  for (const [id, text] of Object.entries(STATEMENT_RULES)) put(id, text);
  for (const [id, text] of Object.entries(EVENT_CODE_RULES)) put(id, text);
  for (const r of PLACE_KIND_CUES) {
    const cues = [...(r.before ?? []).map((ws) => `"the ${ws.join(' ')} X"`), ...(r.appositionHeads?.length ? [`an apposition headed by ${quoteWords(r.appositionHeads)}`] : [])];
    put(r.id, `a place is a ${r.kind}: ${cues.join(', ')}`);
  }
  for (const r of DESCRIPTION_RULES) put(r.id, `"the ${r.nouns.join('/')}" is the last organization named ${quoteWords(r.heads)}${r.kinds ? ` or of kind ${quoteWords(r.kinds)}` : ''}, the one that just spoke first`);
  for (const r of MEDIA_CUES) put(r.id, `a news outlet: a name ${r.position} ${quoteWords(r.descriptors.map((d) => d.join(' ')))}`);
  for (const r of MEDIA_TITLE_RULES) put(r.id, r.about);
  for (const r of PLACE_HEADS) put(r.id, `a name before ${quoteWords(r.heads)} is a place${r.keep ? ', the head part of its name' : ''}`);
  for (const r of CAPTION_CREDIT_RULES) put(r.id, `a photo credit cut from the caption (${r.examples[0]![0]} → ${JSON.stringify(r.examples[0]![1])})`);
  for (const r of EVENT_TRIGGERS) {
    const words = r.nouns ? `the noun ${quoteWords(r.nouns)}` : `the verb ${quoteWords(r.verbs ?? [])}`;
    const conditions = [r.requires ? `after ${quoteWords(r.requires)}` : '', r.objects ? `with ${quoteWords(r.objects)} after it` : '', r.subjects ? `with ${quoteWords(r.subjects)} before it` : '', r.next ? `followed by ${quoteWords(r.next)}` : '', r.unlessNext ? `not followed by ${quoteWords(r.unlessNext)}` : '', r.following ? `with ${quoteWords(r.following.map((p) => p.trim()))} later in its sentence` : '', r.startsFrom ? 'dated by a "from <date>" later in its sentence' : '', r.weak ? 'only with a date or deadline' : ''].filter(Boolean);
    put(r.id, `${r.kind} from ${words}${conditions.length ? ` (${conditions.join('; ')})` : ''}`);
  }
  put(PERSON_NOUNS.id, `word set: nouns for a person a name may follow with no comma: ${quoteWords([...PERSON_NOUNS.words], 12)}`);
  put(ROLE_FIELD_WORDS.id, `word set: fields of a portfolio before a title, part of the role: ${quoteWords([...ROLE_FIELD_WORDS.words], 12)}`);
  for (const w of [...SUBJECT_WORD_SETS, ...EVENT_WORD_SETS, ...EVENT_PHRASE_WORD_SETS, ...MENTION_WORD_SETS]) put(w.id, `word set: ${w.about}: ${quoteWords(w.words, 12)}`);
  for (const r of STATEMENT_TOPIC_RULES) put(r.id, `the statement is about the topic "${r.topic}": its words include ${quoteWords(r.phrases)}`);
  for (const r of KIND_MODIFIERS) put(r.id, `"${r.head}" after ${quoteWords(r.modifiers)} is ${r.kind}`);
  for (const r of KIND_SYNONYMS) put(r.id, `${quoteWords(r.synonyms)} are one kind: ${r.canonical}`);
  for (const r of KIND_BY_PURPOSE) put(r.id, `${r.kind} "to ${r.purposes.join('/')}" is ${r.becomes}`);
  for (const r of KIND_BY_ACTOR) put(r.id, `${r.kind} done by ${r.actorKinds.length ? `a ${r.actorKinds.join('/')} or ` : ''}a name ending in ${quoteWords(r.actorHeads)} is ${r.becomes}`);
  for (const r of UNDATED_CUES) put(r.id, r.about);
  for (const r of DEADLINE_CUES) put(r.id, `${r.kind}: a deadline after ${quoteWords(r.cues.map((c) => c.join(' ')))}`);
  for (const r of DEADLINE_ACTIONS) put(r.id, `an obligation's deadline to ${quoteWords(r.verbs)}${r.objects ? ` ${quoteWords(r.objects)}` : ''} is a ${r.kind}`);
  for (const r of DATE_RULES) put(r.id, `${r.production} date${r.examples[0] ? ` ("${r.examples[0][0]}")` : ''}`);
  for (const r of RELATIVE_DATE_RULES) put(r.id, `a date ${Math.abs(r.days)} day(s) ${r.days < 0 ? 'before' : 'after'} the last full date written before it ("${r.examples[0]![0]}")`);
  for (const r of STATUS_RULES) put(r.id, `${r.status}: a cue word around the event`);
  return out;
}

let catalogue: Map<string, string> | undefined;

/** Rule id → what the rule does. */
export function ruleCatalogue(): ReadonlyMap<string, string> {
  catalogue ??= build();
  return catalogue;
}
