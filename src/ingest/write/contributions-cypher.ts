import { SETTLE_STATEMENT_WORDING } from './write-cypher.js';

/**
 * The Cypher that takes an article's contributions out of the graph (a new version replacing them,
 * or a retraction) and keeps every statement equal to what its remaining reports say. Each report
 * (REPORTED_IN) carries the statement as that article wrote it — text, verb, kind, what it is about —
 * so a statement can always be rebuilt from the reports it has left, in any order they arrived.
 */

/** Finds an article by id or canonical URL (the legacy raw URL too), with what a retraction reports. */
export const FIND_ARTICLE_BY_REF = `
CALL () {
  MATCH (a:Article {id: $ref.id}) RETURN a
  UNION MATCH (a:Article) WHERE a.url IN $ref.urls RETURN a
}
RETURN a.id AS id, a.url AS url, a.title AS title LIMIT 1`;

/**
 * Deletes the article's links (mentions, authors, tags) and its reports of statements, and returns
 * what they pointed at: the candidates for removal once nothing else holds them. Run after the
 * article's naming was undone (undo-naming.ts), which reads those links.
 */
export const DETACH_CONTRIBUTIONS = `
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (s:Statement)-[r:REPORTED_IN]->(a)
  OPTIONAL MATCH (s)-[:ABOUT]->(t:Topic)
  WITH collect(DISTINCT s.id) AS statements, collect(DISTINCT t.id) AS statementTopics, collect(DISTINCT r) AS reports
  FOREACH (r IN reports | DELETE r)
  RETURN statements, statementTopics
}
CALL (a) {
  OPTIONAL MATCH (a)-[l:MENTIONS|WRITTEN_BY|TAGGED]->(x)
  WITH collect(DISTINCT CASE WHEN x:Entity THEN x.id END) AS entities, collect(DISTINCT CASE WHEN x:Event THEN x.id END) AS events,
       collect(DISTINCT CASE WHEN x:Topic THEN x.id END) AS topics, collect(l) AS links
  FOREACH (l IN links | DELETE l)
  RETURN entities, events, topics
}
RETURN statements, entities, events, statementTopics + [t IN topics WHERE NOT t IN statementTopics] AS topics`;

/**
 * An ABOUT a curation gave `s`, under an id its reports do not name: `t` took over a reported
 * entity by a merge (that entity is now a :Merged node whose SAME_AS chain ends at t), or was split
 * off a reported entity with this statement. Reports keep the ids their articles gave, so without
 * this, rebuilding the statement from its reports would undo the merge or the split. Migration 014
 * carries the same test.
 */
const CURATED_ABOUT = (s: string, t: string, about: string): string =>
  `(EXISTS { MATCH (m:Merged)-[:SAME_AS*1..16]->(${t}) WHERE m.id IN ${about} } OR EXISTS { MATCH (${t})-[sp:SPLIT_FROM]->(o) WHERE o.id IN ${about} AND ${s}.id IN sp.statements })`;

/**
 * The order-independence rule: a statement's text, kind, verb (and the speaker's STATED verb) come
 * from its earliest-published report, ties broken by the article id and then reading order; first
 * and last reported from the earliest and latest; ABOUT from what its reports say it is about, and
 * what a curation made of that (CURATED_ABOUT).
 * A statement with no report left is deleted. Reports written before they carried the statement
 * (before migration 008) leave the statement's own values in place.
 */
export const RECOMPUTE_STATEMENTS = `
CALL () {
  MATCH (s:Statement) WHERE s.id IN $ids AND NOT (s)-[:REPORTED_IN]->(:Article)
  DETACH DELETE s
  RETURN count(*) AS removed
}
CALL () {
  MATCH (s:Statement) WHERE s.id IN $ids
  ${SETTLE_STATEMENT_WORDING}
  WITH s, COLLECT { MATCH (s)-[r:REPORTED_IN]->(:Article) RETURN r } AS reports
  WITH s, reports
  CALL (s) { MATCH (:Entity)-[st:STATED]->(s) SET st.verb = s.verb, st.verbAsWritten = s.verbAsWritten }
  CALL (s, reports) {
    WITH s, reports WHERE all(x IN reports WHERE x.about IS NOT NULL)
    WITH s, reduce(ids = [], x IN reports | ids + x.about) AS about
    MATCH (s)-[ab:ABOUT]->(t) WHERE NOT t.id IN about AND NOT ${CURATED_ABOUT('s', 't', 'about')}
    DELETE ab
  }
  RETURN count(*) AS kept
}
RETURN removed, kept`;

/**
 * The kind rule (WINS_KIND in write-cypher.ts) for entities an article's links were taken from: the
 * kind of the earliest-published report left that gives one (ties: the lower article id), none when
 * no report gives one. A kind from before kindFrom was recorded (kind set, kindFrom not) has no
 * reports to rebuild it from and stays; a merged-away entity keeps what it had, for unmerge.
 */
