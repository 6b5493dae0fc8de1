import type { Executor, Tx } from '../../db/executor.js';
import { articleId, contentHash, entityId, foldName, topicId } from '../../core/ids.js';
import { ENTITY_TYPES, type ParsedArticle, type ParsedEntity } from '../contract.js';
import { cleanNames } from './clean-names.js';
import * as Q from './write-cypher.js';

export interface WriteResult {
  articleId: string;
  /** The article as stored (properties and labels), read in the writing transaction: no stale follower read. */
  article: Record<string, unknown>;
  /** unchanged: an article with the same id, URL or content hash is already in the graph. */
  status: 'created' | 'unchanged';
  entitiesCreated: string[];
  entitiesMatched: string[];
  statements: number;
  events: number;
}

/** The article's identity: URL when known, else its content. */
export function identifyArticle(parsed: ParsedArticle): { id: string; contentHash: string } {
  const hash = contentHash(parsed.article.title, parsed.article.body);
  return { id: articleId(parsed.article.url, hash), contentHash: hash };
}

/** What writing one article takes: its identity and the one map parameter of WRITE_ARTICLE. */
export interface ArticleWritePlan {
  id: string;
  contentHash: string;
  url: string | null;
  /** Every entity the article names, authors included, in the order the summary reports them. */
  entityIds: string[];
  data: Record<string, unknown>;
  statements: number;
  events: number;
}

/**
 * Pure: a ParsedArticle → the rows the write statement merges. Authors are the PERSON entities of
 * the same name (or new ones); tags and the topics statements are about become Topic rows; the
 * article mentions every entity but its authors.
 */
export function planArticleWrite(written: ParsedArticle, now: string, ingestedBy = 'unknown'): ArticleWritePlan {
  const parsed = cleanNames(written);
  const { id, contentHash: hash } = identifyArticle(parsed);
  const a = parsed.article;

  const personByName = new Map(
    parsed.entities.filter((e) => e.type === 'PERSON').flatMap((e) => [e.name, ...e.aliases].map((n) => [foldName(n), e.id] as const)),
  );
  const authors = a.authors.map((name) => ({ name, id: personByName.get(foldName(name)) ?? entityId('person', name) }));
  const entities: ParsedEntity[] = [
    ...parsed.entities,
    ...authors.filter((x) => !parsed.entities.some((e) => e.id === x.id)).map((x) => ({ id: x.id, type: 'PERSON' as const, name: x.name, aliases: [], roles: [] })),
  ];
  const authorIds = new Set(authors.map((x) => x.id));

  const topics = new Map(a.tags.map((tag) => [topicId(tag), tag]));
  for (const s of parsed.statements) for (const ref of s.about) if (ref.startsWith('topic:') && !topics.has(ref)) topics.set(ref, ref.slice('topic:'.length).replace(/-/g, ' '));

  const entityRows = Object.fromEntries(
    ENTITY_TYPES.map((type) => [
      Q.ENTITY_PARAM[type],
      entities
        .filter((e) => e.type === type)
        .map((e) => ({ id: e.id, name: e.name, foldedName: foldName(e.name), kind: e.kind ?? null, aliases: e.aliases, foldedAliases: e.aliases.map(foldName), roles: e.roles })),
    ]),
  );
  const entityIds = entities.map((e) => e.id);
  return {
    id,
    contentHash: hash,
    url: a.url ?? null,
    entityIds,
    statements: parsed.statements.length,
    events: parsed.events.length,
    data: {
      ...entityRows,
      entityIds,
      positions: parsed.entities.flatMap((e) => (e.positions ?? []).filter((p) => p.of).map((p) => ({ person: e.id, title: p.title, of: p.of }))),
      topics: [...topics].map(([tid, name]) => ({ id: tid, name, foldedName: foldName(name) })),
      article: {
        id, url: a.url ?? null, title: a.title, publishedAt: a.publishedAt, publishedDate: a.publishedAt.slice(0, 10),
        section: a.section ?? null, language: a.language ?? null, caption: a.caption ?? null, source: a.source ?? null,
        body: a.body, contentHash: hash, ingestedBy,
      },
      authors: [...authorIds],
      mentions: parsed.entities.map((e) => e.id).filter((eid) => !authorIds.has(eid)),
      events: parsed.events.map((ev) => ({ ...ev, foldedName: foldName(ev.name), endDate: ev.endDate ?? null })),
      statements: parsed.statements.map((s, order) => ({ ...s, order, verbAsWritten: s.verbAsWritten ?? null, anonymousSource: s.anonymousSource ?? null })),
      now,
    },
  };
}

async function findExisting(tx: Tx, plan: ArticleWritePlan): Promise<WriteResult | null> {
  const [found] = await tx.run<{ id: string; node: Record<string, unknown> }>(Q.FIND_EXISTING_ARTICLE, { id: plan.id, contentHash: plan.contentHash, url: plan.url });
  return found ? { articleId: found.id, article: found.node, status: 'unchanged', entitiesCreated: [], entitiesMatched: [], statements: 0, events: 0 } : null;
}

async function applyPlan(tx: Tx, plan: ArticleWritePlan): Promise<WriteResult> {
  const existing = await findExisting(tx, plan);
  if (existing) return existing;
  const [row] = await tx.run<{ known: string[]; node: Record<string, unknown> }>(Q.WRITE_ARTICLE, { data: plan.data });
  const known = new Set(row!.known);
  return {
    articleId: plan.id,
    article: row!.node,
    status: 'created',
    entitiesCreated: plan.entityIds.filter((e) => !known.has(e)),
    entitiesMatched: plan.entityIds.filter((e) => known.has(e)),
    statements: plan.statements,
    events: plan.events,
  };
}

/**
 * Writes one parsed article in ONE write transaction of two queries (find it, then write it all):
 * either everything lands or nothing does. Re-running it is a no-op (same id, URL or content hash
 * → "unchanged"); statements, entities, topics and events MERGE on their deterministic ids, so a
 * statement quoted by several reports is one node with a REPORTED_IN edge (carrying the evidence
 * sentence) to each of them.
 */
export async function writeArticle(executor: Executor, parsed: ParsedArticle, ingestedBy?: string): Promise<WriteResult> {
  const plan = planArticleWrite(parsed, new Date().toISOString(), ingestedBy);
  try {
    return await executor.writeTx((tx) => applyPlan(tx, plan));
  } catch (error) {
    // Two ingests of one article at once: both found nothing, the other committed first, and the
    // uniqueness constraints refused our copy. For us that article is simply already there.
    if (!isConstraintViolation(error)) throw error;
    const existing = await executor.writeTx((tx) => findExisting(tx, plan));
    if (existing) return existing;
    throw error;
  }
}

function isConstraintViolation(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
