/**
 * Which statements say the same thing: near-identical wordings of one assessment, as reports
 * paraphrase or trim a quote ("ISW has consistently assessed that only significant Russian
 * battlefield setbacks…" / "only significant Russian battlefield setbacks…"). Two texts match when
 * the Jaccard similarity of their word sets (after the normalisation statement ids use) reaches
 * the threshold; groups are the connected components of that relation.
 */
import { normaliseStatementText } from '../../core/ids.js';

export const DEFAULT_SIMILARITY = 0.8;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function wordSet(text: string): Set<string> {
  return new Set(normaliseStatementText(text).match(WORD) ?? []);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Groups of indexes into `texts` whose members are linked by similarity ≥ threshold, in order of their first member. */
export function groupSimilar(texts: string[], threshold = DEFAULT_SIMILARITY): number[][] {
  const sets = texts.map(wordSet);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (find(i) !== find(j) && jaccard(sets[i]!, sets[j]!) >= threshold) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(i);
  });
  return [...groups.values()];
}
