import { isCapitalised, type QuoteSpan, type Sentence } from '../text.js';
import type { Mention } from '../types.js';
import { reportingVerbAt } from '../verbs.js';
import { type Attribution, push, type StatementContext } from './context.js';
import { clauseEnd, evidence, inQuote, lastTokenBefore, sentenceAt, trimmed, written } from './positions.js';
import { namingAttribution } from './naming.js';
import { subjectAfter } from './subject-after.js';
import { subjectBefore } from './subject-before.js';

/**
 * Direct quotes: the "Quote from X:" paragraph marker, a quote with its attribution after the
 * closing mark ('"…," X said') or before the opening one ('X said: "…"'), a quote interrupted by its
 * attribution, and a whole-sentence quote right after another that keeps its speaker.
 */

export function markerQuote(ctx: StatementContext, s: Sentence, contentStart: number, marker: { speaker: Mention | null; written: string }): void {
  const q = ctx.body.analysis.quotes.find((x) => x.open >= contentStart && x.open <= contentStart + 2 && !ctx.consumedQuotes.has(x));
  let textStart: number;
  let textEnd: number;
  let evEnd = s.end;
  if (q) {
    ctx.consumedQuotes.add(q);
    [textStart, textEnd] = trimmed(ctx, q.open + 1, q.close - 1, true);
    evEnd = Math.max(s.end, sentenceAt(ctx, q.close - 1).end);
  } else {
    [textStart, textEnd] = trimmed(ctx, contentStart, s.end);
  }
  push(ctx, 'statement.quote.marker', {
    speaker: marker.speaker?.index ?? null,
    ...(marker.speaker ? { speakerVia: 'marker' as const, speakerMention: marker.speaker } : {}),
    verb: 'say',
    verbAsWritten: marker.written,
    kind: 'QUOTE',
    text: ctx.text.slice(textStart, textEnd),
    textStart,
    textEnd,
    evidence: evidence(ctx, contentStart, evEnd),
    sentence: s.index,
  });
}

export function directQuotes(ctx: StatementContext, s: Sentence, contentStart: number, from: number): void {
  const quotes = ctx.body.analysis.quotes.filter((q) => q.open >= contentStart && q.open < s.end && !ctx.consumedQuotes.has(q));
  for (const q of quotes) {
    if (ctx.consumedQuotes.has(q)) continue;
    const words = q.inner.trim().split(/\s+/).filter(Boolean).length;
    if (words < 2) continue;
    const after = attributionAfter(ctx, q);
    const beforeAttr = after ? null : attributionBefore(ctx, q, s, from);
    const opensSentence = q.open <= contentStart + 1;
    const naming = after || beforeAttr ? null : namingAttribution(ctx, q, s, from);
    if (!after && !beforeAttr && !naming) {
      // a quote that is a whole sentence, right after a quoted statement: the same speaker goes on
      const closeSentence = sentenceAt(ctx, q.close - 1);
      const whole = opensSentence && closeSentence.end - q.close <= 1;
      const prev = ctx.found[ctx.found.length - 1];
      if (whole && prev && prev.kind === 'QUOTE' && prev.speaker !== null && s.start - prev.evidence.end <= 3) {
        ctx.consumedQuotes.add(q);
        // one statement per sentence of the quote, each keeping its full stop (as the attributed ones)
        let from = q.open + 1;
        let evFrom = contentStart;
        for (const end of [...sentenceEndsInQuote(ctx, q), q.close - 1]) {
          const [ts, te] = trimmed(ctx, from, end, true);
          const last = end === q.close - 1;
          if (te > ts) {
            push(ctx, 'statement.quote.continued', {
              speaker: prev.speaker,
              speakerVia: 'continuation',
              verb: 'say',
              kind: 'QUOTE',
              text: ctx.text.slice(ts, te),
              textStart: ts,
              textEnd: te,
              evidence: evidence(ctx, evFrom, last ? Math.max(s.end, closeSentence.end) : end),
              sentence: s.index,
            });
          }
          from = end;
          evFrom = trimmed(ctx, end, q.close)[0];
        }
      }
      continue;
    }
    const attr = (after ?? beforeAttr ?? naming)!;
    ctx.consumedQuotes.add(q);
    for (let k = attr.verb.from; k < attr.verb.to; k++) ctx.consumedTokens.add(k);
    const [ts0, te0] = trimmed(ctx, q.open + 1, q.close - 1, true);
    let ts = ts0;
    let te = te0;
    let text = ctx.text.slice(ts, te);
    let evEnd = Math.max(s.end, sentenceAt(ctx, Math.max(q.close - 1, attr.end - 1)).end);
    // "We are ready," Peskov said, "to talk." — the quote goes on after the attribution
    if (after) {
      const next = ctx.body.analysis.quotes.find((x) => x.open > q.close && !ctx.consumedQuotes.has(x));
      if (next && /^\s*,?\s*$/.test(ctx.text.slice(attr.end, next.open)) && next.open - attr.end <= 3) {
        ctx.consumedQuotes.add(next);
        const [ns, ne] = trimmed(ctx, next.open + 1, next.close - 1, true);
        text = `${text} ${ctx.text.slice(ns, ne)}`;
        te = ne;
        evEnd = Math.max(evEnd, sentenceAt(ctx, next.close - 1).end);
      }
    }
    let evStart = Math.min(contentStart, q.open);
    // a quote of several sentences before its attribution: one statement per sentence, the
    // attribution's verb on the last (the convention of the annotated sets since heldout-9)
    if (after && te === te0) {
      const ends = sentenceEndsInQuote(ctx, q);
      if (ends.length) {
        let from = q.open;
        for (const end of ends) {
          pushEarlierSentence(ctx, from, end, s.index, attr);
          from = end;
        }
        [ts] = trimmed(ctx, from, te, true);
        text = ctx.text.slice(ts, te);
        evStart = ts;
      }
    }
    push(ctx, after ? 'statement.quote.attribution-after' : naming ? 'statement.quote.naming' : 'statement.quote.attribution-before', {
      speaker: attr.speaker?.index ?? null,
      ...(attr.speaker ? { speakerVia: attr.via, speakerMention: attr.speaker } : {}),
      ...(attr.anonymous ? { anonymousSource: attr.anonymous } : {}),
      verb: attr.verb.lemma,
      verbAsWritten: written(ctx, attr.verb),
      kind: 'QUOTE',
      text,
      textStart: ts,
      textEnd: te,
      evidence: evidence(ctx, evStart, evEnd),
      sentence: s.index,
    }, attr.subjectRule ? [attr.subjectRule] : []);
  }
}

