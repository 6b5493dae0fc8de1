import { foldName, topicId } from '../../core/ids.js';
import type { FoundEvent } from './events.js';
import type { FieldMentions } from './mentions.js';
import type { FoundStatement } from './statements.js';
import { topicRulesIn } from './statement-topics.js';
import type { AboutRef, Mention } from './types.js';
import { wordsIn } from './text.js';

/**
 * What a statement is about: the entities, events and topics named in its text (the whole sentence
 * for an unattributed claim, whose subject is its evidence). Mentions inside an event's name are
 * that event ("Ukraine Defence Contact Group meeting" is the meeting, not the group); "the effort"
 * points back at the last campaign; a statement citing another is also about the cited one's events.
 */

const EVENT_ANAPHORA: Record<string, string[]> = {
  effort: ['CAMPAIGN'], drive: ['CAMPAIGN'], campaign: ['CAMPAIGN'], initiative: ['CAMPAIGN'], push: ['CAMPAIGN'],
  plan: ['CAMPAIGN'], meeting: ['MEETING'], summit: ['MEETING'], talks: ['NEGOTIATIONS', 'MEETING'],
  negotiations: ['NEGOTIATIONS'], ultimatum: ['ULTIMATUM'], deadline: ['ULTIMATUM'], tariffs: ['ULTIMATUM'],
};

/** Crude English stem for matching tags to words: "negotiations" ~ "negotiating" ~ "negotiate". */
export function stem(word: string): string {
  const w = foldName(word).replace(/[^a-z0-9]/g, '');
  for (const suffix of ['ations', 'ation', 'ating', 'ated', 'ates', 'ate', 'ions', 'ion', 'ing', 'ed', 'es', 's', 'e']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

export function computeAbout(
  statements: FoundStatement[],
  events: FoundEvent[],
  body: FieldMentions,
  mentions: Mention[],
  tags: string[],
): void {
  // Tags that name something in the article ("ISW") are that entity, not a topic.
  const names = new Set<string>();
  for (const m of mentions) {
    names.add(foldName(m.text));
    if (m.acronym) names.add(foldName(m.acronym));
    if (m.canonical) names.add(foldName(m.canonical));
  }
  const topicTags = tags.filter((t) => !names.has(foldName(t)));

  const eventsIn = (start: number, end: number): FoundEvent[] => events.filter((e) => e.start < end && e.end > start);

  const base = new Map<FoundStatement, AboutRef[]>();
  for (const st of statements) {
    const [start, end] = st.speaker === null && !st.anonymousSource ? [st.evidence.start, st.evidence.end] : [st.textStart, st.textEnd];
    const refs: AboutRef[] = [];
    const evs = eventsIn(start, end);
    const scopeText = body.analysis.text.slice(start, end);
    // "the effort", "the meeting": the last such event named before
    for (const m of scopeText.matchAll(/\b(?:the|this|that)\s+([a-z]+)\b/g)) {
      const kinds = EVENT_ANAPHORA[m[1]!];
      if (!kinds) continue;
      const at = start + m.index;
      if (evs.some((e) => e.start <= at && at < e.end)) continue;
      const prev = events.filter((e) => kinds.includes(e.kind) && e.end <= at).pop();
      if (prev && !evs.includes(prev)) evs.push(prev);
    }
    for (const sp of body.spans) {
      const m = sp.mention;
      if (m.start < start || m.end > end) continue;
      if (evs.some((e) => e.start <= m.start && m.end <= e.end && e.kind !== 'NEGOTIATIONS')) continue;
      refs.push({ mention: m.index });
    }
    for (const e of evs) refs.push({ event: events.indexOf(e) });
    const stems = new Set(wordsIn(scopeText).map(stem));
    const eventKindStems = new Set(evs.map((e) => stem(e.kind)));
    for (const tag of topicTags) {
      const ws = wordsIn(tag).map(stem);
      if (ws.length && (ws.every((w) => stems.has(w)) || (ws.length === 1 && eventKindStems.has(ws[0]!)))) refs.push({ topic: tag });
    }
    // Topics from the statement's own words (rules/statement-topics.ts), whether or not a tag names them.
    for (const rule of topicRulesIn(scopeText)) {
      const id = topicId(rule.topic);
      if (refs.some((r) => 'topic' in r && topicId(r.topic) === id)) continue;
      refs.push({ topic: rule.topic });
      st.rules = [...(st.rules ?? []), rule.id];
    }
    base.set(st, refs);
  }
  for (const st of statements) {
    const refs = [...base.get(st)!];
    for (const cited of st.cites) {
      for (const r of base.get(cited) ?? []) if ('event' in r && !refs.some((x) => 'event' in x && x.event === r.event)) refs.push(r);
    }
    st.about = refs;
  }
}
