/**
 * The Cypher of the RELATED_TO aggregate (issue 8): for each ordered pair of an entity, topic or
 * event `x` and another entity `y`, one relationship (x)-[:RELATED_TO]->(y) holding how many
 * distinct articles connect them (`reports`) over the four kinds of link relatedEntities defines,
 * and how many articles connect them by each kind. relatedEntities then ranks a hub's related
 * entities by reading its RELATED_TO relationships instead of walking its tens of thousands of
 * articles and statements per request.
 *
 * Maintained per article, inside the transaction of every write that changes an article's links
 * (related.ts): the affected articles' pairs are counted out before the write and counted in after
 * it. Curation (merges, unmerges, splits) rebuilds the pairs of the entities it touches from
 * scratch (RECOMPUTE_RELATED). Migration 011 builds it for a graph written before.
 *
 * Each RELATED_TO also holds `src`, the id of its start node x, so that one composite range index
 * (RELATED_RANK_INDEX, migration 012) lists x's relationships in ranking order: relatedEntities
 * then reads only a page of a hub's thousands of pairs instead of sorting them all per request.
 */
import { keepingPlan } from '../../db/plan-reuse.js';

/**
 * The relationship index over (src, reports, kinds), as a hint names it: an equality on `src` and
 * ORDER BY src, reports, kinds (all DESC) walks it in the ranking's order (see related.cypher.ts).
 */
export const RELATED_RANK_INDEX = 'RELATED_TO(src, reports, kinds)';

/** The four kinds of link (relatedEntities' RelationKind values) and the count property of each on RELATED_TO. */
export const RELATED_KIND_PROPERTY = {
  CO_MENTIONED: 'mentioned',
  SPOKE_ABOUT: 'spokeAbout',
  SPOKEN_ABOUT_BY: 'spokenAboutBy',
  SAME_STATEMENT: 'sameStatement',
} as const;
export type RelatedKindName = keyof typeof RELATED_KIND_PROPERTY;
const KINDS = Object.keys(RELATED_KIND_PROPERTY) as RelatedKindName[];

/** `kinds`: how many kinds have a count above 0 (the ranking's second key), from the per-kind counts of `r`. */
export const kindsOf = (r: string): string => KINDS.map((k) => `CASE WHEN ${r}.${RELATED_KIND_PROPERTY[k]} > 0 THEN 1 ELSE 0 END`).join(' + ');

/**
 * Every (x, y, link) one article `a` carries, the same four links as relatedEntities' live walk
 * (related.cypher.ts, LINKS) seen from the article. A topic is linked through the articles tagged
 * with it; entities and events are never tagged, so MENTIONS|TAGGED is MENTIONS for them. `x` is
 * whatever relatedEntities answers for (an entity, topic or event), `y` an entity, never `x`.
 */
const ARTICLE_LINKS = `CALL (a) {
    MATCH (x)<-[:MENTIONS|TAGGED]-(a)-[:MENTIONS]->(y:Entity) RETURN x, y, 'CO_MENTIONED' AS link
    UNION ALL MATCH (x:Entity)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(a), (s)-[:ABOUT]->(y:Entity) RETURN x, y, 'SPOKE_ABOUT' AS link
    UNION ALL MATCH (y:Entity)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(a), (s)-[:ABOUT]->(x) RETURN x, y, 'SPOKEN_ABOUT_BY' AS link
    UNION ALL MATCH (x)<-[:ABOUT]-(s:Statement)-[:REPORTED_IN]->(a), (s)-[:ABOUT]->(y:Entity) RETURN x, y, 'SAME_STATEMENT' AS link
  }
  WITH a, x, y, link WHERE x <> y AND (x:Entity OR x:Topic OR x:Event)`;

/**
 * Rows (x, y, a, link) → one row per pair: `reports`, the distinct articles connecting it, and per
 * kind the distinct articles connecting it by that kind. Grouped by (pair, article) first: a list
 * of kinds per article weighs less than five DISTINCT sets of articles per pair over a hub's rows.
 */
const COUNT_PAIRS = `WITH x, y, a, collect(DISTINCT link) AS links
  WITH x, y, count(a) AS reports,
    ${KINDS.map((k) => `sum(CASE WHEN '${k}' IN links THEN 1 ELSE 0 END) AS ${RELATED_KIND_PROPERTY[k]}`).join(',\n    ')}`;

/**
 * Counts the pairs of the articles in list `articles` in (`sign` 1) or out (-1): per pair, `reports`
 * by the number of articles that connect it by any kind, each kind's count by the number that
 * connect it by that kind. A pair counted down to no report loses its relationship. Grouped by pair
 * first, so each relationship is written once however many of the articles share it.
 */
