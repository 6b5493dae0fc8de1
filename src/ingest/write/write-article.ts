import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits } from '../../config/config.js';
import type { Executor, Tx } from '../../db/executor.js';
import { canonicalUrl, outletOf } from '../../core/canonical-url.js';
import { articleId, contentHash, entityId, foldName, reportedStatementId, topicId } from '../../core/ids.js';
import { bandKeys, shingles } from '../../core/shingles.js';
import { articleFingerprint, bodyWords, titleKey } from '../../core/text-fingerprint.js';
import { ENTITY_TYPES, type EntityType, type ParsedArticle, type ParsedEntity, type Provenance } from '../contract.js';
import { checkArticle } from './article-limits.js';
import { cleanNames } from './clean-names.js';
import { RelatedUpkeep, type ReportedStatement } from './related.js';
import { NOTHING_REMOVED, detachContributions, settle, type Detached, type Removed } from './contributions.js';
import * as C from './contributions-cypher.js';
import { decideNaming, type AliasConflict, type GraphNames, type NamingDecision } from './naming.js';
import * as Q from './write-cypher.js';
import { decideWrite, findCandidates, findParams, mostSimilar, similarParams, type Candidate, type SimilarRow } from './decide-write.js';

export interface WriteResult {
  articleId: string;
  /** The article as stored (properties and labels), read in the writing transaction: no stale follower read. */
  article: Record<string, unknown>;
  /**
   * created: a new article; updated: a new version of the article at this canonical URL (its
   * contributions replaced, the previous version kept as an ArticleVersion); unchanged: the same
   * text is already in the graph (this article or one of its versions, or the same words without a
   * URL to tell them apart); republished: the same story as an article already in the graph
   * (≥ 90 % of its text), by another outlet: a Publication of that article.
   */
  status: 'created' | 'updated' | 'unchanged' | 'republished';
  /** republished: the Publication (this copy by another outlet) of the story `articleId`. */
  publication?: string;
  /** The article's version number after the write (1 for a new article). */
  version: number;
  /** What a new version took out of the graph with the one it replaced. */
  removed: Removed;
  entitiesCreated: string[];
  entitiesMatched: string[];
  statements: number;
  events: number;
  /** Aliases the article gave that were not recorded: each already names another entity (naming.ts). */
  aliasesRefused: AliasConflict[];
  /** Aliases other entities lost because this article created an entity of that name. */
  aliasesWithdrawn: AliasConflict[];
}

/** The article's identity: canonical URL when known, else its content; and its text fingerprint. */
export function identifyArticle(parsed: ParsedArticle): { id: string; contentHash: string; fingerprint: string; url: string | null } {
  const hash = contentHash(parsed.article.title, parsed.article.body);
  const url = parsed.article.url ? canonicalUrl(parsed.article.url) : null;
  return { id: articleId(url, hash), contentHash: hash, fingerprint: articleFingerprint(parsed.article.title, parsed.article.body), url };
}

/** What writing one article takes: its identity, its entities and the rest of WRITE_ARTICLE's map parameter. */
export interface ArticleWritePlan {
  id: string;
  contentHash: string;
  /** textFingerprint of the body: equal for copies that differ only in typography, encoding or boilerplate. */
  fingerprint: string;
  /** The title as compared between versions (titleKey). */
  titleKey: string;
  /** Word 5-shingles of the body (shingles.ts), for comparing it with similar articles. */
  shingles: ReadonlySet<number>;
  /** MinHash band keys of the shingles: how similar articles find each other. */
  bands: string[];
  /** The URL's host, or null. */
  outlet: string | null;
  /** Canonical URL; rawUrl as written (older releases stored that). */
  url: string | null;
  rawUrl: string | null;
  /** The statements the article reports: ids, speakers and what each is about. */
  reports: ReportedStatement[];
  /** Every entity the article names, authors included, in the order the summary reports them; names cleaned. */
  entities: ParsedEntity[];
  /** Ids of the entities the article is written by (the others it mentions). */
  authors: ReadonlySet<string>;
  /** Everything but the entity rows and links, which wait for the naming rule (withNaming). */
  data: Record<string, unknown>;
  statements: number;
  events: number;
}

/** `|folded|`, as an entity's nameKeys holds each of its names (migration 005). */
const nameKey = (name: string): string => `|${foldName(name).replace(/\|/g, ' ')}|`;

/** A map of the non-empty lists only: `SET r += naming` then writes nothing for an entity named plainly. */
function nonEmpty(lists: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0));
}

