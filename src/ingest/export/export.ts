import { statementId } from '../../core/ids.js';
import type { Executor } from '../../db/executor.js';
import type { EntityType, ParsedArticle, ParsedEntity, ParsedEvent, ParsedStatement } from '../contract.js';
import type { MergeLine } from '../merge/merge.js';
import { EXPORT_ARTICLES, EXPORT_MERGES } from './export-cypher.js';

/**
 * `newsgraph export`: the graph as JSON Lines that `ingest` reads back into an empty graph with the
 * same nodes, relationships and ids. One ParsedArticle per line, in ingest order (so every name is
 * first written by the same article again), then one `{"merge": …}` line per merge in force.
 */

const TYPE_OF_LABEL: Record<string, EntityType> = { Person: 'PERSON', Organization: 'ORGANIZATION', Place: 'PLACE' };

interface ArticleRow {
  article: { title: string; publishedAt: string; url: string | null; section: string | null; language: string | null; caption: string | null; source: string | null; body: string };
  tags: string[];
  authors: string[];
  entities: { id: string; name: string; kind: string | null; aliases: string[]; roles: string[]; type: string; positions: { title: string; of: string }[] }[];
  statements: { id: string; text: string; kind: ParsedStatement['kind']; verb: string; verbAsWritten: string | null; anonymousSource: string | null; evidence: ParsedStatement['evidence']; speaker: string | null; about: string[] }[];
  events: { id: string; name: string; kind: string; date: string | null; endDate: string | null; status: ParsedEvent['status']; participants: string[] }[];
  provenance: { ingestedBy: string | null; ingestedAt: string | null };
}

const defined = <T extends Record<string, unknown>>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;

/**
 * Pure: one article as its ParsedArticle. Links that reach beyond the article (an event's
 * participants, a statement's subjects, a person's positions) are kept to the ids this article
 * names, which is how each was written. A statement an editor's merge gave a new speaker gets the
 * id that speaker gives it (the contract derives statement ids from speaker and text).
 */
export function toParsedArticle(row: ArticleRow): ParsedArticle {
  const entityIds = new Set(row.entities.map((e) => e.id));
  const ids = new Set([...entityIds, ...row.events.map((e) => e.id)]);
  const name = new Map(row.entities.map((e) => [e.id, e.name]));
  const entities: ParsedEntity[] = row.entities.map((e) => {
    const positions = e.positions.filter((p) => entityIds.has(p.of));
    return defined({ id: e.id, type: TYPE_OF_LABEL[e.type]!, name: e.name, aliases: e.aliases, roles: e.roles, kind: e.kind ?? undefined, ...(positions.length ? { positions } : {}) });
  });
  const statements: ParsedStatement[] = row.statements.map((s) => {
    const speaker = s.speaker !== null && ids.has(s.speaker) ? s.speaker : null;
    const statement = defined({
      id: statementId(speaker, s.text),
      speaker,
      anonymousSource: s.anonymousSource ?? undefined,
      verb: s.verb,
      verbAsWritten: s.verbAsWritten ?? undefined,
      kind: s.kind,
      text: s.text,
      about: s.about.filter((x) => x.startsWith('topic:') || ids.has(x)),
      evidence: s.evidence,
    }) as ParsedStatement & { speaker: string | null };
    return { ...statement, speaker };
  });
  // speaker and date are null when unknown, not left out.
  const events: ParsedEvent[] = row.events.map((ev) => ({ ...defined({ ...ev, endDate: ev.endDate ?? undefined, participants: ev.participants.filter((p) => entityIds.has(p)) }), date: ev.date }));
  const a = row.article;
  const { ingestedBy, ingestedAt } = row.provenance;
  return {
    article: defined({ title: a.title, publishedAt: a.publishedAt, authors: row.authors.map((id) => name.get(id)!), tags: row.tags, url: a.url ?? undefined, section: a.section ?? undefined, language: a.language ?? undefined, caption: a.caption ?? undefined, source: a.source ?? undefined, body: a.body }),
    entities,
    statements,
    events,
    // Who ingested it: a restore by an operator (`newsgraph ingest <export>.jsonl`) records it again.
    ...(ingestedBy && ingestedAt ? { provenance: { ingestedBy, ingestedAt } } : {}),
  };
}

/** Writes every article and merge, one JSON line each, `pageSize` articles per read; returns the counts. */
export async function exportGraph(executor: Executor, write: (line: string) => Promise<void> | void, pageSize = 200): Promise<{ articles: number; merges: number }> {
  let articles = 0;
  for (let skip = 0; ; skip += pageSize) {
    const rows = await executor.read<ArticleRow & Record<string, unknown>>(EXPORT_ARTICLES, { skip, limit: pageSize });
    for (const row of rows) await write(JSON.stringify(toParsedArticle(row)));
    articles += rows.length;
    if (rows.length < pageSize) break;
  }
  const merges = await executor.read<MergeLine['merge'] & Record<string, unknown>>(EXPORT_MERGES);
  for (const merge of merges) await write(JSON.stringify({ merge } satisfies MergeLine));
  return { articles, merges: merges.length };
}
