import type { MentionSpan } from '../mentions.js';
import type { Sentence } from '../text.js';
import type { Mention } from '../types.js';
import { anonymousAt } from './anonymous.js';
import { definite } from './descriptions.js';
import { push, type StatementContext } from './context.js';
import { evidence, inQuote, spanStartingAt, trimmed } from './positions.js';
import { personAfterQualifier } from './subject-after.js';

/**
 * "according to X": a named speaker (past a possessive or a qualifier), one named after "by" or
 * "from" ("according to a statement from …"), or an unnamed source. The statement is the rest of
 * the sentence when the phrase opens it, else what comes before.
 */

export function accordingTo(ctx: StatementContext, s: Sentence, contentStart: number, from: number): void {
  for (let k = from; k < s.to - 2; k++) {
    if (ctx.tokens[k]!.normal !== 'according' || ctx.tokens[k + 1]!.normal !== 'to') continue;
    if (inQuote(ctx, ctx.tokens[k]!.start)) continue;
    let j = k + 2;
    if (['the', 'a', 'an'].includes(ctx.tokens[j]!.normal)) j++;
    let speaker: Mention | null = null;
    let via: 'according-to' | 'description' = 'according-to';
    let description: Mention | null = null;
    let anonymous: string | undefined;
    let npEnd: number;
    // "according to the country's health ministry": past a possessive
    const span = spanStartingAt(ctx, j) ?? (/['’]s$/.test(ctx.tokens[j]!.text) ? spanStartingAt(ctx, j + 1) : undefined);
    if (span) {
      const person = personAfterQualifier(ctx, span, s.to);
      speaker = (person ?? span).mention;
      npEnd = (person ?? span).to;
      const appo = ctx.body.appositions.find((a) => a.person === speaker!.index);
      if (appo) npEnd = Math.max(npEnd, appo.to);
    } else if ((description = described(ctx, k, j, s.to))) {
      // "according to the ministry": the body of that kind named before (statements/descriptions.ts)
      speaker = description;
      via = 'description';
      npEnd = j + 1;
    } else {
      const anon = anonymousAt(ctx, k + 2, s.to);
      // "according to preliminary results published by the Central Electoral Commission"
      let by: MentionSpan | undefined;
      for (let m = j; !anon && m < Math.min(s.to - 1, j + 8) && !/[,;:.]/.test(ctx.tokens[m]!.post); m++) {
        // "according to a statement from vice-chancellor Peter Hall"
        const from_ = ctx.tokens[m]!.normal === 'from' && /^(statement|letter|email|note|message|post|release|notice|memo)$/.test(ctx.tokens[m - 1]?.normal ?? '');
        if (ctx.tokens[m]!.normal !== 'by' && !from_) continue;
        const at = ['the', 'a', 'an'].includes(ctx.tokens[m + 1]!.normal) ? m + 2 : m + 1;
        by = spanStartingAt(ctx, at);
        // past a lower-case role: "from vice-chancellor Peter Hall"
        for (let r = at + 1; !by && r <= at + 2 && r < s.to && !/[,;:.]/.test(ctx.tokens[r - 1]!.post); r++) {
          const sp = spanStartingAt(ctx, r);
          if (sp && sp.mention.type === 'PERSON' && sp.mention.role) by = sp;
        }
        break;
      }
      if (by) {
        speaker = (personAfterQualifier(ctx, by, s.to) ?? by).mention;
        npEnd = by.to;
      } else {
        if (!anon) continue;
        anonymous = anon.text;
        npEnd = anon.to;
      }
    }
    let ts: number;
    let te: number;
    const atStart = k === from || (k > from && /,\s*$/.test(ctx.tokens[k - 1]!.post) && k - from <= 2);
    if (atStart) {
      let c = npEnd - 1;
      while (c < s.to && !/,\s*$/.test(ctx.tokens[c]!.post)) c++;
      [ts, te] = trimmed(ctx, c + 1 < s.to ? ctx.tokens[c + 1]!.start : s.end, s.end);
    } else {
      [ts, te] = trimmed(ctx, contentStart, ctx.tokens[k - 1]!.end);
    }
    if (te <= ts) continue;
    push(ctx, 'statement.according-to', {
      speaker: speaker?.index ?? null,
      ...(speaker ? { speakerVia: via, speakerMention: speaker } : {}),
      ...(anonymous ? { anonymousSource: anonymous } : {}),
      verb: 'say',
      verbAsWritten: ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k + 1]!.end),
      kind: 'CLAIM',
      text: ctx.text.slice(ts, te),
      textStart: ts,
      textEnd: te,
      evidence: evidence(ctx, contentStart, s.end),
      sentence: s.index,
    });
  }
}

/** "according to the ministry" / "…, according to the authority.": a one-noun description and what it refers to. */
function described(ctx: StatementContext, k: number, j: number, end: number): Mention | null {
  if (ctx.tokens[k + 2]!.normal !== 'the' || j >= end) return null;
  const t = ctx.tokens[j]!;
  if (!(j + 1 >= end || /[,;:.]/.test(t.post)) || !t.tags.has('Noun')) return null;
  return definite(ctx, t);
}
