import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker id, text] of each statement. */
const statements = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.text]);
const rulesOf = (body: string, text: string) => extract(article(body)).statements.find((s) => s.text.startsWith(text))?.rules ?? [];

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('statement.description.named-later: a description whose body is named only after it', () => {
  const lead = "Tarn's grid regulator has fined the power company for the blackout, the regulator said on Monday. The Tarn Energy Regulatory Authority said the fine was the largest it had set.";

  it('is the first body of its kind in the next sentence', () => {
    expect(statements(lead)).toEqual([
      ['organization:tarn-energy-regulatory-authority', "Tarn's grid regulator has fined the power company for the blackout"],
      ['organization:tarn-energy-regulatory-authority', 'the fine was the largest it had set'],
    ]);
    expect(rulesOf(lead, "Tarn's grid")).toContain('statement.description.named-later');
  });

  it('looks no further than the next sentence', () => {
    const far = 'Prices rose again, the regulator said. Shops were shut. Queues formed. The Tarn Energy Regulatory Authority met.';
    expect(statements(far).map(([speaker]) => speaker)).not.toContain('organization:tarn-energy-regulatory-authority');
  });

  it('prefers a body of that kind named before', () => {
    const both = 'The Coastal Safety Authority fined the ferry operator. Crossings resumed, the regulator said. The Harbour Board met.';
    expect(statements(both)).toEqual([['organization:coastal-safety-authority', 'Crossings resumed']]);
  });
});

describe('statement.description.name-head: "the clinic" is the body whose name ends in that noun', () => {
  // (not "hospital": an organization head since round 17, so "the hospital" finds its body as any head does)
  it('resolves a noun that is no listed description', () => {
    const body = 'Velden Marine Clinic will open its new wing in March, four months late, the clinic said on Monday.';
    expect(statements(body)).toEqual([['organization:velden-marine-clinic', 'Velden Marine Clinic will open its new wing in March, four months late']]);
    expect(rulesOf(body, 'Velden')).toContain('statement.description.name-head');
  });
});

describe('statement.subject.led-by: "a team led by X reported" and "the team" after it', () => {
  const body =
    'Plankton blooms are spreading north, a team led by the University of Tarn reported in the journal Nature on Wednesday. The team estimated that the blooms had doubled since 2010. Ana Ruiz, a biologist at the University of Velden, said the work was careful. The team will present its data in May, the university said.';

  it('lets the body that leads the team speak, then "the team" and "the university" refer back to it', () => {
    expect(statements(body)).toEqual([
      ['organization:university-of-tarn', 'Plankton blooms are spreading north'],
      ['organization:university-of-tarn', 'the blooms had doubled since 2010'],
      ['person:ana-ruiz', 'the work was careful'],
      ['organization:university-of-tarn', 'The team will present its data in May'],
    ]);
    expect(rulesOf(body, 'Plankton')).toContain('statement.subject.led-by');
  });

  it('leaves "the university" to the last one named when none has spoken', () => {
    expect(statements('The University of Tarn and the University of Velden signed a pact. Fees will rise, the university said.')).toEqual([['organization:university-of-velden', 'Fees will rise']]);
  });
});

describe('statement.quote.role-apposition: a quote with "the X\'s role, Name, said" after it', () => {
  it('gives the quote to the name after the role, and the quote that follows to the same speaker', () => {
    const body = '"We will not close the line," the railway\'s operations director, Ilse Varga, told reporters in Tarn. "Every train will run."';
    expect(statements(body)).toEqual([
      ['person:ilse-varga', 'We will not close the line'],
      ['person:ilse-varga', 'Every train will run.'],
    ]);
    expect(rulesOf(body, 'We will')).toContain('statement.quote.role-apposition');
  });

  it('reads the clause after ", adding that" as the same speaker\'s', () => {
    expect(statements('"It was a hard call," the club\'s sporting director, Tomas Brek, said in a statement, adding that the team had "lost its way".')).toEqual([
      ['person:tomas-brek', 'It was a hard call'],
      ['person:tomas-brek', 'the team had "lost its way"'],
    ]);
  });
});

describe('statement.description.modified: a description past where the body is based', () => {
  it('reads "the Leeds-based company" as the company named before', () => {
    const body = 'Harlow Motors cut its forecast on Monday. The Leeds-based company said operating profit fell to 212 million pounds.';
    expect(statements(body)).toEqual([['organization:harlow-motors', 'operating profit fell to 212 million pounds']]);
    expect(rulesOf(body, 'operating')).toContain('statement.description.modified');
  });

  it('needs the description to open its clause', () => {
    expect(statements('Harlow Motors cut its forecast. Two rivals that buy parts from the same supplier said they were testing their cars.').map(([speaker]) => speaker)).toEqual([null]);
  });
});

describe('statement.subject.role-then-name: an unknown name after role words closing an inverted quote', () => {
  it('gives the quote, and "She said" after it, to the name', () => {
    const body = '"Every year the dykes fail," said opposition legislator Kelo Marandi. She said the state had ignored warnings.';
    expect(statements(body)).toEqual([
      ['person:kelo-marandi', 'Every year the dykes fail'],
      ['person:kelo-marandi', 'the state had ignored warnings'],
    ]);
    expect(rulesOf(body, 'Every year')).toContain('statement.subject.role-then-name');
  });

  it('takes no name from the clause the verb opens', () => {
    const body = 'The Tarn Transport Ministry, which oversees recalls, said it had ordered Velkor to report within 30 days.';
    expect(statements(body).map(([speaker]) => speaker)).not.toContain('organization:velkor');
  });
});

describe('statement.subject.name-and-kind: "The Tarnbund union said"', () => {
  it('lets the name before the noun speak as an organization', () => {
    const body = 'The Tarnbund union said it would meet management on Monday.';
    expect(statements(body)).toEqual([['organization:tarnbund', 'it would meet management on Monday']]);
    expect(rulesOf(body, 'it would')).toContain('statement.subject.name-and-kind');
  });

  it('reads no name inside an object before the noun', () => {
    expect(statements('Talks with the Tarnbund union said nothing new, and the sides left.').map(([speaker]) => speaker)).not.toContain('organization:tarnbund');
  });
});
