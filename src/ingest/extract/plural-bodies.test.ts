import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';
import { PLURAL_BODIES_RULE, RESEARCH_GROUP_RULE } from './rules/plural-bodies.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker's name and type, or the unnamed source, text] of each statement. */
const statements = (body: string) => {
  const parsed = analyse(article(body)).parsed;
  return parsed.statements.map((s) => {
    const e = parsed.entities.find((x) => x.id === s.speaker);
    return [e ? `${e.name} (${e.type})` : (s.anonymousSource ?? null), s.text];
  });
};

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('statement.subject.plural-bodies and statement.subject.research-bodies: each example', () => {
  for (const rule of [PLURAL_BODIES_RULE, RESEARCH_GROUP_RULE]) {
    for (const [text, names, said] of rule.examples) {
      it(`${rule.id}: ${text}`, () => {
        expect(statements(text)).toEqual(names.map((n) => [`${n} (ORGANIZATION)`, said]));
        expect(extract(article(text)).statements.every((s) => s.rules?.includes(rule.id))).toBe(true);
      });
    }
  }
});

describe('statement.subject.plural-bodies: the same bodies, and fewer than two', () => {
  it('"the companies said" in a later sentence stands for the bodies the description named before', () => {
    const text = 'Orvane Holdings and Kelda Tessaly agreed to merge on Monday, the two companies announced. Shareholders will get 0.8 new shares each, the companies said.';
    expect(statements(text).slice(2)).toEqual([
      ['Orvane Holdings (ORGANIZATION)', 'Shareholders will get 0.8 new shares each'],
      ['Kelda Tessaly (ORGANIZATION)', 'Shareholders will get 0.8 new shares each'],
    ]);
  });

  it('one body named is not two: the description stays an unnamed source', () => {
    expect(statements('Orvane Holdings will close a plant in May, the two companies announced.')).toEqual([['the two companies', 'Orvane Holdings will close a plant in May']]);
  });
});

describe('statement.subject.plural-bodies: with no bodies named before, those the next sentence opens with', () => {
  it('reads "their unions said" as the two unions the next sentence names', () => {
    const body = 'Teachers will return to work on Wednesday, their unions said. The Kelby Teachers\' Union (KTU) and the Kelby Association of Teachers, which together represent 11,000 teachers, said the deal was fair.';
    expect(statements(body)).toEqual([
      ["Kelby Teachers' Union (ORGANIZATION)", 'Teachers will return to work on Wednesday'],
      ['Kelby Association of Teachers (ORGANIZATION)', 'Teachers will return to work on Wednesday'],
      ["Kelby Teachers' Union (ORGANIZATION)", 'the deal was fair'],
      ['Kelby Association of Teachers (ORGANIZATION)', 'the deal was fair'],
    ]);
  });

  it('takes no bodies from the next sentence past its first verb', () => {
    const body = 'Teachers will return to work on Wednesday, their unions said. The ministry thanked the Kelby Teachers\' Union and the Kelby Association of Teachers.';
    expect(statements(body).map(([speaker]) => speaker)).not.toContain("Kelby Teachers' Union (ORGANIZATION)");
  });
});

describe('statement.subject.research-bodies: scientists and the bodies their team is from', () => {
  it('keeps the scientists unnamed when the next sentence is about something else or names one body', () => {
    expect(statements('The lake has warmed by two degrees, scientists said. The Varn Council and the Kelby Water Board met on Friday.')).toEqual([['scientists', 'The lake has warmed by two degrees']]);
    expect(statements('The lake has warmed by two degrees, scientists said. The team, from the Varn Limnology Institute, took samples in May.')).toEqual([['scientists', 'The lake has warmed by two degrees']]);
    expect(statements('The lake has warmed, marine scientists said. The team, from the Varn Limnology Institute and the University of Kelby, took samples.')).toEqual([['marine scientists', 'The lake has warmed']]);
  });
});
