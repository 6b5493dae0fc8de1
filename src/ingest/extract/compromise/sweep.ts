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
interface RuleIndex {
  /** word or tag → the rules it may bring in */
  triggers: Map<string, NetMatch[]>;
  /** each rule's keys as [Object.keys position, place in the key's list, key], by position */
  places: Map<NetMatch, Array<[number, number, string]>>;
}

const indexes = new WeakMap<object, RuleIndex | null>();

/** null when two rules share a match text: compromise keeps whichever comes first, which only its own walk reproduces. */
function ruleIndex(hooks: Record<string, NetMatch[]>): RuleIndex | null {
  if (indexes.has(hooks)) return indexes.get(hooks)!;
  const places = new Map<NetMatch, Array<[number, number, string]>>();
  const byText = new Map<string, NetMatch>();
  let unique = true;
  for (const [pos, key] of Object.keys(hooks).entries()) {
    for (const [place, rule] of hooks[key]!.entries()) {
      if ((byText.get(rule.match) ?? rule) !== rule) unique = false;
      byText.set(rule.match, rule);
      let list = places.get(rule);
      if (!list) places.set(rule, (list = []));
      list.push([pos, place, key]);
    }
  }
  const triggers = new Map<string, NetMatch[]>();
  const file = (key: string, rule: NetMatch): void => {
    let list = triggers.get(key);
    if (!list) triggers.set(key, (list = []));
    if (!list.includes(rule)) list.push(rule);
  };
  for (const rule of places.keys()) {
    if (rule.needs.length === 0) for (const want of rule.wants) file(want, rule);
    else file(rule.needs.reduce((a, b) => (hooks[b]!.length < hooks[a]!.length ? b : a)), rule);
  }
  const index = unique ? { triggers, places } : null;
  indexes.set(hooks, index);
  return index;
}

/** compromise's filters (trimDown, tooSmall): all needs, none of ifNo, enough wants, enough words. */
function passes(m: NetMatch, have: Set<string>, termCount: number): boolean {
  if (!m.needs.every((need) => have.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) return false;
  if (m.wants.length !== 0 && m.wants.filter((w) => have.has(w)).length < m.minWant) return false;
  return termCount >= m.minWords;
}

/** The rules worth trying on one chunk, in the order compromise's getHooks → trimDown → always → tooSmall give them. */
function candidates(have: Set<string>, termCount: number, net: Net): NetMatch[] {
  const index = ruleIndex(net.hooks);
  const list = index ? indexed(index, have, termCount) : walked(net.hooks, have, termCount);
  for (const m of net.always) if (termCount >= m.minWords) list.push(m);
  return list;
}

function indexed({ triggers, places }: RuleIndex, have: Set<string>, termCount: number): NetMatch[] {
  const found: Array<{ rule: NetMatch; pos: number; place: number }> = [];
  const tried = new Set<NetMatch>();
  for (const item of have) {
    for (const rule of triggers.get(item) ?? []) {
      if (tried.has(rule)) continue;
      tried.add(rule);
      if (!passes(rule, have, termCount)) continue;
      const [pos, place] = places.get(rule)!.find(([, , key]) => have.has(key))!;
      found.push({ rule, pos, place });
    }
  }
  found.sort((a, b) => a.pos - b.pos || a.place - b.place);
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
