import type { Lexicon } from './lexicon.js';
import { classifyRun } from './mentions/classify.js';
import type { Apposition, FieldMentions, MentionContext, MentionSpan } from './mentions/context.js';
import { government, ministries } from './mentions/governments.js';
import { mediaCues, organizationCues } from './mentions/organizations.js';
import { placeKindCues } from './mentions/places.js';
import { appositions } from './mentions/roles.js';
import { collectRuns } from './mentions/runs.js';
import type { Analysis, Sentence } from './text.js';
import type { Mention, MentionField } from './types.js';

/**
 * Finds the names in a field and decides what each is: person, organization, place or unknown
 * (resolution may still know it). Each sentence is read in passes whose order matters, since a later
 * pass types what an earlier one found: runs of capitalised words split into mentions, a country's
 * ministry and government, roles in appositions, organizations told by their context, and the kind
 * of place the text states.
 */

export type { Apposition, FieldMentions, MentionSpan };

export class MentionFinder {
  private readonly ctx: MentionContext;
  constructor(
    lexicon: Lexicon,
    mentions: Mention[],
    /** The article's tags: a country among them says which country the story is about ("the government"). */
    tags: readonly string[] = [],
  ) {
    this.ctx = { lexicon, mentions, seen: new Set<string>(), tags };
  }

  /** The mentions of one field, in text order; they are also added to the article's list. */
  find(field: MentionField, analysis: Analysis): FieldMentions {
    const out: FieldMentions = { field, analysis, spans: [], appositions: [] };
    for (const sentence of analysis.sentences) findInSentence(this.ctx, out, sentence);
    out.spans.sort((a, b) => a.mention.start - b.mention.start);
    return out;
  }
}

function findInSentence(ctx: MentionContext, out: FieldMentions, sentence: Sentence): void {
  const tokens = out.analysis.tokens;
  // 1. Runs of capitalised words, joined by connectors ("Institute for the Study of War").
  const runs = collectRuns(ctx, tokens, sentence);
  for (const [from, to] of runs) {
    if (out.spans.some((s) => s.from <= from && to <= s.to)) continue;
    classifyRun(ctx, out, tokens, from, to, sentence);
  }
  // 2. A country's ministry: "China's commerce ministry", "the Ukrainian Foreign Ministry".
  ministries(ctx, out, tokens, sentence);
  government(ctx, out, tokens, sentence);
  // 3. Appositive roles: "A spokesperson for the Commission, Anna Kovacs," / "Anna Kovacs, a spokesperson for …,".
  appositions(ctx, out, tokens, sentence);
  // 4. Organizations told by their context: "X, the chip maker,", "shares of X", "X's board", "known as X".
  organizationCues(ctx, out, tokens, sentence);
  // 4b. News outlets named beside a word that describes them: "the newspaper X", "the X radio station" (rules/media-cues.ts).
  mediaCues(out, tokens, sentence);
  // 5. The kind of place the text states: "the city of X", "X, the capital," (rules/place-kinds.ts).
  placeKindCues(ctx, out, tokens, sentence);
}
