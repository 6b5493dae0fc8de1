import type { Sentence } from '../text.js';
import type { StatementContext } from './context.js';

/**
 * Which statement cites which in one sentence: what a citing statement is about comes from the
 * statement it cites, so its events are linked to both.
 */

/** "Healey emphasised …, citing Trump's warning that …": the emphasis cites the warning. */
export function citations(ctx: StatementContext, s: Sentence, firstNew: number): void {
  const fresh = ctx.found.slice(firstNew).filter((f) => f.sentence === s.index);
  for (let k = s.from; k < s.to; k++) {
    if (ctx.tokens[k]!.normal !== 'citing') continue;
    const at = ctx.tokens[k]!.start;
    const citing = fresh.filter((f) => f.textEnd <= at).pop();
    const cited = fresh.find((f) => f.textStart > at);
    if (citing && cited && citing !== cited) citing.cites.push(cited);
  }
}
