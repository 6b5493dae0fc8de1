import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_LIMITS } from '../../config/config.js';
import type { ParsedArticle } from '../contract.js';
import { checkArticle } from './article-limits.js';
import { ArticleRefusedError } from './refused.js';

const article = (over: Partial<ParsedArticle['article']> = {}, rest: Partial<ParsedArticle> = {}): ParsedArticle => ({
  article: { title: 'T', publishedAt: '2025-07-22', authors: [], tags: [], body: 'B.', ...over },
  entities: [],
  statements: [],
  events: [],
  ...rest,
});
const names = (n: number) => Array.from({ length: n }, (_, i) => `Name ${i}`);

describe('checkArticle', () => {
  it('accepts an article at every cap and refuses one over, naming the field, the cap and its setting', () => {
    expect(DEFAULT_ARTICLE_LIMITS).toEqual({ authors: 50, tags: 100, entities: 2000, statements: 5000, events: 500, listPerItem: 100 });
    expect(() => checkArticle(article({ authors: names(50), tags: names(100) }), DEFAULT_ARTICLE_LIMITS)).not.toThrow();
    expect(() => checkArticle(article({ authors: names(51) }), DEFAULT_ARTICLE_LIMITS)).toThrow(
      new ArticleRefusedError('article.authors', 'article.authors has 51 entries; at most 50 are accepted per article (NEWSGRAPH_MAX_AUTHORS_PER_ARTICLE).'),
    );
    expect(() => checkArticle(article({ tags: names(10_000) }), DEFAULT_ARTICLE_LIMITS)).toThrow(
      'article.tags has 10,000 entries; at most 100 are accepted per article (NEWSGRAPH_MAX_TAGS_PER_ARTICLE).',
    );
  });

  it('caps the lists of one entity', () => {
    const entity = { id: 'person:x', type: 'PERSON' as const, name: 'X', aliases: names(101), roles: [] };
    expect(() => checkArticle(article({}, { entities: [entity] }), DEFAULT_ARTICLE_LIMITS)).toThrow(
      'entities[0].aliases (person:x) has 101 entries; at most 100 are accepted per entity (NEWSGRAPH_MAX_LIST_PER_ITEM).',
    );
  });

  it("refuses an entity whose id prefix is not its type's", () => {
    const entity = { id: 'person:x', type: 'ORGANIZATION' as const, name: 'X', aliases: [], roles: [] };
    expect(() => checkArticle(article({}, { entities: [entity] }), DEFAULT_ARTICLE_LIMITS)).toThrow(
      'entities[0] (person:x) has type ORGANIZATION, but its id is a person id: an entity\'s id prefix must match its type.',
    );
  });
});