/**
 * Pure: a ParsedArticle → the rows the write statement merges. Authors are the PERSON entities of
 * the same name (or new ones); tags and the topics statements are about become Topic rows; the
 * article mentions every entity but its authors. `restoring`: the article's provenance from an
 * export, trusted by the caller (an operator's restore): it is recorded as ingestedBy/ingestedAt,
 * and `ingestedBy` and `now` as restoredBy/restoredAt.
 */
export function planArticleWrite(written: ParsedArticle, now: string, ingestedBy = 'unknown', limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS, restoring?: Provenance): ArticleWritePlan {
  checkArticle(written, limits);
  const parsed = cleanNames(written);
  const { id, contentHash: hash, fingerprint, url } = identifyArticle(parsed);
  const a = parsed.article;
  const bodyShingles = shingles(bodyWords(a.body));
  const bands = bandKeys(bodyShingles);
  const outlet = outletOf(url);

  const personByName = new Map(
    parsed.entities.filter((e) => e.type === 'PERSON').flatMap((e) => [e.name, ...e.aliases].map((n) => [foldName(n), e.id] as const)),
  );
  const authors = a.authors.map((name) => ({ name, id: personByName.get(foldName(name)) ?? entityId('person', name) }));
  const entities: ParsedEntity[] = [
    ...parsed.entities,
    ...authors.filter((x) => !parsed.entities.some((e) => e.id === x.id)).map((x) => ({ id: x.id, type: 'PERSON' as const, name: x.name, aliases: [], roles: [] })),
  ];
  const authorIds = new Set(authors.map((x) => x.id));

  // The statements under the ids the graph knows them by (reportedStatementId).
  const reported = parsed.statements.map((st) => ({ ...st, id: reportedStatementId(st.id, st.speaker, id) }));
  const topics = new Map(a.tags.map((tag) => [topicId(tag), tag]));
  for (const s of parsed.statements) for (const ref of s.about) if (ref.startsWith('topic:') && !topics.has(ref)) topics.set(ref, ref.slice('topic:'.length).replace(/-/g, ' '));

  return {
    id,
    contentHash: hash,
    fingerprint,
    titleKey: titleKey(a.title),
    shingles: bodyShingles,
    bands,
    outlet,
    url,
    rawUrl: a.url ?? null,
    reports: reported.map((st) => ({ id: st.id, speaker: st.speaker, about: st.about })),
    entities,
    authors: authorIds,
    statements: parsed.statements.length,
    events: parsed.events.length,
    data: {
      positions: parsed.entities.flatMap((e) => (e.positions ?? []).filter((p) => p.of).map((p) => ({ person: e.id, title: p.title, of: p.of }))),
      topics: [...topics].map(([tid, name]) => ({ id: tid, name, foldedName: foldName(name) })),
      article: {
        id, url, title: a.title, publishedAt: a.publishedAt, publishedDate: a.publishedAt.slice(0, 10),
        section: a.section ?? null, language: a.language ?? null, caption: a.caption ?? null, source: a.source ?? null,
        body: a.body, contentHash: hash, fingerprint, outlet, bandKeys: bands.join(''),
        ...(restoring
          ? { ingestedBy: restoring.ingestedBy, ingestedAt: restoring.ingestedAt, restoredBy: ingestedBy, restoredAt: now }
          : { ingestedBy, ingestedAt: now, restoredBy: null, restoredAt: null }),
      },
      events: parsed.events.map((ev) => ({ ...ev, foldedName: foldName(ev.name), endDate: ev.endDate ?? null })),
      statements: reported.map((s, order) => ({ ...s, order, verbAsWritten: s.verbAsWritten ?? null, anonymousSource: s.anonymousSource ?? null })),
      now,
    },
  };
}

