import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedArticleMeta } from '../contract.js';
import { analyse } from './analyse.js';

/** Wire-copy constructions the sample corpus does not cover (see src/ingest/extract/fixtures/dev/). */

function run(body: string, extra: Partial<ParsedArticleMeta> = {}): ParsedArticle {
  return analyse({ title: 'Test', publishedAt: '2025-10-21T10:00:00', authors: [], tags: [], body, ...extra }).parsed;
}
const names = (p: ParsedArticle, type?: string): string[] => p.entities.filter((e) => !type || e.type === type).map((e) => e.name);
const speakerOf = (p: ParsedArticle, text: string): string | null | undefined => {
  const s = p.statements.find((x) => x.text.startsWith(text));
  if (!s) return undefined;
  return s.speaker === null ? null : p.entities.find((e) => e.id === s.speaker)!.name;
};

describe('organization names', () => {
  it('keeps a comma list inside an "of" name, and names a ministry after its country', () => {
    const p = run("South Korea's Ministry of Land, Infrastructure and Transport said on Friday that it would fund the terminal.");
    const m = p.entities.find((e) => e.type === 'ORGANIZATION')!;
    expect(m.name).toBe('Ministry of Land, Infrastructure and Transport of South Korea');
    expect(m.aliases).toContain('Ministry of Land, Infrastructure and Transport');
    expect(speakerOf(p, 'it would fund')).toBe(m.name);
  });

  it('does not run a name on over an ordinary comma', () => {
    const p = run('The Ministry of Defence, Poland and Lithuania signed the deal, officials said.');
    expect(names(p, 'ORGANIZATION')).toEqual(['Ministry of Defence']);
  });

  it('splits "Person of the Organization" into the person (who speaks) and the organization', () => {
    const p = run('Kavita Rao of the Indian National Congress said the decision would destroy the habitat.');
    expect(names(p, 'PERSON')).toEqual(['Kavita Rao']);
    expect(names(p, 'ORGANIZATION')).toEqual(['Indian National Congress']);
    expect(speakerOf(p, 'the decision')).toBe('Kavita Rao');
  });

  it('keeps a hyphenated given name whole', () => {
    const p = run('Kim Min-ho of the Democratic Party said the subsidy favoured large conglomerates.');
    expect(names(p, 'PERSON')).toEqual(['Kim Min-ho']);
    expect(speakerOf(p, 'the subsidy')).toBe('Kim Min-ho');
  });
});

describe('false positives', () => {
  it('a currency names no country; "Mexico City" is one city', () => {
    const p = run('The peso rose against the US dollar in Mexico City.');
    expect(names(p)).toEqual(['Mexico City']);
  });
});
