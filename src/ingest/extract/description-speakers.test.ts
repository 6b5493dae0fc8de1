import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';
import { CENTRAL_BANK_RULE } from './rules/descriptions.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker id, text] of each statement. */
const statements = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.text]);
const rulesOf = (body: string, text: string) => extract(article(body)).statements.find((s) => s.text.startsWith(text))?.rules ?? [];

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('statement.description.named-later: a description whose body is named only after it', () => {
  const lead = "Tarn's grid regulator has fined the power company for the blackout, the regulator said on Monday. The Tarn Energy Regulatory Authority said the fine was the largest it had set.";

  it('reads the head before a name\'s "of": "their union" is the association named in the next sentence', () => {
    expect(statements('Nurses began an indefinite strike on Tuesday, their union said. The National Association of Varn Nurses said 85% of its members had joined.')).toEqual([
      ['organization:national-association-of-varn-nurses', 'Nurses began an indefinite strike on Tuesday'],
      ['organization:national-association-of-varn-nurses', '85% of its members had joined'],
    ]);
  });

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
  it.each([
    // a noun that is no listed description
    {
      body: 'Velden Marine Clinic will open its new wing in March, four months late, the clinic said on Monday.',
      said: [['organization:velden-marine-clinic', 'Velden Marine Clinic will open its new wing in March, four months late']],
    },
    // a name no list typed counts once it has spoken: "the syndicate" after "The Syndicate of X said"
    {
      body: 'The Syndicate of Private Clinics said stocks were low. The syndicate said nine of the 40 drugs had run out.',
      said: [
        ['organization:syndicate-of-private-clinics', 'stocks were low'],
        ['organization:syndicate-of-private-clinics', 'nine of the 40 drugs had run out'],
      ],
    },
  ])('resolves $said.0.0 by the noun', ({ body, said }) => {
    expect(statements(body)).toEqual(said);
    expect(rulesOf(body, said[said.length - 1]![1]!)).toContain('statement.description.name-head');
  });

  it('reads the head before a name\'s "of"/"for", past a noun modifier: "the forecasting centre" is the "National Centre for …"', () => {
    const body = 'The National Centre for Varn Weather Forecasting issued a flood warning. Roads were closed. The forecasting centre warned that more rain would come on Tuesday.';
    expect(statements(body)).toEqual([['organization:national-centre-for-varn-weather-forecasting', 'more rain would come on Tuesday']]);
    expect(rulesOf(body, 'more rain')).toContain('statement.speaker.description');
  });

  it('not a name no list typed that has only been written', () => {
    expect(statements('Officials met the Syndicate of Private Clinics on Monday. The syndicate said the drugs had run out.').map(([speaker]) => speaker)).not.toContain('organization:syndicate-of-private-clinics');
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
    const body = '"Every year the dykes fail," said opposition campaigner Kelo Marandi. She said the state had ignored warnings.';
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

  it.each([
    ['at', 'Workers at the Varn shipyard walked out. The Tarnbund union at the yard said the company should hire more staff.', 'the company should hire more staff'],
    ['in', 'The Tarnbund federation in the region said wages had not kept up with prices.', 'wages had not kept up with prices'],
  ])('reads past where the body is: a common noun after "%s the"', (_, body, text) => {
    expect(statements(body)).toEqual([['organization:tarnbund', text]]);
    expect(rulesOf(body, text)).toContain('statement.subject.name-and-kind');
  });

  it('reads no name inside an object before the noun', () => {
    expect(statements('Talks with the Tarnbund union said nothing new, and the sides left.').map(([speaker]) => speaker)).not.toContain('organization:tarnbund');
  });

  it('does not let a body named with its own head word speak for the noun after it ("the X League club": a club in it)', () => {
    expect(statements('The striker has signed a five-year contract, the Varn Premier League club said.').map(([speaker]) => speaker)).not.toContain('organization:varn-premier-league');
  });
});

describe('statement.description.name-modified: "the X League club said" is the club the story is about', () => {
  it('is the body that opens the story, not the one named inside the description', () => {
    const body = 'Brondal Athletic signed the striker Teo Varga on Monday. The 23-year-old has signed a five-year contract, the Varn Premier League club said.';
    expect(statements(body)).toEqual([['organization:brondal-athletic', 'The 23-year-old has signed a five-year contract']]);
    expect(rulesOf(body, 'The 23-year-old')).toContain('statement.description.name-modified');
  });

  it('reads nothing when no other body could be the one described', () => {
    expect(statements('The striker has signed a five-year contract, the Varn Premier League club said.')).toEqual([]);
  });
});

describe('statement.subject.description-then-name: lower-case words saying what the body is, then its name', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['The airport closed on Thursday, the airport operator Kelmo said.', [['organization:kelmo', 'The airport closed on Thursday']]],
    ['Loading has been suspended since Sunday, port operator Kelmarnet said on Tuesday.', [['organization:kelmarnet', 'Loading has been suspended since Sunday']]],
    // the same phrase set off by commas: it is not part of what is reported
    ["The runner would lose his title, the race's organiser, the Varn Athletics Federation, said.", [['organization:varn-athletics-federation', 'The runner would lose his title']]],
  ];
  for (const [body, expected] of cases) {
    it(body, () => {
      expect(statements(body)).toEqual(expected);
      expect(rulesOf(body, expected[0]![1])).toContain('statement.subject.description-then-name');
    });
  }

  it('leaves a person after a role to the role readings', () => {
    expect(rulesOf('The talks had failed, union leader Ana Varga said.', 'The talks')).not.toContain('statement.subject.description-then-name');
  });
});

