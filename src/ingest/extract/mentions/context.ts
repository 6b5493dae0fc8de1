import type { EntityType } from '../../contract.js';
import { type Lexicon, lexKey } from '../lexicon.js';
import type { MentionRuleId } from '../rules/mention-rules.js';
import { type Analysis, possessiveLength, type Token } from '../text.js';
import type { Mention, MentionField } from '../types.js';
import { bareText, hasTag, runText } from './tokens.js';

/**
 * The finder's state across one article's fields and the one way mentions are added to it, so that
 * every mention is indexed, remembered as seen (a known name may open a sentence) and carries the
 * ids of the rules that made it.
 */

/** A mention plus where it sits among its field's tokens (kept out of the public Mention). */
export interface MentionSpan {
  mention: Mention;
  /** Token range [from, to) in the field's analysis. */
  from: number;
  to: number;
  possessive: boolean;
}

/** A role written as an apposition: "A spokesperson for the Commission, Anna Kovacs," — tokens to skip when looking for a verb's subject. */
export interface Apposition {
  person: number;
  from: number;
  to: number;
}

export interface FieldMentions {
  field: MentionField;
  analysis: Analysis;
  spans: MentionSpan[];
  appositions: Apposition[];
}

/**
 * What the mention finder knows across the fields of one article: the lexicon, every mention found
 * so far (statements and events refer to them by index), the names already seen and the article's
 * tags. The functions of mentions/ read it and add mentions to it through `add`.
 */
export interface MentionContext {
  readonly lexicon: Lexicon;
  readonly mentions: Mention[];
  /** Folded names (and last words of person names) already found: a known name opens a sentence as a name. */
  readonly seen: Set<string>;
  /** The article's tags: a country among them says which country the story is about ("the government"). */
  readonly tags: readonly string[];
}

export function add(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, type: EntityType | null, rule: MentionRuleId, extra: Partial<Mention> = {}): MentionSpan {
  const existing = out.spans.find((s) => s.from === from && s.to === to);
  if (existing) return existing;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const poss = possessiveLength(last);
  const start = first.start;
  const end = last.end - poss;
  const text = out.analysis.text.slice(start, end);
  const mention: Mention = {
    index: ctx.mentions.length,
    type,
    text,
    field: out.field,
    start,
    end,
    sentence: first.sentence,
    ...extra,
    rules: [rule, ...(extra.rules ?? [])],
  };
  ctx.mentions.push(mention);
  ctx.seen.add(lexKey(text));
  if (type === 'PERSON' || type === null) for (const w of text.split(' ')) ctx.seen.add(lexKey(w));
  // "Nordwind's shares …" after "Nordwind Logistics"
  if (type === 'ORGANIZATION' && text.includes(' ')) ctx.seen.add(lexKey(text.split(' ')[0]!));
  if (extra.acronym) ctx.seen.add(lexKey(extra.acronym));
  const span: MentionSpan = { mention, from, to, possessive: poss > 0 };
  out.spans.push(span);
  return span;
}

export function acronymAfter(ctx: MentionContext, out: FieldMentions, tokens: Token[], at: number, m: MentionSpan, acronym?: string): void {
  if (!acronym || m.mention.demonym) return;
  m.mention.acronym = acronym;
  const a = add(ctx, out, tokens, at, at + 1, m.mention.type, 'mention.acronym.parenthesised');
  if (m.mention.kindHint) a.mention.kindHint = m.mention.kindHint;
  if (m.mention.canonical) a.mention.canonical = m.mention.canonical;
}

export function isKnownWord(ctx: MentionContext, t: Token): boolean {
  const w = bareText(t);
  return !!(ctx.lexicon.lookup(w) || ctx.lexicon.demonym(w) || ctx.seen.has(lexKey(w)) || hasTag(t, 'Person', 'Place'));
}

/**
 * "Solomon Islanders", "New Zealanders": a place the lists know with "-ers" for its people (the
 * last word's "s" or nothing, then "ers"): a group of people, which the conventions never list.
 */
export function peopleOfPlace(ctx: MentionContext, name: readonly Token[]): boolean {
  const last = name[name.length - 1]!.text;
  if (name.length < 2 || !/ers$/.test(last)) return false;
  const stem = runText(name.slice(0, -1)).trim();
  const base = last.slice(0, -3);
  return [`${stem} ${base}s`, `${stem} ${base}`].some((place) => ctx.lexicon.lookup(place)?.type === 'PLACE');
}