/** The entity rows and the article's links, carrying what the naming rule let through. */
function withNaming(plan: ArticleWritePlan, naming: NamingDecision): Record<string, unknown> {
  const positions = new Map(plan.entities.map((e) => [e.id, (e.positions ?? []).filter((p) => p.of)]));
  const link = (e: ParsedEntity) => ({
    id: e.id,
    kind: e.kind ?? null,
    naming: nonEmpty({
      aliases: naming.aliases.get(e.id)!,
      roles: e.roles,
      // Parallel lists: a property holds no maps.
      positionTitles: positions.get(e.id)!.map((p) => p.title),
      positionsOf: positions.get(e.id)!.map((p) => p.of!),
    }),
  });
  const row = (e: ParsedEntity) => {
    const aliases = naming.aliases.get(e.id)!;
    return { id: e.id, name: e.name, foldedName: foldName(e.name), kind: e.kind ?? null, aliases, foldedAliases: aliases.map(foldName), roles: e.roles };
  };
  return {
    ...plan.data,
    ...Object.fromEntries(ENTITY_TYPES.map((type) => [Q.ENTITY_PARAM[type], plan.entities.filter((e) => e.type === type).map(row)])),
    withdrawals: naming.withdrawals.map((w) => ({ id: w.id, aliases: w.aliases, foldedAliases: w.aliases.map(foldName) })),
    authors: plan.entities.filter((e) => plan.authors.has(e.id)).map(link),
    mentions: plan.entities.filter((e) => !plan.authors.has(e.id)).map(link),
  };
}

const TYPE_OF_LABEL: Record<string, EntityType> = Object.fromEntries(ENTITY_TYPES.map((type) => [Q.ENTITY_LABEL[type], type]));

type NameRows = { existing: { id: string; label: string }[]; holders: { id: string; label: string; foldedName: string; aliases: string[] }[] };

const namesParams = (plan: ArticleWritePlan) => ({ ids: plan.entities.map((e) => e.id), keys: [...new Set(plan.entities.flatMap((e) => [e.name, ...e.aliases]).map(nameKey))] });

const graphNames = (row: NameRows): GraphNames => ({
  existing: new Map(row.existing.map((e) => [e.id, TYPE_OF_LABEL[e.label]!])),
  holders: row.holders.map((h) => ({ id: h.id, type: TYPE_OF_LABEL[h.label]!, foldedName: h.foldedName, aliases: h.aliases })),
});

async function readNames(tx: Tx, plan: ArticleWritePlan): Promise<GraphNames> {
  const [row] = await tx.run<NameRows>(Q.READ_NAMES, { names: namesParams(plan) });
  return graphNames(row!);
}

/** READ_BEFORE_WRITE: the candidates, similar articles and names of a plan in one round trip. */
async function readBeforeWrite(tx: Tx, plan: ArticleWritePlan): Promise<{ candidates: Candidate[]; similar: SimilarRow[]; names: GraphNames; reportedBefore: number }> {
  const [row] = await tx.run<NameRows & { candidates: Candidate[]; similar: SimilarRow[]; reportedBefore: number }>(Q.READ_BEFORE_WRITE, {
    find: findParams(plan), similar: similarParams(plan), names: namesParams(plan), reports: { statements: plan.reports.map((r) => r.id) },
  });
  return { candidates: row!.candidates, similar: row!.similar, names: graphNames(row!), reportedBefore: Number(row!.reportedBefore) };
}

function unchanged(candidate: Candidate): WriteResult {
  const article = candidate.story ?? candidate.node;
  return {
    articleId: String(article.id), article, ...(candidate.story ? { publication: candidate.id } : {}), status: 'unchanged', version: Number(candidate.node.version ?? 1), removed: NOTHING_REMOVED,
    entitiesCreated: [], entitiesMatched: [], statements: 0, events: 0, aliasesRefused: [], aliasesWithdrawn: [],
  };
}

export async function findExisting(tx: Tx, plan: ArticleWritePlan): Promise<WriteResult | null> {
  const decision = decideWrite(plan, await findCandidates(tx, plan));
  return decision.kind === 'unchanged' ? unchanged(decision.candidate) : null;
}

const NOTHING_DETACHED: Detached = { statements: [], entities: [], events: [], topics: [] };

async function republish(tx: Tx, plan: ArticleWritePlan, of: string, similarity: number): Promise<WriteResult> {
  const a = plan.data.article as Record<string, unknown>;
  const [row] = await tx.run<{ node: Record<string, unknown> }>(Q.WRITE_PUBLICATION, {
    pub: { of, id: plan.id, url: plan.url, title: a.title, publishedAt: a.publishedAt, outlet: plan.outlet, source: a.source, body: a.body,
           contentHash: plan.contentHash, fingerprint: plan.fingerprint, similarity, now: plan.data.now, ingestedBy: a.ingestedBy },
  });
  return {
    articleId: of, article: row!.node, status: 'republished', publication: plan.id, version: Number(row!.node.version ?? 1), removed: NOTHING_REMOVED,
    entitiesCreated: [], entitiesMatched: [], statements: 0, events: 0, aliasesRefused: [], aliasesWithdrawn: [],
  };
}

