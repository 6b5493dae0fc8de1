import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';
import { SPEAKER_PRONOUN_RULES } from './rules/speaker-pronouns.js';

const article = (body: string, tags: string[] = []) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags, body });
/** [speaker id or anonymous source, text] of each statement. */
const statements = (body: string, tags: string[] = []) =>
  analyse(article(body, tags)).parsed.statements.map((s) => [s.speaker ?? s.anonymousSource ?? null, s.text]);
/** The rule ids of the statement whose text starts with `text`. */
const rulesOf = (body: string, text: string) => extract(article(body)).statements.find((s) => s.text.startsWith(text))?.rules ?? [];

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('statement.subject.apposition: the name before an apposition of any noun phrase speaks', () => {
  it('reads past a possessive apposition', () => {
    expect(statements('Tallow Foods, Ruritania\'s second-largest biscuit maker, said it would cut 300 jobs.')).toEqual([['organization:tallow-foods', 'it would cut 300 jobs']]);
    expect(rulesOf('Tallow Foods, Ruritania\'s second-largest biscuit maker, said it would cut 300 jobs.', 'it would')).toContain('statement.subject.apposition');
  });

  it('takes the name before the apposition, never a name inside it', () => {
    expect(statements('The Office of Roads, a unit of the Transport Ministry, said the bridge was safe.')).toEqual([['organization:office-of-roads', 'the bridge was safe']]);
    expect(statements('Dana Ruiz, a teacher and councillor for Eastfield, said the plan was unfair.')).toEqual([['person:dana-ruiz', 'the plan was unfair']]);
  });

  it('reads an apposition with a relative clause inside it', () => {
    expect(statements('The Tenants Union, the group that collected 3,000 signatures, said rents were too high.')).toEqual([['organization:tenants-union', 'rents were too high']]);
  });

  it('finds no subject when the name before the commas is the object of a preposition', () => {
    expect(statements('After talks with Tallow Foods, a biscuit maker, said nothing.').map(([speaker]) => speaker)).not.toContain('organization:tallow-foods');
  });
});

describe('statement.subject.first-verb: "X welcomed … but warned that …"', () => {
  it('gives the verb after "but" the subject of the first verb', () => {
    expect(statements('The Orchard Growers Association welcomed the deal but warned that prices would fall.')).toEqual([['organization:orchard-growers-association', 'prices would fall']]);
  });

  it('reads the subject past a role and an adverbial', () => {
    expect(statements('Finance Minister Dora Kwame welcomed the decision and said the budget would come in May.')).toEqual([['person:dora-kwame', 'the budget would come in May']]);
    expect(statements('The Department of Roads on Sunday closed the pass and said it would reopen in spring.')).toEqual([['organization:department-of-roads', 'it would reopen in spring']]);
  });
});

describe('statement.subject.located and mention.ministry.of-story-country', () => {
  it('makes "the health ministry" the story country\'s ministry, as a closing attribution before a subordinate clause', () => {
    expect(statements('Peru will send 400 soldiers to clear drains, the health ministry said on Sunday, after cases doubled in four weeks.')).toEqual([
      ['organization:ministry-of-health-of-peru', 'Peru will send 400 soldiers to clear drains'],
    ]);
  });

  it('takes the country of the city a ministry sits in', () => {
    expect(statements('The old drums were listed on Wednesday, the culture ministry in Lima said.')).toEqual([['organization:ministry-of-culture-of-peru', 'The old drums were listed on Wednesday']]);
  });

  it('lets the body before "at" speak, not the one it sits at', () => {
    expect(statements('The Institute of Geology at the Polytechnic University of Lisbon said the quake was shallow.').map(([speaker]) => speaker)).toEqual(['organization:institute-of-geology']);
  });

  it('keeps an unnamed official at a ministry anonymous', () => {
    expect(statements('Peru has banned the sale. A senior official at the transport ministry, who asked not to be named, said the talks had failed.')).toContainEqual(['A senior official at the transport ministry', 'the talks had failed']);
  });
});

