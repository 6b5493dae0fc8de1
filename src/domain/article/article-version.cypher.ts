/**
 * An article's versions, newest first: the current one (the Article node) and those it replaced
 * (ArticleVersion nodes, HAS_VERSION), at most $limit per article, batched over $ids.
 */
export const ARTICLE_VERSIONS = `
UNWIND $ids AS key
MATCH (a:Article {id: key})
CALL (a) {
  RETURN a {.title, .url, .publishedAt, .body, .contentHash, .ingestedAt, .ingestedBy, id: a.id + '@' + toString(coalesce(a.version, 1)),
            version: coalesce(a.version, 1), supersededAt: null} AS v
  UNION
  MATCH (a)-[:HAS_VERSION]->(old:ArticleVersion)
  RETURN old {.id, .title, .url, .publishedAt, .body, .contentHash, .ingestedAt, .ingestedBy, .version, .supersededAt} AS v
}
WITH key, v ORDER BY v.version DESC
WITH key, collect(v)[..$limit] AS versions
UNWIND versions AS version
RETURN key, version`;

/** The copies of each article's story by other outlets, earliest first, at most $limit, batched over $ids. */
export const ARTICLE_PUBLICATIONS = `
UNWIND $ids AS key
MATCH (p:Publication)-[:REPUBLISHES]->(:Article {id: key})
WITH key, p ORDER BY p.publishedMs, p.id
WITH key, collect(p {.id, .url, .title, .outlet, .publishedAt, .similarity, .ingestedBy})[..$limit] AS publications
UNWIND publications AS publication
RETURN key, publication`;
