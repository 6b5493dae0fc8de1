import type { Tx } from '../../db/executor.js';
import { jaccard, shingles } from '../../core/shingles.js';
import { bodyWords, titleKey } from '../../core/text-fingerprint.js';
import type { ArticleWritePlan } from './write-article.js';
import * as Q from './write-cypher.js';

/** Share of word 5-shingles two bodies must have in common to be one story (Jaccard). */
export const SAME_STORY_SIMILARITY = 0.9;

/**
 * Bands two bodies must share to be compared at all. At Jaccard 0.9 a band matches with
 * probability 0.9^4 = 0.66, so 16 bands share fewer than 4 with probability below 1e-4; unrelated
 * reports on one template share one or two and are not read.
 */
export const MIN_SHARED_BANDS = 4;

/** An article (or a Publication, then with its story) the new one may be. */
export interface Candidate {
  id: string;
  by: 'url' | 'content';
  node: Record<string, unknown>;
  /** For a Publication: the article it republishes. */
  story: Record<string, unknown> | null;
  versions: { title: string; contentHash: string; fingerprint: string | null }[];
}

export type WriteDecision =
  | { kind: 'create' }
  | { kind: 'unchanged'; candidate: Candidate }
  | { kind: 'version'; candidate: Candidate }
  | { kind: 'publication'; of: string; similarity: number };

/** Whether a stored version (current or earlier) is the plan's text: same words, same headline. */
function sameText(plan: ArticleWritePlan, v: { title?: unknown; contentHash?: unknown; fingerprint?: unknown }): boolean {
  if (v.contentHash === plan.contentHash) return true;
  return v.fingerprint === plan.fingerprint && typeof v.title === 'string' && titleKey(v.title) === plan.titleKey;
}

/**
 * Pure: what to do with an article, given what the graph holds at its URL and with its text. At
 * its canonical URL, the text of the current or any earlier version is `unchanged` (re-running a
 * batch that holds an old copy changes nothing), other text is a new version. Elsewhere, the same
 * words (content hash or body fingerprint: typography, encoding and boilerplate aside, whatever
 * the headline) are the same article — or, when both have URLs of different outlets, a copy of it
 * (a Publication); two URLs of one outlet need the same headline too. Anything else is created,
 * unless another outlet's similar text is found (mostSimilar).
 */
export function decideWrite(plan: ArticleWritePlan, candidates: readonly Candidate[]): WriteDecision {
  const atUrl = candidates.find((c) => c.by === 'url');
  if (atUrl) {
    return sameText(plan, atUrl.node) || atUrl.versions.some((v) => sameText(plan, v)) ? { kind: 'unchanged', candidate: atUrl } : { kind: 'version', candidate: atUrl };
  }
  const sameContent = candidates.find((c) => c.by === 'content');
  if (!sameContent) return { kind: 'create' };
  const theirs = typeof sameContent.node.outlet === 'string' ? sameContent.node.outlet : null;
  if (plan.outlet !== null && theirs !== null && theirs !== plan.outlet) return { kind: 'publication', of: sameContent.id, similarity: 1 };
  // Two URLs of one outlet with the same words under other headlines are two articles (a short
  // wire item reused); with one URL or none, the words decide.
  const twoUrls = plan.url !== null && typeof sameContent.node.url === 'string';
  return !twoUrls || sameText(plan, sameContent.node) ? { kind: 'unchanged', candidate: sameContent } : { kind: 'create' };
}

export async function findCandidates(tx: Tx, plan: ArticleWritePlan): Promise<Candidate[]> {
  return tx.run<Candidate>(Q.FIND_EXISTING_ARTICLE, { find: findParams(plan) });
}

/** A stored article sharing MinHash bands with the plan (READ_BEFORE_WRITE), compared with it by its body. */
export interface SimilarRow {
  id: string;
  body: string;
  outlet: string | null;
}

export const similarParams = (plan: ArticleWritePlan) => ({ bands: plan.bands, outlet: plan.outlet, minBands: MIN_SHARED_BANDS });

export const findParams = (plan: ArticleWritePlan) => ({
  id: plan.id, urls: [...new Set([plan.url, plan.rawUrl].filter((u): u is string => u !== null))], contentHash: plan.contentHash, fingerprint: plan.fingerprint,
});

/**
 * Pure: the article whose body is most like the plan's, if at least SAME_STORY_SIMILARITY of their
 * shingles are shared: candidates by MinHash band (the rows READ_BEFORE_WRITE returned), then compared exactly.
 */
export function mostSimilar(plan: ArticleWritePlan, rows: readonly SimilarRow[]): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const row of rows) {
    // A story republished by another outlet: one outlet's similar articles stay articles (an
    // article without URL counts as an outlet of its own).
    if ((row.outlet ?? null) === plan.outlet) continue;
    const similarity = jaccard(plan.shingles, shingles(bodyWords(row.body)));
    if (similarity >= SAME_STORY_SIMILARITY && (!best || similarity > best.similarity || (similarity === best.similarity && row.id < best.id))) best = { id: row.id, similarity };
  }
  return best;
}
