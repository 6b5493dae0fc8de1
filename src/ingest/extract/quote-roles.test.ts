import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';

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
