import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
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

describe('statement.quote.naming: a quoted phrase a speaker names a thing with', () => {
  // [text, the naming statements: speaker as written, verb, as written, text]
  const cases: Array<[string, Array<[string | null, string, string, string]>]> = [
    ['Harbour master Lena Voss called the closure "a last resort for the town".', [['Lena Voss', 'say', 'called', 'a last resort for the town']]],
    // the quote closes its clause before "and": the next statement is the same speaker's
    ['The Tarn Water Board called the report "a fair warning" and said it would test every well.', [['Tarn Water Board', 'say', 'called', 'a fair warning']]],
    // with no object, the subject of a relative clause names the thing before it
    ['The deal sets no date for the cuts, a gap that fishing unions called "a betrayal of the coast".', [[null, 'say', 'called', 'a betrayal of the coast']]],
    // no naming: a name given to a thing, a passive, another verb, a quote that goes on
    ['The port launched a project called "Blue Harbour".', []],
    ['The plan was called "a disaster for the town" by residents.', []],
    ['The union called for "an end to the cuts".', []],
    ['Lena Voss called the closure "a last resort", which the council denied.', []],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const x = extract(article(text));
      const naming = x.statements.filter((s) => s.rules?.[0] === 'statement.quote.naming');
      expect(naming.map((s) => [s.speaker === null ? null : x.mentions[s.speaker]!.text, s.verb, s.verbAsWritten, s.text])).toEqual(want);
    });
  }
});

describe('statement.subject.apposition: a hyphenated word or a bare form before a noun inside the apposition is no verb of its own', () => {
  // [sentence, speaker as written, verb, text]
  const cases: Array<[string, string, string, string]> = [
    ['Tarnwater Alliance, a coalition of more than 300 campaign groups, said the dam had failed.', 'Tarnwater Alliance', 'say', 'the dam had failed'],
    ['Kelvar Orbital, a Varnholm start-up that builds small satellites, announced on Monday that its first craft had reached orbit.', 'Kelvar Orbital', 'announce', 'its first craft had reached orbit'],
  ];
  for (const [sentence, who, verb, text] of cases) {
    it(sentence, () => {
      expect(statements(sentence).map(([w, v, t]) => [w, v, t])).toEqual([[who, verb, text]]);
    });
  }
});

describe('statement.reported.adding-clause after a quote of several sentences', () => {
  it('the quote\'s speaker goes on in ", adding that …", though the quote opened a sentence before', () => {
    const text = 'Piet Lanz lost the seat. "We will appeal. The voters chose clearly," Lanz told reporters, adding that his lawyers were "sure the higher court will agree".';
    expect(statements(text).map(([who, verb, said, rule]) => [who, verb, said, rule])).toEqual([
      ['Lanz', 'say', 'We will appeal.', 'statement.quote.earlier-sentence'],
      ['Lanz', 'tell', 'The voters chose clearly', 'statement.quote.attribution-after'],
      ['Lanz', 'add', 'his lawyers were "sure the higher court will agree"', 'statement.reported.adding-clause'],
    ]);
  });
});

describe("a name ending in \"'s\" right before its verb", () => {
  it('is the speaker, not an owner of nothing', () => {
    const parsed = analyse(article("Harlow's sold the painting for a record. Varnby's said its own sales had fallen.")).parsed;
    expect(parsed.statements.map((s) => [s.speaker, s.verb, s.text])).toEqual([['organization:varnbys', 'say', 'its own sales had fallen']]);
    expect(parsed.entities.find((e) => e.id === 'organization:varnbys')?.name).toBe("Varnby's");
  });
});

describe('"the company said" after another body spoke', () => {
  it('is the company the same description stood for before, not a state committee that spoke since', () => {
    const text = [
      'The first freight train from Tarnia to Kelby left on Monday, Tarnian Railways said.',
      'The company said two trains a week would run from January.',
      'Trade rose to about $1 billion in 2025, according to the State Statistics Committee of Tarnia, which said fuel made up half of it.',
      'The line is part of a corridor that three countries agreed to study in 2023, the company said.',
    ].join('\n\n');
    const parsed = analyse(article(text)).parsed;
    expect(parsed.statements.map((s) => [s.speaker, s.text.slice(0, 20)])).toEqual([
      ['organization:tarnian-railways', 'The first freight tr'],
      ['organization:tarnian-railways', 'two trains a week wo'],
      ['organization:state-statistics-committee-of-tarnia', 'Trade rose to about '],
      ['organization:state-statistics-committee-of-tarnia', 'fuel made up half of'],
      ['organization:tarnian-railways', 'The line is part of '],
    ]);
  });
});

describe('a relative clause early in the reported clause is no aside of the speaker', () => {
  // [sentence, speaker as written, text]
  const cases: Array<[string, string, string]> = [
    [
      "Jonas Vell, who won the race, would lose his title if the result was confirmed, the race's organiser, the Tarnian Athletics Federation, said.",
      'Tarnian Athletics Federation',
      'Jonas Vell, who won the race, would lose his title if the result was confirmed',
    ],
    // an aside with a comma but no clause of its own after it still goes with the speaker
    ['Kelvar Orbital, which is based in Varnholm, the island capital, said its first craft had reached orbit.', 'Kelvar Orbital', 'its first craft had reached orbit'],
  ];
  for (const [sentence, who, text] of cases) {
    it(sentence, () => {
      expect(statements(sentence).map(([w, , t]) => [w, t])).toEqual([[who, text]]);
    });
  }
});
