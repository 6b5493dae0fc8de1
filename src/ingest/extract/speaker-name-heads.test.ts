import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { SPEAKER_NAME_HEAD_RULE } from './rules/speaker-name-heads.js';
import { endsInCommonNoun } from './speaker-types.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [type, rules] of the body mention written `name`. */
const typed = (body: string, name: string) => {
  const m = extract(article(body)).mentions.find((x) => x.field === 'body' && x.text === name);
  return m ? [m.type, m.rules ?? []] : null;
};

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('rules/speaker-name-heads.ts: each example', () => {
  for (const [text, name, type] of SPEAKER_NAME_HEAD_RULE.examples) {
    it(`${name} is a ${type}`, () => {
      const [got, rules] = typed(text, name)!;
      expect(got).toBe(type);
      if (type === 'ORGANIZATION') expect(rules).toContain(SPEAKER_NAME_HEAD_RULE.id);
      else expect(rules).not.toContain(SPEAKER_NAME_HEAD_RULE.id);
    });
  }
});

describe('endsInCommonNoun', () => {
  it('reads plurals, gerunds and suffixed nouns at the end of a name of two or more words', () => {
    expect(['Harlow Buses', 'Vesta Holdings', 'Corra Mining', 'Isle Fisheries', 'Dunmore Diamonds', 'Orla Communications'].map(endsInCommonNoun)).toEqual([true, true, true, true, true, true]);
  });

  it('leaves one word, surnames compromise lists and names with no common noun alone', () => {
    expect(['Fisheries', 'Ama Roberts', 'Tavita Oleson', 'Kwesi Mensah'].map(endsInCommonNoun)).toEqual([false, false, false, false]);
  });

  it('types only a name nothing else typed: a first name keeps a person a person', () => {
    expect(typed('Emma Fields said the school would reopen on Monday.', 'Emma Fields')?.[0]).toBe('PERSON');
  });
});
