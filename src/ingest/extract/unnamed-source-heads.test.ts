import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker id, anonymous source, text] of each statement. */
const statements = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.anonymousSource ?? null, s.text]);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('unnamed sources the annotations keep as written', () => {
  // [sentence, the source as written, what it says]
  const cases: Array<[string, string, string]> = [
    // officials of a named body: a plural head needs no "a"/"two" before it, whether the attribution opens or closes the sentence
    ['Ferries will keep running during the strike, officials at the Varn Harbour Authority said.', 'officials at the Varn Harbour Authority', 'Ferries will keep running during the strike'],
    ['Officials at the Ministry of Fisheries said the quota would be cut.', 'Officials at the Ministry of Fisheries', 'the quota would be cut'],
    // a place preposition other than "at"/"in" after the head ("outside", "near", "along")
    ['A kiosk owner outside the stadium said sales had halved.', 'A kiosk owner outside the stadium', 'sales had halved'],
    ['A ferry hand near the pier, who asked not to be named, said the boat had left late.', 'A ferry hand near the pier, who asked not to be named', 'the boat had left late'],
    // a place name modifying the head
    ['A former Tarnia goalkeeper said the pitch had been too hard.', 'A former Tarnia goalkeeper', 'the pitch had been too hard'],
    // a plural the tagger reads as a verb, right before the reporting verb or the comma of an aside
    ['Local guides said the caves had flooded twice.', 'Local guides', 'the caves had flooded twice'],
    ['Experienced guides, who asked not to be named, said the path was closed.', 'Experienced guides, who asked not to be named', 'the path was closed'],
  ];
  for (const [sentence, source, text] of cases) {
    it(sentence, () => {
      expect(statements(sentence)).toEqual([[null, source, text]]);
    });
  }

  it('analysts at a named body are that body speaking, not an unnamed source', () => {
    expect(statements('Analysts at Harrow Securities said the offer was too low.')).toEqual([['organization:harrow-securities', null, 'the offer was too low']]);
  });

  it('a possessive place before the head is the body, not a modifier of an unnamed source', () => {
    expect(statements("Tarnia's prosecutor's office said it had charged three people.").map(([, anon]) => anon)).not.toContain("Tarnia's prosecutor's");
  });
});
