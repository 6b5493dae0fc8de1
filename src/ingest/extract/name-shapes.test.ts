import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { extract } from './extract.js';
import { PERSON_NOUNS } from './rules/person-nouns.js';

function article(body: string): ParsedArticleMeta {
  return { title: 'Test', publishedAt: '2026-11-20T10:00:00', authors: [], tags: [], body };
}
const parsed = (body: string) => analyse(article(body)).parsed;

// The first analysis loads compromise's lexicon (seconds on a loaded machine): outside any test's 5 s.
beforeAll(() => void parsed('Warm-up.'), 60_000);

// Round 18 (entities): names written with another language's lower-case connector or elided article.
describe('extract — names joined by a lower-case particle', () => {
  // [text, the entity's id, its type, ids that must not appear]
  const cases: Array<[string, string, string, string[]]> = [
    // an elided article goes on the name before it
    ["Atelier de l'Ostrande said the hull was ready.", 'organization:atelier-de-lostrande', 'ORGANIZATION', ['organization:atelier', 'person:atelier-de-lostrande']],
    // another language's connector joins a sentence's first word to the capital after it; a name that speaks is a body
    ['Refinadora del Norvallo said the valve had failed.', 'organization:refinadora-del-norvallo', 'ORGANIZATION', ['person:refinadora-del-norvallo', 'organization:norvallo']],
    ["Cafetera del Brisal's chief executive said the deal was off.", 'organization:cafetera-del-brisal', 'ORGANIZATION', ['organization:brisal']],
    // an organization head the tagger reads as a name still heads the name before a connector
    ['The Commission de Contrôle du Marché Norvien (CCMN), the regulator, said it would appeal.', 'organization:commission-de-controle-du-marche-norvien', 'ORGANIZATION', ['organization:european-commission']],
    ['Co-author Lena Brask of the Instituto de Oceanografía de Varena said the data were clear.', 'organization:instituto-de-oceanografia-de-varena', 'ORGANIZATION', ['organization:co']],
    // a name of several words with a connector after a place preposition is a place
    ['A court in Puerto Viejo de Talmara will rule on Monday.', 'place:puerto-viejo-de-talmara', 'PLACE', ['person:puerto-viejo-de-talmara']],
    ['Miners have worked in the Salar de Quilca for decades.', 'place:salar-de-quilca', 'PLACE', []],
    ["Vaccines are made at a plant in Vessy-l'Étang, the company said.", 'place:vessy-letang', 'PLACE', ['person:vessy-letang']],
    // a first name before the connector keeps a person a person
    ['Joost van Dalen said the port would reopen.', 'person:joost-van-dalen', 'PERSON', []],
    // a nationality before words the tagger reads as an organization's is that country's body
    ['The Bolivian Red Cross said it had sent food by road.', 'organization:bolivian-red-cross', 'ORGANIZATION', ['organization:red-cross']],
  ];
  for (const [text, id, type, absent] of cases) {
    it(`finds ${id} in: ${text}`, () => {
      const p = parsed(text);
      expect(p.entities.find((e) => e.id === id)?.type).toBe(type);
      for (const a of absent) expect(p.entities.map((e) => e.id)).not.toContain(a);
    });
  }

  it('leaves a person described by a nationality a person', () => {
    const p = parsed('The Kenyan Anna Kell said she would run again.');
    expect(p.entities.find((e) => e.id === 'person:anna-kell')?.type).toBe('PERSON');
    expect(p.entities.map((e) => e.id)).not.toContain('organization:kenyan-anna-kell');
  });

  it('does not take a sold painting\'s buyer as a place', () => {
    const p = parsed('The painting was sold by Marta do Valle to a collector.');
    expect(p.entities.filter((e) => e.type === 'PLACE').map((e) => e.id)).toEqual([]);
  });
});

describe('extract — people and firms whose names hold a place', () => {
  // [text, ids that must appear, ids that must not]
  const cases: Array<[string, string[], string[]]> = [
    // a city's name as a first name before a surname no list knows
    ["The hospital's director, Milan Dvorák, said operations had been postponed.", ['person:milan-dvorak'], ['place:milan-dvorak']],
    // a five-letter syllable after a hyphen belongs to the name
    ['Presiding judge Park Eun-young said the company had ignored the rules.', ['person:park-eun-young'], ['person:park-eun']],
    // "<firm> of <city>": the firm and where it is based, and the firm speaks
    ["The tanker's manager, Orvane Shipping of Athens, said the crew were safe.", ['organization:orvane-shipping', 'place:athens'], ['organization:orvane-shipping-of-athens']],
    // a bank, a university or a port "of" a place keeps the place in its name
    ['The Bank of Norvalla said rates would hold.', ['organization:bank-of-norvalla'], []],
  ];
  for (const [text, present, absent] of cases) {
    it(`reads: ${text}`, () => {
      const p = parsed(text);
      const found = p.entities.map((e) => e.id);
      for (const id of present) expect(found).toContain(id);
      for (const id of absent) expect(found).not.toContain(id);
    });
  }

  it('gives the statement to the firm, not to the city after "of"', () => {
    const p = parsed("The tanker's manager, Orvane Shipping of Athens, said the crew were safe.");
    expect(p.statements.map((s) => s.speaker)).toEqual(['organization:orvane-shipping']);
  });
});

describe('extract — a name right after a noun for a person (rules/person-nouns.ts)', () => {
  it.each(PERSON_NOUNS.examples.map(([text, name]) => ({ text, name })))('"$text" names the person $name', ({ text, name }) => {
    expect(parsed(text).entities.find((e) => e.name === name)?.type).toBe('PERSON');
    expect(extract(article(text)).mentions.find((m) => m.text === name)?.rules).toContain('mention.person.after-person-noun');
  });

  it('leaves a firm after a noun for a firm a firm', () => {
    expect(parsed('The carmaker Kestrel Motors said it would recall cars.').entities.find((e) => e.name === 'Kestrel Motors')?.type).toBe('ORGANIZATION');
  });
});

describe('a name after a country\'s possessive (mention.person.after-country-possessive)', () => {
  const typed = (body: string) => analyse({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body }).parsed.entities.map((e) => [e.name, e.type]);
  it.each([
    { text: "The runner-up, Ethiopia's Tesfa Wolde, would then be declared the winner.", expected: [['Ethiopia', 'PLACE'], ['Tesfa Wolde', 'PERSON']] },
    { text: "Kenya's Ruvani Tana project was delayed.", expected: [['Kenya', 'PLACE']] },
  ])('$text', ({ text, expected }) => {
    expect(typed(text).sort()).toEqual(expected.sort());
  });
});
