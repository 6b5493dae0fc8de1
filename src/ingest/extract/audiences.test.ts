import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';
import { AUDIENCE_RULE } from './rules/audiences.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker's name, text] of each statement. */
const statements = (body: string) => {
  const parsed = analyse(article(body)).parsed;
  return parsed.statements.map((s) => [parsed.entities.find((e) => e.id === s.speaker)?.name ?? null, s.text]);
};

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('statement.audience.noun-phrase: each example', () => {
  for (const [text, speaker, said] of AUDIENCE_RULE.examples) {
    it(text, () => {
      expect(statements(text)).toEqual([[speaker, said]]);
      expect(extract(article(text)).statements[0]!.rules).toContain(AUDIENCE_RULE.id);
    });
  }
});

describe('statement.audience.noun-phrase: what it leaves alone', () => {
  it('a named audience is read as before, without the rule', () => {
    const text = 'Luis Mendo told Reuters that the port would reopen in May.';
    expect(statements(text)).toEqual([['Luis Mendo', 'the port would reopen in May']]);
    expect(extract(article(text)).statements[0]!.rules).not.toContain(AUDIENCE_RULE.id);
  });

  it('"said" takes no audience: "said a meeting would be held" reports the meeting', () => {
    expect(statements('Luis Mendo said a meeting would be held on Friday.')).toEqual([['Luis Mendo', 'a meeting would be held on Friday']]);
  });
});
