import type { Executor, Tx } from '../../db/executor.js';
import { articleId, contentHash, entityId, foldName, topicId } from '../../domain/ids.js';
import { ENTITY_TYPES, type ParsedArticle, type ParsedEntity } from '../contract.js';
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

/** Authors are PERSON entities found by name in parsed.entities (or new ones named after them). */
function authorEntities(parsed: ParsedArticle) {
  const byName = new Map(parsed.entities.filter((e) => e.type === 'PERSON').flatMap((e) => [e.name, ...e.aliases].map((n) => [foldName(n), e.id] as const)));
  return parsed.article.authors.map((name) => ({ name, id: byName.get(foldName(name)) }));
}

/**
 * Writes one parsed article in ONE write transaction of two queries (find it, then write it all):
 * either everything lands or nothing does.
 * Re-running it is a no-op (same id, URL or content hash → "unchanged"); statements, entities,
 * topics and events MERGE on their deterministic ids, so a statement quoted by several reports is
 * one node with a REPORTED_IN edge (carrying the evidence sentence) to each of them.
 */
export async function writeArticle(executor: Executor, parsed: ParsedArticle): Promise<WriteResult> {
  const { id, contentHash: hash } = identifyArticle(parsed);
  const a = parsed.article;
  const now = new Date().toISOString();

  const authors = authorEntities(parsed);
  const entities: ParsedEntity[] = [
    ...parsed.entities,
    ...authors.filter((x) => !x.id).map((x) => ({ id: entityId('person', x.name), type: 'PERSON' as const, name: x.name, aliases: [], roles: [] })),
  ];
  const authorIds = authors.map((x) => x.id ?? entityId('person', x.name));
  const topics = new Map(a.tags.map((tag) => [topicId(tag), tag]));
  for (const s of parsed.statements) for (const ref of s.about) if (ref.startsWith('topic:') && !topics.has(ref)) topics.set(ref, ref.slice('topic:'.length).replace(/-/g, ' '));

  const findExisting = async (tx: Tx): Promise<WriteResult | null> => {
    const [found] = await tx.run<{ id: string; node: Record<string, unknown> }>(Q.FIND_EXISTING_ARTICLE, { id, contentHash: hash, url: a.url ?? null });
    return found ? { articleId: found.id, article: found.node, status: 'unchanged' as const, entitiesCreated: [], entitiesMatched: [], statements: 0, events: 0 } : null;
  };

  try {
    return await write();
  } catch (error) {
    // Two ingests of one article at once: both found nothing, the other committed first, and the
    // uniqueness constraints refused our copy. For us that article is simply already there.
    if (!isConstraintViolation(error)) throw error;
    const existing = await executor.writeTx(findExisting);
    if (existing) return existing;
    throw error;
  }

  function write(): Promise<WriteResult> {
    return executor.writeTx(async (tx): Promise<WriteResult> => {
      const existing = await findExisting(tx);
      if (existing) return existing;
      const entityIds = entities.map((e) => e.id);
      const entityRows = Object.fromEntries(
        ENTITY_TYPES.map((type) => [
          Q.ENTITY_PARAM[type],
          entities
            .filter((e) => e.type === type)
            .map((e) => ({ id: e.id, name: e.name, foldedName: foldName(e.name), kind: e.kind ?? null, aliases: e.aliases, foldedAliases: e.aliases.map(foldName), roles: e.roles })),
        ]),
      );
      const authorSet = new Set(authorIds);
      const data = {
        ...entityRows,
        entityIds,
        positions: parsed.entities.flatMap((e) => (e.positions ?? []).filter((p) => p.of).map((p) => ({ person: e.id, title: p.title, of: p.of }))),
        topics: [...topics].map(([tid, name]) => ({ id: tid, name, foldedName: foldName(name) })),
        article: {
          id, url: a.url ?? null, title: a.title, publishedAt: a.publishedAt, publishedDate: a.publishedAt.slice(0, 10),
          section: a.section ?? null, language: a.language ?? null, caption: a.caption ?? null, source: a.source ?? null,
          body: a.body, contentHash: hash,
        },
        authors: authorIds,
        mentions: parsed.entities.map((e) => e.id).filter((eid) => !authorSet.has(eid)),
        events: parsed.events.map((ev) => ({ ...ev, foldedName: foldName(ev.name), endDate: ev.endDate ?? null })),
        statements: parsed.statements.map((s, order) => ({ ...s, order, verbAsWritten: s.verbAsWritten ?? null, anonymousSource: s.anonymousSource ?? null })),
        now,
      };
      const [row] = await tx.run<{ known: string[]; node: Record<string, unknown> }>(Q.WRITE_ARTICLE, { data });
      const known = new Set(row!.known);
      return {
        articleId: id,
        article: row!.node,
        status: 'created',
        entitiesCreated: entityIds.filter((e) => !known.has(e)),
        entitiesMatched: entityIds.filter((e) => known.has(e)),
        statements: parsed.statements.length,
        events: parsed.events.length,
      };
    });
  }
}

function isConstraintViolation(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
