import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { STATEMENT_TOPIC_RULES } from './rules/statement-topics.js';
import { topicRulesIn } from './statement-topics.js';

describe('statement topics from the statement\'s words', () => {
  for (const rule of STATEMENT_TOPIC_RULES) {
    for (const [sentence, topics] of rule.examples) {
      it(`${rule.id}: ${sentence}`, () => {
        expect(topicRulesIn(sentence).map((r) => r.topic)).toEqual(topics);
      });
    }
  }

  it('matches whole words and phrases only, ignoring case, accents and hyphens', () => {
    expect(topicRulesIn('AIR-DEFENCE units were moved.').map((r) => r.id)).toEqual(['statement.topic.air-defence']);
    expect(topicRulesIn('The talkshow host and the peacekeepers left.')).toEqual([]);
    expect(topicRulesIn('The air was cold; defence lawyers spoke.')).toEqual([]);
  });

  it('has unique rule ids and topics, each with an example that finds its topic', () => {
    expect(new Set(STATEMENT_TOPIC_RULES.map((r) => r.id)).size).toBe(STATEMENT_TOPIC_RULES.length);
    expect(new Set(STATEMENT_TOPIC_RULES.map((r) => r.topic)).size).toBe(STATEMENT_TOPIC_RULES.length);
    for (const rule of STATEMENT_TOPIC_RULES) expect(rule.examples.some(([, topics]) => topics.includes(rule.topic)), rule.id).toBe(true);
  });

  it('puts a statement of an untagged article on its topic, once, with the rule id after its construction and speaker rules', () => {
    const x = extract({
      title: 'Talks stall',
      publishedAt: '2025-07-22T10:00:00',
      authors: [],
      tags: [],
      body: 'Anna Berg, the chief negotiator, said the peace talks had stalled over the border and that negotiations would resume in May.',
    });
    expect(x.statements).toHaveLength(1);
    const st = x.statements[0]!;
    expect(st.about.filter((r) => 'topic' in r)).toEqual([{ topic: 'negotiations' }]);
    expect(st.rules).toHaveLength(3);
    expect(st.rules![2]).toBe('statement.topic.negotiations');
  });

  it('adds nothing where a tag already names the same topic', () => {
    const x = extract({
      title: 'Talks stall',
      publishedAt: '2025-07-22T10:00:00',
      authors: [],
      tags: ['Negotiations'],
      body: 'Anna Berg, the chief negotiator, said the peace talks had stalled over the border.',
    });
    const st = x.statements[0]!;
    expect(st.about.filter((r) => 'topic' in r)).toEqual([{ topic: 'Negotiations' }]);
    expect(st.rules).toHaveLength(2);
  });
});
