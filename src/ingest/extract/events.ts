import type { EventStatus } from '../contract.js';
import { foldName } from '../../core/ids.js';
import { type DateMention, type Ymd, compareDates, findDates, formatYmd } from './dates.js';
import { ownModifierDate } from './attributive-dates.js';
import type { FieldMentions } from './mentions.js';
import type { FoundStatement } from './statements.js';
import { type Sentence, type Token, isCapitalised as isCap } from './text.js';
import { NOT_EVENTS } from './rules/event-triggers.js';
import { EVENT_PHRASE_WORDS } from './rules/event-phrase-words.js';
import { alternation } from './rules/word-sets.js';
import type { ExtractedEvent, Mention } from './types.js';

/**
 * Events named in the body: meetings ("Ukraine Defence Contact Group meeting"), rounds of talks,
 * campaigns announced under a quoted name ("a "50-day drive""), ultimatums carried by a warning
 * ("100 per cent secondary tariffs … within 50 days from 14 July"), attacks and elections.
 */

export interface FoundEvent extends ExtractedEvent {
  /** Statement whose text introduces the event (the announcement, the warning), if any. */
  statement?: FoundStatement;
}

const MEETING_NOUNS = EVENT_PHRASE_WORDS.meetingNouns;
const ORDINALS = new RegExp(`^(?:${alternation(EVENT_PHRASE_WORDS.ordinals)}|\\d+(?:st|nd|rd|th))$`);
const FUTURE_WORDS = new RegExp(`\\b(?:${alternation(EVENT_PHRASE_WORDS.futureCues)})\\b`, 'i');
const FUTURE_AFTER = new RegExp(`\\b(?:${alternation(EVENT_PHRASE_WORDS.futureAfter)})\\b`);
const CAMPAIGN_HEADS: Record<string, string> = {
  drive: 'CAMPAIGN', campaign: 'CAMPAIGN', initiative: 'CAMPAIGN', push: 'CAMPAIGN', plan: 'CAMPAIGN', programme: 'CAMPAIGN',
  program: 'CAMPAIGN', effort: 'CAMPAIGN', operation: 'OPERATION', offensive: 'OPERATION', counteroffensive: 'OPERATION',
  package: 'AID', coalition: 'CAMPAIGN', mission: 'OPERATION', exercise: 'EXERCISE', exercises: 'EXERCISE',
};
const PENALTY_HEADS = EVENT_PHRASE_WORDS.penaltyHeads;
const EVALUATIVE = EVENT_PHRASE_WORDS.evaluativeModifiers;
const EVENT_HEADS: Record<string, string> = {
  conference: 'CONFERENCE', forum: 'FORUM', summit: 'SUMMIT', meeting: 'MEETING', runoff: 'ELECTION', election: 'ELECTION',
  elections: 'ELECTION', referendum: 'REFERENDUM', outbreak: 'OUTBREAK', epidemic: 'OUTBREAK', attack: 'ATTACK',
  offensive: 'OFFENSIVE', counteroffensive: 'OFFENSIVE', package: 'SANCTIONS', call: 'CALL', ceasefire: 'CEASEFIRE',
  ruling: 'RULING', judgment: 'RULING', verdict: 'VERDICT', strike: 'STRIKE', protest: 'PROTEST', protests: 'PROTEST',
};
/** Adjectives that name a kind of event ("emergency meeting", "mayoral runoff") rather than judge it. */
const EVENT_MODIFIERS = EVENT_PHRASE_WORDS.namingModifiers;

export class EventFinder {
  private readonly events: FoundEvent[] = [];

  constructor(
    private readonly body: FieldMentions,
    private readonly mentions: Mention[],
    private readonly statements: FoundStatement[],
    private readonly published: Ymd | null,
  ) {}

  private get tokens(): Token[] {
    return this.body.analysis.tokens;
  }
  private get text(): string {
    return this.body.analysis.text;
  }

  run(): FoundEvent[] {
    for (const s of this.body.analysis.sentences) {
      const dates = findDates(s.text, this.published, false).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
      this.campaigns(s, dates);
      this.ultimatums(s, dates);
      this.meetings(s, dates);
      this.rounds(s, dates);
      this.nounPhrases(s, dates);
    }
    return this.dedupe();
  }

  private add(e: FoundEvent): void {
    this.events.push(e);
  }

