/**
 * compromise's `bulkMatch` (the sweep its post-tagger runs: a few hundred match rules, each tried
 * on the comma-separated chunks whose words and tags could satisfy it), rewritten to give the same
 * results for less work. compromise 14.17's version (src/1-one/sweep/methods/sweep/) walks all 730
 * keys of the rules' index for every chunk, and gathers every rule filed under the chunk's common
 * tags (#Noun alone has 83) before filtering them in four passes; this one looks up only the chunk's
 * own words and tags, each bringing in the few rules filed under it (ruleIndex), and filters once.
 * The candidates, their order and the matches are the same, so the tags are: `compromise.test.ts`
 * checks that against compromise's own sweep.
 */

/** A match rule as buildNet leaves it (the fields the sweep reads). */
export interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

export interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

type Terms = unknown[];
type Pointer = number[];

export interface SweepMethods {
  one: {
    cacheDoc: (document: Terms[]) => Set<string>[];
    match: (docs: Terms[], todo: NetMatch) => { ptrs: Pointer[] };
  };
}

/**
 * The rules' index turned round. compromise files each rule under every word or tag it needs or
 * wants and, for a chunk, concatenates the lists of the keys the chunk has (in Object.keys order),
 * keeps the first rule of each match text and filters. A rule passes the filters only if the chunk
 * has all its needs, or (needing none) enough of its wants; so it is enough to file it under one
 * need, its rarest, or under each want, and to sort what passes by where compromise's
 * concatenation would have put it: its first key the chunk has, then its place in that key's list.
 */
interface IndexedRule {
  rule: NetMatch;
  /** Its number in RuleIndex.tried. */
  id: number;
  /** The keys it is filed under in compromise's index, in Object.keys order … */
  keys: string[];
  /** … and for each, where compromise's concatenation puts it: key position × 2^16 + place in the key's list. */
  ranks: number[];
  /** Its needs among RuleIndex.bits, one bit each: a chunk lacking one is passed over without a lookup. */
  needBits: number;
}

interface RuleIndex {
  /** word or tag → the rules it may bring in */
  triggers: Map<string, IndexedRule[]>;
  /** per rule, the chunk it was last tried on (a counter, so nothing is cleared per chunk) */
  tried: Uint32Array;
  chunk: number;
  /** The 31 words and tags most rules need (#Noun, #Verb …), each a bit of IndexedRule.needBits. */
  bits: Map<string, number>;
}

const indexes = new WeakMap<object, RuleIndex | null>();

/** null when two rules share a match text: compromise keeps whichever comes first, which only its own walk reproduces. */
function ruleIndex(hooks: Record<string, NetMatch[]>): RuleIndex | null {
  if (indexes.has(hooks)) return indexes.get(hooks)!;
  const rules = new Map<NetMatch, IndexedRule>();
  const byText = new Map<string, NetMatch>();
  let unique = true;
  for (const [pos, key] of Object.keys(hooks).entries()) {
    for (const [place, rule] of hooks[key]!.entries()) {
      if ((byText.get(rule.match) ?? rule) !== rule) unique = false;
      byText.set(rule.match, rule);
      let r = rules.get(rule);
      if (!r) rules.set(rule, (r = { rule, id: rules.size, keys: [], ranks: [], needBits: 0 }));
      r.keys.push(key);
      r.ranks.push(pos * 2 ** 16 + place);
    }
  }
  const triggers = new Map<string, IndexedRule[]>();
  const file = (key: string, r: IndexedRule): void => {
    let list = triggers.get(key);
    if (!list) triggers.set(key, (list = []));
    if (!list.includes(r)) list.push(r);
  };
  for (const r of rules.values()) {
    const { needs, wants } = r.rule;
    if (needs.length === 0) for (const want of wants) file(want, r);
    else file(needs.reduce((a, b) => (hooks[b]!.length < hooks[a]!.length ? b : a)), r);
  }
  const needed = new Map<string, number>();
  for (const r of rules.values()) for (const need of new Set(r.rule.needs)) needed.set(need, (needed.get(need) ?? 0) + 1);
  const common = [...needed.entries()].sort((a, b) => b[1] - a[1]).slice(0, 31);
  const bits = new Map(common.map(([need], i) => [need, 1 << i]));
  for (const r of rules.values()) for (const need of r.rule.needs) r.needBits |= bits.get(need) ?? 0;
  const index = unique ? { triggers, tried: new Uint32Array(rules.size), chunk: 0, bits } : null;
  indexes.set(hooks, index);
  return index;
}

/** compromise's filters (trimDown, tooSmall): all needs, none of ifNo, enough wants, enough words. */
function passes(m: NetMatch, have: Set<string>, termCount: number): boolean {
  if (termCount < m.minWords) return false;
  for (const need of m.needs) if (!have.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (have.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (have.has(want)) found++;
  return found >= m.minWant;
}

/** The rules worth trying on one chunk, in the order compromise's getHooks → trimDown → always → tooSmall give them. */
function candidates(have: Set<string>, termCount: number, net: Net): NetMatch[] {
  const index = ruleIndex(net.hooks);
  const list = index ? indexed(index, have, termCount) : walked(net.hooks, have, termCount);
  for (const m of net.always) if (termCount >= m.minWords) list.push(m);
  return list;
}

function indexed(index: RuleIndex, have: Set<string>, termCount: number): NetMatch[] {
  const chunk = (index.chunk = (index.chunk + 1) >>> 0 || 1);
  const found: Array<{ rule: NetMatch; rank: number }> = [];
  let haveBits = 0;
  for (const item of have) haveBits |= index.bits.get(item) ?? 0;
  for (const item of have) {
    const rules = index.triggers.get(item);
    if (rules === undefined) continue;
    for (const r of rules) {
      if (index.tried[r.id] === chunk) continue;
      index.tried[r.id] = chunk;
      if ((r.needBits & haveBits) !== r.needBits || !passes(r.rule, have, termCount)) continue;
      let k = 0;
      while (!have.has(r.keys[k]!)) k++;
      found.push({ rule: r.rule, rank: r.ranks[k]! });
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  return found.map((f) => f.rule);
}

/** compromise's own walk over every key, for a rule set the index cannot stand for. */
function walked(hooks: Record<string, NetMatch[]>, have: Set<string>, termCount: number): NetMatch[] {
  const seen = new Set<string>();
  const list: NetMatch[] = [];
  for (const key of Object.keys(hooks)) {
    if (!have.has(key)) continue;
    for (const m of hooks[key]!) {
      // the first rule of each match text stands for it, before any filter (as getHooks dedupes)
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (passes(m, have, termCount)) list.push(m);
    }
  }
  return list;
}

/** Drop-in for compromise's methods.one.bulkMatch: the matches to apply, in compromise's order. */
export function bulkMatch(document: Terms[], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Array<NetMatch & { pointer: Pointer }> {
  const docCache = methods.one.cacheDoc(document);
  const results: Array<NetMatch & { pointer: Pointer }> = [];
  for (let n = 0; n < document.length; n += 1) {
    for (const m of candidates(docCache[n]!, document[n]!.length, net)) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