/**
 * Writes one planned article inside `tx` (several may share one transaction: bulk ingest). With
 * `upkeep`, the RELATED_TO net change of a new article waits for the caller's upkeep.apply() after
 * the transaction's last article: one count for the batch instead of one per article. A new version
 * applies what is pending and its own change at once (it may delete what a later article creates
 * again, RelatedUpkeep); without `upkeep`, every write applies its own.
 */
export async function applyPlan(tx: Tx, plan: ArticleWritePlan, upkeep?: RelatedUpkeep): Promise<WriteResult> {
  const read = await readBeforeWrite(tx, plan);
  let decision = decideWrite(plan, read.candidates);
  if (decision.kind === 'unchanged') return unchanged(decision.candidate);
  if (decision.kind === 'version' && decision.candidate.story) {
    // A copy by another outlet came back with other text: it is judged afresh.
    await tx.run(C.DELETE_PUBLICATION, { id: decision.candidate.id });
    decision = { kind: 'create' };
  }
  if (decision.kind === 'create') {
    const similar = mostSimilar(plan, read.similar);
    if (similar) decision = { kind: 'publication', of: similar.id, similarity: similar.similarity };
  }
  if (decision.kind === 'publication') return republish(tx, plan, decision.of, decision.similarity);
  const version = decision.kind === 'version';
  // The RELATED_TO pairs of this article and of those its reports may change are read before its
  // links change and only their net change written after (related.ts), in this transaction. A new
  // version takes reports away: every article reporting its statements is counted again.
  const statements = version ? plan.reports.map((r) => ({ ...r, about: null })) : plan.reports;
  const related = upkeep ?? new RelatedUpkeep(tx);
  if (version) await related.apply();
  // A new article whose statements are all new has no pairs yet and changes no one else's: nothing to read.
  if (version || read.reportedBefore > 0) await related.read({ articles: [plan.id], statements });
  else related.wrote(plan.id);
  let detached = NOTHING_DETACHED;
  if (version) {
    // One transaction: the old version's naming, links and reports go, it is archived, the new one
    // is written on the same node, and only then is whatever nothing holds any more removed — so an
    // entity both versions mention keeps its node.
    detached = await detachContributions(tx, plan.id);
    await tx.run(C.ARCHIVE_VERSION, { id: plan.id, now: plan.data.now });
  }
  // A new version's detach changed names (its naming undone): read them again after it.
  const names = version ? await readNames(tx, plan) : read.names;
  const naming = decideNaming(plan.entities, names);
  const [row] = await tx.run<{ node: Record<string, unknown> }>(version ? Q.REWRITE_ARTICLE : Q.WRITE_ARTICLE, { data: withNaming(plan, naming) });
  // A new article only added reports (WRITE_ARTICLE settled their wording); a new version also
  // took some away, so its statements and what it detached are settled again.
  const removed = version ? await settle(tx, [...detached.statements, ...plan.reports.map((r) => r.id)], detached) : NOTHING_REMOVED;
  if (version || !upkeep) await related.apply();
  const ids = plan.entities.map((e) => e.id);
  return {
    articleId: plan.id,
    article: row!.node,
    status: version ? 'updated' : 'created',
    version: Number(row!.node.version ?? 1),
    removed,
    entitiesCreated: ids.filter((e) => !names.existing.has(e)),
    entitiesMatched: ids.filter((e) => names.existing.has(e)),
    statements: plan.statements,
    events: plan.events,
    aliasesRefused: naming.refused,
    aliasesWithdrawn: naming.withdrawn,
  };
}

/**
 * Writes one parsed article in ONE write transaction (find it, then write it all, then settle its
 * statements): either everything lands or nothing does. Re-running it is a no-op (same URL and
 * text, or same text → "unchanged"); new text at a known URL is a new version (decideWrite); statements, entities, topics and events MERGE on their deterministic ids, so a
 * statement quoted by several reports is one node with a REPORTED_IN edge (carrying the evidence
 * sentence) to each of them.
 */
export async function writeArticle(executor: Executor, parsed: ParsedArticle, ingestedBy?: string, limits?: ArticleLimits): Promise<WriteResult> {
  return writePlannedArticle(executor, planArticleWrite(parsed, new Date().toISOString(), ingestedBy, limits));
}

/** Writes what planArticleWrite planned (and nothing else), as writeArticle describes. */
export async function writePlannedArticle(executor: Executor, plan: ArticleWritePlan): Promise<WriteResult> {
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

export function isConstraintViolation(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