  private status(date: string | null, context: string, fallback: EventStatus): EventStatus {
    if (/\b(expected|upcoming|next|planned|scheduled|forthcoming|future)\b/i.test(context)) return 'expected';
    if (date && this.published) {
      const c = compareDates(date, formatYmd(this.published));
      if (c < 0) return fallback === 'announced' ? 'announced' : 'occurred';
      if (c > 0) return 'expected';
    }
    if (/\b(will|shall|is to|are to)\b/i.test(context)) return 'expected';
    return fallback;
  }

  /** A date right after [start, end) ("meeting on 21 July"), else the first date of the sentence. */
  private dateNear(end: number, dates: DateMention[]): DateMention | undefined {
    return dates.find((d) => d.start >= end && d.start - end <= 12 && !d.endDate) ?? dates.find((d) => !d.endDate);
  }

  private placesIn(start: number, end: number): number[] {
    return this.body.spans
      .filter((sp) => sp.mention.type === 'PLACE' && sp.mention.start >= start && sp.mention.end <= end)
      .filter((sp) => !this.body.spans.some((o) => o !== sp && o.mention.type !== 'PLACE' && o.from <= sp.from && sp.to <= o.to))
      .map((sp) => sp.mention.index);
  }

  /** Where a clause about an event stops: another event, a condition, a time adjunct. */
  private clauseEndAfter(offset: number, s: Sentence): number {
    const rest = this.text.slice(offset, s.end);
    const m = /\b(during|at the|if|unless|while|when|after|before|because|as)\b|[;]/.exec(rest);
    return m ? offset + m.index : s.end;
  }

  private speakerParticipants(st: FoundStatement | undefined): number[] {
    if (!st || st.speaker === null) return [];
    const out = [st.speaker];
    const role = st.speakerMention?.role ?? this.mentions[st.speaker]?.role;
    if (role?.of !== undefined) out.push(role.of);
    return out;
  }

  // "announced a "50-day drive" to …"
  private campaigns(s: Sentence, dates: DateMention[]): void {
    for (const st of this.statements.filter((x) => x.sentence === s.index && x.kind === 'ANNOUNCEMENT')) {
      const q = this.body.analysis.quotes.find((x) => x.open >= st.textStart && x.open <= st.textStart + 4 && x.close <= st.textEnd + 1);
      if (!q) continue;
      const name = q.inner.trim();
      const head = name.split(/[\s-]+/).pop()!.toLowerCase();
      const kind = CAMPAIGN_HEADS[head] ?? 'CAMPAIGN';
      const date = dates.find((d) => !d.endDate)?.date ?? null;
      const clauseEnd = this.clauseEndAfter(q.close, s);
      const participants = [...this.speakerParticipants(st), ...this.placesIn(q.close, clauseEnd)];
      this.add({ name, kind, date, status: 'announced', participants, start: q.open, end: q.close, sentence: s.index, statement: st, rules: ['event.phrase.quoted-campaign'] });
    }
  }

