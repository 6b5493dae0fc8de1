import { ENTITY_LABEL, type EntityType } from '../entity/entity.type.js';
import type { NodeTypeName } from '../node/graph-node.js';
import { RELATED_KIND_PROPERTY, RELATED_RANK_INDEX } from '../../ingest/write/related-cypher.js';
import { optionalNodeById } from '../node/read-cypher.js';
import { RelationKind } from './related.type.js';

/** Reports listed per related entity (newest first); reportCount counts them all. */
export const MAX_REPORTS_PER_RELATED = 10;

/**
 * Everything that connects `x` to an entity `y`, with the article `a` carrying it and the kind of
 * link, one branch per kind. UNION ALL: the ranking counts distinct articles and kinds anyway, and
 * a UNION would hash every one of a hub's tens of thousands of rows to drop duplicates first.
 */
const LINKS: Record<RelationKind, string> = {
  [RelationKind.CO_MENTIONED]: `MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity) RETURN y, a, 'CO_MENTIONED' AS link`,
  [RelationKind.SPOKE_ABOUT]: `MATCH (x)-[:STATED]->(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SPOKE_ABOUT' AS link`,
  [RelationKind.SPOKEN_ABOUT_BY]: `MATCH (y:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(x), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SPOKEN_ABOUT_BY' AS link`,
  [RelationKind.SAME_STATEMENT]: `MATCH (x)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(y:Entity), (s)-[:REPORTED_IN]->(a:Article) RETURN y, a, 'SAME_STATEMENT' AS link`,
};

/** What the client narrowed the related entities to: kinds from closed enums, dates as parameters `$from`, `$toUpper`. */
export interface RelatedConditions {
  /** Entity labels to keep (EntityType values); null for all. */
  types: readonly EntityType[] | null;
  /** Kinds of connection to follow; null for all. */
  kinds: readonly RelationKind[] | null;
  from: boolean;
  to: boolean;
}

/** A topic is co-mentioned through the articles tagged with it; other nodes are never tagged, so their walk skips that type. */
const TOPIC_CO_MENTIONED = `MATCH (x)<-[:MENTIONS|TAGGED]-(a:Article)-[:MENTIONS]->(y:Entity) RETURN y, a, 'CO_MENTIONED' AS link`;

function links(c: RelatedConditions, label: NodeTypeName): string {
  const kinds = c.kinds ?? Object.values(RelationKind);
  const link = (k: RelationKind) => (k === RelationKind.CO_MENTIONED && label === 'Topic' ? TOPIC_CO_MENTIONED : LINKS[k]);
  return kinds.map((k) => `\n      ${link(k)}`).join('\n      UNION ALL');
}

const typeCondition = (types: readonly EntityType[]) => `(${types.map((t) => `y:${ENTITY_LABEL[t]}`).join(' OR ')})`;

function conditions(c: RelatedConditions): string {
  const where = ['y <> x'];
  if (c.types) where.push(typeCondition(c.types));
  if (c.from) where.push('a.publishedDate >= $from');
  if (c.to) where.push('a.publishedDate <= $toUpper');
  return where.join(' AND ');
}

export interface RelatedProjections extends RelatedConditions {
  /** The label of `$id`, from its kind prefix (a closed set): the unique index that finds it. */
  label: NodeTypeName;
  /** The planner's projection of `y`. */
  node: string;
  /** The planner's projection of `a`, or null when no edge selects its reports. */
  report: string | null;
  /** Whether totalCount is selected: then every related entity is ranked and counted, not just the page. */
  counted: boolean;
  /** Whether an edge's relations are selected: the kinds of link are ranked on anyway, but only then sent. */
  relations: boolean;
}

/**
 * Entities connected to `$id` (an entity, topic or event): mentioned in the same article
 * (CO_MENTIONED), or linked by a statement — it spoke about them (SPOKE_ABOUT), they spoke about it
 * (SPOKEN_ABOUT_BY), or one statement is about both (SAME_STATEMENT). Most connecting reports first,
 * then the most kinds of connection, then name. The distinct articles of each entity are counted;
 * kept (as references, the same set count(DISTINCT) builds) only when an edge's reports are
 * selected, and projected for the page's entities only.
 */
export function relatedEntitiesQuery(p: RelatedProjections): string {
  return answersFromAggregate(p) ? aggregatedQuery(p) : liveQuery(p);
}

/**
 * Whether the RELATED_TO aggregate (ingest/write/related-cypher.ts) answers the request: it counts
 * each pair's distinct articles over all dates and all kinds together, so a date range or a subset
 * of kinds (whose distinct articles per-kind counts cannot give) is walked live.
 */
export const answersFromAggregate = (c: RelatedConditions): boolean => !c.from && !c.to && c.kinds === null;

/**
 * The articles connecting `x` to the page's entity `y`, over all four kinds: walked from `y` (a page
 * holds at most a page of entities; `x` may be a hub of tens of thousands of articles), each
 * checked against `x` by an existence test. The same set the live query collects per entity.
 */
const PAIR_ARTICLES = `COLLECT {
      MATCH (y)<-[:MENTIONS]-(a:Article) WHERE EXISTS { (a)-[:MENTIONS|TAGGED]->(x) } RETURN a
      UNION MATCH (y)<-[:ABOUT]-(s:Statement)-[:REPORTED_IN]->(a:Article) WHERE EXISTS { (x)-[:STATED]->(s) } OR EXISTS { (s)-[:ABOUT]->(x) } RETURN a
      UNION MATCH (y)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(a:Article) WHERE EXISTS { (s)-[:ABOUT]->(x) } RETURN a
    }`;

