/**
 * The shape every closed word set of the rules takes (subject-words.ts, event-words.ts): an id the
 * rule catalogue lists, a line saying why the set exists, and its words. Code reads a set by a name
 * made from its id, so a construction that needs one more word changes the data, not the code.
 */

export interface WordSet<Id extends string = string> {
  id: Id;
  /** What the set is for, as the rule catalogue prints it. */
  about: string;
  words: readonly string[];
}

/** The name code reads a set under: its id without the prefix, in camel case (`event.words.phrasal-particles` → `phrasalParticles`). */
export type WordSetName<I extends string, P extends string> = I extends `${P}${infer N}` ? CamelCase<N> : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/** Every set's words by its name, for membership tests; `prefix` is what every id of `sets` starts with. */
export function wordSetsByName<I extends string, P extends string>(prefix: P, sets: ReadonlyArray<WordSet<I>>): Record<WordSetName<I, P>, ReadonlySet<string>> {
  const out: Record<string, ReadonlySet<string>> = {};
  for (const set of sets) {
    if (!set.id.startsWith(prefix)) throw new Error(`word set ${set.id} does not start with ${prefix}`);
    out[set.id.slice(prefix.length).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = new Set(set.words);
  }
  return out as Record<WordSetName<I, P>, ReadonlySet<string>>;
}

/** The words as a regex alternation ("a|b|c"), for patterns that match one of them inside text. */
export function alternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A regex that matches a whole word of the set and nothing else, for code that tests tokens with `.test` (`flags` "i" for text of any case). */
export function wholeWord(words: Iterable<string>, flags = ''): RegExp {
  return new RegExp(`^(?:${alternation(words)})$`, flags);
}
