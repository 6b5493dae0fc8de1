import { PARAGRAPH_MARKERS, QUOTE_MARKER } from './gazetteer.js';
import type { FieldMentions } from './mentions.js';
import { accordingTo } from './statements/according-to.js';
import { citations } from './statements/citations.js';
import { type FoundStatement, newStatementContext, type StatementContext } from './statements/context.js';
import { nounStatements } from './statements/nouns.js';
import { firstTokenAt } from './statements/positions.js';
import { directQuotes, markerQuote } from './statements/quotes.js';
import { reported } from './statements/reported.js';
import type { Sentence } from './text.js';
import type { Mention } from './types.js';

/**
 * Attribution over compromise's sentences and tokens: who said what, where. Each sentence is read
 * by the constructions of statements/ in a fixed order, because an earlier one claims quotes and
 * verbs a later one must not read again: quote markers ("Quote from X:"), direct quotes with the
 * speaker before or after them (and quotes running over several sentences), reported speech
 * ("X noted that …", "…, the Air Force said"), statements carried by a noun ("X's warning that …"),
 * "according to X", then which statement cites which. Speakers may be names, pronouns, definite
 * descriptions, anonymous sources or nobody (unattributed claims).
 */

export type { FoundStatement };

/** The statements of one field (the body), in text order. */
export function findStatements(body: FieldMentions, mentions: Mention[]): FoundStatement[] {
  const ctx = newStatementContext(body, mentions);
  for (const s of body.analysis.sentences) readSentence(ctx, s);
  return ctx.found.sort((a, b) => a.textStart - b.textStart);
}

function readSentence(ctx: StatementContext, s: Sentence): void {
  let contentStart = s.start;
  let marker: { speaker: Mention | null; written: string } | null = null;
  const qm = QUOTE_MARKER.exec(s.text);
  if (qm) {
    contentStart = s.start + qm[0].length;
    const inMarker = ctx.body.spans.filter((sp) => sp.mention.start >= s.start && sp.mention.end <= contentStart && !sp.mention.demonym);
    const written = /^Quote\s+from/.exec(qm[0])![0];
    marker = { speaker: inMarker[inMarker.length - 1]?.mention ?? null, written };
  } else {
    const pm = PARAGRAPH_MARKERS.exec(s.text);
    if (pm) {
      if (/^Sources?\s*:/i.test(pm[0])) return;
      contentStart = s.start + pm[0].length;
    }
  }
  const from = firstTokenAt(ctx, contentStart, s);
  if (from === null) return;
  const before = ctx.found.length;

  if (marker) markerQuote(ctx, s, contentStart, marker);
  directQuotes(ctx, s, contentStart, from);
  reported(ctx, s, contentStart, from);
  nounStatements(ctx, s, contentStart, from);
  accordingTo(ctx, s, contentStart, from);
  citations(ctx, s, before);
}
