import { NODE_PROJECTION } from './node/graph-node.js';
import { relationPageQuery, relationQuery } from './node/read-cypher.js';

/**
 * Every relationship a GraphQL field follows, as one batched query (see relationQuery). The graph
 * model (schema/README.md) names the relationship types and their direction.
 */
export const REL = {
  articleAuthors: relationQuery({ parentLabel: 'Article', match: 'MATCH (p)-[:WRITTEN_BY]->(n:Person)', orderBy: 'n.name' }),
  articleTopics: relationQuery({ parentLabel: 'Article', match: 'MATCH (p)-[:TAGGED]->(n:Topic)', orderBy: 'n.name' }),
  /** $types: SubjectType values to keep, or null for all. */
  articleMentions: relationQuery({
    parentLabel: 'Article',
    match: 'MATCH (p)-[:MENTIONS]->(n) WHERE $types IS NULL OR any(l IN labels(n) WHERE l IN $types)',
    orderBy: 'labels(n)[0], n.name',
  }),
  articleEvents: relationQuery({ parentLabel: 'Article', match: 'MATCH (p)-[:MENTIONS]->(n:Event)', orderBy: 'n.date, n.name' }),

  entityMentionedIn: relationQuery({ parentLabel: 'Entity', match: 'MATCH (n:Article)-[:MENTIONS]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),
  entityEvents: relationQuery({ parentLabel: 'Entity', match: 'MATCH (p)-[:PARTICIPATED_IN]->(n:Event)', orderBy: 'n.date, n.name' }),
  personPositions: relationQuery({
    parentLabel: 'Person',
    match: 'MATCH (p)-[r:HOLDS_ROLE]->(n:Entity)',
    orderBy: 'r.title',
    extra: 'r {.title}',
  }),
  personArticles: relationQuery({ parentLabel: 'Person', match: 'MATCH (n:Article)-[:WRITTEN_BY]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),

  topicArticles: relationQuery({ parentLabel: 'Topic', match: 'MATCH (n:Article)-[:TAGGED]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),

  eventParticipants: relationQuery({ parentLabel: 'Event', match: 'MATCH (n:Entity)-[:PARTICIPATED_IN]->(p)', orderBy: 'n.name' }),
  eventMentionedIn: relationQuery({ parentLabel: 'Event', match: 'MATCH (n:Article)-[:MENTIONS]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),

  statementSpeaker: relationQuery({ parentLabel: 'Statement', match: 'MATCH (n:Entity)-[:STATED]->(p)', orderBy: 'n.id' }),
  statementAbout: relationQuery({ parentLabel: 'Statement', match: 'MATCH (p)-[:ABOUT]->(n)', orderBy: 'labels(n)[0], n.name' }),
  statementReports: relationQuery({
    parentLabel: 'Statement',
    match: 'MATCH (p)-[r:REPORTED_IN]->(n:Article)',
    orderBy: 'n.publishedMs, n.id',
    extra: 'r {.sentence, .start, .end}',
  }),
} as const;

/** Relationship fields that are connections: a page and the total per parent (see relationPageQuery). */
export const REL_PAGE = {
  entityMentionedIn: relationPageQuery({ parentLabel: 'Entity', match: 'MATCH (n:Article)-[:MENTIONS]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),
  entityEvents: relationPageQuery({ parentLabel: 'Entity', match: 'MATCH (p)-[:PARTICIPATED_IN]->(n:Event)', orderBy: 'n.date, n.name, n.id' }),
  personArticles: relationPageQuery({ parentLabel: 'Person', match: 'MATCH (n:Article)-[:WRITTEN_BY]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),
  topicArticles: relationPageQuery({ parentLabel: 'Topic', match: 'MATCH (n:Article)-[:TAGGED]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),
  eventMentionedIn: relationPageQuery({ parentLabel: 'Event', match: 'MATCH (n:Article)-[:MENTIONS]->(p)', orderBy: 'n.publishedMs DESC, n.id' }),
} as const;

/** Statement.reportsConnection: per statement `key`, the page of its reports oldest first, each with its evidence, and their total. */
export const STATEMENT_REPORTS_PAGE = `
UNWIND $ids AS key
CALL (key) {
  MATCH (p:Statement {id: key})-[r:REPORTED_IN]->(n:Article)
  WITH n, r ORDER BY n.publishedMs, n.id SKIP $skip LIMIT $limit
  RETURN collect({article: ${NODE_PROJECTION('n')}, evidence: r {.sentence, .start, .end}}) AS page
}
CALL (key) {
  MATCH (p:Statement {id: key})-[:REPORTED_IN]->(n:Article)
  RETURN count(n) AS total
}
RETURN key, total, page`;

// Statement lists (by a speaker, about a subject, in an article) take filters and cursors: see
// src/domain/statement/statement.cypher.ts.
