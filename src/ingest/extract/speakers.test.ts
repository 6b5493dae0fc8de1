import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { DESCRIPTION_RULES } from './rules/descriptions.js';

const statements = (body: string) =>
  analyse({ title: 'T', publishedAt: '2025-09-10T10:00:00', authors: [], tags: [], body }).parsed.statements.map((s) => [s.speaker, s.text]);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('a quote attributed after it through a role of any noun', () => {
  it('reads the speaker past a role the word lists do not hold, with the team it belongs to', () => {
    expect(statements('"We played our best game of the season," Arden head coach Paul Matz said.')).toEqual([['person:paul-matz', 'We played our best game of the season']]);
  });

  it('keeps the next whole-sentence quote with the same speaker', () => {
    expect(statements('"We played our best game," kit manager Ola Brun said. "Nobody expected it."')).toEqual([
      ['person:ola-brun', 'We played our best game'],
      ['person:ola-brun', 'Nobody expected it.'],
    ]);
  });

  it('does not read a clause with a verb as a role', () => {
    expect(statements('"It was close," fans who waited outside Paul Matz said.').map(([speaker]) => speaker)).not.toContain('person:paul-matz');
  });
});

describe('descriptions resolved by the kind of body (rules/descriptions.ts)', () => {
  const speakerName = (body: string, text: string): string | undefined => {
    const parsed = analyse({ title: 'T', publishedAt: '2025-09-10T10:00:00', authors: [], tags: [], body }).parsed;
    const s = parsed.statements.find((x) => x.text.startsWith(text));
    return parsed.entities.find((e) => e.id === s?.speaker)?.name;
  };

  it.each(DESCRIPTION_RULES.flatMap((r) => r.examples.map(([body, name]) => ({ id: r.id, body, name }))))('$id: $name', ({ body, name }) => {
    const said = body.slice(body.lastIndexOf(' said ') + 6, body.lastIndexOf(' said ') + 16);
    expect(speakerName(body, said)).toBe(name);
  });

  it('"the company" is the last body named that a company may be, before a university named after it', () => {
    expect(speakerName('Kelby Water and Power (KWP) cut the supply on Monday. Ana Varga, a hydrologist at Kelby State University, said pipes leaked. The company said rationing would be reviewed every two weeks.', 'rationing')).toBe('Kelby Water and Power');
  });

  it('"the company" is a company named by its trade, not an agency named after it', () => {
    expect(speakerName('Brenna Mining said output fell. The Fisheries Agency issued a warning. The company said costs had risen.', 'costs')).toBe('Brenna Mining');
  });
});

describe('a quote running over paragraphs', () => {
  it('keeps a quote left open at a paragraph end, the next paragraph opening with a quotation mark, with its speaker', () => {
    expect(statements('"The files existed, but nobody read them," the agency\'s director, Mara Lind, told reporters in Oslo. "We found no single error. We found many small ones.\n\n"Each was small, and the operator has to fix them," she said.')).toEqual([
      ['person:mara-lind', 'The files existed, but nobody read them'],
      // one statement per sentence of the quote (statement.quote.continued)
      ['person:mara-lind', 'We found no single error.'],
      ['person:mara-lind', 'We found many small ones.'],
      ['person:mara-lind', 'Each was small, and the operator has to fix them'],
    ]);
  });
});