/**
 * Offsets just past each sentence end inside a quote: a full stop, question or exclamation mark
 * after a word that is no abbreviation or initial, before a capitalised word of the same quote.
 */
function sentenceEndsInQuote(ctx: StatementContext, q: QuoteSpan): number[] {
  const ends: number[] = [];
  for (const t of ctx.tokens) {
    if (t.start <= q.open || t.end >= q.close - 1) continue;
    const stop = /[.!?]/.exec(t.post);
    const next = ctx.tokens[t.i + 1];
    if (!stop || !/^[.!?]+\s+$/.test(t.post) || !next || next.start >= q.close || !isCapitalised(next.text)) continue;
    if (t.tags.has('Abbreviation') || /^[A-Z]$/.test(t.text) || /^\d/.test(next.text)) continue;
    ends.push(t.end + stop.index + 1);
  }
  return ends;
}

/** One sentence of a quote that goes on past it to its attribution: the same speaker, the verb "say" (the attribution's own verb is the last sentence's). */
function pushEarlierSentence(ctx: StatementContext, start: number, end: number, sentence: number, attr: Attribution): void {
  const [ps, pe] = trimmed(ctx, /^["“]/.test(ctx.text[start] ?? '') ? start + 1 : start, end, true);
  if (pe <= ps) return;
  push(ctx, 'statement.quote.earlier-sentence', {
    speaker: attr.speaker?.index ?? null,
    ...(attr.speaker ? { speakerVia: attr.via, speakerMention: attr.speaker } : {}),
    ...(attr.anonymous ? { anonymousSource: attr.anonymous } : {}),
    verb: 'say',
    kind: 'QUOTE',
    text: ctx.text.slice(ps, pe),
    textStart: ps,
    textEnd: pe,
    evidence: evidence(ctx, start, end),
    sentence,
  }, attr.subjectRule ? [attr.subjectRule] : []);
}

/** `"…," said X` / `"…," X said` / `"…," the company's chief executive, Eva de Boer, said` after the closing mark. */
function attributionAfter(ctx: StatementContext, q: QuoteSpan): Attribution | null {
  if (!/[,?!]\s*$/.test(q.inner) && ctx.text[q.close] !== ',') return null;
  const k = ctx.tokens.findIndex((t) => t.start >= q.close);
  if (k < 0) return null;
  const s = ctx.body.analysis.sentences[ctx.tokens[k]!.sentence]!;
  const limit = s.to;
  // verb first: "said Kremlin spokesman Dmitry Peskov"
  const v = reportingVerbAt(ctx.tokens, k, limit);
  if (v && !v.gerund) {
    const subj = subjectAfter(ctx, v.to, limit);
    if (subj) return { verb: v, ...subj, end: clauseEnd(ctx, v.to, limit) };
    return null;
  }
  // subject first, up to a dozen words: "Peskov said", "he told", "the company's chief executive, Eva de Boer, said"
  for (let m = k + 1; m < Math.min(limit, k + 14); m++) {
    if (inQuote(ctx, ctx.tokens[m]!.start)) break;
    const v2 = reportingVerbAt(ctx.tokens, m, limit);
    if (!v2 || v2.gerund) continue;
    const subj = subjectBefore(ctx, m, s, k);
    if (subj && (subj.speaker || subj.anonymous) && ((subj.startToken ?? k) <= k + 1 || rolePhrase(ctx, k, subj.startToken!))) return { verb: v2, ...subj, end: clauseEnd(ctx, v2.to, limit) };
    // "the club's sporting director, X, said": a role written before the name between commas
    if (subj?.speaker && (subj.speaker.type === 'PERSON' || subj.speaker.type === null) && subj.startToken !== undefined && roleBeforeName(ctx, k, subj.startToken)) {
      return { verb: v2, ...subj, end: clauseEnd(ctx, v2.to, limit), subjectRule: 'statement.quote.role-apposition' };
    }
    break;
  }
  return null;
}

/**
 * Words before a speaker's name that are a role of any noun, with at most one name it belongs to
 * first: "Villa head coach X said", "the club's kit manager X said". No verb, no punctuation.
 */
function rolePhrase(ctx: StatementContext, from: number, to: number): boolean {
  if (to - from > 6) return false;
  let names = 0;
  for (let j = from; j < to; j++) {
    const w = ctx.tokens[j]!;
    if (/[,;:.!?"“”()]/.test(w.post) || inQuote(ctx, w.start)) return false;
    const sp = ctx.body.spans.find((x) => x.from <= j && j < x.to);
    if (sp) {
      if (sp.mention.type === 'PERSON' || j !== sp.from || ++names > 1) return false;
      j = sp.to - 1;
      continue;
    }
    if (/^(the|a|an)$/.test(w.normal) && j === from) continue;
    if (/['’]s$/.test(w.text) || isCapitalised(w.text) || !(w.tags.has('Noun') || w.tags.has('Adjective')) || w.tags.has('Verb') || w.tags.has('Pronoun')) return false;
  }
  return true;
}

/**
 * A role before a person's name, closed by a comma: "the club's sporting director,", "the
 * agency's chief medical adviser, Professor". Up to eight words from `from`, the comma right before
 * the name (a title such as "Professor" may stand after it), and no other punctuation but an
 * owner's "'s"; at most one name, and no verb.
 */
function roleBeforeName(ctx: StatementContext, from: number, nameStart: number): boolean {
  let comma = -1;
  for (let j = nameStart - 1; j >= from && j >= nameStart - 2; j--) if (/^,\s*$/.test(ctx.tokens[j]!.post)) comma = j;
  if (comma < 0 || comma - from > 8 || comma < from) return false;
  let names = 0;
  for (let j = from; j <= comma; j++) {
    const w = ctx.tokens[j]!;
    if (inQuote(ctx, w.start) || (j < comma && /[,;:.!?"“”()]/.test(w.post))) return false;
    const sp = ctx.body.spans.find((x) => x.from <= j && j < x.to);
    if (sp) {
      if (sp.mention.type === 'PERSON' || j !== sp.from || ++names > 1) return false;
      j = sp.to - 1;
      continue;
    }
    if ((/^(the|a|an)$/.test(w.normal) && j === from) || /['’]s$/.test(w.text) || !w.text) continue;
    if (w.tags.has('Pronoun') || (w.tags.has('Verb') && !w.tags.has('Participle') && !w.tags.has('Adjective'))) return false;
  }
  return true;
}

/** `X said: "…"` / `He added, "…"` / `X told reporters: "…"`. */
function attributionBefore(ctx: StatementContext, q: QuoteSpan, s: Sentence, from: number): Attribution | null {
  const prevIdx = lastTokenBefore(ctx, q.open, s);
  if (prevIdx === null || prevIdx < from) return null;
  const between = ctx.text.slice(ctx.tokens[prevIdx]!.end, q.open);
  if (!/[:,]\s*$/.test(between)) return null;
  for (let k = prevIdx; k >= Math.max(from, prevIdx - 3); k--) {
    const v = reportingVerbAt(ctx.tokens, k, s.to);
    if (!v || v.gerund) continue;
    const subj = subjectBefore(ctx, k, s, from);
    if (subj && (subj.speaker || subj.anonymous)) return { verb: v, ...subj, end: q.close };
  }
  return null;
}
