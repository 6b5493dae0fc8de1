import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';
import { SALIENT_BODY_RULE } from './rules/descriptions.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** The speaker's name and type of the statement whose text starts with `text`. */
const speakerOf = (body: string, text: string) => {
  const parsed = analyse(article(body)).parsed;
  const s = parsed.statements.find((x) => x.text.startsWith(text));
  const e = parsed.entities.find((x) => x.id === s?.speaker);
  return e ? [e.name, e.type] : null;
};

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('statement.description.salient-body: each example', () => {
  for (const [body, name] of SALIENT_BODY_RULE.examples) {
    it(name, () => {
      const said = extract(article(body)).statements.at(-1)!;
      expect(said.rules).toContain(SALIENT_BODY_RULE.id);
      expect(speakerOf(body, said.text)).toEqual([name, 'ORGANIZATION']);
    });
  }
});

describe('statement.description.salient-body: what the description never stands for', () => {
  it('a person with a role who spoke is not "the club"', () => {
    const body = 'Brondal IF dismissed its coach on Monday. "It was not easy," the club\'s sporting director, Kasper Lunde, said. The club said it hoped to appoint a successor.';
    expect(speakerOf(body, 'it hoped')).toEqual(['Brondal IF', 'ORGANIZATION']);
  });

  it('a body named with another kind of noun ("The X union said") is not "the shipyard"', () => {
    const body = 'The Varde union said the yard needed more staff. Work on the hull will begin in May, according to the shipyard.';
    expect(speakerOf(body, 'Work on the hull')).toBeNull();
  });

  it('a name that does not open a sentence is not taken', () => {
    const body = 'Fares rose after a dispute with Dorvan Wings. The airline said it would fly the route three times a week.';
    expect(speakerOf(body, 'it would fly')).toBeNull();
  });
});
