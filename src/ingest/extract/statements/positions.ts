import type { MentionSpan } from '../mentions.js';
import type { QuoteSpan, Sentence } from '../text.js';
import type { ExtractedStatement } from '../types.js';
import type { ReportingVerb } from '../verbs.js';
import type { StatementContext } from './context.js';

/**
 * Where things sit in the field's text: the token at an offset, the sentence holding it, the quote
 * around it, the name starting or ending at a token, and trimmed spans of text. Read-only helpers
 * shared by every construction.
 */

export function firstTokenAt(ctx: StatementContext, offset: number, s: Sentence): number | null {
  for (let k = s.from; k < s.to; k++) if (ctx.tokens[k]!.start >= offset) return k;
  return null;
}

export function sentenceAt(ctx: StatementContext, offset: number): Sentence {
  const ss = ctx.body.analysis.sentences;
  return ss.find((x) => x.start <= offset && offset < x.end) ?? ss.filter((x) => x.start <= offset).pop() ?? ss[0]!;
}

export function inQuote(ctx: StatementContext, offset: number): QuoteSpan | undefined {
  return ctx.body.analysis.quotes.find((q) => q.open < offset && offset < q.close);
}

export function spanEndingAt(ctx: StatementContext, k: number): MentionSpan | undefined {
  const cands = ctx.body.spans.filter((sp) => sp.to - 1 === k && !sp.mention.demonym);
  return cands.sort((a, b) => a.from - b.from)[0];
}

export function spanStartingAt(ctx: StatementContext, k: number): MentionSpan | undefined {
  const cands = ctx.body.spans.filter((sp) => sp.from === k && !sp.mention.demonym);
  return cands.sort((a, b) => b.to - a.to)[0];
}

export function lastTokenBefore(ctx: StatementContext, offset: number, s: Sentence): number | null {
  let r: number | null = null;
  for (let k = s.from; k < s.to; k++) if (ctx.tokens[k]!.end <= offset) r = k;
  return r;
}

export function clauseEnd(ctx: StatementContext, k: number, limit: number): number {
  let e = k;
  while (e < limit && !/[,;.!?]/.test(ctx.tokens[e]!.post)) e++;
  return e < limit ? ctx.tokens[e]!.end : ctx.tokens[limit - 1]!.end;
}

export function hasVerb(ctx: StatementContext, start: number, end: number): boolean {
  return ctx.tokens.some((t) => t.start >= start && t.end <= end && t.tags.has('Verb') && !t.tags.has('Gerund'));
}

/** Text [start, end) trimmed of spaces, a trailing comma and a final full stop. */
export function trimmed(ctx: StatementContext, start: number, end: number, keepStop = false): [number, number] {
  while (start < end && /\s/.test(ctx.text[start]!)) start++;
  while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
  while (end > start && /[,;:]/.test(ctx.text[end - 1]!)) end--;
  if (!keepStop) while (end > start && ctx.text[end - 1] === '.') end--;
  return [start, end];
}

export function evidence(ctx: StatementContext, start: number, end: number): ExtractedStatement['evidence'] {
  return { sentence: ctx.text.slice(start, end), start, end };
}

export function written(ctx: StatementContext, v: ReportingVerb): string {
  return ctx.text.slice(ctx.tokens[v.from]!.start, ctx.tokens[v.to - 1]!.end);
}