describe('speaker types from the pronoun opening what they report (rules/speaker-pronouns.ts)', () => {
  it.each(SPEAKER_PRONOUN_RULES.flatMap((r) => r.examples.map(([body, name, type]) => ({ id: r.id, body, name, type }))))('$id: $name is a $type', ({ id, body, name, type }) => {
    const x = extract(article(body));
    const m = x.mentions.find((mm) => mm.text === name);
    expect(m?.type).toBe(type);
    expect(m?.rules).toContain(id);
  });

  it('keeps a person with a first name a person when "it" stands for nothing', () => {
    expect(extract(article('Dana Ruiz said it was too early to say.')).mentions.find((m) => m.text === 'Dana Ruiz')?.type).toBe('PERSON');
  });
});

describe('"according to the <noun>" resolved by the kind of body named before', () => {
  it('reads "according to the authority" as the authority named before', () => {
    expect(statements('The Roads Authority closed the pass on Monday. It was the third closure this year, according to the authority.')).toContainEqual(['organization:roads-authority', 'It was the third closure this year']);
    expect(rulesOf('The Roads Authority closed the pass on Monday. It was the third closure this year, according to the authority.', 'It was')).toEqual(['statement.according-to', 'statement.speaker.description']);
  });
});

describe('names and gerunds around the speaker', () => {
  it('keeps a capitalised "An" before a consonant in the name and types it by its apposition', () => {
    expect(statements('An Comhar, the national housing trust, warned that rents would rise. The trust said it would appeal.')).toEqual([
      ['organization:an-comhar', 'rents would rise'],
      ['organization:an-comhar', 'it would appeal'],
    ]);
  });

  it('reads ", adding" as reporting only before "that"', () => {
    expect(statements('The Harbour Authority opened the terminal on Monday, adding capacity for 40,000 containers.')).toEqual([]);
    expect(statements('The Harbour Authority said the berth was ready, adding that ships would dock in May.')).toEqual([
      ['organization:harbour-authority', 'the berth was ready'],
      ['organization:harbour-authority', 'ships would dock in May'],
    ]);
  });
});

describe('statement.speaker.pronoun: "he"/"she" after a sentence in which a person spoke', () => {
  it.each([
    [
      'the speaker, not the owner named before the role',
      'Mark Orlen\'s lawyer, Tomas Varga, told reporters that his client would appeal. "The court has punished a man for a crash he did not cause," he said.',
      'person:tomas-varga',
    ],
    [
      'the speaker, not a person named in what he reported',
      'Peter Holm had misled the council, Mayor Jan Brandt said. "We cannot trust these figures any more," he said.',
      'person:jan-brandt',
    ],
  ])('%s', (_, text, speaker) => {
    const found = statements(text);
    expect(found).toHaveLength(2);
    expect(found[1]![0]).toBe(speaker);
  });

  it('falls back to the first person named when nobody spoke in the sentence before', () => {
    expect(statements('Coach Lena Orr met Paul Dane on Monday. "We are ready for the final," she said.')).toEqual([['person:lena-orr', 'We are ready for the final']]);
  });
});

describe('statement.subject.own-governing-body: "Its board said" is the body the possessive refers to', () => {
  const cases: Array<[string, string, string, string]> = [
    ['a committee after the body that opens the sentence before', 'The Varn Cycling Union on Monday banned two riders for doping. Its disciplinary committee found that both had used a banned drug.', 'organization:varn-cycling-union', 'both had used a banned drug'],
    ['a board, past a body named later in the sentence before', 'Kelmar Mining cut its output after a strike at the Orvo Energy plant. Its board said the dividend would be halved.', 'organization:kelmar-mining', 'the dividend would be halved'],
    ['"their" with no opener before: the last organization that spoke', 'Shares fell, Tallow Foods said. Their management said the plant would close.', 'organization:tallow-foods', 'the plant would close'],
  ];
  it.each(cases)('%s', (_, body, speaker, text) => {
    expect(statements(body)).toContainEqual([speaker, text]);
    expect(rulesOf(body, text)).toContain('statement.subject.own-governing-body');
  });

  it('reads nothing when the possessive owns no governing body ("Its riders said")', () => {
    const noBody = 'The Varn Cycling Union banned two riders. Its riders said they were innocent.';
    expect(rulesOf(noBody, 'they were innocent')).not.toContain('statement.subject.own-governing-body');
  });
});