describe('statement.description.modified: a count before the noun ("the five judges", "the three-judge court")', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['The Varn Constitutional Court annulled the permit on Friday. The five judges found that the ministry had breached the constitution.', [['organization:varn-constitutional-court', 'the ministry had breached the constitution']]],
    ['The Varn Court of Appeal restored the permit on Friday. The three-judge court found that the planning board had been right.', [['organization:varn-court-of-appeal', 'the planning board had been right']]],
  ];
  for (const [body, expected] of cases) it(body, () => expect(statements(body)).toEqual(expected));
});

describe('mention.org-cue.description-before: a description, then the name with its own article between commas', () => {
  it('gives the name the description\'s noun, so "the authority said" is it', () => {
    const body = "Varnia's competition authority, the KNMC, searched the offices of three supermarket chains on Tuesday, the authority said on Thursday.";
    expect(statements(body)).toEqual([['organization:knmc', "Varnia's competition authority, the KNMC, searched the offices of three supermarket chains on Tuesday"]]);
    expect(extract(article(body)).mentions.find((m) => m.text === 'KNMC')?.rules).toContain('mention.org-cue.description-before');
  });
});

describe('statement.description.central-bank: "the central bank" is the bank of issue, not a lender named after it', () => {
  it.each(CENTRAL_BANK_RULE.examples.map(([body, name]) => ({ body, name })))('$name', ({ body, name }) => {
    const parsed = analyse(article(body)).parsed;
    const speakers = parsed.statements.map((s) => parsed.entities.find((e) => e.id === s.speaker)?.name);
    expect(speakers).toEqual([name]);
    expect(rulesOf(body, 'The board')).toContain(CENTRAL_BANK_RULE.id);
  });

  it('keeps "the bank" the lender named last', () => {
    const body = 'The Banco Sentral ng Vardia (BSV) fined a lender, Harbor Crest Bank, on Thursday. The fine was too high, the bank said.';
    expect(statements(body)).toEqual([['organization:harbor-crest-bank', 'The fine was too high']]);
  });

  it('falls back to the banks named when no bank of issue is named', () => {
    const body = 'Harbor Crest Bank cut its rates on Thursday. The board will meet in March, the central bank said.';
    expect(statements(body)).toEqual([['organization:harbor-crest-bank', 'The board will meet in March']]);
  });
});

describe('statement.description.story-body: "the ministry" is the first body of that name that spoke, not another of its kind since', () => {
  it.each([
    {
      body: 'The Ministry of Fisheries said on Monday that the bay would close. The Coastal Planning Office said it would map the reefs. The bay was last closed in 2019, according to the ministry.',
      said: [
        ['organization:ministry-of-fisheries', 'the bay would close'],
        ['organization:coastal-planning-office', 'it would map the reefs'],
        ['organization:ministry-of-fisheries', 'The bay was last closed in 2019'],
      ],
    },
    {
      body: 'The Department of Museums said the coins were Roman. The Harbour Office said it would pay for a display. The coins will be shown in May, the department said.',
      said: [
        ['organization:department-of-museums', 'the coins were Roman'],
        ['organization:harbour-office', 'it would pay for a display'],
        ['organization:department-of-museums', 'The coins will be shown in May'],
      ],
    },
  ])('$said.2.1', ({ body, said }) => {
    expect(statements(body)).toEqual(said);
  });

  it('names the rule', () => {
    const body = 'The Department of Museums said the coins were Roman. The Harbour Office said it would pay for a display. The coins will be shown in May, the department said.';
    expect(rulesOf(body, 'The coins will be shown')).toContain('statement.description.story-body');
  });

  it('needs the noun in the name: a body that fits only by its kind does not take the description from the one that just spoke', () => {
    const body = 'The Coastal Planning Office said it would map the reefs. The Fisheries Directorate said boats would stay in port. The ban will last a month, the ministry said.';
    expect(rulesOf(body, 'The ban will last')).not.toContain('statement.description.story-body');
  });
});

describe('statement.description.headline-company: "the company" is the company the headline names once it has spoken', () => {
  const withTitle = (title: string, body: string) => ({ ...article(body), title });
  const said = (title: string, body: string) => analyse(withTitle(title, body)).parsed.statements.map((s) => [s.speaker, s.text]);
  const rules = (title: string, body: string, text: string) => extract(withTitle(title, body)).statements.find((s) => s.text.startsWith(text))?.rules ?? [];

  it.each([
    {
      title: 'Veltro Foods recalls 20,000 heaters',
      body: 'Veltro Foods said it would recall 20,000 heaters. Shops stopped selling them. Norra Shipping said it had stopped carrying the heaters. The company said the recall would cost 3 million euros.',
      last: 'organization:veltro-foods',
    },
    {
      title: 'Solwind Air opens a route to the coast',
      body: 'Solwind Air said it would fly to the coast twice a week. Palmer Airways, which flies to the capital, said it saw no threat. The regulator approved the route in May, according to the airline.',
      last: 'organization:solwind-air',
    },
  ])('$last', ({ title, body, last }) => {
    const out = said(title, body);
    expect(out[out.length - 1]![0]).toBe(last);
  });

  it('names the rule, and without the headline the company that spoke since keeps it', () => {
    const body = 'Veltro Foods said it would recall 20,000 heaters. Shops stopped selling them. Norra Shipping said it had stopped carrying the heaters. The company said the recall would cost 3 million euros.';
    expect(rules('Veltro Foods recalls 20,000 heaters', body, 'the recall would cost')).toContain('statement.description.headline-company');
    const out = said('Heaters recalled', body);
    expect(out[out.length - 1]![0]).toBe('organization:norra-shipping');
  });
});
