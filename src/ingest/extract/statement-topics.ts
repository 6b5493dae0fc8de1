import { foldName } from '../../core/ids.js';
import { STATEMENT_TOPIC_RULES, type StatementTopicRule } from './rules/statement-topics.js';
import { wordsIn } from './text.js';

/** A text's words as the topic rules compare them: folded (case, accents), then split. */
const wordsOf = (text: string): string[] => wordsIn(foldName(text));

interface Phrase {
  words: string[];
  rule: StatementTopicRule;
}

/** The rules' phrases by their first word, built once. */
const BY_FIRST_WORD = (() => {
  const index = new Map<string, Phrase[]>();
  for (const rule of STATEMENT_TOPIC_RULES) {
    for (const phrase of rule.phrases) {
      const words = wordsOf(phrase);
      const list = index.get(words[0]!) ?? [];
      list.push({ words, rule });
      index.set(words[0]!, list);
    }
  }
  return index;
})();

/** The topic rules whose phrases occur in `text`, each once, in the order of the rule list. */
export function topicRulesIn(text: string): StatementTopicRule[] {
  const words = wordsOf(text);
  const found = new Set<StatementTopicRule>();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of BY_FIRST_WORD.get(words[i]!) ?? []) {
      if (!found.has(phrase.rule) && phrase.words.every((w, k) => words[i + k] === w)) found.add(phrase.rule);
    }
  }
  return STATEMENT_TOPIC_RULES.filter((r) => found.has(r));
}
