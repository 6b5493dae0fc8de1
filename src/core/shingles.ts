/**
 * How much of two texts is the same: Jaccard similarity of their word 5-shingles, and MinHash
 * band keys (locality-sensitive hashing) that find the candidates worth comparing without reading
 * every article. Hand-written: the npm MinHash packages are unmaintained (minhash 0.0.9, 2017) and
 * this is the textbook construction in a few lines (Broder 1997; Leskovec et al., Mining of
 * Massive Datasets, ch. 3).
 */

export const SHINGLE_WORDS = 5;
/**
 * 16 bands of 4 rows: two texts of Jaccard similarity s share a band with probability
 * 1 - (1 - s^4)^16 — above 0.999 999 9 at s = 0.9, 0.63 at s = 0.5 (then compared exactly).
 */
export const BANDS = 16;
export const ROWS = 4;

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: the i-th hash function is fmix(x ^ seed_i). */
function fmix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: BANDS * ROWS }, (_, i) => fmix(0x9e3779b9 + i * 0x632be5ab));

/** The hashed word 5-shingles of a text's words (bodyWords); a shorter text is one shingle. */
export function shingles(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (words.length <= SHINGLE_WORDS) {
    if (words.length > 0) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** |A ∩ B| / |A ∪ B|; 1 for two empty sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** `|b<band>:<hex>|` for each band of the MinHash signature: equal keys mark a candidate pair. */
export function bandKeys(set: ReadonlySet<number>): string[] {
  if (set.size === 0) return [];
  const signature = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const x of set) {
      const h = fmix(x ^ seed);
      if (h < min) min = h;
    }
    return min;
  });
  return Array.from({ length: BANDS }, (_, b) => `|b${b}:${fnv1a(signature.slice(b * ROWS, (b + 1) * ROWS).join(',')).toString(16)}|`);
}
