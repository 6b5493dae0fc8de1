import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker's name and type, text, rules] of each statement. */
const statements = (body: string) => {
  const parsed = analyse(article(body)).parsed;
  const rules = extract(article(body)).statements.map((s) => s.rules ?? []);
  return parsed.statements.map((s, n) => {
    const e = parsed.entities.find((x) => x.id === s.speaker);
    return [e ? `${e.name} (${e.type})` : null, s.text, rules[n]!.includes('statement.according-to.role-then-name')];
  });
};

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('statement.according-to.role-then-name', () => {
  it('reads the name after a role with an owner and a comma', () => {
    expect(statements("The fire killed 300 springbok, according to the park's chief warden, Jonas Kaleb.")).toEqual([['Jonas Kaleb (PERSON)', 'The fire killed 300 springbok', true]]);
  });

  it('reads an organization after a role of several words', () => {
    expect(statements('Power cuts began in 40 districts, according to the wholesale market operator, Cammora.')).toEqual([['Cammora (ORGANIZATION)', 'Power cuts began in 40 districts', true]]);
  });

  it('reads a name right after the role, with no comma', () => {
    expect(statements('The coach will join a club in Seville, according to the newspaper El Diario.')).toEqual([['El Diario (ORGANIZATION)', 'The coach will join a club in Seville', true]]);
  });

  it('takes no name from a clause with a verb before it', () => {
    expect(statements('Prices rose, according to figures that Tomas Brell published.').map(([speaker]) => speaker)).not.toContain('Tomas Brell (PERSON)');
  });
});
