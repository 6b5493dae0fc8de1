/**
 * The Cypher of the RELATED_TO aggregate (issue 8): for each ordered pair of an entity, topic or
 * event `x` and another entity `y`, one relationship (x)-[:RELATED_TO]->(y) holding how many
 * distinct articles connect them (`reports`) over the four kinds of link relatedEntities defines,
 * and how many articles connect them by each kind. relatedEntities then ranks a hub's related
 * entities by reading its RELATED_TO relationships instead of walking its tens of thousands of
 * articles and statements per request.
 *
 * Maintained inside the transaction of every write that changes an article's links (related.ts):
 * the affected articles' pairs are read before the write and counted again after it, and only the
 * difference is written (READ_AFFECTED, APPLY_NET_CHANGE) — once per transaction for the new
 * articles of a bulk ingest's batch. Curation (merges, unmerges, splits) rebuilds the pairs of the entities it touches from
 * scratch (RECOMPUTE_RELATED). Migration 011 builds it for a graph written before.
 *
 * Each RELATED_TO also holds `src`, the id of its start node x, so that one composite range index
 * (RELATED_RANK_INDEX, migration 012) lists x's relationships in ranking order: relatedEntities
 * then reads only a page of a hub's thousands of pairs instead of sorting them all per request.
 * And `pair`, its key (pairKey: x's id, '>', y's id), unique by a constraint (migration 013): a
 * write finds a pair by one seek of that constraint's index, where a MERGE between two nodes walked
 * the RELATED_TO of the one with fewer (Expand(Into)), a cost that grew with the hubs' degree.
 */
import { keepingPlan } from '../../db/plan-reuse.js';

/**
 * The relationship index over (src, reports, kinds), as a hint names it: an equality on `src` and
 * ORDER BY src, reports, kinds (all DESC) walks it in the ranking's order (see related.cypher.ts).
 */
export const RELATED_RANK_INDEX = 'RELATED_TO(src, reports, kinds)';

/**
 * The key of the pair (x, y), as Cypher over the node variables `x` and `y`: ids hold no '>'
 * (core/ids.ts: a kind, ':' and a slug), so two ordered pairs never share a key. Migration 013
 * sets the same on a graph written before.
 */
export const pairKey = (x: string, y: string): string => `${x}.id + '>' + ${y}.id`;

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

/** The pair counts COUNT_PAIRS makes, by name: the columns of a pair row and the keys of a pair map. */
const COUNTS = ['reports', ...KINDS.map((k) => RELATED_KIND_PROPERTY[k])];

/** Rows (x, y, a, link) of the articles in list `articles`, counted per pair (COUNT_PAIRS). */
const pairsOf = (articles: string) => `UNWIND ${articles} AS id
  MATCH (a:Article {id: id}) USING INDEX a:Article(id)
  ${ARTICLE_LINKS}
  ${COUNT_PAIRS}`;

/**
 * Every (x, y, link) one article `a` carries in which x or y is in the list `focus`: ARTICLE_LINKS
 * with the focus tested as early as each pattern allows, so that a statement about hundreds of
 * targets costs a row per target, not one per pair of them (and an article's mentions a row per
 * mention). Rows with both ends in the focus come from two branches; COUNT_PAIRS collects each
 * link once per (pair, article), and x = y is left out after, as in ARTICLE_LINKS.
 */
const FOCUSED_LINKS = `CALL (a, focus) {
    MATCH (a)-[:MENTIONS|TAGGED]->(x) WHERE x.id IN focus MATCH (a)-[:MENTIONS]->(y:Entity) RETURN x, y, 'CO_MENTIONED' AS link
    UNION ALL MATCH (a)-[:MENTIONS]->(y:Entity) WHERE y.id IN focus MATCH (a)-[:MENTIONS|TAGGED]->(x) RETURN x, y, 'CO_MENTIONED' AS link
    UNION ALL MATCH (x:Entity)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(a) MATCH (s)-[:ABOUT]->(y:Entity) WHERE x.id IN focus OR y.id IN focus RETURN x, y, 'SPOKE_ABOUT' AS link
    UNION ALL MATCH (y:Entity)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(a) MATCH (s)-[:ABOUT]->(x) WHERE x.id IN focus OR y.id IN focus RETURN x, y, 'SPOKEN_ABOUT_BY' AS link
    UNION ALL MATCH (s:Statement)-[:REPORTED_IN]->(a) MATCH (s)-[:ABOUT]->(x) WHERE x.id IN focus MATCH (s)-[:ABOUT]->(y:Entity) RETURN x, y, 'SAME_STATEMENT' AS link
    UNION ALL MATCH (s:Statement)-[:REPORTED_IN]->(a) MATCH (s)-[:ABOUT]->(y:Entity) WHERE y.id IN focus MATCH (s)-[:ABOUT]->(x) RETURN x, y, 'SAME_STATEMENT' AS link
  }
  WITH a, x, y, link WHERE x <> y AND (x:Entity OR x:Topic OR x:Event)`;

/** Rows (x, y, a, link) of the list `focused` ({id, focus}: an article and the ids its pairs are counted for), counted per pair. */
const focusedPairsOf = (focused: string) => `UNWIND ${focused} AS f
  MATCH (a:Article {id: f.id}) USING INDEX a:Article(id)
  WITH a, f.focus AS focus
  ${FOCUSED_LINKS}
  ${COUNT_PAIRS}`;

