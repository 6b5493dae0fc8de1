import { foldName } from '../../core/ids.js';
import { ENTITY_TYPES, type EntityType, type ParsedEntity } from '../contract.js';
import { decideWrite, MIN_SHARED_BANDS, SAME_STORY_SIMILARITY, type Candidate } from '../write/decide-write.js';
import { decideNaming, type AliasConflict, type GraphNames, type NamingDecision } from '../write/naming.js';
import type { ArticleWritePlan } from '../write/write-article.js';
import { ENTITY_LABEL } from '../write/write-cypher.js';
import { ShingleMemory, type ShingleHandle, type ShingleStore } from './shingle-store.js';

/**
 * The graph an empty database would hold after WRITE_ARTICLE (write-cypher.ts) ran for each
 * planned article in turn, folded as rows for a RowSink, so that `import --bulk` can hand it to
 * neo4j-admin as tables instead of writing it through transactions. Pure: every rule here is the
 * write Cypher's, restated — which node a MERGE creates and which properties only its creation sets,
 * which report words a statement (the earliest-published), which report gives an entity its kind
 * (WINS_KIND), which aliases an article may give (the naming rule, naming.ts, fed with what
 * READ_NAMES would read), and whether an article is new at all (decideWrite with what
 * FIND_EXISTING_ARTICLE and FIND_SIMILAR_ARTICLES would find). A property Cypher sets to null is
 * absent here too.
 *
 * Streamed, for loads of millions of articles: a row goes to the sink as soon as no later article
 * can change it, and only what a later article's write reads or changes stays in memory, per
 * distinct node and never per relationship:
 * - articles, publications, topics and events never change once created: their rows go out at
 *   once; kept are the fields FIND_EXISTING_ARTICLE / FIND_SIMILAR_ARTICLES compare (ids, URL,
 *   outlet, title, hashes; the body's shingles in a ShingleStore) and the ids the links check;
 * - relationships from an article (MENTIONS, WRITTEN_BY, TAGGED, REPORTED_IN) are merged within
 *   that article only, and go out when it is folded; the ones later articles MERGE again go out
 *   when created, remembered on their node (HOLDS_ROLE on the person, PARTICIPATED_IN on the
 *   event, ABOUT on the statement);
 * - entities (kind, aliases and roles change with later reports), statements (wording and first
 *   and last report) and STATED (the settled verb) are written by `finish()`.
 *
 * Not folded: a new version of an article already loaded (same canonical URL, other text). That
 * takes the old version's contributions out again (contributions.ts); `apply` answers `deferred`
 * and the caller writes it through `ingest` once the import is done. So is a second copy for a
 * Publication already written (its row is out; ingest sets it again).
 */

export type Props = Record<string, string | number | string[] | null>;

export interface NodeRow {
  labels: readonly string[];
  props: Props;
}

export interface RelRow {
  type: string;
  from: string;
  to: string;
  props: Props;
}

/** Where the rows go: each node and relationship once, final. */
export interface RowSink {
  node(row: NodeRow): void;
  relationship(row: RelRow): void;
}

/** A sink that keeps every row: for tests and small folds. */
export class RowCollector implements RowSink {
  readonly nodes: NodeRow[] = [];
  readonly relationships: RelRow[] = [];
  node(row: NodeRow): void {
    this.nodes.push(row);
  }
  relationship(row: RelRow): void {
    this.relationships.push(row);
  }
}

/** What folding one article did, as WriteResult says it (the parts learning and the summary need). */
export type FoldResult =
  | {
      status: 'created';
      articleId: string;
      entitiesCreated: string[];
      entitiesMatched: string[];
      aliasesRefused: AliasConflict[];
      aliasesWithdrawn: AliasConflict[];
    }
  | { status: 'unchanged' | 'republished'; articleId: string; publication?: string }
  /** A new version of an article already folded: to be written by `ingest` after the import. */
  | { status: 'deferred'; articleId: string };

interface EntityNode {
  type: EntityType;
  props: {
    id: string; name: string; foldedName: string; aliases: string[]; foldedAliases: string[]; roles: string[]; createdAt: string;
    kind: string | null; kindFrom: string | null; kindFromMs: number | null; nameKeys: string;
  };
  /** HOLDS_ROLE written from this person: `of` and title. */
  holds?: Set<string>;
}

/** Where a report stands in SETTLE_STATEMENT_WORDING's order. */
interface ReportPoint {
  articleId: string;
  ms: number;
  publishedAt: string;
  order: number;
}