/** The kinds of link a RELATED_TO `r` counts (those with articles), as RelationKind names. */
const AGGREGATED_LINKS = `[k IN [${Object.entries(RELATED_KIND_PROPERTY).map(([kind, prop]) => `CASE WHEN r.${prop} > 0 THEN '${kind}' END`).join(', ')}] WHERE k IS NOT NULL]`;

/**
 * The ranking read from x's RELATED_TO relationships (one per related entity, counted at write
 * time) instead of walking every article and statement of x: the same order, counts, kinds and
 * total as the live query; the reports of the page's entities only are walked (PAIR_ARTICLES).
 *
 * The relationships are found by the rank index (equality on `src`, x's id), not expanded from x:
 * the index lists them by reports, then kinds, so ORDER BY with `r.src` first (one value here, so
 * the same order) is provided by it, and Neo4j keeps the top of the page and the ties of its last
 * entry (PartialTop, sorting those by name and id) instead of sorting all of a hub's RELATED_TO.
 * A type filter is checked on the entities read in that order, until the page is full. The
 * conditions on reports and kinds always hold (a pair with no report has no RELATED_TO); the index
 * seek needs one on each property to walk them. The hint keeps the plan when the statistics of a
 * small graph would favour expanding from x, which gives no order.
 * totalCount without a type filter is x's RELATED_TO degree (kept per node by Neo4j, not counted):
 * every RELATED_TO ends at an entity.
 */
function aggregatedQuery(p: RelatedProjections): string {
  // Links and reports only when selected: an unselected key is bytes Neo4j writes and the driver reads per row.
  const linkKinds = p.relations ? `, links: ${AGGREGATED_LINKS}` : '';
  const reports = p.report
    ? `, reports: COLLECT { UNWIND ${PAIR_ARTICLES} AS a WITH a ORDER BY a.publishedMs DESC, a.id LIMIT ${MAX_REPORTS_PER_RELATED} RETURN ${p.report} }`
    : '';
  const types = p.types ? ` AND ${typeCondition(p.types)}` : '';
  const total = !p.counted ? 'null' : p.types ? `COUNT { MATCH (x)-[:RELATED_TO]->(y:Entity) WHERE ${typeCondition(p.types)} }` : 'COUNT { (x)-[:RELATED_TO]->() }';
  return `
${optionalNodeById('x', 'id', p.label)}
CALL (x) {
  WITH x WHERE x IS NOT NULL
  MATCH ()-[r:RELATED_TO]->(y:Entity) USING INDEX r:${RELATED_RANK_INDEX}
  WHERE r.src = x.id AND r.reports > 0 AND r.kinds > 0${types}
  WITH x, y, r ORDER BY r.src DESC, r.reports DESC, r.kinds DESC, y.name, y.id
  SKIP $skip LIMIT $limit
  RETURN collect({node: ${p.node}, reportCount: r.reports${linkKinds}${reports}}) AS page
}
RETURN x.id AS id, ${total} AS total, page`;
}

/** The ranking walked live: every article and statement of x, then counted (filters by date or kind). */
function liveQuery(p: RelatedProjections): string {
  const reports = p.report
    ? `COLLECT { UNWIND articles AS a WITH a ORDER BY a.publishedMs DESC, a.id LIMIT ${MAX_REPORTS_PER_RELATED} RETURN ${p.report} }`
    : '[]';
  // Lists only when selected, and aggregated, never as constant columns: a column that is not an
  // aggregate is a grouping key, hashed for every one of a hub's rows.
  const aggregates = ['count(DISTINCT a) AS reportCount', 'count(DISTINCT link) AS kinds'];
  if (p.relations) aggregates.push('collect(DISTINCT link) AS links');
  if (p.report) aggregates.push('collect(DISTINCT a) AS articles');
  const lists = `${p.relations ? 'links' : '[] AS links'}, ${p.report ? 'articles' : '[] AS articles'}`;
  const ranked = `
    WITH x WHERE x IS NOT NULL
    CALL (x) {${links(p, p.label)}
    }
    WITH x, y, a, link WHERE ${conditions(p)}
    WITH y, ${aggregates.join(', ')}
    ORDER BY reportCount DESC, kinds DESC, y.name, y.id`;
  const page = `{node: ${p.node}, reportCount: reportCount, links: links, reports: ${reports}}`;
  if (!p.counted) {
    return `
${optionalNodeById('x', 'id', p.label)}
CALL (x) {
  CALL (x) {${ranked}
    SKIP $skip LIMIT $limit
    RETURN y, reportCount, ${lists}
  }
  RETURN collect(${page}) AS page
}
RETURN x.id AS id, null AS total, page`;
  }
  return `
${optionalNodeById('x', 'id', p.label)}
CALL (x) {
  CALL (x) {${ranked}
    WITH y, reportCount, ${lists}
    RETURN collect({y: y, reportCount: reportCount, links: links, articles: articles}) AS found
  }
  CALL (x, found) {
    UNWIND found[$skip..($skip + $limit)] AS row
    WITH x, row.y AS y, row.reportCount AS reportCount, row.links AS links, row.articles AS articles
    RETURN collect(${page}) AS page
  }
  RETURN size(found) AS total, page
}
RETURN x.id AS id, total, page`;
}
