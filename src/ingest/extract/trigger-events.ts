import { type Ymd, addDays, formatYmd, publishedDay as publishedDayOf } from './dates.js';
import { attributiveNoun, modifiesOtherNoun, ownModifierDate } from './attributive-dates.js';
import { type EventDate, eventStatus, findEventDates } from './event-dates.js';
import { kindByActor, kindByObject, kindByPurpose, kindBySubject } from './rules/event-kinds.js';
import type { FoundEvent } from './events.js';
import type { FieldMentions, MentionSpan } from './mentions.js';
import type { FoundStatement } from './statements.js';
import { EVENT_WORDS } from './rules/event-words.js';
import { DEADLINE_ACTIONS, DEADLINE_CUES, DEADLINE_RETYPES, EVENT_MAKING_VERBS, type EventTriggerRule, KIND_MODIFIERS, NOT_EVENTS, NOT_EVENTS_AFTER, PAST_KINDS, RELATIVE_MODIFIERS } from './rules/event-triggers.js';
import { UNDATED_TRIGGER_IDS } from './rules/undated-triggers.js';
import { UNDATED_MAKING_VERBS, UNDATED_MEANS_SUBJECTS, UNDATED_UNDERGONE_VERBS, UNDATED_YEAR } from './rules/undated-events.js';
import { triggers, triggersAs } from './trigger-index.js';
import { hasObject, opensClause, subjectPhrase, undatedCue, yearCue, yearOfPhrase } from './undated-clauses.js';
import { closesAt, courseVerbAfter, genericPlural, namedAfterDeterminer, verbBeforeObject } from './phrase-predicates.js';
import { TIMING_VERBS, PHRASAL_PARTICLES, AUXILIARIES, MODALS, NEGATIONS, STATE_COPULAS, isSubjectModal, REPORTING, REPORTED_ON, SUBORDINATORS, PLACE_PREPOSITIONS, PHRASE_PREPOSITIONS, DETERMINERS, BREAK, RELATIVE_VERB, CLAUSE_BREAK, RELATIVE_ASIDE, PASSIVE_PREDICATE, MOVING_VERBS, MADE_ASIDE, FUTURE_SENTENCE, FIXTURE_SIDES, CLAUSE_DATE_STOPS, REPORT_STOPS, CLAUSE_OPENER, COORDINATION_STOPS, DATE_REACH } from './trigger-words.js';
import { type Sentence, type Token, isCapitalised } from './text.js';
import type { Mention } from './types.js';

/**
 * Events from the trigger rules (rules/event-triggers.ts): a head noun ("the emergency summit in
 * Rome on 3 March") or an action verb ("the regulator fined the lender on Friday"), with the date
 * of its clause, its status, its participants (the entities already found in the phrase, the
 * verb's subject and object) and its place. Runs after the phrase finder of events.ts; a trigger
 * inside an event that finder already named adds nothing.
 */

interface PickedDate {
  date: string | null;
  endDate?: string;
  rule?: string;
  /** Offset of the date expression in the body. */
  at?: number;
  /** Written right after the phrase. */
  adjacent?: boolean;
  /** The expression as written. */
  text?: string;
  /** The other days of a list the date came from (date.list.*). */
  also?: string[];
  /** The code rule that linked the date to the event, when not the plain reach (event.date.*). */
  via?: string;
}

export class TriggerEventFinder {
  private readonly out: FoundEvent[] = [];

  constructor(
    private readonly body: FieldMentions,
    private readonly mentions: Mention[],
    private readonly published: Ymd | null,
    private readonly named: readonly FoundEvent[],
    private readonly statements: readonly FoundStatement[] = [],
  ) {}

  private get tokens(): Token[] {
    return this.body.analysis.tokens;
  }
  private get text(): string {
    return this.body.analysis.text;
  }

  /** The last full date of the sentence before the one being read: what "also" continues ("The court also fined …"). */
  private previousDay: string | undefined;

  run(): FoundEvent[] {
    if (!this.published) return [];
    const map = triggers();
    // the last full date of the sentence before: "the day before", "a week later" count from it
    let anchor: string | undefined;
    for (const s of this.body.analysis.sentences) {
      const future = FUTURE_SENTENCE.test(s.text);
      this.previousDay = anchor;
      const dates = findEventDates(s.text, this.published, future, anchor).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
      anchor = [...dates].reverse().find((d) => d.date?.length === 10)?.date ?? anchor;
      for (let k = s.from; k < s.to; k++) {
        const t = this.tokens[k]!;
        const slot = this.slot(k, s);
        for (const trig of map.get(t.normal) ?? []) {
          const isVerb = slot === 'verb' || (slot === undefined && t.tags.has('Verb') && !t.tags.has('Noun'));
          if (trig.verb !== isVerb || (!trig.verb && !t.tags.has('Noun') && slot !== 'noun' && !this.adjectiveHead(k, s))) continue;
          // a word of a name is no trigger: "Indian National Congress", "Election Commission"
          if (this.body.spans.some((sp) => sp.from <= k && k < sp.to && sp.mention.type !== null && sp.mention.type !== 'PLACE')) continue;
          // … or of one the mention finder did not know: a capitalised trigger after a capitalised word ("London Metal Exchange")
          const inName = k > s.from && isCapitalised(t.text) && isCapitalised(this.tokens[k - 1]!.text) && !BREAK.test(this.tokens[k - 1]!.post);
          // (unless a rule takes the name's last word as its head: "the Valencia Marathon")
          const lastOfName = inName && (k + 1 >= s.to || BREAK.test(t.post) || !isCapitalised(this.tokens[k + 1]!.text));
          if (trig.rule.named ? !lastOfName : inName) continue;
          if (this.inQuote(t.start) || this.out.some((e) => e.sentence === s.index && e.start <= t.start && t.end <= e.end)) continue;
          const covering = this.named.find((e) => e.sentence === s.index && e.start <= t.start && t.end <= e.end);
          if (covering) {
            // the phrase finder named it; the date rules may still date it ("A missile attack … on Tuesday")
            if (covering.date === null && covering.endDate === undefined) {
              const d = this.dateFor(covering.start, covering.end, s, dates, undefined);
              if (d.date) {
                covering.date = d.date;
                if (d.endDate) covering.endDate = d.endDate;
                covering.rules = [...(covering.rules ?? []), ...(d.via ? [d.via] : []), d.rule!];
              }
            }
            break;
          }
          const e = trig.verb ? this.fromVerb(trig.rule, k, s, dates) : this.fromNoun(trig.rule, k, s, dates);
          // a word several rules share ("cut" a rate, "cut" jobs): the next rule may fit
          if (!e) continue;
          // one event of a kind a sentence, unless both are dated and on different days ("passed its last inspection in June and … would board the ship on Monday")
          // (nor when the first is undated and this one dated: "cut short a visit to X and will fly to Y on Wednesday")
          const undatedFirst = (o: FoundEvent): boolean => o.date === null && o.endDate === undefined && (e.date !== null || e.endDate !== undefined) && o.end < e.start;
          const same = (o: FoundEvent): boolean => o.sentence === s.index && o.kind === e.kind && !undatedFirst(o) && !(o.date && e.date && o.date !== e.date && o.end < e.start && !o.rules?.some((r) => r.startsWith('date.list')));
          if (!this.named.concat(this.out).some(same)) this.out.push(e, ...this.listed(e));
          break;
        }
      }
      this.deadlines(s, dates);
    }
    return this.out;
  }

