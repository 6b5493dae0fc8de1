import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../project-path.js';
import type { ParsedArticle } from '../contract.js';
import { decideWrite, type Candidate } from './decide-write.js';
import { planArticleWrite } from './write-article.js';

const seed = JSON.parse(readFileSync(projectPath('seed', 'articles', 'isw-negotiating-table-2025-07-22.json'), 'utf8')) as ParsedArticle;
const at = (url?: string, edit: (a: ParsedArticle['article']) => Partial<ParsedArticle['article']> = () => ({})) =>
  planArticleWrite({ ...seed, article: { ...seed.article, ...(url ? { url } : {}), ...edit(seed.article) } }, '2026-01-01T00:00:00Z');

/** A stored article as FIND_EXISTING_ARTICLE returns it, from a plan of it. */
function stored(plan: ReturnType<typeof at>, by: Candidate['by'], versions: Candidate['versions'] = []): Candidate {
  const a = plan.data.article as Record<string, unknown>;
  return { id: plan.id, by, node: { url: plan.url, title: a.title, contentHash: plan.contentHash, fingerprint: plan.fingerprint, outlet: plan.outlet }, story: null, versions };
}

describe('decideWrite', () => {
  const original = at('https://news.example/a');
  it('creates what the graph does not hold', () => {
    expect(decideWrite(original, [])).toEqual({ kind: 'create' });
  });
  it('at a known URL: same text unchanged, a corrected headline or body a new version, an earlier version\'s text unchanged', () => {
    expect(decideWrite(at('http://www.news.example/a/'), [stored(original, 'url')]).kind).toBe('unchanged');
    expect(decideWrite(at('https://news.example/a', (a) => ({ title: `${a.title} (corrected)` })), [stored(original, 'url')]).kind).toBe('version');
    const corrected = at('https://news.example/a', (a) => ({ body: a.body.replace('50-day', '60-day') }));
    expect(decideWrite(corrected, [stored(original, 'url')]).kind).toBe('version');
    expect(decideWrite(original, [stored(corrected, 'url', [{ title: seed.article.title, contentHash: original.contentHash, fingerprint: original.fingerprint }])]).kind).toBe('unchanged');
  });
  it('the same words elsewhere: the same article, or a copy when both name different outlets', () => {
    const noUrl = at(undefined, (a) => ({ title: 'Another headline', body: a.body.replace(/’/g, "'") }));
    expect(decideWrite(noUrl, [stored(original, 'content')]).kind).toBe('unchanged');
    expect(decideWrite(at('https://wire.example/b'), [stored(original, 'content')])).toEqual({ kind: 'publication', of: original.id, similarity: 1 });
    expect(decideWrite(at('https://news.example/other-path'), [stored(original, 'content')]).kind).toBe('unchanged');
    // One outlet, two URLs, the same words under another headline: two articles.
    expect(decideWrite(at('https://news.example/other-path', () => ({ title: 'Another headline' })), [{ ...stored(original, 'content'), node: { ...stored(original, 'content').node, url: 'https://news.example/a' } }]).kind).toBe('create');
  });
});