const RECOMPUTE_KINDS = `
CALL () {
  UNWIND $gc.entities AS id
  MATCH (e:Entity {id: id}) WHERE NOT e:Merged AND (e.kind IS NULL OR e.kindFrom IS NOT NULL)
  CALL (e) {
    OPTIONAL MATCH (a:Article)-[l:MENTIONS|WRITTEN_BY]->(e) WHERE l.kind IS NOT NULL
    WITH a, l ORDER BY a.publishedMs, a.id LIMIT 1
    RETURN l.kind AS kind, a.id AS kindFrom, a.publishedMs AS kindFromMs
  }
  SET e.kind = kind, e.kindFrom = kindFrom, e.kindFromMs = kindFromMs
}`;

/**
 * Removal rule, after the article's links and reports are gone: an event no article mentions is
 * deleted, and a remaining event keeps only the participants some article names; an entity no
 * article mentions or is written by is deleted unless a merge refers to it (SAME_AS); a topic no
 * article is tagged with and no statement is about is deleted; a remaining entity's kind is settled
 * again (RECOMPUTE_KINDS). Returns the ids removed.
 */
export const REMOVE_ORPHANS = `
CALL () {
  UNWIND $gc.events AS id
  MATCH (ev:Event {id: id}) WHERE NOT (:Article)-[:MENTIONS]->(ev)
  DETACH DELETE ev
  RETURN collect(id) AS events
}
CALL () {
  UNWIND $gc.events AS id
  MATCH (ev:Event {id: id})
  WITH ev, COLLECT { MATCH (:Article)-[m:MENTIONS]->(ev) RETURN m.participants } AS lists
  WHERE none(l IN lists WHERE l IS NULL)
  WITH ev, reduce(ids = [], l IN lists | ids + l) AS participants
  MATCH (p:Entity)-[pi:PARTICIPATED_IN]->(ev) WHERE NOT p.id IN participants
  DELETE pi
}
CALL () {
  UNWIND $gc.entities AS id
  MATCH (e:Entity {id: id}) WHERE NOT (:Article)-[:MENTIONS|WRITTEN_BY]->(e) AND NOT (e)-[:SAME_AS]-()
  DETACH DELETE e
  RETURN collect(id) AS entities
}${RECOMPUTE_KINDS}
CALL () {
  UNWIND $gc.topics AS id
  MATCH (t:Topic {id: id}) WHERE NOT (:Article)-[:TAGGED]->(t) AND NOT (:Statement)-[:ABOUT]->(t)
  DETACH DELETE t
  RETURN collect(id) AS topics
}
RETURN events, entities, topics`;

/** Keeps the version being replaced as an ArticleVersion (its text and metadata) and numbers the next. */
export const ARCHIVE_VERSION = `
MATCH (a:Article {id: $id})
CREATE (a)-[:HAS_VERSION]->(v:ArticleVersion)
SET v = properties(a)
SET v.id = a.id + '@' + toString(coalesce(a.version, 1)), v.article = a.id, v.version = coalesce(a.version, 1), v.supersededAt = $now
SET a.version = coalesce(a.version, 1) + 1
RETURN a.version AS version`;

/** The article, its versions and the publications that republish it; the audit record of who retracted it. */
export const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_VERSION]->(v:ArticleVersion)
OPTIONAL MATCH (p:Publication)-[:REPUBLISHES]->(a)
WITH a, collect(DISTINCT v) AS versions, collect(DISTINCT p) AS publications
CREATE (:Retraction {id: 'retraction:' + a.id + ':' + $now, article: a.id, url: a.url, title: a.title, contentHash: a.contentHash,
                     ingestedBy: a.ingestedBy, retractedBy: $by, retractedAt: $now})
WITH a, versions, publications, [p IN publications | p.id] AS publicationIds
FOREACH (x IN versions + publications | DETACH DELETE x)
DETACH DELETE a
RETURN publicationIds`;

/** A copy by another outlet: it contributed nothing but itself. */
export const DELETE_PUBLICATION = `
MATCH (p:Publication {id: $id})
DETACH DELETE p`;

/** Retracting a copy by another outlet: the Publication goes, its story stays; recorded as a Retraction. */
export const RETRACT_PUBLICATION = `
MATCH (p:Publication) WHERE p.id = $ref.id OR p.url IN $ref.urls
WITH p LIMIT 1
CREATE (:Retraction {id: 'retraction:' + p.id + ':' + $now, article: p.id, url: p.url, title: p.title, contentHash: p.contentHash,
                     ingestedBy: p.ingestedBy, retractedBy: $by, retractedAt: $now})
WITH p, p.id AS id, p.url AS url, p.title AS title
DETACH DELETE p
RETURN id, url, title`;
