/**
 * The Cypher of the write stage, one statement per concern, each batched with UNWIND and MERGE on
 * the constrained ids. Labels are never interpolated from input: ENTITY_LABEL maps the closed
 * EntityType enum to a label, and each entity label gets its own constant statement.
 */
import type { EntityType } from '../contract.js';

export const ENTITY_LABEL: Record<EntityType, 'Person' | 'Organization' | 'Place'> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};

// Three index seeks: an OR of the three predicates would scan every article.
export const FIND_EXISTING_ARTICLE = `
CALL () {
  MATCH (a:Article {id: $id}) RETURN a
  UNION MATCH (a:Article {contentHash: $contentHash}) RETURN a
  UNION MATCH (a:Article {url: $url}) RETURN a
}
RETURN a.id AS id LIMIT 1`;

export const FIND_EXISTING_ENTITIES = `
MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id`;

const mergeEntity = (label: string) => `
UNWIND $entities AS row
MERGE (e:${label}:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.foldedName = row.foldedName, e.aliases = [], e.foldedAliases = [], e.roles = [], e.createdAt = $now
SET e.kind = coalesce(e.kind, row.kind),
    e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
    e.foldedAliases = e.foldedAliases + [a IN row.foldedAliases WHERE NOT a IN e.foldedAliases],
    e.roles = e.roles + [r IN row.roles WHERE NOT r IN e.roles]`;

export const MERGE_ENTITIES: Record<EntityType, string> = {
  PERSON: mergeEntity('Person'),
  ORGANIZATION: mergeEntity('Organization'),
  PLACE: mergeEntity('Place'),
};

export const MERGE_POSITIONS = `
UNWIND $positions AS row
MATCH (p:Person {id: row.person})
MATCH (o:Entity {id: row.of})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)`;

export const MERGE_TOPICS = `
UNWIND $topics AS row
MERGE (t:Topic {id: row.id})
  ON CREATE SET t.name = row.name, t.foldedName = row.foldedName, t.createdAt = $now`;

export const CREATE_ARTICLE = `
CREATE (a:Article {
  id: $article.id, url: $article.url, title: $article.title, publishedAt: $article.publishedAt,
  publishedDate: $article.publishedDate, section: $article.section, language: $article.language,
  caption: $article.caption, source: $article.source, body: $article.body,
  contentHash: $article.contentHash, ingestedAt: $now
})
WITH a
CALL (a) { UNWIND $authors AS authorId MATCH (p:Person {id: authorId}) MERGE (a)-[:WRITTEN_BY]->(p) }
CALL (a) { UNWIND $topics AS t MATCH (topic:Topic {id: t.id}) MERGE (a)-[:TAGGED]->(topic) }
CALL (a) { UNWIND $mentions AS entityId MATCH (e:Entity {id: entityId}) MERGE (a)-[:MENTIONS]->(e) }`;

export const MERGE_EVENTS = `
MATCH (a:Article {id: $articleId})
UNWIND $events AS row
MERGE (ev:Event {id: row.id})
  ON CREATE SET ev.name = row.name, ev.foldedName = row.foldedName, ev.kind = row.kind, ev.date = row.date,
                ev.endDate = row.endDate, ev.status = row.status, ev.createdAt = $now
MERGE (a)-[:MENTIONS]->(ev)
WITH ev, row
CALL (ev, row) { UNWIND row.participants AS pid MATCH (p:Entity {id: pid}) MERGE (p)-[:PARTICIPATED_IN]->(ev) }`;

export const MERGE_STATEMENTS = `
MATCH (a:Article {id: $articleId})
UNWIND $statements AS row
MERGE (s:Statement {id: row.id})
  ON CREATE SET s.text = row.text, s.kind = row.kind, s.verb = row.verb, s.verbAsWritten = row.verbAsWritten,
                s.anonymousSource = row.anonymousSource, s.createdAt = $now
SET s.firstReportedAt = CASE WHEN s.firstReportedAt IS NULL OR a.publishedAt < s.firstReportedAt THEN a.publishedAt ELSE s.firstReportedAt END,
    s.lastReportedAt = CASE WHEN s.lastReportedAt IS NULL OR a.publishedAt > s.lastReportedAt THEN a.publishedAt ELSE s.lastReportedAt END
MERGE (s)-[r:REPORTED_IN]->(a)
  ON CREATE SET r.sentence = row.evidence.sentence, r.start = row.evidence.start, r.end = row.evidence.end, r.order = row.order
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (speaker:Entity {id: row.speaker})
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END |
    MERGE (speaker)-[st:STATED]->(s) ON CREATE SET st.verb = row.verb, st.verbAsWritten = row.verbAsWritten)
}
CALL (s, row) {
  UNWIND row.about AS aboutId
  CALL (aboutId) {
    MATCH (x:Entity {id: aboutId}) RETURN x
    UNION MATCH (x:Topic {id: aboutId}) RETURN x
    UNION MATCH (x:Event {id: aboutId}) RETURN x
  }
  MERGE (s)-[:ABOUT]->(x)
}`;
