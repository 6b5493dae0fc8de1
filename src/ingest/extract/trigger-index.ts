/** The trigger rules of rules/event-triggers.ts indexed by every written form of their nouns and verbs. */
import nlp from 'compromise';
import { EVENT_TRIGGERS, type EventTriggerRule } from './rules/event-triggers.js';

export interface Trigger {
  rule: EventTriggerRule;
  verb: boolean;
}

let TRIGGERS: Map<string, Trigger[]> | null = null;

/** Word as written → the rules it triggers; verb inflections from compromise's conjugations, built once. */
export function triggers(): Map<string, Trigger[]> {
  if (TRIGGERS) return TRIGGERS;
  const map = new Map<string, Trigger[]>();
  const put = (word: string, t: Trigger): void => {
    const list = map.get(word) ?? [];
    if (!list.some((x) => x.rule.id === t.rule.id)) list.push(t);
    map.set(word, list);
  };
  for (const rule of EVENT_TRIGGERS) {
    for (const n of rule.nouns ?? []) put(n, { rule, verb: false });
    for (const lemma of rule.verbs ?? []) {
      const conj = (nlp(lemma).verbs().conjugate() as Array<Record<string, string>>)[0] ?? regular(lemma);
      // compromise names the past participle `Participle` ("sworn", "begun"); regular verbs share it with the past tense
      for (const f of new Set([lemma, conj['PastTense'], conj['PresentTense'], conj['Gerund'], conj['Participle'], conj['PastParticiple']])) if (f) put(f.toLowerCase(), { rule, verb: true });
    }
  }
  TRIGGERS = map;
  return map;
}

/** Whether some trigger rule takes `word` as a verb, or as a noun. */
export function triggersAs(word: string, as: 'verb' | 'noun'): boolean {
  return (triggers().get(word) ?? []).some((x) => x.verb === (as === 'verb'));
}

/** compromise reads some lemmas as other words ("fine", "cap"): their regular forms. */
function regular(lemma: string): Record<string, string> {
  const stem = lemma.replace(/e$/, '');
  // one syllable only: "ban" → "banned", never "open" → "openned"
  const double = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma) ? lemma + lemma.slice(-1) : stem;
  return { PastTense: `${double}ed`, PresentTense: `${lemma}s`, Gerund: `${double}ing` };
}
