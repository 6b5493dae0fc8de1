import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_LIMITS } from '../config/config.js';
import { projectPath } from '../project-path.js';
import type { ParsedArticle } from './contract.js';
import { prepareArticle } from './prepare.js';

const seed = JSON.parse(readFileSync(projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.json'), 'utf8')) as ParsedArticle;
const PROVENANCE = { ingestedBy: 'key:someone', ingestedAt: '2025-07-23T08:00:00.000Z' };
const merges = new Map();

function fails(result: ReturnType<typeof prepareArticle>): [string, string] {
  if (result.ok) throw new Error('expected a failure');
  return [result.stage, result.error instanceof Error ? result.error.message : String(result.error)];
}

describe('prepareArticle', () => {
  it('plans a ParsedArticle document, recording the caller as its writer', () => {
    const result = prepareArticle('seed.json', { preParsed: seed }, { merges, ingestedBy: 'cli:ana' });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.entities).toBeNull();
    expect(result.write.data.article).toMatchObject({ ingestedBy: 'cli:ana', restoredBy: null, restoredAt: null });
  });

  it('refuses an article carrying provenance unless the caller restores an export', () => {
    expect(fails(prepareArticle('line.json', { preParsed: { ...seed, provenance: PROVENANCE } }, { merges, ingestedBy: 'key:me' }))).toEqual([
      'input',
      'line.json: "provenance" (ingestedBy key:someone) is recorded only when an operator restores an export with `newsgraph ingest <file>.jsonl`; any other way in records whoever sends the article — remove the field',
    ]);
    const restored = prepareArticle('export.jsonl:1', { preParsed: { ...seed, provenance: PROVENANCE } }, { merges, ingestedBy: 'cli:ana', trustProvenance: true });
    if (!restored.ok) throw new Error('expected a plan');
    expect(restored.parsed).not.toHaveProperty('provenance');
    expect(restored.write.data.article).toMatchObject({ ingestedBy: 'key:someone', ingestedAt: '2025-07-23T08:00:00.000Z', restoredBy: 'cli:ana', restoredAt: expect.any(String) });
  });

  it('names the stage of each failure: the input\'s, or the analysis\' (our bug)', () => {
    expect(fails(prepareArticle('bad.json', { preParsed: { ...seed, statements: 'none' } }, { merges }))[0]).toBe('input');
    expect(fails(prepareArticle('raw.txt', { resolve: () => { throw new Error('resolver bug'); } }, { merges }))).toEqual(['analyse', 'resolver bug']);
    // Raw text whose extraction broke the contract is our bug, not the input's.
    const broken = { ...seed, statements: [{ ...seed.statements[0]!, evidence: { ...seed.statements[0]!.evidence, start: 1 } }] };
    expect(fails(prepareArticle('raw.txt', { resolve: () => ({ parsed: broken, entities: [] }) }, { merges }))[0]).toBe('analyse');
    // Over a cap: the input's fault, and the message names the cap.
    const [stage, message] = fails(prepareArticle('long.json', { preParsed: seed }, { merges, limits: { ...DEFAULT_ARTICLE_LIMITS, entities: 2 } }));
    expect(stage).toBe('input');
    expect(message).toMatch(/entities/);
  });
});