describe('statement.subject.clause-description: "The company plans …, it said" is the company', () => {
  const body = 'The Tarn Aviation Authority (TAA) said it had opened an inquiry. It was the second failure this year for Orvel Launch Systems Ltd, which builds rockets in Varn. The company plans to fly again in May, it said.';
  it('gives the clause to the body its description subject refers to, not to the last body that spoke', () => {
    expect(statements(body)).toContainEqual(['organization:orvel-launch-systems-ltd', 'The company plans to fly again in May']);
    expect(rulesOf(body, 'The company plans')).toContain('statement.subject.clause-description');
  });

  it('leaves "it" to the last speaker when the clause opens with no description of a body', () => {
    const plain = 'The Tarn Aviation Authority said it had opened an inquiry. Heavy rain had fallen for five days, it said.';
    expect(statements(plain)).toContainEqual(['organization:tarn-aviation-authority', 'Heavy rain had fallen for five days']);
  });
});

describe('statement.subject.previous-description: "It" opening a sentence after one whose subject describes a body', () => {
  const body = 'The Velta Transport Authority cleared the merger on Thursday. The authority had opened an inquiry in July after islanders complained that the ferry operators Osk Lines and Brim Ferries would run the only service. It found that fares had risen by a third.';

  it('is the body described, not the last organization named in between', () => {
    expect(statements(body)).toEqual([['organization:velta-transport-authority', 'fares had risen by a third']]);
    expect(rulesOf(body, 'fares had')).toContain('statement.subject.previous-description');
  });

  it('reads only "it" at the very start of its sentence', () => {
    expect(rulesOf(body.replace('It found', 'Inspectors said it found'), 'fares had')).not.toContain('statement.subject.previous-description');
  });
});

describe('a place after a preposition in the subject never speaks (statement.subject.owner-of-office, statement.words.place-prepositions)', () => {
  // [sentence, speaker id or unnamed source, statement, rule the statement carries or null]
  const cases: Array<[string, string, string, string | null]> = [
    ["The Harlow Health Agency's regional office for Europe warned on Friday that measles was spreading.", 'organization:harlow-health-agency', 'measles was spreading', 'statement.subject.owner-of-office'],
    ["The Dorvan Relief Fund's field office in Africa said 40 clinics had closed.", 'organization:dorvan-relief-fund', '40 clinics had closed', 'statement.subject.owner-of-office'],
    // a place owned by another place still modifies an unnamed source
    ["Parents in Kenya's Tolmere district said many children had stayed home.", "Parents in Kenya's Tolmere district", 'many children had stayed home', null],
    ["Officials in Chile's Varna province said the leak had been stopped.", "Officials in Chile's Varna province", 'the leak had been stopped', null],
    // an unnamed official of a place, or of an office typed as its place, stays an unnamed source
    ['A spokesperson for the Governor of Greater London said the talks would resume.', 'A spokesperson for the Governor of Greater London', 'the talks would resume', null],
    ['A spokesperson for Peru said the border was open.', 'A spokesperson for Peru', 'the border was open', null],
  ];
  it.each(cases)('%s', (body, speaker, text, rule) => {
    expect(statements(body)).toEqual([[speaker, text]]);
    if (rule) expect(rulesOf(body, text)).toContain(rule);
  });

  it.each([
    ['no possessive body owns the office', 'The regional office for Europe warned that measles was spreading.'],
    ['the owner is not the subject', "Prices rose at the Harlow Health Agency's office for Europe, officials warned that stocks were low."],
  ])('gives no body its office when %s', (_why, body) => {
    expect(extract(article(body)).statements.flatMap((s) => s.rules)).not.toContain('statement.subject.owner-of-office');
  });
});

describe('round 20: a relative clause after a description, and a past form the tagger reads as a noun', () => {
  const said20 = (body: string) => analyse({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body }).parsed.statements.map((s) => [s.speaker, s.text]);

  it.each([
    {
      // statement.subject.described-antecedent
      body: 'The Cotton Marketing Board met on Monday. Growers earned less last season after heavy rains, according to the board, which said the average price had dropped to 2 dollars.',
      said: [
        ['organization:cotton-marketing-board', 'Growers earned less last season after heavy rains'],
        ['organization:cotton-marketing-board', 'the average price had dropped to 2 dollars'],
      ],
    },
    {
      // statement.words.past-forms-read-as-nouns
      body: 'The Central Statistics Office said production rose 6% to 21 tonnes.',
      said: [['organization:central-statistics-office', 'production rose 6% to 21 tonnes']],
    },
  ])('$said.0.1', ({ body, said }) => {
    expect(said20(body)).toEqual(said);
  });
});
