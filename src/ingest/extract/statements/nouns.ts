import type { Sentence } from '../text.js';
import { reportingNoun, type ReportingVerb } from '../verbs.js';
import { reportedContent } from './complements.js';
import { push, type StatementContext } from './context.js';
import { evidence, inQuote, spanEndingAt } from './positions.js';

/** Statements carried by a reporting noun with its owner: "X's warning that …". */

export function nounStatements(ctx: StatementContext, s: Sentence, contentStart: number, from: number): void {
  for (let k = from + 1; k < s.to - 1; k++) {
    const t = ctx.tokens[k]!;
    if (inQuote(ctx, t.start)) continue;
    const noun = reportingNoun(t);
    if (!noun) continue;
    const next = ctx.tokens[k + 1]!;
    if (next.normal !== 'that') continue;
    const owner = spanEndingAt(ctx, k - 1);
    if (!owner || !owner.possessive) continue;
    const v: ReportingVerb = { lemma: noun.lemma, kind: noun.kind, from: k, to: k + 1, gerund: false };
    const body = reportedContent(ctx, v, s, true);
    if (!body) continue;
    push(ctx, 'statement.noun.possessive', {
      speaker: owner.mention.index,
      speakerVia: 'noun',
      speakerMention: owner.mention,
      verb: noun.lemma,
      verbAsWritten: t.text,
      kind: noun.kind,
      text: ctx.text.slice(body[0], body[1]),
      textStart: body[0],
      textEnd: body[1],
      evidence: evidence(ctx, contentStart, s.end),
      sentence: s.index,
    });
  }
}
