/**
 * compromise's `methods.one.match` (run one parsed match on a document: the post-tagger's sweep
 * calls it for every candidate rule on every sentence), with the same results for less work.
 * compromise 14.17 tries the match from every term of a sentence, copying the rest of the sentence
 * (`terms.slice(i)`) and building a state object each time, though most matches open with a term
 * that is neither optional, negative nor a multi-word choice, and can only start on a term that
 * matches it. This version tests that first term alone (with compromise's own term test) and tries
 * the whole match only where it passes; everything else — the sentence cache's fail-fast, anchored
 * matches, skipping past a result, `$`, `notIf`, groups and ids — is compromise's code or a line for
 * line copy of it. compromise exports none of these internals, so they are loaded from its source
 * files, which its ESM entry point runs from (the same module instances compromise uses).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Term = { id?: string };
type Terms = Term[];
type Pointer = Array<number | string | null | undefined>;

/** A parsed match step (compromise's `reg`), the fields this file reads. */
export interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: unknown;
}

interface Found {
  pointer: Pointer;
  groups: Record<string, Pointer>;
}

export interface MatchResult {
  ptrs: Pointer[];
  byGroup: Record<string, Pointer[]>;
}

export interface MatchTodo {
  regs?: Reg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: Reg[];
}

type TryHere = (terms: Terms, regs: Reg[], startI: number, phraseLength: number) => Found | null;
type TermMatch = (term: Term, reg: Reg, index: number, length: number) => boolean | null;
type FailFast = (regs: Reg[], cache: Set<string>) => boolean;
type NotIf = (results: Found[], not: Reg[], docs: Terms[]) => Found[];
type GetGroup = (results: Found[], group: string | number | undefined) => MatchResult;

const root = join(dirname(createRequire(import.meta.url).resolve('compromise')), '..', '..');
const internal = async <T>(file: string): Promise<T> =>
  ((await import(pathToFileURL(join(root, 'src/1-one/match/methods/match', file)).href)) as { default: T }).default;
/** null when this compromise's files are not where 14.17 has them: then compromise keeps its own match. */
const internals = await Promise.all([
  internal<TryHere>('02-from-here.js'),
  internal<TermMatch>('term/doesMatch.js'),
  internal<FailFast>('01-failFast.js'),
  internal<NotIf>('03-notIf.js'),
  internal<GetGroup>('03-getGroup.js'),
]).catch(() => null);
export const matchInternalsLoaded = internals !== null;

/**
 * Whether a match can only start on a term its first step matches: compromise's tryHere gives up
 * at once when such a step's term test fails. An optional or negative step, a `.`, a multi-word
 * choice and a greedy step anchored to the end are tried other ways, so they say nothing.
 */
export function opensOnOneTerm(reg: Reg): boolean {
  return reg.optional !== true && reg.negative !== true && reg.anything !== true && reg.choices === undefined && !(reg.end === true && reg.greedy === true);
}

/** Drop-in for compromise's methods.one.match (src/1-one/match/methods/match/index.js). */
export function match(docs: Terms[], todo: MatchTodo, cache?: Array<Set<string> | undefined> | null): MatchResult {
  const [tryHere, termMatch, failFast, notIf, getGroup] = internals!;
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  const first = regs[0]!;
  const gated = opensOnOneTerm(first);
  const minLength = regs.filter((r) => r.optional !== true && r.negative !== true).length;
  let results: Found[] = [];
  docs: for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n]!;
    const sentenceCache = cache?.[n];
    if (sentenceCache && failFast(regs, sentenceCache)) continue;
    if (first.start === true) {
      const found = tryHere(terms, regs, 0, terms.length);
      if (found) results.push(sentence(found, n));
      continue;
    }
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (gated && termMatch(terms[i]!, first, i, terms.length) !== true) continue;
      const found = tryHere(terms.slice(i), regs, i, terms.length);
      if (!found) continue;
      results.push(sentence(found, n));
      if (justOne === true) break docs;
      // past this result, as compromise skips
      const end = found.pointer[2] as number;
      if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    }
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((r) => docs[r.pointer[0] as number]!.length === r.pointer[2]);
  if (todo.notIf) results = notIf(results, todo.notIf, docs);
  const out = getGroup(results, group);
  for (const ptr of out.ptrs) {
    const [n, start, end] = ptr as [number, number, number];
    ptr[3] = docs[n]![start]!.id;
    ptr[4] = docs[n]![end - 1]!.id;
  }
  return out;
}

/** compromise's addSentence: the sentence's number into the pointer and every group's. */
function sentence(found: Found, n: number): Found {
  found.pointer[0] = n;
  for (const k of Object.keys(found.groups)) found.groups[k]![0] = n;
  return found;
}
