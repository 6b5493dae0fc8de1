import nlp from 'compromise';
import type { StatementKind } from '../contract.js';
import { REPORTING_NOUNS, REPORTING_VERBS } from './gazetteer.js';
import type { Token } from './text.js';

/** Inflected form ("emphasised", "points") → reporting-verb lemma, built once from compromise's conjugations. */
let FORMS: Map<string, string> | null = null;

function forms(): Map<string, string> {
  if (FORMS) return FORMS;
  const map = new Map<string, string>();
  for (const lemma of Object.keys(REPORTING_VERBS)) {
    const [head] = lemma.split(' ');
    const conj = (nlp(head!).verbs().conjugate() as Array<Record<string, string>>)[0] ?? {};
    const all = new Set([head!, conj['Infinitive'], conj['PastTense'], conj['PresentTense'], conj['Gerund'], conj['PastParticiple']]);
    for (const f of all) if (f) map.set(f.toLowerCase(), lemma);
  }
  FORMS = map;
  return map;
}

export interface ReportingVerb {
  lemma: string;
  kind: StatementKind;
  /** Token range of the verb as written ("pointed out" spans two tokens). */
  from: number;
  to: number;
  gerund: boolean;
}

/** The reporting verb starting at token k, if any. */
export function reportingVerbAt(tokens: Token[], k: number, limit: number): ReportingVerb | null {
  const t = tokens[k]!;
  const lemma = forms().get(t.normal);
  if (!lemma) return null;
  // nouns that share a verb's spelling ("claims", "reports", "estimate") only count when tagged as verbs
  // "…, saying …" may come tagged as a noun: a participle after a comma still reports
  const participle = /ing$/.test(t.normal) && k > 0 && /,\s*$/.test(tokens[k - 1]!.post);
  if (!t.tags.has('Verb') && !participle && !['assess', 'note', 'estimate'].includes(lemma)) return null;
  // "in a note to clients", "The Baltic states", "its estimate": a determiner before the word makes it a noun
  const prev = tokens[k - 1];
  const prev2 = tokens[k - 2];
  const det = (x: Token | undefined): boolean => !!x && /^(a|an|the|its|their|his|her|this|these|those|our|each|every)$/.test(x.normal) && !/[,;:.!?"“”]/.test(x.post);
  if (!/(ed|ing)$/.test(t.normal) && det(prev)) return null;
  // "the Baltic states left …": a present-tense form after "the" + one word reports only with "that" or a colon
  if (/s$/.test(t.normal) && det(prev2) && !!prev && !/[,;:]/.test(prev.post) && !prev.tags.has('Adverb')) {
    const next = tokens[k + 1];
    if (!next || !(next.normal === 'that' || /:/.test(t.post))) return null;
  }
  const kind = REPORTING_VERBS[lemma]!;
  if (lemma.includes(' ')) {
    const particle = lemma.split(' ')[1]!;
    if (k + 1 >= limit || tokens[k + 1]!.normal !== particle) return null;
    return { lemma, kind, from: k, to: k + 2, gerund: /ing$/.test(t.normal) };
  }
  // "point" alone is not "point out"
  return { lemma, kind, from: k, to: k + 1, gerund: /ing$/.test(t.normal) };
}

/** "warning" in "Trump's warning that …" → lemma "warn". */
export function reportingNoun(token: Token): { lemma: string; kind: StatementKind } | null {
  const lemma = REPORTING_NOUNS[token.normal];
  if (!lemma) return null;
  const kind = REPORTING_VERBS[lemma] ?? 'CLAIM';
  return { lemma, kind };
}
