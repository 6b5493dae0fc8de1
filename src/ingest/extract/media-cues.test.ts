import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { extract } from './extract.js';
import { MEDIA_CUES, MEDIA_TITLE_RULES } from './rules/media-cues.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const entities = (body: string) => analyse(article(body)).parsed.entities.map((e) => [e.name, e.type, e.kind]);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('news outlets named beside a descriptor (rules/media-cues.ts)', () => {
  it.each(MEDIA_CUES.flatMap((r) => r.examples.map(([text, name]) => ({ id: r.id, text, name }))))('$id: "$text" names the outlet $name', ({ id, text, name }) => {
    expect(entities(text)).toContainEqual([name, 'ORGANIZATION', 'media']);
    expect(extract(article(text)).mentions.find((m) => m.text === name)?.rules).toContain(id);
  });

  it('leaves a known place before a descriptor a place, and a name after a comma alone', () => {
    expect(entities('The Moscow newspaper said the law had passed.')).toEqual([['Moscow', 'PLACE', 'city']]);
    expect(entities('He told the newspaper, Orvena Kalt said, that prices rose.').filter(([, , kind]) => kind === 'media')).toEqual([]);
  });
});

describe('titles told by their place in the sentence (rules/media-cues.ts MEDIA_TITLE_RULES, round 18)', () => {
  it.each(MEDIA_TITLE_RULES.flatMap((r) => r.examples.map(([text, name]) => ({ id: r.id, text, name }))))('$id: "$text" names the outlet $name', ({ id, text, name }) => {
    expect(entities(text)).toContainEqual([name, 'ORGANIZATION', 'media']);
    expect(extract(article(text)).mentions.find((m) => m.text === name)?.rules).toContain(id);
  });

  it('leaves people told something people, and a plural of people no outlet', () => {
    expect(entities('The minister told Anna Berg that the plan was off.')).toEqual([['Anna Berg', 'PERSON', undefined]]);
    expect(entities('The finance minister told MPs that the tax would raise money.').filter(([, type]) => type === 'ORGANIZATION')).toEqual([]);
  });
});
