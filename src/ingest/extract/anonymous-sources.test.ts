import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';
import { ANONYMOUS_SOURCE_RULES } from './rules/anonymous-sources.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker id, anonymous source, text] of each statement. */
const statements = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.anonymousSource ?? null, s.text]);
const rulesOf = (body: string, source: string) => extract(article(body)).statements.find((s) => s.anonymousSource === source)?.rules ?? [];

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('rules/anonymous-sources.ts: each rule\'s examples', () => {
  for (const rule of ANONYMOUS_SOURCE_RULES) {
    for (const [text, source] of rule.examples) {
      it(`${rule.id}: ${text}`, () => {
        const found = statements(text).filter(([, anon]) => anon !== null);
        expect(found.map(([speaker, anon]) => [speaker, anon])).toEqual([[null, source]]);
        expect(rulesOf(text, source)).toContain(rule.id);
      });
    }
  }
});

describe('statement.anonymous.common-noun: any common noun opening the subject is an unnamed source', () => {
  it('reads a plural with a place after it as one source, not the place', () => {
    expect(statements('Hotel owners along Harrow Quay said bookings had halved.')).toEqual([[null, 'Hotel owners along Harrow Quay', 'bookings had halved']]);
  });

  it('takes a relative clause with "that" into the source', () => {
    expect(statements('Three bakeries that buy flour from the same mill said they had raised their prices.')).toEqual([
      [null, 'Three bakeries that buy flour from the same mill', 'they had raised their prices'],
    ]);
  });

  it('needs "a" or "one" before a singular: "the ministry" is a description, not a source', () => {
    expect(statements('A locksmith in Eastfield told the paper that the doors had been forced.')).toEqual([[null, 'A locksmith in Eastfield', 'the doors had been forced']]);
    expect(statements('Wheat prices will rise by a fifth, the farming ministry said.').map(([, anon]) => anon)).not.toContain('the farming ministry');
  });

  it('reads no source from a document, a passive or a verb that reports nothing by itself', () => {
    expect(statements('Figures published on Monday said exports rose.').map(([, anon]) => anon)).not.toContain('Figures');
    expect(statements('Samples from two patients were confirmed as measles by the laboratory.')).toEqual([]);
    expect(statements('Hikers found a lost dog in the woods.')).toEqual([]);
  });
});

describe('statement.anonymous.source-of-name: a name after "of"/"from" modifies the source', () => {
  it('keeps the organization speaking when the noun is an analyst of it ("Experts from X said")', () => {
    expect(statements('Experts from Kelmar Partners said prices would rise.').map(([, anon]) => anon)).toEqual([null]);
  });

  it('leaves a person\'s name after "of" alone when the subject is no common noun', () => {
    expect(statements('Ana Ruiz of Varnholm said the taps had run dry.').map(([, anon]) => anon)).toEqual([null]);
  });
});

describe('unnamed sources with a clause, a name or a tagger\'s misreading between the head and the verb', () => {
  // [text, [speaker, source as written, statement text] of each statement]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    // a relative clause after the place, with no commas
    ['A mother in Halden whose son is due to sit his exams said the boy had studied at home.', [[null, 'A mother in Halden whose son is due to sit his exams', 'the boy had studied at home']]],
    ['A lawyer in Dunmore who represents 40 of the tenants said they would sue.', [[null, 'A lawyer in Dunmore who represents 40 of the tenants', 'they would sue']]],
    // a name before any common noun after "a"
    ['A Riverside United player who asked not to be named said part of the fee would go to the youth teams.', [[null, 'A Riverside United player who asked not to be named', 'part of the fee would go to the youth teams']]],
    // a first word the tagger reads as an imperative ("Tour", "Shop") before a plural head
    ['Tour operators in Windhoek said bookings had fallen by a fifth.', [[null, 'Tour operators in Windhoek', 'bookings had fallen by a fifth']]],
    ['Shop owners in the Old Harbour said they had not been told.', [[null, 'Shop owners in the Old Harbour', 'they had not been told']]],
    // "on" and a name the lists do not know: the name modifies the source
    ['A boat owner on Little Skerry said he would sell his vessel.', [[null, 'A boat owner on Little Skerry', 'he would sell his vessel']]],
    // the source of the first verb goes on after "and", past its relative clause
    [
      'A group of parents from Westbrook, who had collected 5,000 signatures, welcomed the vote and said they would watch closely.',
      [[null, 'A group of parents from Westbrook, who had collected 5,000 signatures', 'they would watch closely']],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => expect(statements(text)).toEqual(expected));

  it('leaves a named speaker whose apposition holds the source and a relative clause', () => {
    expect(statements('Lena Varga, a lawyer at the privacy group Kelmo, which backed the woman, said the ruling would hurt apps.')).toEqual([
      ['person:lena-varga', null, 'the ruling would hurt apps'],
    ]);
  });
});

describe('statement.anonymous.official-of-description: past a possessive owner of the body', () => {
  it('keeps "a spokesperson for <country>\'s health ministry" anonymous, before and after the verb', () => {
    expect(statements('A spokesperson for Chile\'s health ministry said the syrup had been taken off shelves.')).toEqual([
      [null, 'A spokesperson for Chile\'s health ministry', 'the syrup had been taken off shelves'],
    ]);
  });
});

describe('statement.reported.trailing: "…, X said, adding that …" is two statements', () => {
  // [text, [speaker, source, text] of each statement]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      'The syrup had been sold in Kelby, three officials said, adding that it had been taken off shelves.',
      [
        [null, 'three officials', 'The syrup had been sold in Kelby'],
        [null, 'three officials', 'it had been taken off shelves'],
      ],
    ],
    [
      'The syrup had been sold in Kelby, a spokesperson for Chile\'s health ministry said, adding that it had been taken off shelves.',
      [
        [null, 'a spokesperson for Chile\'s health ministry', 'The syrup had been sold in Kelby'],
        [null, 'a spokesperson for Chile\'s health ministry', 'it had been taken off shelves'],
      ],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => expect(statements(text)).toEqual(expected));
});

describe('statement.anonymous.unresolved-description: a described body nobody names is an unnamed source', () => {
  it('leaves a description with a body of its kind named to that body', () => {
    expect(statements('The Varn Flood Warning Service closed the bridge. The regional flood warning service said the river would peak on Friday.')).toEqual([
      ['organization:varn-flood-warning-service', null, 'the river would peak on Friday'],
    ]);
  });

  it('needs a word saying what kind of body: "the agency" alone, a ministry and a pronoun\'s body are no sources', () => {
    expect(statements('The agency said the river would peak on Friday.').map(([, anon]) => anon)).toEqual([]);
    expect(statements('The communications ministry said the law would pass.').map(([, anon]) => anon)).not.toContain('The communications ministry');
    expect(statements('Its disciplinary committee said the players had been paid.').map(([, anon]) => anon)).not.toContain('Its disciplinary committee');
  });

  it('reads the description after "according to" and before ", which said" the same way', () => {
    expect(statements('Bread prices rose by a quarter, according to the national statistics office, which said food inflation had reached 14%.')).toEqual([
      [null, 'the national statistics office', 'Bread prices rose by a quarter'],
      [null, 'the national statistics office', 'food inflation had reached 14%'],
    ]);
  });

  it('gives "according to" a described body whose name holds the head noun when one is named', () => {
    expect(statements('The Varn Water Board cut supplies. Rationing will end in May, according to the regional water board.')).toEqual([
      ['organization:varn-water-board', null, 'Rationing will end in May'],
    ]);
  });
});