const recount = (articles: string, sign: string) => `CALL (${articles}) {
  UNWIND ${articles} AS id
  MATCH (a:Article {id: id})
  ${ARTICLE_LINKS}
  ${COUNT_PAIRS}
  MERGE (x)-[r:RELATED_TO]->(y)
    ON CREATE SET r.src = x.id, r.reports = 0, ${KINDS.map((k) => `r.${RELATED_KIND_PROPERTY[k]} = 0`).join(', ')}
  SET r.reports = r.reports + ${sign} * reports,
      ${KINDS.map((k) => `r.${RELATED_KIND_PROPERTY[k]} = r.${RELATED_KIND_PROPERTY[k]} + ${sign} * ${RELATED_KIND_PROPERTY[k]}`).join(',\n      ')}
  SET r.kinds = ${kindsOf('r')}
  WITH r WHERE r.reports <= 0
  DELETE r
}`;

/**
 * Before a write: the articles whose pairs it may change, counted out, and returned to be counted in
 * again after it. Those are the articles named (written, rewritten or retracted) and every other
 * article reporting one of the statements named or one the named articles report — a statement's
 * ABOUT links are the union of what its reports say (contributions-cypher.ts), so a report added or
 * taken away can change the pairs of every article reporting that statement.
 */
export const COUNT_OUT_AFFECTED = keepingPlan(`
CALL () {
  UNWIND $related.articles AS id
  MATCH (a:Article {id: id})
  RETURN a.id AS id
  UNION
  UNWIND $related.articles AS id
  MATCH (:Article {id: id})<-[:REPORTED_IN]-(:Statement)-[:REPORTED_IN]->(b:Article)
  RETURN b.id AS id
  UNION
  UNWIND $related.statements AS sid
  MATCH (:Statement {id: sid})-[:REPORTED_IN]->(b:Article)
  RETURN b.id AS id
}
WITH collect(id) AS articles
${recount('articles', '-1')}
RETURN articles`);

/**
 * After a write: the pairs of `$related.articles` (those still there) counted in. A list inside a
 * map: Neo4j keys cached plans on a top-level list parameter's size bucket too.
 */
export const COUNT_IN = keepingPlan(`WITH $related.articles AS articles
${recount('articles', '1')}
RETURN size(articles) AS articles`);

/**
 * Every (x, y, a, link) in which node `n` is x or y: relatedEntities' walk from n, and the same
 * walk mirrored for the pairs whose y is n. Rows with both ends among the nodes recomputed come
 * once from each; the caller keeps them DISTINCT.
 */
const NODE_LINKS = `CALL (n) {
    MATCH (n)<-[:MENTIONS|TAGGED]-(a:Article)-[:MENTIONS]->(y:Entity) RETURN n AS x, y, a, 'CO_MENTIONED' AS link
    UNION ALL MATCH (n:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN n AS x, y, a, 'SPOKE_ABOUT' AS link
    UNION ALL MATCH (y:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(n), (s)-[:REPORTED_IN]->(a:Article) RETURN n AS x, y, a, 'SPOKEN_ABOUT_BY' AS link
    UNION ALL MATCH (n)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN n AS x, y, a, 'SAME_STATEMENT' AS link
    UNION ALL MATCH (n:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS|TAGGED]->(x) RETURN x, n AS y, a, 'CO_MENTIONED' AS link
    UNION ALL MATCH (x:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(n:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN x, n AS y, a, 'SPOKE_ABOUT' AS link
    UNION ALL MATCH (n:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(x), (s)-[:REPORTED_IN]->(a:Article) RETURN x, n AS y, a, 'SPOKEN_ABOUT_BY' AS link
    UNION ALL MATCH (x)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(n:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN x, n AS y, a, 'SAME_STATEMENT' AS link
  }`;

/** The RELATED_TO properties of the pairs in rows (x, y, a, link), counted from scratch. */
const CREATE_COUNTED = `${COUNT_PAIRS}
  CREATE (x)-[r:RELATED_TO {src: x.id, reports: reports, ${KINDS.map((k) => `${RELATED_KIND_PROPERTY[k]}: ${RELATED_KIND_PROPERTY[k]}`).join(', ')}}]->(y)
  SET r.kinds = ${kindsOf('r')}`;

/**
 * Curation (merges, unmerges, splits: rare, one editor's request) rebuilds every pair of the nodes
 * `$ids` from scratch: all their RELATED_TO relationships, both directions, are deleted and counted
 * again from their articles and statements — the same counts the per-article upkeep keeps.
 */
export const RECOMPUTE_RELATED = `
UNWIND $ids AS id
CALL (id) { MATCH (n:Entity {id: id}) RETURN n UNION MATCH (n:Topic {id: id}) RETURN n UNION MATCH (n:Event {id: id}) RETURN n }
WITH collect(n) AS nodes
CALL (nodes) { UNWIND nodes AS n MATCH (n)-[r:RELATED_TO]-() WITH DISTINCT r DELETE r }
CALL (nodes) {
  UNWIND nodes AS n
  ${NODE_LINKS}
  WITH x, y, a, link WHERE x <> y AND (x:Entity OR x:Topic OR x:Event)
  ${CREATE_COUNTED}
}
RETURN size(nodes) AS nodes`;
