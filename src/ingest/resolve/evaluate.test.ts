import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../contract.js';
import { evaluateArticle, prf, sumPrf } from '../evaluate.js';
import { analyse } from './analyse.js';

const seed = JSON.parse(readFileSync(new URL('../../../seed/articles/isw-negotiating-table-2025-07-22.json', import.meta.url), 'utf8')) as ParsedArticle;

describe('evaluateArticle', () => {
  it('scores a perfect analysis 1 everywhere', () => {
    const s = evaluateArticle(seed, seed);
    expect(s.entities).toMatchObject({ tp: 12, fp: 0, fn: 0, f1: 1 });
    expect(s.attribution).toMatchObject({ tp: 8, fp: 0, fn: 0, f1: 1 });
  });

  it('matches entities by folded name or alias when ids differ, and speakers through that matching', () => {
    const actual: ParsedArticle = structuredClone(seed);
    const isw = actual.entities.find((e) => e.id === 'organization:institute-for-the-study-of-war')!;
    isw.id = 'organization:isw';
    isw.name = 'ISW';
    isw.aliases = ['Institute for the Study of War'];
    for (const s of actual.statements) if (s.speaker === 'organization:institute-for-the-study-of-war') s.speaker = 'organization:isw';
    const score = evaluateArticle(seed, actual);
    expect(score.entities.f1).toBe(1);
    expect(score.attribution.f1).toBe(1);
  });

  it('counts a wrong speaker as a miss and an extra, but still as detected', () => {
    const actual: ParsedArticle = structuredClone(seed);
    actual.statements[0]!.speaker = 'person:vladimir-putin';
    actual.entities.push({ id: 'place:west', type: 'PLACE', name: 'West', aliases: [], roles: [] });
    const score = evaluateArticle(seed, actual);
    expect(score.attribution).toMatchObject({ tp: 7, fp: 1, fn: 1 });
    expect(score.detection).toMatchObject({ tp: 8, fp: 0, fn: 0 });
    expect(score.entities).toMatchObject({ tp: 12, fp: 1, fn: 0 });
    expect(score.extraEntities).toEqual(['place:west']);
    expect(score.places).toMatchObject({ tp: 4, fp: 1, fn: 0 });
  });

  it('scores places apart: a place not found is a miss there and among entities, a person not found only among entities', () => {
    const actual: ParsedArticle = structuredClone(seed);
    actual.entities = actual.entities.filter((e) => e.id !== 'place:ukraine' && e.id !== 'person:donald-trump');
    const score = evaluateArticle(seed, actual);
    expect(score.places).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(score.entities).toMatchObject({ tp: 10, fp: 0, fn: 2 });
  });

  it('matches an undated annotation only by kind, among undated events, and only in eventsByKind', () => {
    const actual: ParsedArticle = structuredClone(seed);
    const talks = actual.events.find((e) => e.kind === 'NEGOTIATIONS')!;
    talks.id = 'event:talks';
    talks.name = 'talks';
    expect(evaluateArticle(seed, actual).eventsByKindDate).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(evaluateArticle(seed, actual).eventsByKind).toMatchObject({ tp: 4, fp: 0, fn: 0 });

    talks.date = '2025-07-21';
    expect(evaluateArticle(seed, actual).eventsByKind).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    talks.date = null;
    talks.kind = 'MEETING';
    expect(evaluateArticle(seed, actual).eventsByKind).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it('pairs undated events of one kind one to one', () => {
    const expected: ParsedArticle = structuredClone(seed);
    const talks = expected.events.find((e) => e.kind === 'NEGOTIATIONS')!;
    expected.events.push({ ...structuredClone(talks), id: 'event:more-talks', name: 'more talks' });
    const actual: ParsedArticle = structuredClone(seed);
    expect(evaluateArticle(expected, actual).eventsByKind).toMatchObject({ tp: 4, fp: 0, fn: 1 });
    expect(evaluateArticle(actual, expected).eventsByKind).toMatchObject({ tp: 4, fp: 1, fn: 0 });
  });

  it('sums micro-averaged', () => {
    expect(sumPrf([prf(1, 0, 1), prf(3, 1, 0)])).toMatchObject({ tp: 4, fp: 1, fn: 1, precision: 0.8, recall: 0.8 });
  });

  it('the extract+resolve stages meet the targets on the held-out fixtures', () => {
    const dir = new URL('../extract/fixtures/heldout/', import.meta.url);
    const scores = readdirSync(dir)
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => {
        const expected = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ParsedArticle;
        return evaluateArticle(expected, analyse(expected.article).parsed);
      });
    expect(scores.length).toBeGreaterThanOrEqual(3);
    expect(sumPrf(scores.map((s) => s.entities)).f1).toBeGreaterThanOrEqual(0.85);
    expect(sumPrf(scores.map((s) => s.attribution)).f1).toBeGreaterThanOrEqual(0.8);
  }, 60_000); // analyses whole articles: seconds on a loaded 2-core machine

  it('the extract+resolve stages meet the targets on the seed', () => {
    const score = evaluateArticle(seed, analyse(seed.article).parsed);
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(score.attribution.f1).toBeGreaterThanOrEqual(0.8);
  }, 60_000); // analyses whole articles: seconds on a loaded 2-core machine
});
