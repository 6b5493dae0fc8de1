import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { SUBJECT_WORDS } from './rules/subject-words.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker as written, verb, text, first rule] of each statement. */
const statements = (body: string) => {
  const x = extract(article(body));
  return x.statements.map((s) => [s.speaker === null ? null : x.mentions[s.speaker]!.text, s.verb, s.text, s.rules?.[0] ?? null]);
};

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('statement.words.that-clause-verbs: verbs that report only a "that" clause', () => {
  it('lists the verbs', () => {
    expect([...SUBJECT_WORDS.thatClauseVerbs].sort()).toEqual(['declare', 'deny', 'pledge', 'promise', 'threaten', 'vow']);
  });

  // [sentence, the statements it holds]
  const cases: Array<[string, Array<[string | null, string, string]>]> = [
    ['The governor of Tarnia, Ilse Kormann, declared a state of emergency on Friday.', []],
    ['Mayor Odile Brenner promised to cut the parking charge by half.', []],
    ['Goran Petek has always denied taking money from the contractor.', []],
    ['The Varn Dockers Union threatened a strike in support of the crane drivers.', []],
    ['The sitting councillor, Piet Lanz, had been declared the winner by three votes.', []],
    ['Mayor Odile Brenner promised that the parking charge would be cut by half.', [['Odile Brenner', 'promise', 'the parking charge would be cut by half']]],
    ['Goran Petek denied that he had taken money from the contractor.', [['Goran Petek', 'deny', 'he had taken money from the contractor']]],
  ];
  for (const [sentence, want] of cases) {
    it(sentence, () => {
      expect(statements(sentence).map(([who, verb, text]) => [who, verb, text])).toEqual(want);
    });
  }
});

describe('statement.quote.continued: a follow-up quote of several sentences is one statement per sentence', () => {
  // [text, the follow-up quote's statements: text and evidence]
  const cases: Array<[string, Array<[string, string]>]> = [
    [
      '"The river is rising," said harbour master Lena Voss. "We cannot move the ships. The port stays shut."',
      [
        ['We cannot move the ships.', '"We cannot move the ships.'],
        ['The port stays shut.', 'The port stays shut."'],
      ],
    ],
    [
      '"Nobody was hurt," fire chief Anton Brask said. "Two crews stayed all night. Mr. Holm brought coffee. We will reopen the road on Monday."',
      [
        ['Two crews stayed all night.', '"Two crews stayed all night.'],
        ['Mr. Holm brought coffee.', 'Mr. Holm brought coffee.'],
        ['We will reopen the road on Monday.', 'We will reopen the road on Monday."'],
      ],
    ],
    ['"The river is rising," said harbour master Lena Voss. "Every hour counts."', [['Every hour counts.', '"Every hour counts."']]],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const x = extract(article(text));
      const continued = x.statements.filter((s) => s.rules?.[0] === 'statement.quote.continued');
      expect(continued.map((s) => [s.text, s.evidence.sentence])).toEqual(want);
      expect(continued.map((s) => [x.mentions[s.speaker!]!.text, s.verb, s.verbAsWritten ?? null])).toEqual(want.map(() => [x.mentions[x.statements[0]!.speaker!]!.text, 'say', null]));
      for (const s of continued) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.sentence);
    });
  }
});