  /**
   * DEADLINE_CUES: a deadline in the sentence after a cue of obligation or aim ("must repay the
   * loan within 60 days") is a DEADLINE or TARGET; an event of DEADLINE_RETYPES that has only that
   * deadline takes the cue's kind, else one is made, named by what is to be done.
   */
  private deadlines(s: Sentence, dates: EventDate[]): void {
    for (const d of dates) {
      if (d.date !== null || !d.endDate) continue;
      const cue = this.cueBefore(s, d.start);
      if (!cue) continue;
      const events = this.named.concat(this.out).filter((e) => e.sentence === s.index && e.date === null && e.endDate === d.endDate);
      if (events.some((e) => e.kind === cue.rule.kind)) continue;
      const thing = events.find((e) => DEADLINE_RETYPES.has(e.kind) && e.start >= cue.end);
      if (thing) {
        thing.kind = cue.rule.kind;
        thing.rules = [...(thing.rules ?? []), cue.rule.id];
        continue;
      }
      if (events.length) continue;
      // what is to be done: from the cue to the deadline, at most ten words
      let words = this.tokens.filter((w) => w.start >= cue.end && w.end <= d.start);
      // "has until 31 January to introduce age checks": what is to be done follows the deadline
      if (!words.length) words = this.purposeAfter(d.end, s);
      // "expects inflation to return to its range by March and to reach 8% by the end of 2027": the second aim is the last infinitive's
      const coordinated = words.length > 10 ? words.findLastIndex((w, n) => w.normal === 'and' && words[n + 1]?.normal === 'to') : -1;
      if (coordinated >= 0) words = words.slice(coordinated + 2);
      if (!words.length || words.length > 10) continue;
      const name = this.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[,;]$/, '');
      const subject = this.subjectBefore(cue.k, s);
      // an obligation named by its action: "must give the agency a plan by …" is a SUBMISSION
      const action = cue.rule.kind === 'DEADLINE' ? DEADLINE_ACTIONS.find((a) => a.verbs.includes(words[0]!.normal) && (!a.objects || words.slice(1).some((w) => a.objects!.includes(w.normal)))) : undefined;
      const e = this.event(name, action?.kind ?? cue.rule.kind, [cue.rule.id, ...(coordinated >= 0 ? ['event.deadline.coordinated-aim'] : []), ...(action ? [action.id] : [])], subject !== undefined ? [subject] : [], undefined, words[0]!.start, words[words.length - 1]!.end, s, { date: null, endDate: d.endDate, rule: d.rule, at: d.start });
      this.out.push(e);
    }
  }

  /** "to <verb> …" right after offset `at`, up to a break or a coordinated alternative ("or face a penalty"), at most eight words. */
  private purposeAfter(at: number, s: Sentence): Token[] {
    const rest = this.tokens.filter((w) => w.start >= at && w.end <= s.end);
    if (rest[0]?.normal !== 'to' || !rest[1]?.tags.has('Verb')) return [];
    const out: Token[] = [];
    for (const w of rest.slice(1, 9)) {
      if (EVENT_WORDS.purposeEnders.has(w.normal)) break;
      out.push(w);
      if (BREAK.test(w.post)) break;
    }
    return out;
  }

  /** The first cue of DEADLINE_CUES in the clause before offset `at` (not past a reporting verb or "that"): "expects inflation to return to its target". */
  private cueBefore(s: Sentence, at: number): { rule: (typeof DEADLINE_CUES)[number]; k: number; end: number } | undefined {
    let found: { rule: (typeof DEADLINE_CUES)[number]; k: number; end: number } | undefined;
    for (let k = s.to - 1; k >= s.from; k--) {
      const t = this.tokens[k]!;
      if (t.start > at) continue;
      if (REPORTING.test(t.normal) || t.normal === 'that' || /[;]/.test(t.post)) break;
      for (const rule of DEADLINE_CUES) {
        for (const cue of rule.cues) {
          const words = this.tokens.slice(k, k + cue.length);
          // the cue's last word may open the deadline itself: "has until 31 January"
          const last = words[words.length - 1];
          if (words.length === cue.length && words.every((w, n) => w.normal === cue[n]) && (last!.end <= at || last!.start === at)) found = { rule, k, end: Math.min(last!.end, at) };
        }
      }
    }
    return found;
  }

  /**
   * Where the tagger is unsure, the word before decides: after a modal or "to" a verb ("will close
   * two plants"); a gerund or bare form after a determiner, a possessive, an adjective or a common
   * noun, and not taking an object, a noun ("a briefing", "a vaccination campaign").
   */
  private slot(k: number, s: Sentence): 'verb' | 'noun' | undefined {
    const t = this.tokens[k]!;
    const prev = k > s.from ? this.tokens[k - 1] : undefined;
    const next = k + 1 < s.to ? this.tokens[k + 1] : undefined;
    if (!prev || BREAK.test(prev.post)) return undefined;
    if (MODALS.test(prev.normal)) return 'verb';
    // … and after a perfect's "have", before the particle of its phrasal verb: "had set aside 4 million" (compromise reads a noun)
    if (EVENT_WORDS.perfectAuxiliaries.has(prev.normal) && next && PHRASAL_PARTICLES.test(next.normal) && !BREAK.test(t.post) && triggersAs(t.normal, 'verb')) return 'verb';
    // the object of a phrasal verb: "will draw up rules", "set out plans" (compromise reads a plural after the particle as a verb)
    if (PHRASAL_PARTICLES.test(prev.normal) && !!this.tokens[k - 2]?.tags.has('Verb') && k - 2 >= s.from && !BREAK.test(this.tokens[k - 2]!.post) && t.tags.has('PresentTense') && /s$/.test(t.normal)) return 'noun';
    // after a possessive or the side of a fixture a trigger heads the phrase: "Sunday's away game" (compromise reads "game" as a verb)
    if ((/['’]s$/.test(prev.text) || FIXTURE_SIDES.has(prev.normal)) && !t.tags.has('PastTense') && triggersAs(t.normal, 'noun')) return 'noun';
    // a participle after a copula of state is the action's: "will stay closed until Wednesday" (compromise reads an adjective)
    if (STATE_COPULAS.test(prev.normal) && triggersAs(t.normal, 'verb')) return 'verb';
    // the head of a subject before its modal, or right after a reporting verb: "said talks with the employers would resume" (compromise reads "talks" as a verb)
    if (next && !BREAK.test(t.post) && (isSubjectModal(next.normal) || (REPORTING.test(prev.normal) && next.tags.has('Preposition'))) && !t.tags.has('Gerund') && !t.tags.has('PastTense') && !EVENT_WORDS.pronounSubjects.has(prev.normal) && triggersAs(t.normal, 'noun')) return 'noun';
    // after a preposition a trigger is its noun: "after talks on a new deal collapsed" (compromise reads "talks" as a verb)
    if (prev.tags.has('Preposition') && prev.normal !== 'to' && !t.tags.has('Gerund') && !t.tags.has('PastTense') && triggersAs(t.normal, 'noun')) return 'noun';
    // a passive the tagger reads as a noun: "power was cut across the island" (a participle right after "was", then a preposition)
    if (EVENT_WORDS.passiveBe.has(prev.normal) && !t.tags.has('Adjective') && (!next || BREAK.test(t.post) || next.tags.has('Preposition')) && triggersAs(t.normal, 'verb')) return 'verb';
    // a score after the next name: "Hartfield beat Norcastle 2-0" (compromise reads "beat" as a noun)
    if (this.tokens.slice(k + 1, Math.min(s.to, k + 5)).some((w) => /^\d{1,2}[-–]\d{1,2}$/.test(w.text))) return 'verb';
    // a noun, then the trigger, then a determiner of its object: "The bank cut its key rate" (compromise reads "bank cut" as one noun)
    if (next && EVENT_WORDS.objectDeterminers.has(next.normal) && !BREAK.test(t.post) && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !DETERMINERS.test(prev.normal) && triggersAs(t.normal, 'verb')) return 'verb';
    // an inflected verb form the tagger reads as a noun after its subject, before the figure it moves by: "the price of bread
    // rose by a quarter" (not a bare form, which may be the noun: "a home defeat by")
    if (next && EVENT_WORDS.figurePrepositions.has(next.normal) && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !BREAK.test(prev.post) && !BREAK.test(t.post) && t.normal === t.text.toLowerCase() && triggersAs(t.normal, 'verb') && !triggersAs(t.normal, 'noun') && !(triggers().get(t.normal) ?? []).some((x) => x.rule.verbs?.includes(t.normal))) return 'verb';
    // a bare verb right after a plural subject, then a preposition: "when the auction floors open in March" (a bare form after a noun is otherwise read as its modifier)
    if (next && prev.tags.has('Plural') && !prev.tags.has('Pronoun') && !BREAK.test(prev.post) && !BREAK.test(t.post) && EVENT_WORDS.datePrepositions.has(next.normal) && t.normal === t.text.toLowerCase() && t.tags.has('Infinitive') && triggersAs(t.normal, 'verb')) return 'verb';
    // a bare form after a plural subject, before "to" and a verb, is the verb of an intention: "the scientists plan to tag …"
    if (t.tags.has('Infinitive') && next?.normal === 'to' && !!this.tokens[k + 2]?.tags.has('Verb') && prev.tags.has('Plural') && !prev.tags.has('Pronoun') && !BREAK.test(prev.post) && !BREAK.test(t.post)) return 'verb';
    if (!(t.tags.has('Gerund') || t.tags.has('Infinitive'))) return undefined;
    // (an ordinal too: "a first hearing", "the second meeting")
    const modifier = prev.tags.has('Determiner') || prev.tags.has('Ordinal') || /['’]s$/.test(prev.text) || prev.tags.has('Adjective') || (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !isCapitalised(prev.text));
    return modifier && !next?.tags.has('Determiner') ? 'noun' : undefined;
  }

  /** An action verb between two offsets: the date there belongs to another clause. */
  private actionBetween(from: number, to: number): boolean {
    return this.actionsBetween(from, to) > 0;
  }

  private actionsBetween(from: number, to: number): number {
    // the particle of a phrasal verb is part of its verb: "has shut down" is one action
    // (and a word of a name is no action: "the Supreme Court", "Bank of Ghana")
    return this.tokens.filter((w, i) => w.start >= from && w.end <= to && w.tags.has('Verb') && !w.tags.has('Particle') && !w.tags.has('Auxiliary') && !w.tags.has('Modal') && !TIMING_VERBS.test(w.normal) && !EVENT_WORDS.perfectAuxiliaries.has(w.normal) && !this.attributive(i) && !this.determined(i) && !this.inName(i) && !this.resultState(i) && !this.countedPlural(i)).length;
  }

  /** A plural right after a figure, or after "of" and one modifier, is a noun, no action: "40 marks a month", "a week of safety checks". */
  private countedPlural(i: number): boolean {
    const w = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    const before = this.tokens[i - 2];
    if (!prev || BREAK.test(prev.post) || !/s$/.test(w.normal) || AUXILIARIES.test(w.normal) || w.tags.has('Copula') || !(w.tags.has('Plural') || w.tags.has('PresentTense'))) return false;
    return prev.tags.has('Value') || (prev.tags.has('Noun') && before?.normal === 'of' && !BREAK.test(before.post));
  }

  /**
   * Token `i` is the state a resultative verb leaves its short object in, no action of its own: "left it drifting",
   * "left about 300 passengers stranded" (a participle or gerund within four words after the verb, no break between).
   */
  private resultState(i: number): boolean {
    const w = this.tokens[i]!;
    if (!/(?:ing|ed)$/.test(w.normal)) return false;
    for (let j = i - 2; j >= 0 && i - j <= 5; j--) {
      const x = this.tokens[j]!;
      if (BREAK.test(x.post)) return false;
      if (EVENT_WORDS.resultativeVerbs.has(x.normal)) return !this.tokens.slice(j + 1, i).some((y) => y.tags.has('Verb') || (y.tags.has('Preposition') && !EVENT_WORDS.approximators.has(y.normal)));
    }
    return false;
  }

  private namedTokens: Set<number> | undefined;
  /** Token `i` is inside the name of a person or an organization. */
  private inName(i: number): boolean {
    this.namedTokens ??= new Set(this.body.spans.filter((sp) => sp.mention.type === 'PERSON' || sp.mention.type === 'ORGANIZATION').flatMap((sp) => Array.from({ length: sp.to - sp.from }, (_, n) => sp.from + n)));
    return this.namedTokens.has(i);
  }

  /**
   * A word right after a determiner is a noun whatever the tagger says ("the prize"), and so is one after a determiner and a
   * modifier with "of" after it ("the top prize of the festival"); "the board approved" stays a verb.
   */
  private determined(i: number): boolean {
    const prev = this.tokens[i - 1];
    const before = this.tokens[i - 2];
    const w = this.tokens[i]!;
    const det = (x: Token | undefined): boolean => !!x && EVENT_WORDS.objectDeterminers.has(x.normal) && !BREAK.test(x.post);
    if (det(prev)) return true;
    // (past a name between them: "at the Leușeni crossing", "the Kariba crossing")
    if (w.tags.has('Gerund') && namedAfterDeterminer(this.tokens, i)) return true;
    return !!prev && !prev.tags.has('Verb') && !BREAK.test(prev.post) && det(before) && !BREAK.test(w.post) && this.tokens[i + 1]?.normal === 'of';
  }

  /** A gerund that qualifies the noun after it is no action: "92,000 laying hens", "operating profit". */
  private attributive(i: number): boolean {
    const w = this.tokens[i]!;
    const next = this.tokens[i + 1];
    const prev = this.tokens[i - 1];
    if (w.tags.has('Gerund') && !BREAK.test(w.post) && !!next?.tags.has('Noun') && !next.tags.has('Pronoun') && !EVENT_WORDS.beForms.has(prev?.normal ?? '')) return true;
    // a participle right after a plural noun, before "to" or "by", qualifies the noun: "arrears owed to growers", "homes damaged by"
    return /ed$/.test(w.normal) && !REPORTING.test(w.normal) && !!prev?.tags.has('Plural') && !prev.tags.has('Pronoun') && !BREAK.test(prev.post) && !BREAK.test(w.post) && EVENT_WORDS.participlePrepositions.has(next?.normal ?? '');
  }

  private inQuote(offset: number): boolean {
    return this.body.analysis.quotes.some((q) => q.open < offset && offset < q.close);
  }

  private spanEndingAt(to: number): MentionSpan | undefined {
    return this.body.spans.find((sp) => sp.to === to && sp.mention.type !== null);
  }
  /** The entity starting at token `from`; past a demonym and a title to the person it qualifies ("Russian President Vladimir Putin"). */
  private spanStartingAt(from: number): MentionSpan | undefined {
    const sp = this.body.spans.find((x) => x.from === from && x.mention.type !== null);
    if (!sp?.mention.demonym) return sp;
    return this.body.spans.find((x) => x.from > sp.from && x.from <= sp.to + 2 && x.mention.type !== null && x.mention.type !== 'PLACE') ?? sp;
  }

  /** "the emergency summit of the bloc's leaders in Rome" */
  /** A trigger the tagger read as an adjective but that heads its phrase: "The cup final is on Saturday". */
  private adjectiveHead(k: number, s: Sentence): boolean {
    const t = this.tokens[k]!;
    const prev = this.tokens[k - 1];
    const next = this.tokens[k + 1];
    if (!t.tags.has('Adjective') || !prev || k - 1 < s.from || BREAK.test(prev.post)) return false;
    const headsPhrase = !next || k + 1 >= s.to || BREAK.test(t.post) || !(next.tags.has('Noun') || next.tags.has('Adjective'));
    return headsPhrase && (prev.tags.has('Determiner') || prev.tags.has('Noun'));
  }

  private fromNoun(rule: EventTriggerRule, k: number, s: Sentence, dates: EventDate[]): FoundEvent | null {
    const t = this.tokens[k]!;
    const next = this.tokens[k + 1];
    // a modifier, not the head: "election commission", "attack drones"
    if (next && k + 1 < s.to && !BREAK.test(t.post) && (next.tags.has('Noun') || this.countedPlural(k + 1)) && !next.tags.has('Preposition') && !isCapitalised(next.text)) return null;
    // a phrase the rule needs after the noun in its sentence ("her debut against X")
    if (rule.following && !rule.following.some((p) => this.text.slice(t.end, s.end).toLowerCase().includes(p))) return null;
    const rules = [rule.id];
    let kind = rule.kind;
    // pre-modifiers back to a determiner, a possessive, a verb or a break
    let first = k;
    let possessor: number | undefined;
    let dayOf: string | undefined;
    while (first > s.from) {
      const w = this.tokens[first - 1]!;
      if (BREAK.test(w.post) || DETERMINERS.test(w.normal) || SUBORDINATORS.test(w.normal) || (w.tags.has('Preposition') && w.normal !== 'per')) break;
      if (/['’]s$/.test(w.text)) {
        const day = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)['’]s$/i.exec(w.text);
        if (day) dayOf = w.text.slice(0, -2);
        else possessor = this.body.spans.find((sp) => sp.to === first && sp.possessive)?.mention.index;
        break;
      }
      // a participle between a determiner and the head is its modifier: "a revised budget" (compromise reads a past verb)
      const participle = w.tags.has('PastTense') && /ed$/.test(w.normal) && first - 2 >= s.from && DETERMINERS.test(this.tokens[first - 2]!.normal);
      if (w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective') && !participle) break;
      // "90 per cent target"
      if (w.normal === 'per' && this.tokens[first]?.normal === 'cent') {
        first--;
        continue;
      }
      if (!(participle || w.tags.has('Adjective') || w.tags.has('Noun') || w.tags.has('Value') || isCapitalised(w.text) || FIXTURE_SIDES.has(w.normal))) break;
      first--;
    }
    // an occurrence said not to happen is no event: "no significant rain before next week", "rain was not expected before December"
    if (this.tokens[first - 1]?.normal === 'no' || this.negatedPredicate(k + 1, s)) return null;
    // a bare plural after a preposition of what guards against or goes with something names a kind, no event: "protect
    // councils from cyber attacks", "keep the number working during outages", "a tax on mobile money withdrawals"
    if (genericPlural(this.tokens, first, k, s)) return null;
    const modifiers = this.tokens.slice(first, k).map((w) => w.normal);
    // the object of a verb that takes it over is no event of its own: "would publish a reef protection plan" is the publication
    const verbBefore = verbBeforeObject(this.tokens, first, s);
    if (verbBefore >= s.from && (triggers().get(this.tokens[verbBefore]!.normal) ?? []).some((x) => x.verb && x.rule.notYieldingTo?.includes(kind))) return null;
    if (rule.requires && !modifiers.some((w) => rule.requires!.includes(w))) return null;
    if (modifiers.some((w) => NOT_EVENTS[t.normal]?.includes(w))) return null;
    if ((NOT_EVENTS_AFTER[t.normal] ?? []).some((words) => words.every((w, n) => this.tokens[k + 1 + n]?.normal === w))) return null;
    for (const m of KIND_MODIFIERS) {
      if (m.head === t.normal && modifiers.some((w) => m.modifiers.includes(w))) {
        kind = m.kind;
        rules.push(m.id);
      }
    }
    // relative words are not part of a name: "the next summit" → "summit"
    while (first < k && RELATIVE_MODIFIERS.has(this.tokens[first]!.normal)) first++;
    const participants: number[] = [];
    let place: number | undefined;
    for (const sp of this.body.spans) {
      // a word of a competition's own name is no actor in it: "the Australian Open"
      if (sp.from < first || sp.to > k || sp.mention.type === null || rule.named) continue;
      if (sp.mention.type === 'PLACE' && !sp.mention.demonym && place === undefined) place = sp.mention.index;
      else participants.push(sp.mention.index);
    }
    if (possessor !== undefined) participants.push(possessor);
    let end = t.end;
    let j = k + 1;
    // "of/on/with/between <X>", then "in/at <Place>"
    for (let hops = 0; hops < 2 && j < s.to; hops++) {
      const prep = this.tokens[j]!;
      if (BREAK.test(this.tokens[j - 1]!.post)) break;
      const isPlacePrep = PLACE_PREPOSITIONS.has(prep.normal);
      if (!isPlacePrep && !PHRASE_PREPOSITIONS.has(prep.normal)) break;
      let o = j + 1;
      while (o < s.to && DETERMINERS.test(this.tokens[o]!.normal) && this.tokens[o]!.normal !== 'no') o++;
      const sp = this.spanStartingAt(o);
      if (this.tokens[o]?.tags.has('Date')) break;
      if (sp) {
        // "a hearing at the Supreme Court": the body that holds it names the event
        if (isPlacePrep && sp.mention.type === 'ORGANIZATION' && prep.normal === 'at') {
          participants.push(sp.mention.index);
          end = sp.mention.end;
          j = sp.to;
          continue;
        }
        if (isPlacePrep && sp.mention.type !== 'PLACE') break;
        if (isPlacePrep || (sp.mention.type === 'PLACE' && !sp.mention.demonym && prep.normal !== 'against' && prep.normal !== 'with')) place ??= sp.mention.index;
        else participants.push(sp.mention.index);
        end = sp.mention.end;
        j = sp.to;
        // "between X and Y", "with X and Y"
        const and = this.tokens[j];
        const second = and?.normal === 'and' && !BREAK.test(this.tokens[j - 1]!.post) ? this.spanStartingAt(j + 1) : undefined;
        if (second) {
          participants.push(second.mention.index);
          end = second.mention.end;
          j = second.to;
        }
        continue;
      }
      // "by" names the actor ("a strike by train drivers"), unless it opens a date or a figure ("by the end of March", "by 5%")
      if (isPlacePrep || (prep.normal === 'by' && (this.tokens[o]?.tags.has('Value') || dates.some((d) => d.start >= prep.start && d.start <= prep.end + 1)))) break;
      // a short noun phrase: "vote on the budget", "ban on single-use plastics"
      let q = o;
      while (q < s.to && q - o < 5 && !BREAK.test(this.tokens[q]!.pre) && !this.tokens[q]!.tags.has('Date') && (this.tokens[q]!.tags.has('Noun') || this.tokens[q]!.tags.has('Adjective') || this.tokens[q]!.tags.has('Value')) && !this.tokens[q]!.tags.has('Pronoun')) {
        q++;
        if (BREAK.test(this.tokens[q - 1]!.post)) break;
      }
      if (q === o || !this.tokens[q - 1]!.tags.has('Noun')) break;
      end = this.tokens[q - 1]!.end;
      j = q;
    }
    const start = this.tokens[first]!.start;
    let name = this.text.slice(start, end);
    // a sentence-initial capital is not part of the name: "Construction is due to begin …"
    if (first === s.from && !this.tokens[first]!.tags.has('ProperNoun') && !this.body.spans.some((sp) => sp.from === first)) name = name[0]!.toLowerCase() + name.slice(1);
    // a count names no event: "118 votes", "37 crashes" are tallies of many
    const count = (w: Token): boolean => w.tags.has('Cardinal') && !isCapitalised(w.text) && /s$/.test(t.normal);
    const informative = this.tokens.slice(first, k).some((w) => !w.tags.has('Ordinal') && !count(w) && (w.tags.has('Noun') || w.tags.has('Value') || isCapitalised(w.text) || !w.tags.has('Adjective')));
    // the actor of the verb this phrase is the object of: "the regulator announced a ban on …"
    if (!participants.some((p) => this.mentions[p]!.type !== 'PLACE')) {
      const subject = this.subjectBefore(first, s);
      if (subject !== undefined) participants.push(subject);
    }
    // (a relative clause after the head itself, or after its place, is the event's own; after a participant it is the participant's)
    const ownRelative = end === t.end || (place !== undefined && this.mentions[place]!.end === end);
    // the object of a verb that answers it ("would consider the request at its meeting on 3 December", "will debate X's
    // request in January"): a date after it is the answer's, not the object's own
    const answered = verbBefore >= s.from && EVENT_WORDS.answeringVerbs.has(this.tokens[verbBefore]!.normal);
    // "the 14 August vote": a date written as the phrase's own modifier is its date
    const modifier = answered ? undefined : ownModifierDate(this.tokens, this.text, dates, start, end);
    const date: PickedDate = answered ? { date: null } : modifier ? { via: 'event.date.attributive', date: modifier.date, rule: modifier.rule, at: modifier.start, adjacent: true, text: modifier.text } : this.dateFor(start, end, s, dates, dayOf, rule.datedByReport, ownRelative);
    // the object of the verb that makes it, reported on a day: "said on Thursday it had opened an inquiry into the breach"
    if (!date.date && !date.endDate) {
      const maker = [first - 1, first - 2].find((i) => i >= s.from && EVENT_MAKING_VERBS.has(this.tokens[i]!.normal));
      const reported = maker !== undefined ? this.reportedDay(maker, s, dates) : undefined;
      if (reported) Object.assign(date, reported, { adjacent: true });
      // … or made in a present perfect that a later report dates: "has ordered the recall of …, the regulator said on Monday"
      const perfect = maker !== undefined && !reported ? this.perfectAtReport(maker, s, dates) : undefined;
      if (perfect) Object.assign(date, { date: perfect.date, rule: 'date.perfect-object-at-report', adjacent: true });
    }
    const phraseNamed = end > t.end || informative || possessor !== undefined;
    // the object of a verb that makes it, planned or done by an actor: "said it would hold talks", "will face inspections"
    const made = date.date || date.endDate ? undefined : (this.madeUndated(first, s) ?? (yearOfPhrase(this.tokens, first, end, s, this.published!.year) ? { id: UNDATED_YEAR.id } : undefined));
    if (!date.date && !date.endDate && !made && (rule.weak || !phraseNamed)) return null;
    // a bare "the vote", "a hearing": only with its own date ("a hearing is scheduled for 9 October")
    if (!phraseNamed && !date.adjacent && !made) return null;
    if (made) {
      rules.push(made.id);
      if (made.actor !== undefined && !participants.includes(made.actor)) participants.push(made.actor);
    }
    // a bare head is no name ("investigation", "vote"): made absolute with its actor and place, as verb events are
    if (first === k && end === t.end) {
      const actor = participants.map((p) => this.mentions[p]!).find((m) => m.type !== 'PLACE');
      if (actor) name = `${this.shortName(actor)} ${name}`;
      if (place !== undefined) name = `${name} in ${this.mentions[place]!.text}`;
    }
    return this.event(name, kind, rules, participants, place, start, end, s, date);
  }

  /** "the two leaders met in Rome on Monday", "the regulator fined the lender €12 million" */
  private fromVerb(rule: EventTriggerRule, k: number, s: Sentence, dates: EventDate[]): FoundEvent | null {
    const t = this.tokens[k]!;
    // a reporting verb reports ("added that …", "added the list would …") unless a rule's object follows after "to": "added the lake to its list"
    if (REPORTING.test(t.normal) && !rule.reports) {
      const reach = this.tokens.slice(k + 1, Math.min(s.to, k + 1 + (rule.objectReach ?? 6)));
      const at = reach.findIndex((w) => rule.objects?.includes(w.normal) === true);
      // (or right after the word the rule needs next: "reported in the journal Nature on Wednesday" is a publication)
      if (at < 0 || reach[0]?.normal === 'that' || !(reach.slice(0, at).some((w) => w.normal === 'to') || rule.next?.includes(reach[0]?.normal ?? ''))) return null;
    }
    if (rule.next && !rule.next.includes(this.tokens[k + 1]?.normal ?? '')) return null;
    if (rule.unlessNext?.includes(this.tokens[k + 1]?.normal ?? '')) return null;
    // an action said not to happen is no event: "would not pay", "without paying duty"
    if (this.negated(k, s)) return null;
    // a contact relative clause describes its noun, it is no action of the day: "raised the price it pays farmers"
    if (k - 2 >= s.from && this.tokens[k - 1]!.tags.has('Pronoun') && EVENT_WORDS.contactPronouns.has(this.tokens[k - 1]!.normal) && this.tokens[k - 2]!.tags.has('Noun') && !this.tokens[k - 2]!.tags.has('Pronoun') && !this.tokens[k - 2]!.tags.has('Date') && !BREAK.test(this.tokens[k - 2]!.post)) return null;
    if (rule.yieldsToCue && this.cueBefore(s, t.start)) return null;
    if (rule.notOfEvent && this.saidOfEvent(k, s)) return null;
    // a phrase the rule needs later in the clause; a date right before it is the event's
    const rest = this.text.slice(t.end, s.end).split(';')[0]!.toLowerCase();
    const cueAt = rule.following ? Math.min(...rule.following.map((p) => rest.indexOf(p)).filter((i) => i >= 0)) : undefined;
    if (cueAt === Infinity) return null;
    const cueDate = cueAt !== undefined ? dates.find((d) => d.date !== null && d.end <= t.end + cueAt && t.end + cueAt - d.end <= 1 && d.start > t.end) : undefined;
    // "voted on Tuesday to close the depot": the purpose of an event already found, not another one
    const to = this.tokens[k - 1];
    // (not of an action that asks for it or pays for it with no date, rules/undated-triggers.ts: "would ask both sides to meet on Friday")
    const purposeOf = (e: FoundEvent): boolean =>
      e.sentence === s.index && !UNDATED_TRIGGER_IDS.has(e.rules?.[0] ?? '') && e.end <= to!.start && !CLAUSE_BREAK.test(this.text.slice(e.end, to!.start)) && !this.tokens.some((w) => w.start >= e.end && w.end <= to!.start && w.tags.has('Verb'));
    // … unless the purpose takes effect on a day of its own: "voted on Thursday to raise the levy from 1 April" is two events
    const purposed = to?.normal === 'to' && k > s.from && this.named.concat(this.out).some(purposeOf);
    // (or a limit of its own: "voted to extend the ban until the end of 2028")
    const ownLimit = (d: EventDate): boolean => d.date === null && !!d.endDate && /^(?:until|till)\b/i.test(d.text);
    const ownStart = purposed ? dates.find((d) => (d.date !== null ? /\bfrom\s+$/i.test(this.text.slice(Math.max(s.start, d.start - 5), d.start)) : ownLimit(d)) && d.start > t.end && !CLAUSE_BREAK.test(this.text.slice(t.end, d.start))) : undefined;
    if (purposed && !ownStart) return null;
    // the day it takes effect, however far on in the sentence: "will double the quota that farmers can sell from 1 January"
    const fromStart = rule.startsFrom ? dates.find((d) => d.date !== null && d.start > t.end && /\bfrom\s+$/i.test(this.text.slice(Math.max(s.start, d.start - 5), d.start)) && !/;/.test(this.text.slice(t.end, d.start))) : undefined;
    const after = this.tokens.slice(k + 1, Math.min(s.to, k + 7));
    const counted = (): boolean => {
      const w = this.tokens.slice(k + 1, k + 4).find((x) => !EVENT_WORDS.approximators.has(x.normal));
      return !!w && !BREAK.test(t.post) && w.tags.has('Value') && !w.tags.has('Date') && !/%$/.test(w.text);
    };
    const objectNamed = !!rule.objects && this.tokens.slice(k + 1, Math.min(s.to, k + 1 + (rule.objectReach ?? 6))).some((w) => rule.objects!.includes(w.normal));
    // "closed the Blue Lagoon for two weeks": a place named right after the verb, past determiners
    const placeNamed = (): boolean => {
      let q = k + 1;
      while (q < s.to && DETERMINERS.test(this.tokens[q]!.normal)) q++;
      const sp = BREAK.test(t.post) ? undefined : this.spanStartingAt(q);
      return sp?.mention.type === 'PLACE' && !sp.mention.demonym;
    };
    if (rule.objects && !objectNamed && !(rule.figureObject && counted()) && !(rule.placeObject && placeNamed())) return null;
    // "the bridge will be closed", "power was cut": the thing the verb is said of, a few words before it
    if (rule.subjects && !rule.subjects.includes(this.headBefore(k, s) ?? '') && !rule.subjects.includes(this.subjectHeadBefore(k, s) ?? '')) return null;
    // "approved a grant", "signed an agreement", "held talks": the noun names the event
    const cut = after.findIndex((w) => BREAK.test(w.post));
    const whole = after.slice(0, cut < 0 ? 5 : Math.min(cut + 1, 5));
    // (its first noun phrase: "will publish the results of the inspection" is a publication, whatever "of" names)
    const ofAt = whole.findIndex((w, n) => n > 0 && w.normal === 'of');
    const object = ofAt < 0 ? whole : whole.slice(0, ofAt);
    // … the head of the object only: "opened the new emergency department" is an opening
    // (and only to one that makes an event there: "approved the increase on Monday" is an approval when no increase rule fits)
    const heads = object.filter((w, n) => !(object[n + 1]?.tags.has('Noun') && !BREAK.test(w.post)));
    const makesEvent = (w: Token): boolean => {
      const at = this.tokens.indexOf(w);
      return (triggers().get(w.normal) ?? []).some((x) => !x.verb && !rule.notYieldingTo?.includes(x.rule.kind) && this.fromNoun(x.rule, at, s, dates) !== null);
    };
    if (rule.yieldsToObject === true && heads.some((w) => w.tags.has('Noun') && triggersAs(w.normal, 'noun') && makesEvent(w))) return null;
    // … or to its passive subject, which is the object: "the reward will be paid in October" is the reward
    if (rule.yieldsToObject && this.passiveOfEvent(k, s)) return null;
    const participants: number[] = [];
    let place: number | undefined;
    const subject = this.subjectBefore(k, s);
    if (subject !== undefined) participants.push(subject);
    let end = t.end;
    let j = k + 1;
    if (this.tokens[j]?.normal === 'by' || this.tokens[j]?.normal === 'with') j++;
    while (j < s.to && DETERMINERS.test(this.tokens[j]!.normal)) j++;
    const objectSpan = this.spanStartingAt(j);
    // (the one asked or offered to is named after the action, not as a co-actor: "request by the town to the region")
    let addressee: number | undefined;
    if (objectSpan && !BREAK.test(t.post)) {
      if (rule.objectPreposition) addressee = objectSpan.mention.index;
      else if (objectSpan.mention.type === 'PLACE' && !objectSpan.mention.demonym) place = objectSpan.mention.index;
      else participants.push(objectSpan.mention.index);
      end = objectSpan.mention.end;
      j = objectSpan.to;
    }
    // "… in Geneva", within the next few words
    for (let q = j; q < Math.min(s.to, j + 6); q++) {
      if (!PLACE_PREPOSITIONS.has(this.tokens[q]!.normal)) continue;
      const sp = this.spanStartingAt(q + 1) ?? this.spanStartingAt(q + 2);
      if (sp?.mention.type === 'PLACE' && !sp.mention.demonym) place ??= sp.mention.index;
      break;
    }
    const own = ownStart ?? cueDate ?? fromStart;
    const date: PickedDate = own ? { date: own.date, ...(own.endDate ? { endDate: own.endDate } : {}), rule: own.rule, at: own.start, adjacent: true, text: own.text } : this.dateFor(t.start, end, s, dates, undefined);
    const clauseDate = date.date || date.endDate ? undefined : this.clauseDateAfter(end, s, dates);
    if (clauseDate) Object.assign(date, clauseDate);
    const reportDate = date.date || date.endDate ? undefined : this.underWayAtReport(k, s, dates);
    if (reportDate) Object.assign(date, reportDate);
    const reportedDay = date.date || date.endDate ? undefined : this.reportedDay(k, s, dates);
    if (reportedDay) Object.assign(date, reportedDay);
    // "The court also fined the company …" with no date of its own: the same occasion as the sentence before, its day
    const alsoDay = date.date || date.endDate || this.tokens[k - 1]?.normal !== 'also' || !t.tags.has('PastTense') || !this.previousDay ? undefined : this.previousDay;
    if (alsoDay) Object.assign(date, { date: alsoDay, rule: 'date.also-previous-day', adjacent: true });
    // "convicted X of fraud on Friday and sentenced him to five years": a past verb coordinated with a dated one shares its day
    const sharedDay = date.date || date.endDate || alsoDay ? undefined : this.coordinatedVerbDay(k, s);
    if (sharedDay) Object.assign(date, { date: sharedDay, rule: 'date.coordinated-verb', adjacent: true });
    // "has banned … until the end of January, the ministry said on Monday": a present perfect is dated by its report, its limit kept
    const perfectDay = date.date ? undefined : this.perfectAtReport(k, s, dates);
    if (perfectDay) Object.assign(date, { date: perfectDay.date, rule: perfectDay.rule, adjacent: true });
    // a verb that moves its object to another day is dated by its report, not by that day
    if (rule.movesDate) {
      const perfect = perfectDay ?? this.perfectAtReport(k, s, dates);
      const reported = perfect ? { date: perfect.date, rule: perfect.rule } : this.reportedDay(k, s, dates);
      if (!reported?.date) return null;
      delete date.endDate;
      Object.assign(date, { date: reported.date, rule: reported.rule, adjacent: true });
    }
    // a deadline is for what is still to be done: never a past-tense action's ("whose trains were cancelled should claim … within 60 days")
    if (!date.date && date.endDate && !/^(?:until|till)\b/i.test(date.text ?? '') && (t.tags.has('PastTense') || t.tags.has('Participle')) && !MODALS.test(this.tokens[k - 1]?.normal ?? '') && !EVENT_WORDS.deadlineBe.has(this.tokens[k - 1]?.normal ?? '')) return null;
    // "raised its key interest rate to 4 per cent on Thursday": the object's clause carries the date
    if (rule.objects && date.date) date.adjacent = true;
    // a date past a relative clause with its own verb is that clause's: "pay for a centre that would open by the end of June"
    if (rule.objects && date.at !== undefined && date.at > t.end && RELATIVE_VERB.test(this.text.slice(t.end, date.at))) return null;
    // what a reporting verb reports is not its occasion: "warned that temperatures would reach 42C on Wednesday" dates the heat
    if (rule.reports && date.at !== undefined && date.at > t.end && /\bthat\b/i.test(this.text.slice(t.end, date.at))) return null;
    // no date: only an action with its object named, or one planned or done (rules/undated-events.ts), by a named actor
    const undated = date.date || date.endDate ? undefined : this.undatedAt(k, s);
    if (rule.undatedOnly && (!undated || (rule.undatedOnly !== true && !rule.undatedOnly.includes(undated.id)) || (rule.activeOnly && undated.passive))) return null;
    if (rule.unlessSubjects?.includes(this.headBefore(k, s) ?? '') || this.tokens.slice(k + 1, Math.min(s.to, k + 1 + (rule.objectReach ?? 6))).some((w) => rule.unlessObjects?.includes(w.normal))) return null;
    // (with no named actor, what a passive is said of or the common noun that is an active's subject: "the pier would be
    // demolished", "the company would hire pilots"; not an event noun, whose course the verb tells: "the strike would close schools")
    // "said it had bought the timber in good faith and would appeal": a second predicate's actor is the first one's
    const shared = undated && !participants.length ? this.coordinatedActor(undated.at, s) : undefined;
    if (shared !== undefined) participants.push(shared);
    // (a country or city named right before the verb acts as its government: "Russia banned imports … in 2014")
    const placeSubject = undated && !participants.length && !shared ? this.spanEndingAt(undated.at) : undefined;
    if (placeSubject && opensClause(this.tokens, placeSubject, undated!.at, s)) participants.push(placeSubject.mention.index);
    const common = undated && !participants.length ? subjectPhrase(this.tokens, this.text, k, s) : undefined;
    // (nor a verb of phase before a gerund, which tells the course of another action: "growers would stop planting")
    const phase = !!this.tokens[k + 1]?.tags.has('Gerund') && !BREAK.test(t.post);
    const bare = common && !phase && (undated!.passive || !triggersAs(common.head, 'noun')) ? common : undefined;
    if (!date.date && !date.endDate && ((rule.weak && !undated) || (!participants.length && addressee === undefined && !bare) || (!objectNamed && !undated))) return null;
    // no named actor: only with its own date ("was adopted by ministers on 15 September")
    // (or a date later in its clause with no other action between: "part of a tunnel collapsed at the mine on Monday night")
    const ownClause = date.at !== undefined && date.at > t.end && !this.actionBetween(t.end, date.at) && !CLAUSE_BREAK.test(this.text.slice(t.end, date.at));
    // (or one written between the subject and its verb: "A court in the capital on Friday convicted …")
    // ("now" is no day, and a date closed by a comma ends another clause: "on Monday, paying …")
    const rightBefore = date.at !== undefined && date.at < t.start && /^\s*$/.test(this.text.slice(date.at + (date.text ?? '').length, t.start)) && !/^now$|[,;:]$/i.test(date.text?.trim() ?? '');
    if (!participants.length && addressee === undefined && place === undefined && !date.adjacent && !ownClause && !rightBefore && !bare) return null;
    const actors = participants.map((p) => this.shortName(this.mentions[p]!));
    const placeName = place !== undefined ? ` ${rule.kind === 'VISIT' ? 'to' : 'in'} ${this.mentions[place]!.text}` : '';
    const byActor = (participants.length ? kindByActor(rule.kind, this.mentions[participants[0]!]!) : undefined) ?? kindByPurpose(rule.kind, this.text.slice(t.end, s.end).trimStart().toLowerCase()) ?? kindByObject(rule.kind, this.text.slice(t.end, s.end).trimStart().toLowerCase()) ?? kindBySubject(rule.kind, participants.length ? undefined : this.headBefore(k, s));
    // undated, a verb that yields to its object's event makes that event: "had opened an investigation" is the investigation
    const objectEvent = undated && rule.yieldsToObject === true ? heads.map((w) => (triggers().get(w.normal) ?? []).find((x) => !x.verb && w.tags.has('Noun'))).find((x) => x !== undefined) : undefined;
    if (objectEvent) return this.event(`${actors.length ? `${actors.join('-')} ` : ''}${objectEvent.rule.nominal ?? objectEvent.rule.kind.toLowerCase()}${placeName}`, objectEvent.rule.kind, [rule.id, objectEvent.rule.id, undated!.id], participants, place, t.start, end, s, date);
    // with no named actor, or done with no date, one of a kind the article has already named is that event told again:
    // "the lease … had been cancelled", "she had voted for the plan" (a plan still to come may be a second one: "will appeal again")
    // (an earlier year says it is another occasion: "had fined six dairies in 2015")
    const toldAgain = ((bare && !actors.length) || undated?.id === 'event.undated.done') && undated?.id !== UNDATED_YEAR.id;
    if (toldAgain && this.named.concat(this.out).some((o) => o.kind === (byActor?.kind ?? rule.kind))) return null;
    // … and it is named by its subject: "the old pier will be demolished" → "demolition of the old pier", "the company would hire" → "recruitment by the company"
    // (a passive, or a verb said of its subject, "prices would rise", is "of" it; an action is "by" its doer)
    // (a verb with no object that its subject undergoes is "of" it too, "a relief centre had opened"; money is the means, "funded by" it)
    const undergone = UNDATED_UNDERGONE_VERBS.words.includes(t.normal) && !hasObject(this.tokens, k, s);
    const said = bare && !actors.length ? ` ${undated!.passive || rule.subjects || undergone ? 'of' : UNDATED_MEANS_SUBJECTS.words.includes(bare.head) ? 'funded by' : 'by'} ${bare.phrase}` : '';
    const addressed = addressee !== undefined ? ` ${rule.objectPreposition} ${this.mentions[addressee]!.text}` : '';
    const name = `${actors.length ? `${actors.join('-')} ` : ''}${byActor ? byActor.kind.toLowerCase() : (rule.nominal ?? rule.kind.toLowerCase())}${said}${addressed}${placeName}`;
    if (addressee !== undefined) participants.push(addressee);
    const rules = ownStart ? [rule.id, 'event.verb.purpose-own-date'] : fromStart ? [rule.id, 'event.verb.starts-from'] : alsoDay ? [rule.id, 'event.verb.also-previous-day'] : sharedDay ? [rule.id, 'event.verb.coordinated-verb'] : clauseDate ? [rule.id, 'event.verb.clause-date'] : reportDate ? [rule.id, 'event.verb.report-date'] : perfectDay ? [rule.id, 'event.verb.perfect-at-report'] : [rule.id];
    if (byActor) rules.push(byActor.rule);
    if (undated) rules.push(undated.id);
    return this.event(name, byActor?.kind ?? rule.kind, rules, participants, place, t.start, end, s, date);
  }

  /**
   * The day of the verb event this past verb is coordinated with by "and", earlier in its clause with no break, report
   * or other action between ("A court on Friday convicted X of fraud and sentenced him to five years"): one subject, one occasion.
   */
  private coordinatedVerbDay(k: number, s: Sentence): string | undefined {
    const t = this.tokens[k]!;
    if (!t.tags.has('PastTense') || this.tokens[k - 1]?.normal !== 'and' || k - 2 < s.from || BREAK.test(this.tokens[k - 2]!.post)) return undefined;
    const and = this.tokens[k - 1]!;
    const first = [...this.out].reverse().find((e) => e.sentence === s.index && e.end <= and.start && e.date !== null && this.tokens.some((w) => w.start === e.start && w.tags.has('Verb')));
    if (!first) return undefined;
    const from = this.tokens.find((w) => w.start === first.start)!.end;
    const between = this.text.slice(from, and.start);
    if (CLAUSE_BREAK.test(between) || COORDINATION_STOPS.test(between) || this.actionBetween(from, and.start)) return undefined;
    return first.date!;
  }

  /**
   * The actor of the predicate an "and" right before token `at` coordinates this one with: the named entity or the speaker's
   * pronoun that is the subject of the nearest auxiliary or verb before it in the clause ("X said it had bought … and would appeal").
   */
  private coordinatedActor(at: number, s: Sentence): number | undefined {
    const and = this.tokens[at - 1];
    if (at - 1 <= s.from || and?.normal !== 'and' || BREAK.test(this.tokens[at - 2]!.post)) return undefined;
    for (let v = at - 2; v > s.from && at - v <= 25; v--) {
      const w = this.tokens[v]!;
      // (not past "that", which opens the clause: "found that X had hidden … and had paid" is not the finder's)
      if (/[;:]/.test(w.post) || REPORTING.test(w.normal) || w.normal === 'that') return undefined;
      const subj = this.tokens[v - 1]!;
      if (!(AUXILIARIES.test(w.normal) || w.tags.has('Verb')) || BREAK.test(subj.post)) continue;
      if (EVENT_WORDS.speakerPronouns.has(subj.normal)) return this.statements.find((x) => x.speaker !== null && x.textStart <= subj.start && subj.end <= x.textEnd)?.speaker ?? undefined;
      const sp = this.spanEndingAt(v);
      if (sp && sp.mention.type !== 'PLACE' && !sp.mention.demonym) return sp.mention.index;
    }
    return undefined;
  }

  /**
   * The undated cue of the verb of UNDATED_MAKING_VERBS right before the phrase at token `first` (past determiners and a
   * particle: "carry out inspections"), with its actor, when it has one (named, or a common noun subject).
   */
  private madeUndated(first: number, s: Sentence): { id: string; actor?: number } | undefined {
    let v = first - 1;
    while (v >= s.from && (DETERMINERS.test(this.tokens[v]!.normal) || PHRASAL_PARTICLES.test(this.tokens[v]!.normal)) && !BREAK.test(this.tokens[v]!.post)) v--;
    const verb = this.tokens[v];
    if (v < s.from || !verb || BREAK.test(verb.post) || !UNDATED_MAKING_VERBS.has(verb.normal)) return undefined;
    const cue = this.undatedAt(v, s);
    if (!cue) return undefined;
    const actor = this.subjectBefore(v, s) ?? this.coordinatedActor(cue.at, s);
    if (actor !== undefined) return { id: cue.id, actor };
    const common = subjectPhrase(this.tokens, this.text, v, s);
    return common && (cue.passive || !triggersAs(common.head, 'noun')) ? { id: cue.id } : undefined;
  }

  /** The cue that the verb at `k` with no date in reach is still an event: planned, done, or in an earlier year (rules/undated-events.ts). */
  private undatedAt(k: number, s: Sentence): ReturnType<typeof undatedCue> {
    return undatedCue(this.tokens, k, s) ?? yearCue(this.tokens, k, s, this.published!.year);
  }

  /** A place named right before token `to`, past the comma after it ("in X, Y,"). */
  private placeSpanEndingAt(to: number): MentionSpan | undefined {
    return this.body.spans.find((sp) => sp.to === to && sp.mention.type === 'PLACE');
  }

  /** A passive verb whose subject, right before its auxiliaries, is an event already found: "the reward will be paid". */
  private passiveOfEvent(k: number, s: Sentence): boolean {
    let j = k - 1;
    let passive = false;
    while (j >= s.from && AUXILIARIES.test(this.tokens[j]!.normal) && !BREAK.test(this.tokens[j]!.post)) {
      if (EVENT_WORDS.passiveBe.has(this.tokens[j]!.normal)) passive = true;
      j--;
    }
    if (!passive || j < s.from) return false;
    const head = this.tokens[j]!;
    return this.named.concat(this.out).some((e) => e.sentence === s.index && e.start <= head.start && head.end <= e.end);
  }

  /** The verb is said of a word that names an event, right before it past auxiliaries and adverbs: "the leak was stopped", "the outage also stopped". */
  private saidOfEvent(k: number, s: Sentence): boolean {
    let j = k - 1;
    while (j >= s.from && (AUXILIARIES.test(this.tokens[j]!.normal) || this.tokens[j]!.tags.has('Adverb')) && !BREAK.test(this.tokens[j]!.post)) j--;
    if (j < s.from || BREAK.test(this.tokens[j]!.post)) return false;
    let head = this.tokens[j]!;
    // a relative pronoun stands for the noun right before it, past a comma: "the conference, which opens on Monday"
    const antecedent = this.tokens[j - 1];
    if (EVENT_WORDS.relativePronouns.has(head.normal) && j - 1 >= s.from && antecedent && (!BREAK.test(antecedent.post) || /^,\s*$/.test(antecedent.post))) {
      // (past where it is held: "the conference in X, Y, which opens on Monday")
      let a = j - 1;
      for (let sp = this.placeSpanEndingAt(a + 1); sp; sp = this.placeSpanEndingAt(a + 1)) a = sp.from - 1;
      if (a < j - 1 && a >= s.from && PLACE_PREPOSITIONS.has(this.tokens[a]!.normal)) a--;
      head = this.tokens[a] ?? antecedent;
    }
    return (head.tags.has('Noun') && triggersAs(head.normal, 'noun')) || this.named.concat(this.out).some((e) => e.sentence === s.index && e.start <= head.start && head.end <= e.end);
  }

  /**
   * The predicate right after a noun is negated: only auxiliaries and forms of "do" between the noun and the negation
   * ("rain was not expected", "if heavy rain did not come"). A phrase after the noun ("the ban on X was not …") is left.
   */
  private negatedPredicate(j: number, s: Sentence): boolean {
    if (j >= s.to || BREAK.test(this.tokens[j - 1]!.post)) return false;
    for (let i = j; i < s.to && i - j < 4; i++) {
      const w = this.tokens[i]!;
      if (NEGATIONS.test(w.normal) && w.normal !== 'without') return true;
      if (!(AUXILIARIES.test(w.normal) || EVENT_WORDS.doForms.has(w.normal)) || BREAK.test(w.post)) return false;
    }
    return false;
  }

  /** A verb right after a negation, past its auxiliaries ("will not be paid", "without paying"). */
  private negated(k: number, s: Sentence): boolean {
    let j = k - 1;
    while (j >= s.from && EVENT_WORDS.negatedBe.has(this.tokens[j]!.normal) && !BREAK.test(this.tokens[j]!.post)) j--;
    return j >= s.from && !BREAK.test(this.tokens[j]!.post) && NEGATIONS.test(this.tokens[j]!.normal);
  }

  /** The word a verb is said of: the one before it past auxiliaries and adverbs ("the bridge will be closed" → bridge). */
  private headBefore(k: number, s: Sentence): string | undefined {
    for (let j = k - 1, skipped = 0; j >= s.from && k - j - skipped <= 5; j--) {
      const w = this.tokens[j]!;
      if (BREAK.test(w.post)) return undefined;
      // past where it is: "the plants in Florø and Måløy will close" is said of the plants
      const at = this.placePhraseEndingAt(j + 1, s);
      if (at !== undefined) {
        skipped += j + 1 - at;
        j = at;
        continue;
      }
      // "a night train that derailed": a relative pronoun right after its noun stands for it
      // (past the comma of a non-restrictive one too: "250,000 extra doses, which are due to arrive by the end of the month")
      if (EVENT_WORDS.relativePronouns.has(w.normal) && j - 1 >= s.from && this.tokens[j - 1]!.tags.has('Noun') && (!BREAK.test(this.tokens[j - 1]!.post) || /^,\s*$/.test(this.tokens[j - 1]!.post))) return this.tokens[j - 1]!.normal;
      // "the highway would stay closed": a copula of state is as transparent as an auxiliary
      if (!(AUXILIARIES.test(w.normal) || STATE_COPULAS.test(w.normal) || w.tags.has('Adverb') || w.tags.has('Auxiliary') || w.tags.has('Modal'))) return w.normal;
    }
    return undefined;
  }

  /**
   * The head of a subject that a phrase follows, past any phrase of place or extent: "schools in the capital and two
   * other districts will stay closed" is said of the schools. The subject runs back from the verb's auxiliaries to the
   * clause's start (a break, "that", a reporting or other verb), at most twelve words; its head is the word before its
   * first preposition.
   */
  private subjectHeadBefore(k: number, s: Sentence): string | undefined {
    let j = k - 1;
    const transparent = (w: Token): boolean => AUXILIARIES.test(w.normal) || STATE_COPULAS.test(w.normal) || w.tags.has('Adverb') || w.tags.has('Auxiliary') || w.tags.has('Modal');
    while (j >= s.from && transparent(this.tokens[j]!) && !BREAK.test(this.tokens[j]!.post)) j--;
    if (j < s.from || BREAK.test(this.tokens[j]!.post)) return undefined;
    let from = j;
    while (from > s.from && j - from < 12) {
      const w = this.tokens[from - 1]!;
      if (BREAK.test(w.post) || w.normal === 'that' || REPORTING.test(w.normal) || (w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective'))) break;
      from--;
    }
    const span = this.tokens.slice(from, j + 1);
    const prep = span.findIndex((w, n) => n > 0 && w.tags.has('Preposition'));
    return prep > 0 && span[prep - 1]!.tags.has('Noun') ? span[prep - 1]!.normal : undefined;
  }

  /** The preposition of "in <Place> [and <Name>]" ending at token `to`, if one does (the second name may be one the gazetteer lacks). */
  private placePhraseEndingAt(to: number, s: Sentence): number | undefined {
    let from = to;
    while (from > s.from && to - from < 6 && (isCapitalised(this.tokens[from - 1]!.text) || this.tokens[from - 1]!.normal === 'and') && !BREAK.test(this.tokens[from - 1]!.post)) from--;
    const prep = from - 1;
    if (from === to || prep < s.from || !PLACE_PREPOSITIONS.has(this.tokens[prep]!.normal)) return undefined;
    return this.body.spans.some((sp) => sp.from >= from && sp.to <= to && sp.mention.type === 'PLACE') ? prep : undefined;
  }

  /**
   * A date further on in a verb's own clause, past an apposition or a long object, with no other
   * action, reporting verb or "that" between: "won the X, the top prize of the festival, at the
   * closing ceremony on Saturday".
   */
  private clauseDateAfter(end: number, s: Sentence, dates: EventDate[]): PickedDate | undefined {
    const d = dates.find((x) => x.start >= end && (x.date !== null || !!x.endDate) && attributiveNoun(this.tokens, this.text, x) < 0);
    if (!d || d.start - end > 2 * DATE_REACH) return undefined;
    const between = this.text.slice(end, d.start);
    if (/[;:]/.test(between) || CLAUSE_DATE_STOPS.test(between) || this.actionBetween(end, d.start)) return undefined;
    return { date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}), rule: d.rule, at: d.start, text: d.text };
  }

  /**
   * An action under way ("X is recalling 210,000 cars, the carmaker said on Thursday") happens on the day the report
   * gives: the date right after a reporting verb in its sentence, for a present progressive verb only.
   */
  private underWayAtReport(k: number, s: Sentence, dates: EventDate[]): PickedDate | undefined {
    if (!this.tokens[k]!.tags.has('Gerund') || !EVENT_WORDS.progressiveBe.has(this.tokens[k - 1]?.normal ?? '')) return undefined;
    const d = dates.find((x) => x.date !== null && x.start > this.tokens[k]!.end && REPORTING.test(this.text.slice(Math.max(s.start, x.start - 20), x.start).trim().split(/\s+/).pop() ?? ''));
    return d ? { date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}), rule: d.rule, at: d.start, text: d.text } : undefined;
  }

  /**
   * The day of the report an action is reported in, when the action has none of its own: a perfect right after
   * "<reporter> said/announced on <day> (that) <subject>" ("said on Thursday it had opened an inquiry"). News dates
   * what was just done by the day it was made known; a reported future ("would build") is left to its own deadline.
   */
  private reportedDay(k: number, s: Sentence, dates: EventDate[]): PickedDate | undefined {
    for (let j = k - 1; j >= s.from && k - j <= 8; j--) {
      const w = this.tokens[j]!;
      if (/[;:]/.test(w.post)) return undefined;
      if (!REPORTED_ON.test(w.normal)) continue;
      const d = dates.find((x) => x.date?.length === 10 && x.start >= w.end && x.start - w.end <= 2);
      if (!d || d.end > this.tokens[k]!.start) return undefined;
      const between = this.tokens.filter((x) => x.start >= d.end && x.end <= this.tokens[k]!.start);
      if (!between.some((x) => EVENT_WORDS.perfectAuxiliaries.has(x.normal)) || this.actionBetween(d.end, this.tokens[k]!.start)) return undefined;
      return { date: d.date, rule: 'date.reported-day', at: d.start, text: d.text };
    }
    return undefined;
  }

  /**
   * The day of the report that follows a present perfect ("X has extended the licence, the regulator said on Monday"):
   * news dates what has just been done by the day it was made known (seed/heldout-13/README.md). Only a perfect with
   * "has"/"have" right before the verb, and a full day right after a reporting verb later in the sentence.
   */
  private perfectAtReport(k: number, s: Sentence, dates: EventDate[]): { date: string; rule: string } | undefined {
    // the passive too, past an adverb: "has been provisionally suspended, the agency said on Wednesday"
    let h = k - 1;
    while (h > s.from && this.tokens[h]!.tags.has('Adverb') && !BREAK.test(this.tokens[h]!.post)) h--;
    if (this.tokens[h]?.normal === 'been') h--;
    if (!EVENT_WORDS.presentPerfect.has(this.tokens[h]?.normal ?? '') || !this.tokens[k]!.tags.has('PastTense') && !this.tokens[k]!.tags.has('Participle')) return undefined;
    const t = this.tokens[k]!;
    // (a report that announces or confirms it too: "have uncovered a mosaic floor …, the department announced on Monday")
    const reportWord = (x: EventDate): string => this.text.slice(Math.max(s.start, x.start - 20), x.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const d = dates.find((x) => x.date?.length === 10 && x.start > t.end && (REPORTING.test(reportWord(x)) || EVENT_WORDS.reportedOnVerbs.has(reportWord(x))));
    return d ? { date: d.date!, rule: 'date.perfect-at-report' } : undefined;
  }

  private shortName(m: Mention): string {
    return m.type === 'PERSON' && m.text.includes(' ') ? m.text.split(' ').pop()! : m.text;
  }

  /** The nearest person or organization before `k` in its clause, across auxiliaries and adverbs only. */
  private subjectBefore(k: number, s: Sentence): number | undefined {
    let j = k;
    let verbs = 0;
    while (j > s.from && k - j < 12) {
      const w = this.tokens[j - 1]!;
      const sp = this.spanEndingAt(j);
      if (sp && sp.mention.type !== 'PLACE' && !sp.mention.demonym) return sp.mention.index;
      // "he would meet …" inside what someone said: the speaker
      if (EVENT_WORDS.speakerPronouns.has(w.normal)) {
        const st = this.statements.find((x) => x.speaker !== null && x.textStart <= w.start && w.end <= x.textEnd);
        return st?.speaker ?? undefined;
      }
      // ", which is expected to vote": the name before the relative pronoun
      if (w.normal === 'which' || w.normal === 'who') {
        const named = this.spanEndingAt(j - 1);
        if (named && named.mention.type !== 'PLACE') return named.mention.index;
      }
      if (/[;:]/.test(w.post) || BREAK.test(w.post)) break;
      if (REPORTING.test(w.normal) || w.normal === 'that') return undefined;
      if (w.tags.has('Verb') && !w.tags.has('Auxiliary') && !w.tags.has('Modal') && !w.tags.has('Copula')) verbs++;
      if (verbs > 1) return undefined;
      j--;
    }
    return undefined;
  }

  /**
   * The date of an event in sentence `s`: a possessive day ("Sunday's runoff"), else a date right
   * after the phrase in the same clause, else one before it that is not the date of a report
   * ("said on Monday").
   */
  private dateFor(start: number, end: number, s: Sentence, dates: EventDate[], dayOf: string | undefined, byReport = false, ownRelative = false): PickedDate {
    // a date that modifies another noun is that noun's: "annulled the 3 May election" is not dated 3 May
    dates = dates.filter((d) => !modifiesOtherNoun(this.tokens, this.text, d, start, end));
    if (dayOf) {
      // "will take charge for Sunday's game": the coming Sunday in a sentence that looks ahead
      const d = findEventDates(`on ${dayOf}`, this.published, FUTURE_SENTENCE.test(s.text))[0];
      // the phrase's own day: as adjacent as a date written right after it
      if (d) return { date: d.date, rule: d.rule, adjacent: true };
    }
    const ofReport = (d: EventDate): boolean => !byReport && REPORTING.test(this.text.slice(Math.max(s.start, d.start - 20), d.start).trim().split(/\s+/).pop() ?? '');
    // an event phrase that is the subject may cross its own verb: "A power outage hit the city on Saturday"
    // (also in reported speech: "She said an inquiry would report within 60 days")
    // (and of a subordinate clause: "after talks on a new deal collapsed last week")
    // (and of a clause coordinated after a comma: "can sit the exam again in May, and registration will close on 31 January")
    const coordinator = (w: Token): boolean => EVENT_WORDS.clauseCoordinators.has(w.normal) && /,\s*$/.test(this.tokens[w.i - 1]?.post ?? '');
    // (the last such word of the sentence before the phrase: read back over the sentence's own tokens, no copy of the text's)
    let reporting: Token | undefined;
    for (let i = s.to - 1; i >= s.from && !reporting; i--) {
      const w = this.tokens[i]!;
      if (w.end <= start && (REPORTING.test(w.normal) || w.normal === 'that' || SUBORDINATORS.test(w.normal) || coordinator(w))) reporting = w;
    }
    const isSubject = !this.actionBetween(reporting?.end ?? s.start, start);
    const subordinate = !!reporting && SUBORDINATORS.test(reporting.normal);
    // a clause set off by commas after the phrase is skipped, dates in it too: "The by-election, called after … in October, will be held on 10 December"
    // (but not a relative clause that times the phrase itself: "The strike, which began on Monday, has closed …", nor a
    // participle that says when it was made: "The reform, announced by the government in September, would raise …")
    // (past a short phrase of place or possession first: "A by-election in the council's Armley ward, called after …, will be held on 10 December")
    const aside = isSubject ? new RegExp(`^(?:\\s+(?:in|at|of|for|on|between|across)\\s[^,;]{1,60})?,(?!\\s*(?:which|that)\\s+(?:began|begins|started|starts|opened|opens|ended|ends|took\\s+place|takes\\s+place|was\\s+held|were\\s+held|ran|runs|lasted)\\b|${MADE_ASIDE.source})[^,;]{1,90},\\s+(?=(?:will|would|is|was|are|were|has|have|had)\\b)`).exec(this.text.slice(end, s.end)) : null;
    const from = aside ? end + aside[0].length : end;
    // "A cyber attack has shut down the port's systems since Sunday night": a "since" date in the subject's own clause is its start, further on
    const since = (d: EventDate): boolean => isSubject && /\bsince\s+$/i.test(this.text.slice(Math.max(s.start, d.start - 6), d.start)) && !CLAUSE_BREAK.test(this.text.slice(from, d.start));
    // a subject phrase's own passive predicate carries its date further on: "A class action was filed against X in the Y court on Friday"
    // (or its own past-tense verb: "A landslide buried part of the road between X and Y early on Friday")
    const verb = this.tokens.find((w) => w.start >= from && w.end <= s.end);
    const pastPredicate = !!verb && verb.start - from <= 1 && verb.tags.has('PastTense') && !REPORTING.test(verb.normal) && !MOVING_VERBS.test(verb.normal);
    // (or a verb of its own course after its auxiliaries: "the campaign would start in X on 7 December")
    const course = isSubject && !pastPredicate && courseVerbAfter(this.tokens, from, s);
    const passive = isSubject && (PASSIVE_PREDICATE.test(this.text.slice(from, s.end)) || pastPredicate || course);
    const ownPredicate = (d: EventDate): boolean => passive && d.start - from <= 2 * DATE_REACH && !CLAUSE_BREAK.test(this.text.slice(from, d.start)) && !CLAUSE_DATE_STOPS.test(this.text.slice(from, d.start));
    const after = dates.find((d) => d.start >= from && (d.start - from <= DATE_REACH || (since(d) && d.start - from <= 2 * DATE_REACH) || ownPredicate(d)) && !/[;]/.test(this.text.slice(from, d.start)) && !ofReport(d) && !(subordinate && CLAUSE_BREAK.test(this.text.slice(from, d.start))) && (isSubject ? this.actionsBetween(from, d.start) <= 1 : !this.actionBetween(end, d.start)));
    // before: a date opening the sentence ("On Monday, …") or right before the trigger ("on Friday met")
    // (also across the one verb that brings about what its object names: "The council on Monday approved a budget")
    const governs = (d: EventDate): boolean =>
      start - d.end <= 30 && this.actionsBetween(d.end, start) === 1 && !CLAUSE_BREAK.test(this.text.slice(d.end, start)) && this.tokens.some((w) => w.start >= d.end && w.end <= start && EVENT_MAKING_VERBS.has(w.normal));
    // a date in a relative clause set off by commas times what that clause is about: "The strike, which began on Monday, has closed …"
    const inRelativeClause = (d: EventDate): boolean => /,\s*(?:which|who|that)\b[^,;]*$/i.test(this.text.slice(s.start, d.start)) && this.text.slice(d.start, start).includes(',');
    const before = [...dates]
      .reverse()
      .find((d) => d.end <= start && d.date !== null && !ofReport(d) && !inRelativeClause(d) && !this.conditionBetween(d.end, start, end, s) && (d.start - s.start <= 3 || start - d.end <= 25) && (!this.actionBetween(d.end, start) || governs(d)) && !REPORT_STOPS.test(this.text.slice(d.end, start)));
    // a period written right before the action is its deadline: "has 18 months to decide"
    const period = dates.find((x) => x.rule === 'date.deadline.period-to' && x.end <= start && start - x.end <= 1);
    // "a crash that killed 11 passengers in March 2025": a relative clause of the phrase's own past verb says when it happened
    const relative = period || after || before || !ownRelative ? undefined : this.relativeClauseDate(end, s, dates);
    const d = period ?? after ?? before ?? relative;
    if (!d) return { date: null };
    // "said on Monday that they would meet within two weeks": two weeks from Monday
    const report = dates.find((x) => ofReport(x) && x.date?.length === 10);
    if (d.rule === 'date.chrono.within' && d.endDate && report && this.published) {
      const shift = (Date.parse(report.date!) - Date.parse(formatYmd(this.published))) / 86_400_000;
      const endDate = formatYmd(addDays(publishedDayOf(d.endDate)!, shift));
      return { date: null, endDate, rule: d.rule, at: d.start, adjacent: d === after && d.start - from <= 30 };
    }
    // "broke in early on Sunday and stole a painting": a date that ends the clause coordinated right before the action is its own
    const coordinated = d === before && /^\s*,?\s*and\s+$/.test(this.text.slice(d.end, start));
    // "The reform, announced by the government in September, …": the participle says when the phrase was made
    const made = d === after && new RegExp(`^,${MADE_ASIDE.source}[^,;]*$`).test(this.text.slice(end, d.start));
    const adjacent = (d === after && (d.start - from <= 30 || ownPredicate(d))) || d === period || d === relative || coordinated || made;
    const via =
      d === period ? 'event.date.period-before'
      : d === relative ? 'event.date.relative-clause'
      : coordinated ? 'event.date.coordinated-clause'
      : made ? 'event.date.made-aside'
      : d === after && d.start - from > DATE_REACH && ownPredicate(d) ? 'event.date.subject-predicate'
      : d === after && course && d.start - from > 30 && ownPredicate(d) ? 'event.date.course-predicate'
      : undefined;
    // "registration will close on 31 January", "a ballot that ends on 11 December": the day it closes is its deadline
    if (d === after && d.date?.length === 10 && !d.endDate && closesAt(this.tokens, from, s)) return { via: 'event.date.closing-predicate', date: null, endDate: d.date, rule: d.rule, at: d.start, adjacent, text: d.text };
    return { ...(via ? { via } : {}), date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}), rule: d.rule, at: d.start, adjacent, text: d.text, ...(d.also ? { also: d.also } : {}) };
  }

  /**
   * The date of a relative clause right after a phrase whose own verb is past ("a crash that killed 11 passengers in March
   * 2025", "an outbreak that has killed 96 people since September"): what the event did, so when it happened. Only a date in
   * that clause, with no other action, break or report between the verb and the date; not a verb that reports or moves.
   */
  private relativeClauseDate(end: number, s: Sentence, dates: EventDate[]): EventDate | undefined {
    const rel = /^\s*(?:that|which)\s+(?:(?:has|have|had)\s+)?/i.exec(this.text.slice(end, s.end));
    if (!rel) return undefined;
    const verb = this.tokens.slice(s.from, s.to).find((w) => w.start === end + rel[0].length);
    if (!verb || !(verb.tags.has('PastTense') || verb.tags.has('Participle')) || REPORTING.test(verb.normal) || MOVING_VERBS.test(verb.normal) || AUXILIARIES.test(verb.normal)) return undefined;
    const d = dates.find((x) => x.start >= verb.end && x.date !== null);
    if (!d || d.start - verb.end > 2 * DATE_REACH) return undefined;
    const between = this.text.slice(verb.end, d.start);
    return CLAUSE_BREAK.test(between) || CLAUSE_DATE_STOPS.test(between) || this.actionBetween(verb.end, d.start) ? undefined : d;
  }

  /**
   * A subordinate clause still open between a date and the phrase at `start`…`end`: the day is the main clause's, not
   * the phrase's. A condition or a reason always ("will leave on 31 January unless the government raises their pay"); a
   * time clause only when it has its own verb after the phrase ("will stop work from Tuesday after talks … broke
   * down"), for "suspended since Sunday after a cyber attack" dates the attack. One closed by a comma is not open:
   * "On Monday, after talks collapsed, the union called a strike".
   */
  private conditionBetween(from: number, start: number, end: number, s: Sentence): boolean {
    const between = this.text.slice(from, start);
    const opener = [...between.matchAll(CLAUSE_OPENER)].pop();
    if (!opener || /[,;]/.test(between.slice(opener.index + opener[0].length))) return false;
    if (opener[1]) return true;
    const clauseEnd = this.text.slice(end, s.end).search(CLAUSE_BREAK);
    return this.actionBetween(end, clauseEnd < 0 ? s.end : end + clauseEnd);
  }

  /** The same event on each other day of the list that dated it ("on 3 and 10 December": two). */
  private listed(e: FoundEvent & { also?: string[] }): FoundEvent[] {
    const also = e.also ?? [];
    delete e.also;
    return also.map((date) => ({ ...e, date, participants: [...e.participants], ...(e.rules ? { rules: [...e.rules] } : {}) }));
  }

  private event(
    name: string,
    kind: string,
    rules: string[],
    participants: number[],
    place: number | undefined,
    start: number,
    end: number,
    s: Sentence,
    date: PickedDate,
  ): FoundEvent & { also?: string[] } {
    const before = this.text.slice(s.start, start);
    // a relative clause set off by commas after the phrase is not its clause: "approved the project, which would pump …, on 20 November"
    const around = this.text.slice(Math.max(s.start, start - 40), end) + this.text.slice(end, Math.min(s.end, end + 200)).replace(RELATIVE_ASIDE, '').slice(0, 40);
    let day = date.date;
    let endDate = date.endDate;
    // a deadline's day is its end: "a deadline of 30 June"
    if (kind === 'DEADLINE' && day && !endDate) [day, endDate] = [null, day];
    // what only happens in the past has happened, whatever the tense around it ("the by-election, called after the death of …, will be held")
    const status = PAST_KINDS.has(kind) ? { status: 'occurred' as const, rule: 'status.occurred.past-kind' } : eventStatus(before, around, day, endDate, this.published);
    // a weekday in a future clause is the next one ("will meet on Friday")
    if (status.status === 'expected' && day && date.rule === 'date.chrono' && date.at !== undefined) {
      day = findEventDates(s.text, this.published, true).find((d) => d.start + s.start === date.at && d.rule === 'date.chrono')?.date ?? day;
      // "will hold a vote on 12 May" written in September: next year's 12 May
      const written = this.text.slice(date.at, date.at + 40).match(/^[^,;.]*/)![0];
      if (day && this.published && day < formatYmd(this.published) && /^(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+$|^(?:on\s+)?[A-Z][a-z]+\s+\d{1,2}$/.test(date.text ?? '') && !/\b\d{4}\b/.test(written)) day = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
    }
    // what only happens in the past is not next year's: "after the death of X in October" in a future sentence
    if (PAST_KINDS.has(kind) && day && this.published && day.slice(0, 7) > formatYmd(this.published).slice(0, 7)) {
      day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
      rules.push('event.past-kind.year');
    }
    return {
      name,
      kind,
      date: day,
      ...(endDate ? { endDate } : {}),
      status: status.status,
      participants: [...new Set(participants)],
      ...(place !== undefined ? { place } : {}),
      start,
      end,
      sentence: s.index,
      rules: [...rules, ...(date.via ? [date.via] : []), ...(date.rule ? [date.rule] : []), status.rule],
      ...(date.also && day === date.date ? { also: date.also } : {}),
    };
  }
}

