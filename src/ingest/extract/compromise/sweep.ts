/**
 * compromise's `bulkMatch` (the sweep its post-tagger runs: a few hundred match rules, each tried
 * on the comma-separated chunks whose words and tags could satisfy it), rewritten to give the same
 * results for less work. compromise 14.17's version (src/1-one/sweep/methods/sweep/) walks every key
 * of the rules' index (thousands of words and tags) for every chunk and filters the candidates in
 * four passes; this one looks up only the chunk's own words and tags, in the index's key order, and
 * filters in one pass. The candidates, their order and the matches are the same, so the tags are:
 * `compromise.test.ts` checks that against compromise's own sweep.
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

/** Each hook key's place in Object.keys order, the order compromise concatenates candidates in. */
interface HookOrder {
  keys: string[];
  position: Map<string, number>;
}

const orders = new WeakMap<object, HookOrder>();

function hookOrder(hooks: Record<string, NetMatch[]>): HookOrder {
  let order = orders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, position: new Map(keys.map((k, i) => [k, i])) };
    orders.set(hooks, order);
  }
  return order;
}

/** The rules worth trying on one chunk, as compromise's getHooks → trimDown → always → tooSmall give them. */
function candidates(have: Set<string>, termCount: number, net: Net): NetMatch[] {
  const { keys, position } = hookOrder(net.hooks);
  const hit: number[] = [];
  for (const item of have) {
    const p = position.get(item);
    if (p !== undefined) hit.push(p);
  }
  hit.sort((a, b) => a - b);
  const seen = new Set<string>();
  const list: NetMatch[] = [];
  for (const p of hit) {
    for (const m of net.hooks[keys[p]!]!) {
      // the first rule of each match text stands for it, before any filter (as getHooks dedupes)
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (!m.needs.every((need) => have.has(need))) continue;
      if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) continue;
      if (m.wants.length !== 0 && m.wants.filter((w) => have.has(w)).length < m.minWant) continue;
      if (termCount < m.minWords) continue;
      list.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) list.push(m);
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
