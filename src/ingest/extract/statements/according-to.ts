import type { MentionSpan } from '../mentions.js';
import type { StatementRuleId } from '../rules/statement-rules.js';
import { isCapitalised, type Sentence } from '../text.js';
import type { Mention } from '../types.js';
import { anonymousAt } from './anonymous.js';
import { definite } from './descriptions.js';
import { push, type StatementContext } from './context.js';
import { evidence, inQuote, spanStartingAt, trimmed } from './positions.js';
import { personAfterQualifier } from './subject-after.js';
import { unresolvedBodyEndingAt } from './subject-before.js';

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
    let roleNamed: MentionSpan | undefined;
    let more: StatementRuleId[] = [];
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
    } else if ((roleNamed = roleThenName(ctx, j, s.to))) {
      // "according to the park's chief warden, X", "according to the newspaper X"
      speaker = (personAfterQualifier(ctx, roleNamed, s.to) ?? roleNamed).mention;
      npEnd = roleNamed.to;
      more = ['statement.according-to.role-then-name'];
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
      } else if (anon) {
        anonymous = anon.text;
        npEnd = anon.to;
      } else {
        // "according to the regional water board": the body of that kind named before, else ("the
        // national statistics agency") a body nobody names, kept as written
        const unnamed = unresolvedDescription(ctx, k + 2, s.to);
        if (!unnamed) continue;
        npEnd = unnamed.to;
        // (only a body whose name holds the head: "the agency" alone may fall back to any body)
        const head = ctx.tokens[unnamed.to - 1]!;
        const body = definite(ctx, head);
        if (body && body.text.toLowerCase().split(/\s+/).includes(head.normal)) {
          speaker = body;
          via = 'description';
          more = ['statement.description.modified'];
        } else {
          anonymous = unnamed.text;
          more = ['statement.anonymous.unresolved-description'];
        }
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
    }, more);
  }
}

/**
 * "the park's chief warden, X", "the wholesale market operator, X", "the newspaper X" from token j:
 * up to six lower-case role words (an owner's "'s" among them), then the name, set off by a comma or
 * not, closing the phrase. The name's span, or undefined.
 */
function roleThenName(ctx: StatementContext, j: number, end: number): MentionSpan | undefined {
  for (let m = j; m < Math.min(end, j + 7); m++) {
    const w = ctx.tokens[m]!;
    const sp = m > j ? spanStartingAt(ctx, m) : undefined;
    if (sp) {
      const closes = sp.to >= end || /[,;:.]/.test(ctx.tokens[sp.to - 1]!.post);
      return closes && !sp.possessive && sp.mention.type !== 'PLACE' ? sp : undefined;
    }
    if (isCapitalised(w.text) || w.tags.has('Verb') && !w.tags.has('Noun') || w.normal === 'that' || inQuote(ctx, w.start)) return undefined;
    // a comma only right before the name
    if (/[,;:.]/.test(w.post) && !(/^,\s*$/.test(w.post) && m + 1 < end && spanStartingAt(ctx, m + 1))) return undefined;
  }
  return undefined;
}

/** "according to the ministry" / "…, according to the authority.": a one-noun description and what it refers to. */
function described(ctx: StatementContext, k: number, j: number, end: number): Mention | null {
  if (ctx.tokens[k + 2]!.normal !== 'the' || j >= end) return null;
  const t = ctx.tokens[j]!;
  if (!(j + 1 >= end || /[,;:.]/.test(t.post)) || !t.tags.has('Noun')) return null;
  return definite(ctx, t);
}

/** A description of a body nobody names opening at token j and closing at a comma or the sentence end ("the national statistics agency,"). */
function unresolvedDescription(ctx: StatementContext, j: number, end: number): { text: string; to: number } | null {
  for (let e = j + 1; e < Math.min(end, j + 6); e++) {
    const closes = e === end - 1 || /[,;:.]/.test(ctx.tokens[e]!.post);
    const text = closes ? unresolvedBodyEndingAt(ctx, e, j) : null;
    if (text) return { text, to: e + 1 };
    if (closes) return null;
  }
  return null;
}
