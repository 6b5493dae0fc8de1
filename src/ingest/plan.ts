import type { Executor } from '../db/executor.js';
import type { EntityType, ParsedArticle } from './contract.js';
import type { EntityPlan, MatchHow } from './resolve/types.js';
import type { ArticleWritePlan } from './write/write-article.js';

/**
 * What ingesting one article will do, decided before anything is written: `ingest --dry-run` and
 * `parse` print it, and the write applies its `write` part and nothing else (IngestSession.apply).
 * What the graph holds may change between the plan and the write (another writer); the write
 * re-checks inside its transaction and its result says what it really did.
 */
export interface ArticlePlan {
  source: string;
  /** create: the article is new; unchanged: the graph holds it already (same id, URL or content): nothing is written. */
  action: 'create' | 'unchanged';
  article: { id: string; title: string; publishedAt: string; url: string | null; existing: string | null };
  entities: PlannedEntity[];
  statements: PlannedStatement[];
  events: PlannedEvent[];
  /** The ParsedArticle the write stores (merges followed). */
  parsed: ParsedArticle;
  /** The rows the write statement merges (write-article.ts). */
  write: ArticleWritePlan;
}

/**
 * How an entity of the article was found: resolution's MatchHow; `merge`: it resolved to an entity
 * an editor merged into this one (`mergedFrom`); `given`: the input was a ParsedArticle naming the id.
 */
export type PlannedMatch = MatchHow | 'merge' | 'given';

export interface PlannedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** match: the graph holds this id already; create: the write creates it. */
  action: 'match' | 'create';
  by: PlannedMatch;
  /** The merged-away ids that resolved here. */
  mergedFrom?: string[];
  author: boolean;
}

export interface PlannedStatement {
  id: string;
  speaker: string | null;
  text: string;
  /** new: the write creates it; corroborate: the graph holds it already and this article becomes another report of it. */
  action: 'new' | 'corroborate';
}

export interface PlannedEvent {
  id: string;
  name: string;
  date: string | null;
  /** new, or existing: the article is another mention of an event the graph holds. */
  action: 'new' | 'existing';
}

// One round trip: the article by id, content hash or URL (three index seeks, as FIND_EXISTING_ARTICLE), and which ids exist.
const EXISTING = `
CALL () {
  CALL () {
    MATCH (a:Article {id: $ids.article}) RETURN a
    UNION MATCH (a:Article {contentHash: $ids.contentHash}) RETURN a
    UNION MATCH (a:Article {url: $ids.url}) RETURN a
  }
  RETURN collect(a.id)[0] AS article
}
RETURN article,
       [id IN $ids.entities WHERE EXISTS { MATCH (:Entity {id: id}) }] AS entities,
       [id IN $ids.statements WHERE EXISTS { MATCH (:Statement {id: id}) }] AS statements,
       [id IN $ids.events WHERE EXISTS { MATCH (:Event {id: id}) }] AS events`;

/** What resolution said of each entity, and which merges it followed. */
export interface ResolutionNotes {
  entities: readonly EntityPlan[] | null;
  /** merged-away id → kept id, for the ids this article resolved to and merges replaced. */
  followed: ReadonlyMap<string, string>;
}

/** One read query: whether the article, its entities, statements and events are in the graph. */
export async function planArticle(executor: Executor, source: string, parsed: ParsedArticle, write: ArticleWritePlan, notes: ResolutionNotes): Promise<ArticlePlan> {
  const ids = {
    article: write.id, contentHash: write.contentHash, url: write.url,
    entities: write.entities.map((e) => e.id), statements: write.reports.map((s) => s.id), events: parsed.events.map((e) => e.id),
  };
  const [row] = await executor.read<{ article: string | null; entities: string[]; statements: string[]; events: string[] }>(EXISTING, { ids });
  const existing = row!.article;
  const found = { entities: new Set(row!.entities), statements: new Set(row!.statements), events: new Set(row!.events) };
  const resolved = new Map(notes.entities?.map((e) => [e.id, e]));
  const mergedInto = (id: string) => [...notes.followed].filter(([, keep]) => keep === id).map(([drop]) => drop);
  return {
    source,
    action: existing ? 'unchanged' : 'create',
    article: { id: write.id, title: parsed.article.title, publishedAt: parsed.article.publishedAt, url: write.url, existing },
    entities: write.entities.map((e) => {
      const from = mergedInto(e.id);
      const by: PlannedMatch = from.length ? 'merge' : notes.entities === null ? 'given' : (resolved.get(e.id)?.by ?? 'name');
      return { id: e.id, type: e.type, name: e.name, action: found.entities.has(e.id) ? 'match' : 'create', by, ...(from.length ? { mergedFrom: from } : {}), author: write.authors.has(e.id) };
    }),
    // Under the ids the graph knows them by: one with no speaker is this article's own (reportedStatementId).
    statements: parsed.statements.map((s, i) => {
      const id = write.reports[i]!.id;
      return { id, speaker: s.speaker, text: s.text, action: found.statements.has(id) ? 'corroborate' : 'new' };
    }),
    events: parsed.events.map((e) => ({ id: e.id, name: e.name, date: e.date, action: found.events.has(e.id) ? 'existing' : 'new' })),
    parsed,
    write,
  };
}

/** The plan as `--json` prints it: its decisions, without the rows the write statement takes. */
export function planSummary(plan: ArticlePlan): Omit<ArticlePlan, 'parsed' | 'write'> {
  const { parsed: _parsed, write: _write, ...summary } = plan;
  return summary;
}

/** The plan as text: one line per decision. */
export function describePlan(plan: ArticlePlan): string {
  const name = new Map(plan.entities.map((e) => [e.id, e.name]));
  const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
  const lines = [
    `${plan.source}: ${plan.action === 'create' ? 'create' : `unchanged (the graph holds it as ${plan.article.existing})`} ${plan.article.id}`,
    `  "${plan.article.title}" ${plan.article.publishedAt}`,
    `  Entities (${plan.entities.length}):`,
    ...plan.entities.map((e) => `    ${e.action === 'match' ? 'match ' : 'create'} ${e.id} "${e.name}"${e.action === 'match' || e.by !== 'new' ? ` by ${e.by}` : ''}${e.mergedFrom ? ` (merged: ${e.mergedFrom.join(', ')})` : ''}${e.author ? ' [author]' : ''}`),
    `  Statements (${plan.statements.length}):`,
    ...plan.statements.map((s) => `    ${s.action === 'new' ? 'new        ' : 'corroborate'} ${s.id} ${s.speaker ? (name.get(s.speaker) ?? s.speaker) : 'unattributed'}: ${short(s.text)}`),
    `  Events (${plan.events.length}):`,
    ...plan.events.map((e) => `    ${e.action === 'new' ? 'new     ' : 'existing'} ${e.id} ${e.date ?? 'undated'} ${e.name}`),
    '',
  ];
  return lines.join('\n');
}
