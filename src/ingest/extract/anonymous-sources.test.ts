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
