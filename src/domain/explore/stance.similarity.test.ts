import { describe, expect, it } from 'vitest';
import { groupSimilar, jaccard, wordSet } from './stance.similarity.js';

const SEED_QUOTE =
  "ISW has consistently assessed that only significant Russian battlefield setbacks, enabled by timely and sufficient Western military assistance to Ukrainian forces, will force Putin to reconsider Russia's ability to militarily defeat Ukraine and bring him to the negotiating table.";
const REWORDED =
  "only significant Russian battlefield setbacks, enabled by timely and sufficient Western military assistance to Ukrainian forces, will force Vladimir Putin to reconsider Russia's ability to militarily defeat Ukraine and bring him to the negotiating table";
const OTHER =
  'only proper military assistance to Ukraine by its allies and significant military failures will force Russian leader Vladimir Putin to "reconsider Russia\'s ability to militarily defeat Ukraine and bring him to the negotiating table"';

describe('near-identical statements', () => {
  it('measures word-set overlap after normalising case, quotes and the final full stop', () => {
    expect(jaccard(wordSet('The Kremlin “remains” dedicated.'), wordSet('the kremlin remains dedicated'))).toBe(1);
    expect(jaccard(wordSet(SEED_QUOTE), wordSet(REWORDED))).toBeGreaterThanOrEqual(0.8);
    expect(jaccard(wordSet(SEED_QUOTE), wordSet(OTHER))).toBeLessThan(0.8);
  });

  it('groups a quote with its rewording and keeps a different assessment apart', () => {
    expect(groupSimilar([SEED_QUOTE, OTHER, REWORDED])).toEqual([[0, 2], [1]]);
    expect(groupSimilar([SEED_QUOTE, OTHER, REWORDED], 1)).toEqual([[0], [1], [2]]);
  });
});