/**
 * The articles whose pairs a write may change, and those pairs' counts now, read before the write
 * (nothing is written). Those are the articles named (written, rewritten or retracted) and every
 * other article reporting a statement the named articles report now — all their pairs
 * (`articles`) — and every article reporting a statement in `$related.statements` whose ABOUT or
 * STATED links the write may change — only the pairs of the ids it may link anew (`focused`:
 * {id, focus}). A statement's ABOUT links are the union of what its reports say
 * (contributions-cypher.ts), so another report can change the pairs of every article reporting
 * it, but only pairs with a target it adds (or a speaker not linked yet) at one end: an article
 * reporting a statement about hundreds of targets then counts a few rows per target again, not
 * its every pair. A new report naming no new target and no new speaker changes no other article's
 * pairs. `about` null (a new version: its old reports go and ABOUT is settled again) counts every
 * article reporting the statement whole.
 *
 * Articles in `$related.known` were read whole by an earlier write of the same transaction, before
 * any write changed their pairs (related.ts, RelatedUpkeep), and are neither returned nor counted
 * again. One read for another focus, or whole, of an article in `$related.focusedKnown` would
 * have to leave out the pairs read before: such articles come back in `conflicts`, and the caller
 * applies what is pending before reading again.
 */
export const READ_AFFECTED = keepingPlan(`
CALL () {
  UNWIND $related.articles AS id
  MATCH (a:Article {id: id}) USING INDEX a:Article(id)
  RETURN a.id AS id, null AS focus
  UNION
  UNWIND $related.articles AS id
  MATCH (a:Article {id: id}) USING INDEX a:Article(id)
  MATCH (a)<-[:REPORTED_IN]-(:Statement)-[:REPORTED_IN]->(b:Article)
  RETURN b.id AS id, null AS focus
  UNION
  UNWIND $related.statements AS st
  MATCH (s:Statement {id: st.id}) USING INDEX s:Statement(id)
  WITH s, st, COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id } AS about, COLLECT { MATCH (x)-[:STATED]->(s) RETURN x.id } AS speakers
  WITH s, CASE WHEN st.about IS NULL THEN null
    ELSE [t IN st.about WHERE NOT t IN about] + CASE WHEN st.speaker IS NULL OR st.speaker IN speakers THEN [] ELSE [st.speaker] END END AS focus
  WHERE focus IS NULL OR size(focus) > 0
  MATCH (s)-[:REPORTED_IN]->(b:Article)
  RETURN b.id AS id, focus
}
WITH id, collect(focus) AS foci, count(*) AS rows
WHERE NOT id IN $related.known
// collect() leaves out nulls: an article with a null focus on any row is counted whole.
WITH id, CASE WHEN size(foci) < rows THEN null ELSE reduce(all = [], f IN foci | all + [t IN f WHERE NOT t IN all]) END AS focus
WITH collect(id) AS ids, collect(CASE WHEN focus IS NULL THEN null ELSE {id: id, focus: focus} END) AS focused, collect(CASE WHEN focus IS NULL THEN id END) AS articles
WITH articles, focused, [id IN ids WHERE id IN $related.focusedKnown] AS conflicts
CALL (articles) {
  ${pairsOf('articles')}
  RETURN collect({x: x.id, y: y.id, ${COUNTS.map((c) => `${c}: ${c}`).join(', ')}}) AS whole
}
CALL (focused) {
  ${focusedPairsOf('focused')}
  RETURN collect({x: x.id, y: y.id, ${COUNTS.map((c) => `${c}: ${c}`).join(', ')}}) AS some
}
RETURN articles, focused, conflicts, whole + some AS pairs`);

/**
 * After the write: the pairs of `$related.articles` (those still there) and the focused pairs of
 * `$related.focused` counted again, less `$related.before` (READ_AFFECTED's counts), applied to
 * RELATED_TO — only the pairs whose counts changed are written, with one MERGE each; a pair counted
 * down to no report loses its relationship. A pair whose node the write deleted lost its
 * relationship with it and is skipped. The MERGE finds the pair by its key (a seek of the unique
 * index, then a check of its two ends), however many RELATED_TO its nodes have; the constraint's
 * lock on the key keeps two concurrent writes from creating one pair twice.
 * Lists inside a map: Neo4j keys cached plans on a top-level list parameter's size bucket too.
 */
export const APPLY_NET_CHANGE = keepingPlan(`CALL () {
  ${pairsOf('$related.articles')}
  RETURN x, y, ${COUNTS.join(', ')}
  UNION ALL
  ${focusedPairsOf('$related.focused')}
  RETURN x, y, ${COUNTS.join(', ')}
  UNION ALL
  UNWIND $related.before AS p
  CALL (p) { MATCH (x:Entity {id: p.x}) RETURN x UNION MATCH (x:Topic {id: p.x}) RETURN x UNION MATCH (x:Event {id: p.x}) RETURN x }
  MATCH (y:Entity {id: p.y})
  RETURN x, y, ${COUNTS.map((c) => `-p.${c} AS ${c}`).join(', ')}
}
WITH x, y, ${COUNTS.map((c) => `sum(${c}) AS ${c}`).join(', ')}
WHERE ${COUNTS.map((c) => `${c} <> 0`).join(' OR ')}
CALL (x, y, ${COUNTS.join(', ')}) {
  MERGE (x)-[r:RELATED_TO {pair: ${pairKey('x', 'y')}}]->(y)
    ON CREATE SET r.src = x.id, ${COUNTS.map((c) => `r.${c} = 0`).join(', ')}
  SET ${COUNTS.map((c) => `r.${c} = r.${c} + ${c}`).join(',\n      ')}
  SET r.kinds = ${kindsOf('r')}
  WITH r WHERE r.reports <= 0
  DELETE r
}
RETURN count(*) AS changed`);

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
  CREATE (x)-[r:RELATED_TO {pair: ${pairKey('x', 'y')}, src: x.id, reports: reports, ${KINDS.map((k) => `${RELATED_KIND_PROPERTY[k]}: ${RELATED_KIND_PROPERTY[k]}`).join(', ')}}]->(y)
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
