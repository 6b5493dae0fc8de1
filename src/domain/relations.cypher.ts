import { NODE_PROJECTION } from './node/graph-node.js';
import { relationPageQuery, relationQuery } from './node/read-cypher.js';
import { RELATIONS, type RelationSpec } from './plan/relations.js';

/**
 * Every relationship field's own batched query (see relationQuery), for the parents the planner
 * did not fold the field into. The match and order are the planner's (plan/relations.ts), so a
 * field answers the same whichever way it is read; the graph model (schema/README.md) names the
 * relationship types and their direction.
 */
function spec(type: string, field: string): RelationSpec & { order: NonNullable<RelationSpec['order']> } {
  const found = RELATIONS[type]?.[field];
  if (!found?.order) throw new Error(`${type}.${field} has no fixed order in plan/relations.ts`);
  return found as RelationSpec & { order: NonNullable<RelationSpec['order']> };
}

/** `type.field` for parents matched by `parentLabel` (Entity for what people, organizations and places share). */
function batched(type: string, field: string, parentLabel: string, options: { where?: string; extra?: string } = {}): string {
  const s = spec(type, field);
  const match = s.match('p', 'r', 'n') + (options.where ? ` WHERE ${options.where}` : '');
  return relationQuery({ parentLabel, match, orderBy: s.order('n', 'r'), extra: options.extra });
}

/** The connection form: a page and the total per parent (see relationPageQuery). */
function paged(type: string, field: string, parentLabel: string): string {
  const s = spec(type, field);
  return relationPageQuery({ parentLabel, match: s.match('p', 'r', 'n'), orderBy: s.order('n', 'r') });
}

export const REL = {
  articleAuthors: batched('Article', 'authors', 'Article'),
  articleTopics: batched('Article', 'topics', 'Article'),
  /** $types: SubjectType values to keep, or null for all. */
  articleMentions: batched('Article', 'mentions', 'Article', { where: '$types IS NULL OR any(l IN labels(n) WHERE l IN $types)' }),
  articleEvents: batched('Article', 'events', 'Article'),

  entityMentionedIn: batched('Person', 'mentionedIn', 'Entity'),
  entityEvents: batched('Person', 'events', 'Entity'),
  personPositions: batched('Person', 'positions', 'Person', { extra: 'r {.title}' }),
  personArticles: batched('Person', 'articles', 'Person'),

  topicArticles: batched('Topic', 'articles', 'Topic'),

  eventParticipants: batched('Event', 'participants', 'Event'),
  eventMentionedIn: batched('Event', 'mentionedIn', 'Event'),

  statementSpeaker: batched('Statement', 'speaker', 'Statement'),
  statementAbout: batched('Statement', 'about', 'Statement'),
  statementReports: batched('Statement', 'reports', 'Statement', { extra: 'r {.sentence, .start, .end}' }),
} as const;

/** Relationship fields that are connections: a page and the total per parent (see relationPageQuery). */
export const REL_PAGE = {
  entityMentionedIn: paged('Person', 'mentionedInConnection', 'Entity'),
  entityEvents: paged('Person', 'eventsConnection', 'Entity'),
  personArticles: paged('Person', 'articlesConnection', 'Person'),
  topicArticles: paged('Topic', 'articlesConnection', 'Topic'),
  eventMentionedIn: paged('Event', 'mentionedInConnection', 'Event'),
} as const;

const reportsConnection = spec('Statement', 'reportsConnection');

/** Statement.reportsConnection: per statement `key`, the page of its reports oldest first, each with its evidence, and their total. */
export const STATEMENT_REPORTS_PAGE = relationPageQuery({
  parentLabel: 'Statement',
  match: reportsConnection.match('p', 'r', 'n'),
  orderBy: reportsConnection.order('n', 'r'),
  item: `{article: ${NODE_PROJECTION('n')}, evidence: r {.sentence, .start, .end}}`,
});

// Statement lists (by a speaker, about a subject, in an article) take filters and cursors: see
// src/domain/statement/statement.cypher.ts.
