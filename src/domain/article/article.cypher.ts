/**
 * Cypher for the filtered article list. The filter is one parameter map `$f` (ArticleFilterParams);
 * the query text is assembled from the constant conditions below for the keys the client gave, so
 * a condition not asked for costs nothing, and the anchor and order come from closed maps.
 */
import type { NodeProjection as Projection } from '../plan/compile.js';
import { returnNodeList } from '../plan/node-list.js';
import type { ArticleFilterParams } from './article.filter.js';
import { ArticleOrder } from './article.filter.js';

/** Where the list starts: the author's or the topic's articles, else every article by its publishedMs range index. */
type Anchor = 'author' | 'tag' | 'all';

const ANCHOR_MATCH: Record<Anchor, string> = {
  author: 'MATCH (:Person {id: $f.author})<-[:WRITTEN_BY]-(n:Article)',
  tag: 'MATCH (:Topic {id: $f.tag})<-[:TAGGED]-(n:Article)',
  all: 'MATCH (n:Article)',
};

/**
 * Per filter key, its condition on `n`. The publishedMs range is always there (unbounded when no
 * dates are given): it is what lets Neo4j walk the range index in order and stop after the page.
 */
const CONDITIONS: [keyof ArticleFilterParams, string][] = [
  ['from', 'n.publishedDate >= $f.from'],
  ['to', 'n.publishedDate <= $f.toUpper'],
  ['tag', 'EXISTS { (n)-[:TAGGED]->(:Topic {id: $f.tag}) }'],
  ['author', 'EXISTS { (n)-[:WRITTEN_BY]->(:Person {id: $f.author}) }'],
  ['outlet', '(n.outlet = $f.outlet OR EXISTS { (:Publication {outlet: $f.outlet})-[:REPUBLISHES]->(n) })'],
  ['text', '(toLower(n.title) CONTAINS $f.text OR toLower(n.body) CONTAINS $f.text)'],
];

export const ARTICLE_ORDER: Record<ArticleOrder, string> = {
  [ArticleOrder.NEWEST_FIRST]: 'n.publishedMs DESC, n.id',
  [ArticleOrder.OLDEST_FIRST]: 'n.publishedMs, n.id',
};

function matching(f: ArticleFilterParams): string {
  const anchor: Anchor = f.author ? 'author' : f.tag ? 'tag' : 'all';
  const where = ['n.publishedMs >= $f.fromMs AND n.publishedMs <= $f.toMs', ...CONDITIONS.filter(([key]) => f[key] !== null).map(([, c]) => c)];
  return `${ANCHOR_MATCH[anchor]}\nWHERE ${where.join('\n  AND ')}`;
}

/** A page of articles matching `$f` in `order`: `$skip`, `$limit`, the planner's `projection` of `n` collected as `nodes`. */
export function articlesPageQuery(f: ArticleFilterParams, order: ArticleOrder, node: Projection): string {
  return `
${matching(f)}
WITH n ORDER BY ${ARTICLE_ORDER[order]} SKIP $skip LIMIT $limit
${returnNodeList(node)}`;
}

export function articlesCountQuery(f: ArticleFilterParams): string {
  return `
${matching(f)}
RETURN count(n) AS count`;
}