  // "warning that he would introduce strict 100 per cent secondary tariffs on … within 50 days from 14 July"
  private ultimatums(s: Sentence, dates: DateMention[]): void {
    for (const st of this.statements.filter((x) => x.sentence === s.index && x.kind === 'WARNING')) {
      const toks = this.tokens.filter((t) => t.start >= st.textStart && t.end <= st.textEnd);
      const verbAt = toks.findIndex((t) => EVENT_PHRASE_WORDS.penaltyVerbs.has(t.normal));
      if (verbAt < 0) continue;
      const headAt = toks.findIndex((t, n) => n > verbAt && PENALTY_HEADS.has(t.normal));
      if (headAt < 0 || headAt - verbAt > 8) continue;
      let first = verbAt + 1;
      const numberAt = toks.slice(first, headAt).findIndex((t) => t.tags.has('Value'));
      const quoted = this.inQuoteAt(toks[headAt]!.start);
      if (numberAt >= 0) first += numberAt;
      else while (first < headAt && (EVENT_PHRASE_WORDS.articles.has(toks[first]!.normal) || (!quoted && EVALUATIVE.has(toks[first]!.normal)))) first++;
      const start = toks[first]!.start;
      let end = toks[headAt]!.end;
      // "\"major sanctions\" on Russia": the quoted words as written, and the country they target
      const after = toks[headAt + 1];
      const target = after && after.normal === 'on' ? this.body.spans.find((sp) => sp.mention.start === toks[headAt + 2]?.start && sp.mention.type === 'PLACE' && !sp.mention.demonym) : undefined;
      let name = this.text.slice(start, end).replace(/["“”]/g, '');
      if (target) {
        end = target.mention.end;
        name = `${name} on ${target.mention.text}`;
      }
      const range = dates.find((d) => d.endDate && d.start >= st.textStart && d.end <= st.textEnd + 1);
      const by = /\b(?:by|until|before)\s+$/i;
      const deadline = range ?? dates.find((d) => by.test(this.text.slice(Math.max(0, d.start - 8), d.start)));
      const date = range ? range.date : (dates.find((d) => d !== deadline && !d.endDate)?.date ?? null);
      const endDate = range ? range.endDate! : deadline ? deadline.date : null;
      const targetsEnd = this.clauseEndAfter(end, s);
      const participants = [...this.speakerParticipants(st), ...this.placesIn(end, Math.min(targetsEnd, st.textEnd))];
      this.add({ name, kind: 'ULTIMATUM', date, ...(endDate ? { endDate } : {}), status: 'announced', participants, start, end, sentence: s.index, statement: st, rules: ['event.phrase.ultimatum'] });
    }
  }

  // "the Ukraine Defence Contact Group meeting on 21 July"
  private meetings(s: Sentence, dates: DateMention[]): void {
    for (let k = s.from; k < s.to; k++) {
      const t = this.tokens[k]!;
      if (!MEETING_NOUNS.has(t.normal)) continue;
      const owner = this.body.spans.find((sp) => sp.to === k && !sp.mention.demonym && (sp.mention.type === 'ORGANIZATION' || sp.mention.type === 'PLACE' || sp.mention.type === null));
      if (!owner) continue;
      if (EVENT_PHRASE_WORDS.negotiationNouns.has(t.normal) && this.tokens[k - 1] && /round/.test(this.tokens[k - 1]!.normal)) continue;
      const name = `${owner.mention.text} ${t.text}`;
      const start = owner.mention.start;
      const end = t.end;
      const d = this.dateNear(end, dates);
      const date = d?.date ?? null;
      const context = this.text.slice(Math.max(s.start, start - 30), end);
      const status = this.status(date, context, 'occurred');
      const participants = [owner.mention.index];
      // whoever spoke "during"/"at" the meeting took part
      for (const st of this.statements) {
        if (st.sentence === s.index && st.speaker !== null && st.textStart <= start && end <= st.textEnd) participants.unshift(st.speaker);
      }
      const kind = EVENT_PHRASE_WORDS.negotiationNouns.has(t.normal) ? 'NEGOTIATIONS' : t.normal === 'summit' ? 'SUMMIT' : 'MEETING';
      this.add({ name, kind, date, status, participants, start, end, sentence: s.index, rules: ['event.phrase.owned-meeting'] });
    }
  }

  // "the expected third round of talks"
  private rounds(s: Sentence, dates: DateMention[]): void {
    for (let k = s.from + 1; k < s.to - 2; k++) {
      const t = this.tokens[k]!;
      if (t.normal !== 'round' || this.tokens[k + 1]!.normal !== 'of' || !EVENT_PHRASE_WORDS.roundOf.has(this.tokens[k + 2]!.normal)) continue;
      let first = k;
      // "third round" keeps its ordinal; "a new/next round" is just a round still to come
      const relative = EVENT_PHRASE_WORDS.relativeOrdinals.has(this.tokens[k - 1]!.normal);
      if (ORDINALS.test(this.tokens[k - 1]!.normal) && !relative) first = k - 1;
      const start = this.tokens[first]!.start;
      let end = this.tokens[k + 2]!.end;
      // "… in Istanbul": the venue is part of the name, not a party
      let venue: number | undefined;
      const prep = this.tokens[k + 3];
      if (prep && prep.normal === 'in' && !/[,;:]/.test(this.tokens[k + 2]!.post)) {
        const sp = this.body.spans.find((x) => x.from === k + 4 && x.mention.type === 'PLACE' && !x.mention.demonym);
        if (sp) {
          end = sp.mention.end;
          venue = sp.mention.index;
        }
      }
      const name = this.text.slice(start, end);
      const d = dates.find((x) => x.start >= end && x.start - end <= 12);
      const date = d?.date ?? null;
      const context = this.text.slice(Math.max(s.start, start - 25), end);
      const status = this.status(date, context, relative || FUTURE_WORDS.test(context) ? 'expected' : 'occurred');
      const participants = this.placesIn(s.start, s.end)
        .filter((i) => i !== venue && this.mentions[i]!.kindHint === 'country')
        .filter((i, n, all) => all.findIndex((j) => this.same(i, j)) === n);
      this.add({ name, kind: 'NEGOTIATIONS', date, status, participants, start, end, sentence: s.index, rules: ['event.phrase.round-of-talks'] });
    }
  }

  private same(a: number, b: number): boolean {
    const ma = this.mentions[a]!;
    const mb = this.mentions[b]!;
    return foldName(ma.canonical ?? ma.text) === foldName(mb.canonical ?? mb.text);
  }

  /**
   * Event noun phrases: "the COP30 climate conference", "Sunday's mayoral runoff in Vilnius", "an
   * emergency meeting of the International Coordinating Group …", "a cholera outbreak in Sudan",
   * "the attack on Kharkiv", "the European Union's 19th sanctions package". The name is the phrase
   * without its determiner or possessive, with an "of/in/on <Name>" that follows.
   */
  private nounPhrases(s: Sentence, dates: DateMention[]): void {
    for (let k = s.from; k < s.to; k++) {
      const t = this.tokens[k]!;
      let kind = EVENT_HEADS[t.normal];
      if (!kind || !t.tags.has('Noun') || this.inQuoteAt(t.start)) continue;
      if (t.normal === 'package' && this.tokens[k - 1]?.normal !== 'sanctions') continue;
      if (t.normal === 'call' && !EVENT_PHRASE_WORDS.callMedia.has(this.tokens[k - 1]?.normal ?? '')) continue;
      if (t.normal === 'package') kind = 'SANCTIONS';
      // a capitalised head after a capitalised word ends a name, a body or a place: "the Pacific Islands Forum", "the Humboldt Forum"
      if (k > s.from && isCap(t.text) && isCap(this.tokens[k - 1]!.text) && !/[,;:.!?"“”()]/.test(this.tokens[k - 1]!.post)) continue;
      // the head of its phrase, not a modifier ("attack drones")
      const nextTok = this.tokens[k + 1];
      if (nextTok && k + 1 < s.to && !/[,;:.!?"”)]/.test(t.post) && nextTok.tags.has('Noun') && !nextTok.tags.has('Preposition') && !isCap(nextTok.text)) continue;
      // pre-modifiers back to a determiner, a possessive or a break
      let first = k;
      let possessor: number | undefined;
      let dayOf: string | undefined;
      while (first > s.from) {
        const w = this.tokens[first - 1]!;
        if (/[,;:.!?"“”()]/.test(w.post)) break;
        if (EVENT_PHRASE_WORDS.phraseStops.has(w.normal)) break;
        if (/['’]s$/.test(w.text)) {
          // "Sunday's runoff": a date; "the European Union's package": who it belongs to
          const day = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)['’]s$/i.exec(w.text);
          if (day) dayOf = w.text.slice(0, -2);
          else possessor = this.body.spans.find((sp) => sp.to === first && sp.possessive)?.mention.index;
          break;
        }
        if (w.tags.has('Verb') && !w.tags.has('Noun')) break;
        if (!(w.tags.has('Adjective') || w.tags.has('Noun') || w.tags.has('Value') || isCap(w.text))) break;
        if (this.body.spans.some((sp) => sp.to === first && sp.mention.type === 'PERSON')) break;
        first--;
      }
      const modifiers = k - first;
      // "told a news conference": where something was said, not an event
      if (this.tokens.slice(first, k).some((w) => NOT_EVENTS[t.normal]?.includes(w.normal))) continue;
      // an owner right before: "Ukraine Defence Contact Group meeting" is handled by meetings()
      if (this.body.spans.some((sp) => sp.to === k && sp.from >= first && !sp.mention.demonym && sp.mention.type !== 'PLACE') && MEETING_NOUNS.has(t.normal)) continue;
      // a following "of/in/on <Name>"
      let end = t.end;
      let pp: number | undefined;
      const prep = this.tokens[k + 1];
      if (prep && EVENT_PHRASE_WORDS.objectPrepositions.has(prep.normal) && !/[,;:]/.test(t.post)) {
        let j = k + 2;
        if (this.tokens[j] && EVENT_PHRASE_WORDS.articles.has(this.tokens[j]!.normal)) j++;
        const sp = this.body.spans.find((x) => x.from === j && !x.mention.demonym);
        const fits = sp && (prep.normal === 'of' ? sp.mention.type !== 'PERSON' : sp.mention.type === 'PLACE');
        if (fits) {
          end = sp!.mention.end;
          pp = sp!.mention.index;
          // "in the Zaporizhzhia direction"
          const tail = this.tokens[sp!.to];
          if (tail && EVENT_PHRASE_WORDS.placeTails.has(tail.normal) && !isCap(tail.text)) end = tail.end;
        }
      }
      if (!modifiers && pp === undefined) continue;
      if (modifiers && !this.tokens.slice(first, k).some((w) => !w.tags.has('Adjective') || EVENT_MODIFIERS.has(w.normal)) && pp === undefined && !dayOf) continue;
      const start = this.tokens[first]!.start;
      let name = this.text.slice(start, end);
      if (EVENT_PHRASE_WORDS.roundHeads.has(t.normal)) continue;
      // "a phone call" between the two people the sentence names: "Trump-Putin phone call"
      let callers: number[] = [];
      if (kind === 'CALL' && pp === undefined) {
        const people = this.body.spans.filter((sp) => sp.mention.type === 'PERSON' && sp.mention.start >= s.start && sp.mention.end <= s.end).map((sp) => sp.mention);
        const distinct = people.filter((m, n) => people.findIndex((o) => foldName(o.text).endsWith(foldName(m.text.split(' ').pop()!))) === n);
        if (distinct.length !== 2) continue;
        callers = distinct.map((m) => m.index);
        name = `${distinct.map((m) => m.text.split(' ').pop()).join('-')} ${name}`;
      }
      const future = FUTURE_WORDS.test(this.text.slice(Math.max(s.start, start - 30), start)) || FUTURE_AFTER.test(this.text.slice(end, Math.min(s.end, end + 40)));
      let date: string | null = null;
      if (dayOf) date = findDates(`on ${dayOf}`, this.published, future)[0]?.date ?? null;
      // "the 3 May election": a date written as the phrase's own modifier
      const modifier = date ? undefined : ownModifierDate(this.tokens, this.text, dates, start, end);
      if (modifier) date = modifier.date;
      // a date attached to the phrase: "on 3 September", ", which opens on Monday"
      const near =
        dates.find((d) => d.start >= end && !d.endDate && /^\s*(?:\([^)]*\)\s*)?(?:,?\s*(?:[^,.;]{0,30},\s*)?(?:which|that)\s+\w+\s+)?(?:on|in|from|at|)\s*$/i.test(this.text.slice(end, d.start))) ??
        // a date opening the sentence: "Last week, he told an economic forum …"
        dates.find((d) => !d.endDate && d.start - s.start <= 1 && /^\s*,?\s*$/.test(this.text.slice(d.end, d.end + 2).replace(/\w.*/, '')));
      if (near) date ??= future ? (findDates(near.text, this.published, true)[0]?.date ?? near.date) : near.date;
      const status = this.status(date, this.text.slice(Math.max(s.start, start - 30), Math.min(s.end, end + 40)), future ? 'expected' : 'occurred');
      const participants = [...callers, possessor, pp].filter((x): x is number => x !== undefined);
      if (kind === 'CALL') date ??= dates.find((d) => !d.endDate)?.date ?? null;
      for (const sp of this.body.spans) if (sp.from >= first && sp.to <= k && !sp.mention.demonym && sp.mention.type !== null) participants.push(sp.mention.index);
      this.add({ name, kind, date, status, participants, start, end, sentence: s.index, rules: ['event.phrase.head-noun', ...(modifier ? ['event.date.attributive'] : [])] });
    }
  }

  private inQuoteAt(offset: number): boolean {
    return this.body.analysis.quotes.some((q) => q.open < offset && offset < q.close);
  }

  /** One event per folded name and date; later mentions add participants. */
  private dedupe(): FoundEvent[] {
    const out: FoundEvent[] = [];
    for (const e of this.events.sort((a, b) => a.start - b.start)) {
      const same = out.find((o) => foldName(o.name) === foldName(e.name) && (o.date === e.date || !e.date || !o.date));
      if (same) {
        for (const p of e.participants) if (!same.participants.includes(p)) same.participants.push(p);
        same.rules = [...new Set([...(same.rules ?? []), ...(e.rules ?? [])])];
        same.date ??= e.date;
        continue;
      }
      out.push(e);
    }
    return out;
  }
}
