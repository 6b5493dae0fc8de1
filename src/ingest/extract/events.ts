import type { EventStatus } from '../contract.js';
import { foldName } from '../../domain/ids.js';
import { type DateMention, type Ymd, compareDates, findDates, formatYmd } from './dates.js';
import type { FieldMentions } from './mentions.js';
import type { FoundStatement } from './statements.js';
import type { Sentence, Token } from './text.js';
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

const MEETING_NOUNS = new Set(['meeting', 'summit', 'conference', 'session', 'talks', 'negotiations', 'visit', 'forum']);
const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|another|latest|last|final|\d+(?:st|nd|rd|th))$/;
const FUTURE_WORDS = /\b(expected|upcoming|next|planned|scheduled|forthcoming|future|possible|potential|proposed|will|would|shall)\b/i;
const CAMPAIGN_HEADS: Record<string, string> = {
  drive: 'CAMPAIGN', campaign: 'CAMPAIGN', initiative: 'CAMPAIGN', push: 'CAMPAIGN', plan: 'CAMPAIGN', programme: 'CAMPAIGN',
  program: 'CAMPAIGN', effort: 'CAMPAIGN', operation: 'OPERATION', offensive: 'OPERATION', counteroffensive: 'OPERATION',
  package: 'AID', coalition: 'CAMPAIGN', mission: 'OPERATION', exercise: 'EXERCISE', exercises: 'EXERCISE',
};
const PENALTY_HEADS = new Set(['tariffs', 'tariff', 'sanctions', 'duties', 'levies', 'embargo', 'ban']);
const EVALUATIVE = new Set(['strict', 'severe', 'harsh', 'tough', 'massive', 'crippling', 'very', 'heavy', 'sweeping', 'major', 'stiff', 'steep', 'new', 'additional', 'further', 'more', 'so-called']);
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'assault', 'bombardment', 'shelling', 'offensive']);
const ELECTION_NOUNS = new Set(['election', 'elections', 'referendum', 'vote', 'runoff']);

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
      const dates = findDates(s.text, this.published, FUTURE_WORDS.test(s.text)).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
      this.campaigns(s, dates);
      this.ultimatums(s, dates);
      this.meetings(s, dates);
      this.rounds(s, dates);
      this.attacksAndElections(s, dates);
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
  private dateNear(end: number, dates: DateMention[], s: Sentence): DateMention | undefined {
    const near = dates.find((d) => d.start >= end && d.start - end <= 12 && !d.endDate);
    if (near) return near;
    void s;
    return dates.find((d) => !d.endDate);
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
      this.add({ name, kind, date, status: 'announced', participants, start: q.open, end: q.close, sentence: s.index, statement: st });
    }
  }

  // "warning that he would introduce strict 100 per cent secondary tariffs on … within 50 days from 14 July"
  private ultimatums(s: Sentence, dates: DateMention[]): void {
    for (const st of this.statements.filter((x) => x.sentence === s.index && x.kind === 'WARNING')) {
      const toks = this.tokens.filter((t) => t.start >= st.textStart && t.end <= st.textEnd);
      const verbAt = toks.findIndex((t) => /^(introduce|impose|slap|levy|introducing|imposing)$/.test(t.normal));
      if (verbAt < 0) continue;
      const headAt = toks.findIndex((t, n) => n > verbAt && PENALTY_HEADS.has(t.normal));
      if (headAt < 0 || headAt - verbAt > 8) continue;
      let first = verbAt + 1;
      const numberAt = toks.slice(first, headAt).findIndex((t) => t.tags.has('Value'));
      if (numberAt >= 0) first += numberAt;
      else while (first < headAt && (['a', 'an', 'the'].includes(toks[first]!.normal) || EVALUATIVE.has(toks[first]!.normal))) first++;
      const start = toks[first]!.start;
      const end = toks[headAt]!.end;
      const name = this.text.slice(start, end);
      const range = dates.find((d) => d.endDate && d.start >= st.textStart && d.end <= st.textEnd + 1);
      const by = /\b(?:by|until|before)\s+$/i;
      const deadline = range ?? dates.find((d) => by.test(this.text.slice(Math.max(0, d.start - 8), d.start)));
      const date = range ? range.date : (dates.find((d) => d !== deadline && !d.endDate)?.date ?? null);
      const endDate = range ? range.endDate! : deadline ? deadline.date : null;
      const targetsEnd = this.clauseEndAfter(end, s);
      const participants = [...this.speakerParticipants(st), ...this.placesIn(end, Math.min(targetsEnd, st.textEnd))];
      this.add({ name, kind: 'ULTIMATUM', date, ...(endDate ? { endDate } : {}), status: 'announced', participants, start, end, sentence: s.index, statement: st });
    }
  }

  // "the Ukraine Defence Contact Group meeting on 21 July"
  private meetings(s: Sentence, dates: DateMention[]): void {
    for (let k = s.from; k < s.to; k++) {
      const t = this.tokens[k]!;
      if (!MEETING_NOUNS.has(t.normal)) continue;
      const owner = this.body.spans.find((sp) => sp.to === k && !sp.mention.demonym && (sp.mention.type === 'ORGANIZATION' || sp.mention.type === 'PLACE' || sp.mention.type === null));
      if (!owner) continue;
      if (['talks', 'negotiations'].includes(t.normal) && this.tokens[k - 1] && /round/.test(this.tokens[k - 1]!.normal)) continue;
      const name = `${owner.mention.text} ${t.text}`;
      const start = owner.mention.start;
      const end = t.end;
      const d = this.dateNear(end, dates, s);
      const date = d?.date ?? null;
      const context = this.text.slice(Math.max(s.start, start - 30), end);
      const status = this.status(date, context, 'occurred');
      const participants = [owner.mention.index];
      // whoever spoke "during"/"at" the meeting took part
      for (const st of this.statements) {
        if (st.sentence === s.index && st.speaker !== null && st.textStart <= start && end <= st.textEnd) participants.unshift(st.speaker);
      }
      const kind = ['talks', 'negotiations'].includes(t.normal) ? 'NEGOTIATIONS' : 'MEETING';
      this.add({ name, kind, date, status, participants, start, end, sentence: s.index });
    }
  }

  // "the expected third round of talks"
  private rounds(s: Sentence, dates: DateMention[]): void {
    for (let k = s.from + 1; k < s.to - 2; k++) {
      const t = this.tokens[k]!;
      if (t.normal !== 'round' || this.tokens[k + 1]!.normal !== 'of' || !['talks', 'negotiations', 'consultations'].includes(this.tokens[k + 2]!.normal)) continue;
      let first = k;
      if (ORDINALS.test(this.tokens[k - 1]!.normal)) first = k - 1;
      const start = this.tokens[first]!.start;
      const end = this.tokens[k + 2]!.end;
      const name = this.text.slice(start, end);
      const d = dates.find((x) => x.start >= end && x.start - end <= 12);
      const date = d?.date ?? null;
      const context = this.text.slice(Math.max(s.start, start - 25), end);
      const status = this.status(date, context, FUTURE_WORDS.test(context) ? 'expected' : 'occurred');
      const participants = this.placesIn(s.start, s.end).filter((i, n, all) => all.findIndex((j) => this.same(i, j)) === n);
      this.add({ name, kind: 'NEGOTIATIONS', date, status, participants, start, end, sentence: s.index });
    }
  }

  private same(a: number, b: number): boolean {
    const ma = this.mentions[a]!;
    const mb = this.mentions[b]!;
    return foldName(ma.canonical ?? ma.text) === foldName(mb.canonical ?? mb.text);
  }

  private attacksAndElections(s: Sentence, dates: DateMention[]): void {
    for (let k = s.from; k < s.to; k++) {
      const t = this.tokens[k]!;
      const isAttack = ATTACK_NOUNS.has(t.normal) && t.tags.has('Noun');
      const isElection = ELECTION_NOUNS.has(t.normal) && t.tags.has('Noun');
      if (!isAttack && !isElection) continue;
      // named by a modifier ("missile attack", "presidential election") and anchored by a place or date
      let first = k;
      while (first > s.from && /^(missile|drone|air|massive|combined|ballistic|presidential|parliamentary|general|local|snap|early|russian|ukrainian)$/.test(this.tokens[first - 1]!.normal)) first--;
      if (first === k) continue;
      let end = t.end;
      let name = this.text.slice(this.tokens[first]!.start, end);
      const next = this.tokens[k + 1];
      const target = next && ['on', 'in', 'against'].includes(next.normal) ? this.body.spans.find((sp) => sp.from === k + 2 && sp.mention.type === 'PLACE') : undefined;
      if (target) {
        end = target.mention.end;
        name = `${name} ${next!.text} ${target.mention.text}`;
      }
      const d = dates.find((x) => x.start >= end && x.start - end <= 12) ?? dates.find((x) => !x.endDate && x.end <= this.tokens[first]!.start && this.tokens[first]!.start - x.end <= 12);
      if (!target && !d) continue;
      const date = d?.date ?? null;
      const context = this.text.slice(Math.max(s.start, this.tokens[first]!.start - 25), end);
      const status = this.status(date, context, 'occurred');
      const participants = target ? [target.mention.index] : [];
      this.add({ name: name.replace(/^./, (c) => c.toLowerCase()), kind: isAttack ? 'ATTACK' : 'ELECTION', date, status, participants, start: this.tokens[first]!.start, end, sentence: s.index });
    }
  }

  /** One event per folded name and date; later mentions add participants. */
  private dedupe(): FoundEvent[] {
    const out: FoundEvent[] = [];
    for (const e of this.events.sort((a, b) => a.start - b.start)) {
      const same = out.find((o) => foldName(o.name) === foldName(e.name) && (o.date === e.date || !e.date || !o.date));
      if (same) {
        for (const p of e.participants) if (!same.participants.includes(p)) same.participants.push(p);
        same.date ??= e.date;
        continue;
      }
      out.push(e);
    }
    return out;
  }
}