/** The earliest report keeps the wording it gives the statement. */
type WordingReport = ReportPoint & Pick<StatementRow, 'text' | 'kind' | 'verb' | 'verbAsWritten' | 'anonymousSource'>;

interface StatementNode {
  createdAt: string;
  earliest: WordingReport;
  latest: ReportPoint;
  /**
   * STATED from these speakers, written by finish() with the settled verb. This list, `about` and
   * an event's participants are replaced rather than pushed to: a pushed array reserves room for
   * 16 more, for each of millions of statements.
   */
  speakers: string[];
  /** ABOUT written to these. */
  about: string[];
}

interface StatementRow {
  id: string; speaker: string | null; text: string; kind: string; verb: string; verbAsWritten: string | null; anonymousSource: string | null;
  about: string[]; order: number; evidence: { sentence: string; start: number; end: number };
}

/** What FIND_EXISTING_ARTICLE compares of an article or publication (decideWrite). */
interface ArticleKeys {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string;
  contentHash: string;
  fingerprint: string;
}

interface ArticleNode extends ArticleKeys {
  /** Shingles of the body, for FIND_SIMILAR_ARTICLES' exact comparison. */
  shingles: ShingleHandle;
}

/** The instant of an ISO date-time as Neo4j's datetime(x).epochMillis: a time without an offset is UTC. */
export function epochMillis(iso: string): number {
  const withZone = /T.*(Z|[+-]\d\d(:?\d\d)?)$/i.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date-time: ${iso}`);
  return ms;
}

/** nameKeys as write-cypher's NAME_KEYS builds it. */
const nameKeys = (foldedName: string, foldedAliases: readonly string[]): string => `|${[foldedName, ...foldedAliases].map((k) => `${k.replace(/\|/g, ' ')}|`).join('')}`;
/** The elements of nameKeys: what `nameKeys CONTAINS '|key|'` finds. */
const keyElements = (foldedName: string, foldedAliases: readonly string[]): string[] => [foldedName, ...foldedAliases].map((k) => k.replace(/\|/g, ' '));

/**
 * A copy of `s` that keeps nothing else alive. A string cut from a longer one (a title or a quote
 * parsed out of the raw file on the main thread) may hold the whole text it was cut from; what the
 * fold keeps for the rest of the load must not keep article bodies with it.
 */
const own = (s: string): string => ` ${s}`.slice(1);
const ownOrNull = (s: string | null): string | null => (s === null ? null : own(s));

/** A band key (`|b<band>:<hex>|`, shingles.ts) as one number: the same key, without a string per article and band. */
function bandNumber(key: string): number {
  const colon = key.indexOf(':');
  return Number(key.slice(2, colon)) * 2 ** 32 + parseInt(key.slice(colon + 1, -1), 16);
}

/** Adds `id` to the list at `key`; one id is held bare (most keys have one article). */
function addTo<K>(map: Map<K, string | string[]>, key: K, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'string') map.set(key, [ids, id]);
  else ids.push(id);
}

const idsAt = <K>(map: Map<K, string | string[]>, key: K): readonly string[] => {
  const ids = map.get(key);
  return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
};

/** `a` before `b` in the order SETTLE_STATEMENT_WORDING reads reports: instant, article id, reading order. */
const reportsBefore = (a: ReportPoint, b: ReportPoint): boolean => a.ms !== b.ms ? a.ms < b.ms : a.articleId !== b.articleId ? a.articleId < b.articleId : a.order < b.order;

export class GraphTables {
  private readonly entities = new Map<string, EntityNode>();
  /** nameKeys element → ids of the entities holding it (the entity_name_keys index). */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly topics = new Set<string>();
  /** Event id → the entities PARTICIPATED_IN it. */
  private readonly events = new Map<string, string[]>();
  private readonly statements = new Map<string, StatementNode>();
  private readonly articles = new Map<string, ArticleNode>();
  private readonly publications = new Map<string, ArticleKeys & { of: string }>();
  /** FIND_EXISTING_ARTICLE's seeks: url, contentHash, fingerprint → article ids in creation order. */
  private readonly articleBy = { url: new Map<string, string | string[]>(), contentHash: new Map<string, string | string[]>(), fingerprint: new Map<string, string | string[]>() };
  /** MinHash band (bandNumber) → article ids (the bandKeys text index). */
  private readonly byBand = new Map<number, string | string[]>();
  /** The article being folded's relationships, keyed as their MERGE patterns are: a second MERGE of the same key changes nothing (or what SET says). */
  private readonly articleRels = new Map<string, RelRow>();
  /** One copy of each statement kind, verb and outlet: a few hundred values repeated across millions of rows. */
  private readonly words = new Map<string, string>();
  private readonly written = { nodes: 0, relationships: 0 };
  private finished = false;

  constructor(
    private readonly sink: RowSink,
    private readonly shingles: ShingleStore = new ShingleMemory(),
  ) {}

  /** Folds one planned article as writePlannedArticle would write it into this graph. Throws ArticleRefusedError as the naming rule does (nothing folded). */
  apply(plan: ArticleWritePlan): FoldResult {
    if (this.finished) throw new Error('GraphTables: apply after finish');
    const decision = decideWrite(plan, this.findCandidates(plan));
    if (decision.kind === 'unchanged') {
      const c = decision.candidate;
      return c.story ? { status: 'unchanged', articleId: String(c.story.id), publication: c.id } : { status: 'unchanged', articleId: c.id };
    }
    if (decision.kind === 'version') return { status: 'deferred', articleId: plan.id };
    const similar = decision.kind === 'create' ? this.findSimilar(plan) : null;
    if (decision.kind === 'publication' || similar) {
      // Its row is written already (found by id only when more than 8 candidates came before it).
      if (this.publications.has(plan.id)) return { status: 'deferred', articleId: plan.id };
      const of = decision.kind === 'publication' ? decision : similar!;
      this.republish(plan, 'of' in of ? of.of : of.id, of.similarity);
      return { status: 'republished', articleId: 'of' in of ? of.of : of.id, publication: plan.id };
    }
    const names = this.readNames(plan);
    const naming = decideNaming(plan.entities, names);
    this.write(plan, naming);
    const ids = plan.entities.map((e) => e.id);
    return {
      status: 'created', articleId: plan.id,
      entitiesCreated: ids.filter((id) => !names.existing.has(id)), entitiesMatched: ids.filter((id) => names.existing.has(id)),
      aliasesRefused: naming.refused, aliasesWithdrawn: naming.withdrawn,
    };
  }

  /** Writes the rows later articles could have changed: entities, statements and STATED. No article is folded after. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const e of this.entities.values()) this.node({ labels: [ENTITY_LABEL[e.type], 'Entity'], props: { ...e.props } });
    for (const [id, s] of this.statements) {
      const r = s.earliest;
      this.node({
        labels: ['Statement'],
        props: {
          id, createdAt: s.createdAt, text: r.text, kind: r.kind, verb: r.verb, verbAsWritten: r.verbAsWritten, anonymousSource: r.anonymousSource,
          firstReportedAt: r.publishedAt, firstReportedMs: r.ms, lastReportedAt: s.latest.publishedAt, lastReportedMs: s.latest.ms,
        },
      });
      // STATED carries its statement's settled verb, as the last write to it left it.
      for (const speaker of s.speakers) this.relationship({ type: 'STATED', from: speaker, to: id, props: { verb: r.verb, verbAsWritten: r.verbAsWritten } });
    }
  }

  /** Rows the graph holds: written so far, and after finish() all of them. */
  get size(): { nodes: number; relationships: number; articles: number } {
    let pending = { nodes: 0, relationships: 0 };
    if (!this.finished) pending = { nodes: this.entities.size + this.statements.size, relationships: [...this.statements.values()].reduce((n, s) => n + s.speakers.length, 0) };
    return { nodes: this.written.nodes + pending.nodes, relationships: this.written.relationships + pending.relationships, articles: this.articles.size };
  }

  private word(s: string): string {
    let copy = this.words.get(s);
    if (copy === undefined) this.words.set((copy = own(s)), copy);
    return copy;
  }

  private node(row: NodeRow): void {
    this.sink.node(row);
    this.written.nodes++;
  }

  private relationship(row: RelRow): void {
    this.sink.relationship(row);
    this.written.relationships++;
  }

  /** FIND_EXISTING_ARTICLE: at its id or URL first, then by content hash and fingerprint, then a Publication at its id. */
  private findCandidates(plan: ArticleWritePlan): Candidate[] {
    const found: Candidate[] = [];
    const seen = new Set<string>();
    const add = (id: string | undefined, by: 'url' | 'content') => {
      if (id === undefined || seen.has(`${by}\u0000${id}`)) return;
      seen.add(`${by}\u0000${id}`);
      found.push({ id, by, node: this.keysOf(id), story: null, versions: [] });
    };
    if (this.articles.has(plan.id)) add(plan.id, 'url');
    for (const url of new Set([plan.url, plan.rawUrl])) if (url !== null) for (const id of idsAt(this.articleBy.url, url)) add(id, 'url');
    for (const id of idsAt(this.articleBy.contentHash, plan.contentHash)) add(id, 'content');
    for (const id of idsAt(this.articleBy.fingerprint, plan.fingerprint)) add(id, 'content');
    const publication = this.publications.get(plan.id);
    if (publication) found.push({ id: plan.id, by: 'url', node: { ...publication }, story: this.keysOf(publication.of), versions: [] });
    return found.slice(0, 8);
  }

  private keysOf(articleId: string): Record<string, unknown> {
    const { id, url, outlet, title, contentHash, fingerprint } = this.articles.get(articleId)!;
    return { id, url, outlet, title, contentHash, fingerprint };
  }

  /** FIND_SIMILAR_ARTICLES and findSimilar: the other outlet's article most like this one, at SAME_STORY_SIMILARITY or more. */
  private findSimilar(plan: ArticleWritePlan): { id: string; similarity: number } | null {
    if (plan.bands.length === 0) return null;
    const shared = new Map<string, number>();
    for (const key of plan.bands) for (const id of idsAt(this.byBand, bandNumber(key))) shared.set(id, (shared.get(id) ?? 0) + 1);
    const outletKey = (o: string | null) => o ?? '';
    const rows = [...shared]
      .filter(([id, n]) => n >= MIN_SHARED_BANDS && outletKey(this.articles.get(id)!.outlet) !== outletKey(plan.outlet))
      .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, 20);
    let best: { id: string; similarity: number } | null = null;
    for (const [id] of rows) {
      const article = this.articles.get(id)!;
      if (article.outlet === plan.outlet) continue;
      const similarity = jaccardSorted(plan.shingles, this.shingles.read(article.shingles));
      if (similarity >= SAME_STORY_SIMILARITY && (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id))) best = { id, similarity };
    }
    return best;
  }

  /** WRITE_PUBLICATION, for a publication not written before. */
  private republish(plan: ArticleWritePlan, of: string, similarity: number): void {
    const a = plan.data.article as Record<string, string | null>;
    this.publications.set(plan.id, { id: plan.id, of, url: ownOrNull(plan.url), outlet: plan.outlet === null ? null : this.word(plan.outlet), title: own(a.title!), contentHash: plan.contentHash, fingerprint: plan.fingerprint });
    this.node({
      labels: ['Publication'],
      props: {
        id: plan.id, url: plan.url, title: a.title!, publishedAt: a.publishedAt!, publishedMs: epochMillis(a.publishedAt!), outlet: plan.outlet,
        source: a.source ?? null, body: a.body!, contentHash: plan.contentHash, fingerprint: plan.fingerprint, similarity, ingestedAt: String(plan.data.now), ingestedBy: a.ingestedBy ?? null,
      },
    });
    this.relationship({ type: 'REPUBLISHES', from: plan.id, to: of, props: {} });
  }

  /** READ_NAMES: the types of the article's ids the graph holds, and every entity holding one of its names. */
  private readNames(plan: ArticleWritePlan): GraphNames {
    const existing = new Map<string, EntityType>();
    for (const e of plan.entities) {
      const node = this.entities.get(e.id);
      if (node) existing.set(e.id, node.type);
    }
    const holderIds = new Set<string>();
    for (const name of plan.entities.flatMap((e) => [e.name, ...e.aliases])) for (const id of this.byKey.get(foldName(name).replace(/\|/g, ' ')) ?? []) holderIds.add(id);
    const holders = [...holderIds].map((id) => {
      const e = this.entities.get(id)!;
      return { id, type: e.type, foldedName: e.props.foldedName, aliases: e.props.aliases };
    });
    return { existing, holders };
  }

  /** WRITE_ARTICLE for a new article, after the naming rule. */
  private write(plan: ArticleWritePlan, naming: NamingDecision): void {
    const data = plan.data as {
      now: string;
      article: Record<string, string | null>;
      positions: { person: string; title: string; of: string }[];
      topics: { id: string; name: string; foldedName: string }[];
      events: { id: string; name: string; foldedName: string; kind: string; date: string | null; endDate: string | null; status: string; participants: string[] }[];
      statements: StatementRow[];
    };
    const now = data.now;
    const articleId = plan.id;
    const ms = epochMillis(data.article.publishedAt!);
    const publishedAt = own(data.article.publishedAt!);

    for (const w of naming.withdrawals) this.setAliases(w.id, w.aliases, w.aliases.map(foldName));
    for (const type of ENTITY_TYPES) for (const e of plan.entities.filter((x) => x.type === type)) this.mergeEntity(e, naming.aliases.get(e.id)!, articleId, ms, now);
    for (const p of data.positions) {
      const person = this.entities.get(p.person);
      if (person?.type !== 'PERSON' || !this.entities.has(p.of)) continue;
      const key = `${p.of}\u0000${p.title}`;
      if (person.holds?.has(key)) continue;
      (person.holds ??= new Set()).add(key);
      this.relationship({ type: 'HOLDS_ROLE', from: p.person, to: p.of, props: { title: p.title } });
    }
    for (const t of data.topics) {
      if (this.topics.has(t.id)) continue;
      this.topics.add(t.id);
      this.node({ labels: ['Topic'], props: { id: t.id, name: t.name, foldedName: t.foldedName, createdAt: now } });
    }

    this.node({ labels: ['Article'], props: { ...data.article, publishedMs: ms, version: 1 } });
    this.articles.set(articleId, {
      id: articleId, url: ownOrNull(plan.url), outlet: plan.outlet === null ? null : this.word(plan.outlet), title: own(data.article.title!), contentHash: plan.contentHash, fingerprint: plan.fingerprint,
      shingles: this.shingles.keep(plan.shingles),
    });
    for (const [index, value] of [['url', plan.url], ['contentHash', plan.contentHash], ['fingerprint', plan.fingerprint]] as const) {
      if (value !== null) addTo(this.articleBy[index], value, articleId);
    }
    for (const key of new Set(plan.bands)) addTo(this.byBand, bandNumber(key), articleId);

    const positions = new Map(plan.entities.map((e) => [e.id, (e.positions ?? []).filter((p) => p.of)]));
    const link = (e: ParsedEntity): Props => {
      const lists: Record<string, string[]> = {
        aliases: naming.aliases.get(e.id)!, roles: e.roles, positionTitles: positions.get(e.id)!.map((p) => p.title), positionsOf: positions.get(e.id)!.map((p) => p.of!),
      };
      return { ...Object.fromEntries(Object.entries(lists).filter(([, l]) => l.length > 0)), kind: e.kind ?? null };
    };
    for (const e of plan.entities) {
      const author = plan.authors.has(e.id);
      if (author ? this.entities.get(e.id)?.type === 'PERSON' : this.entities.has(e.id)) this.mergeRel(author ? 'WRITTEN_BY' : 'MENTIONS', articleId, e.id, link(e));
    }
    for (const t of data.topics) this.mergeRel('TAGGED', articleId, t.id);

    for (const ev of data.events) {
      let participants = this.events.get(ev.id);
      if (!participants) {
        this.events.set(ev.id, (participants = []));
        this.node({ labels: ['Event'], props: { id: ev.id, name: ev.name, foldedName: ev.foldedName, kind: ev.kind, date: ev.date, endDate: ev.endDate, status: ev.status, createdAt: now } });
      }
      this.mergeRel('MENTIONS', articleId, ev.id, { participants: ev.participants });
      for (const pid of ev.participants) {
        if (!this.entities.has(pid) || participants.includes(pid)) continue;
        participants = [...participants, pid];
        this.events.set(ev.id, participants);
        this.relationship({ type: 'PARTICIPATED_IN', from: pid, to: ev.id, props: {} });
      }
    }

    for (const row of data.statements) {
      const report: ReportPoint = { articleId, ms, publishedAt, order: row.order };
      // A literal of all its fields: an object spread and extended may be held as a dictionary, several times the size.
      const wording = (): WordingReport => ({
        articleId, ms, publishedAt, order: row.order, text: own(row.text), kind: this.word(row.kind), verb: this.word(row.verb),
        verbAsWritten: row.verbAsWritten === null ? null : this.word(row.verbAsWritten), anonymousSource: ownOrNull(row.anonymousSource),
      });
      let s = this.statements.get(row.id);
      const reportKey = `REPORTED_IN\u0000${row.id}\u0000${articleId}\u0000`;
      if (!s) this.statements.set(row.id, (s = { createdAt: now, earliest: wording(), latest: report, speakers: [], about: [] }));
      else if (!this.articleRels.has(reportKey)) {
        // MERGE … ON CREATE: a statement an article reports twice keeps its first report.
        if (reportsBefore(report, s.earliest)) s.earliest = wording();
        if (reportsBefore(s.latest, report)) s.latest = report;
      }
      if (!this.articleRels.has(reportKey)) {
        const r: Props = {
          sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end, order: row.order, text: row.text, kind: row.kind, verb: row.verb,
          verbAsWritten: row.verbAsWritten, anonymousSource: row.anonymousSource, about: row.about,
        };
        this.mergeRel('REPORTED_IN', row.id, articleId, r);
      }
      if (row.speaker !== null && this.entities.has(row.speaker) && !s.speakers.includes(row.speaker)) s.speakers = [...s.speakers, row.speaker];
      for (const about of row.about) {
        if (!(this.entities.has(about) || this.topics.has(about) || this.events.has(about)) || s.about.includes(about)) continue;
        s.about = [...s.about, about];
        this.relationship({ type: 'ABOUT', from: row.id, to: about, props: {} });
      }
    }
    for (const rel of this.articleRels.values()) this.relationship(rel);
    this.articleRels.clear();
  }

  /** mergeEntities: created with its name, then the kind rule, fresh aliases and roles appended. */
  private mergeEntity(e: ParsedEntity, aliases: readonly string[], articleId: string, ms: number, now: string): void {
    let node = this.entities.get(e.id);
    if (!node) {
      const foldedName = foldName(e.name);
      node = {
        type: e.type,
        props: { id: e.id, name: e.name, foldedName, aliases: [], foldedAliases: [], roles: [], createdAt: now, kind: null, kindFrom: null, kindFromMs: null, nameKeys: '' },
      };
      this.entities.set(e.id, node);
      this.index(e.id, [], keyElements(foldedName, []));
    }
    const p = node.props;
    const kind = e.kind ?? null;
    // WINS_KIND: the earliest-published report that gives a kind; ties to the lower article id.
    const wins = kind !== null && (p.kind === null || (p.kindFrom !== null && (ms < p.kindFromMs! || (ms === p.kindFromMs && articleId < p.kindFrom))));
    if (wins) Object.assign(p, { kind, kindFrom: articleId, kindFromMs: ms });
    const folded = aliases.map(foldName);
    const fresh = aliases.map((_, i) => i).filter((i) => !p.foldedAliases.includes(folded[i]!));
    const roles = e.roles.filter((r) => !p.roles.includes(r));
    this.setAliases(e.id, [...p.aliases, ...fresh.map((i) => aliases[i]!)], [...p.foldedAliases, ...fresh.map((i) => folded[i]!)]);
    p.roles = [...p.roles, ...roles];
  }

  private setAliases(id: string, aliases: string[], foldedAliases: string[]): void {
    const p = this.entities.get(id)!.props;
    this.index(id, keyElements(p.foldedName, p.foldedAliases), keyElements(p.foldedName, foldedAliases));
    Object.assign(p, { aliases, foldedAliases, nameKeys: nameKeys(p.foldedName, foldedAliases) });
  }

  private index(id: string, before: readonly string[], after: readonly string[]): void {
    for (const k of before) this.byKey.get(k)?.delete(id);
    for (const k of after) {
      let ids = this.byKey.get(k);
      if (!ids) this.byKey.set(k, (ids = new Set()));
      ids.add(id);
    }
  }

  /** MERGE (article)-[:TYPE]-(to) SET props within one article's write: created once, its properties replaced by each SET. */
  private mergeRel(type: string, from: string, to: string, props: Props = {}): void {
    const id = `${type}\u0000${from}\u0000${to}\u0000`;
    const existing = this.articleRels.get(id);
    this.articleRels.set(id, { type, from, to, props: existing ? { ...existing.props, ...props } : props });
  }
}

/** jaccard() over a Set and the other text's shingles (distinct, as a Set's). */
function jaccardSorted(a: ReadonlySet<number>, b: Uint32Array): number {
  if (a.size === 0 && b.length === 0) return 1;
  let shared = 0;
  for (const x of b) if (a.has(x)) shared++;
  return shared / (a.size + b.length - shared);
}
