import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../project-path.js';
import { statementId } from '../../core/ids.js';
import type { ParsedArticle } from '../contract.js';
import { planArticleWrite } from './write-article.js';

const seed = JSON.parse(readFileSync(projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.json'), 'utf8')) as ParsedArticle;

describe('planArticleWrite', () => {
  it('makes the author a person the article is written by, not one it mentions', () => {
    const plan = planArticleWrite(seed, '2026-01-01T00:00:00Z');
    expect([...plan.authors]).toEqual(['person:olha-hlushchenko']);
    expect(plan.entities).toHaveLength(12);
  });

  it('adds an author the extraction did not list as a new person', () => {
    const plan = planArticleWrite({ ...seed, article: { ...seed.article, authors: ['Olha Hlushchenko', 'Anna Field'] } }, 'now');
    expect([...plan.authors]).toEqual(['person:olha-hlushchenko', 'person:anna-field']);
    expect(plan.entities.map((p) => p.id)).toContain('person:anna-field');
  });

  it('turns tags and the other topics statements are about into topics, folded for lookup', () => {
    const plan = planArticleWrite(seed, 'now');
    expect(plan.data.topics).toEqual([
      { id: 'topic:isw', name: 'ISW', foldedName: 'isw' },
      { id: 'topic:russo-ukrainian-war', name: 'Russo-Ukrainian war', foldedName: 'russo-ukrainian war' },
      { id: 'topic:negotiations', name: 'negotiations', foldedName: 'negotiations' },
      // Not a tag: two statements speak of "military assistance" (rules/statement-topics.ts).
      { id: 'topic:military-aid', name: 'military aid', foldedName: 'military aid' },
    ]);
  });

  it('keeps the statements in reading order with their evidence', () => {
    const statements = planArticleWrite(seed, 'now').data.statements as { order: number; evidence: { start: number } }[];
    expect(statements.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(statements[0]!.evidence.start).toBe(0);
  });

  it('keeps a statement with no speaker within its article, and one with a speaker shared by every report', () => {
    const said = seed.statements[0]!;
    const text = 'Negotiations will resume in the autumn';
    const unattributed = { ...said, id: statementId(null, text), speaker: null, text };
    const article = (url: string): ParsedArticle => ({ ...seed, article: { ...seed.article, url }, statements: [said, unattributed] });
    const first = planArticleWrite(article('https://example.org/one'), 'now');
    const second = planArticleWrite(article('https://example.org/two'), 'now');
    expect(first.reports.map((r) => r.id)).toEqual([said.id, `${unattributed.id}@${first.id}`]);
    expect(second.reports.map((r) => r.id)).toEqual([said.id, `${unattributed.id}@${second.id}`]);
    expect((first.data.statements as { id: string }[]).map((s) => s.id)).toEqual(first.reports.map((r) => r.id));
    expect(first.id).not.toBe(second.id);
  });
});
