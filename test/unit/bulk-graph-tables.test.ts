import { describe, expect, it } from 'vitest';
import { articleId, statementId } from '../../src/core/ids.js';
import { buildArticle, organization, person, place } from '../fixtures/parsed-article.js';
import type { ParsedArticle, ParsedEntity, ParsedEvent } from '../../src/ingest/contract.js';
import { planArticleWrite } from '../../src/ingest/write/write-article.js';
import { ArticleRefusedError } from '../../src/ingest/write/refused.js';
import { epochMillis, GraphTables, RowCollector, type NodeRow, type RelRow } from '../../src/ingest/bulk/graph-tables.js';
import { ShingleFile } from '../../src/ingest/bulk/shingle-store.js';

const MARA = person('Mara Okafor');
const HARBOUR = organization('Harbour Authority');
const VELD = place('Veld');
const QUOTE = 'the harbour will reopen before winter';

function report(n: number, publishedAt: string, wording: { text: string; verb: string; kind: 'QUOTE' | 'CLAIM' | 'WARNING' }, entities: ParsedEntity[] = [MARA, HARBOUR, VELD], url = `https://example.test/harbour/${n}`): ParsedArticle {
  const sentence = `Mara Okafor ${wording.verb}ed ${wording.text}.`;
  return buildArticle({
    title: `Harbour report ${n}`, publishedAt, url, authors: [], tags: ['ports'], paragraphs: [`Harbour report ${n} from the quay.`, sentence],
    entities, statements: [{ speaker: MARA.id, ...wording, about: [HARBOUR.id], sentence }],
  });
}

/** The articles folded in turn, and the rows written once the fold is finished. */
function fold(articles: ParsedArticle[]) {
  const rows = new RowCollector();
  const tables = new GraphTables(rows);
  const results = articles.map((a, i) => tables.apply(planArticleWrite(a, `2026-01-0${i + 1}T00:00:00Z`, 'cli:test')));
  tables.finish();
  return { tables, rows, results };
}
const node = (rows: RowCollector, id: string): NodeRow | undefined => rows.nodes.find((n) => n.props.id === id);
const rels = (rows: RowCollector, type: string): RelRow[] => rows.relationships.filter((r) => r.type === type);

describe('GraphTables: WRITE_ARTICLE folded in memory', () => {
  it('words a statement from its earliest-published report (same instant: the lower article id), and STATED and first/last reported follow', () => {
    const reports = [
      report(1, '2025-03-05T10:00:00Z', { text: `“${QUOTE}”`, verb: 'warn', kind: 'WARNING' }),
      report(2, '2025-03-04T12:00:00+02:00', { text: `${QUOTE}.`, verb: 'claim', kind: 'CLAIM' }),
      report(3, '2025-03-04T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }),
    ];
    const ids = reports.map((r) => articleId(r.article.url, ''));
    const first = ids[1]! < ids[2]! ? reports[1]! : reports[2]!;
    const { tables, rows } = fold(reports);
    const statement = node(rows, statementId(MARA.id, QUOTE))!;
    expect(statement.props).toMatchObject({
      text: first.statements[0]!.text, verb: first.statements[0]!.verb, kind: first.statements[0]!.kind,
      firstReportedAt: first.article.publishedAt, firstReportedMs: Date.UTC(2025, 2, 4, 10), lastReportedAt: '2025-03-05T10:00:00Z', lastReportedMs: Date.UTC(2025, 2, 5, 10),
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(rels(rows, 'STATED')).toEqual([{ type: 'STATED', from: MARA.id, to: statement.props.id, props: { verb: first.statements[0]!.verb, verbAsWritten: first.statements[0]!.verb } }]);
    expect(rels(rows, 'REPORTED_IN').map((r) => [r.to, r.props.text, r.props.order, r.props.start])).toEqual(reports.map((r, i) => [ids[i], r.statements[0]!.text, 0, r.statements[0]!.evidence.start]));
    // Each entity, topic and the statement once; three articles.
    expect(tables.size).toEqual({ nodes: 3 + 1 + 1 + 3, relationships: 3 * 3 + 3 + 3 + 1 + 1, articles: 3 });
  });

  it('gives an entity its kind from the earliest-published report that gives one, whatever the order', () => {
    const late = report(1, '2025-03-05T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [MARA, HARBOUR, { ...VELD, kind: 'city' }]);
    const early = report(2, '2025-03-01T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [MARA, HARBOUR, { ...VELD, kind: 'port town' }]);
    const none = report(3, '2025-02-01T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' });
    const expected = { kind: 'port town', kindFrom: articleId(early.article.url, ''), kindFromMs: Date.UTC(2025, 2, 1, 10) };
    expect(node(fold([late, early, none]).rows, VELD.id)!.props).toMatchObject(expected);
    expect(node(fold([none, early, late]).rows, VELD.id)!.props).toMatchObject(expected);
    // The mentions record the kind each article gave (null: none, no property).
    expect(rels(fold([none, late]).rows, 'MENTIONS').filter((r) => r.to === VELD.id).map((r) => r.props.kind)).toEqual([null, 'city']);
  });

  it('applies the naming rule: an alias naming another entity is refused, a new entity takes its name back from an alias', () => {
    const isw = organization('Institute for the Study of War', { aliases: ['ISW'] });
    const squatter = organization('Harbour Authority', { aliases: ['Port Board'] });
    const board = organization('Port Board');
    const { rows, results } = fold([
      report(1, '2025-03-01T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [MARA, isw, squatter]),
      // Mara cannot be called ISW; Port Board arrives as an entity of its own.
      report(2, '2025-03-02T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [{ ...MARA, aliases: ['ISW'] }, board]),
    ]);
    expect(results[1]).toMatchObject({
      status: 'created',
      aliasesRefused: [{ entity: MARA.id, alias: 'ISW', heldBy: isw.id }],
      aliasesWithdrawn: [{ entity: squatter.id, alias: 'Port Board', heldBy: board.id }],
      entitiesCreated: [board.id], entitiesMatched: [MARA.id],
    });
    expect(node(rows, MARA.id)!.props).toMatchObject({ aliases: [], foldedAliases: [], nameKeys: '|mara okafor|' });
    expect(node(rows, squatter.id)!.props).toMatchObject({ aliases: [], nameKeys: '|harbour authority|' });
    expect(node(rows, isw.id)!.props).toMatchObject({ aliases: ['ISW'], foldedAliases: ['isw'], nameKeys: '|institute for the study of war|isw|' });
    // The link records what the article gave: nothing refused.
    expect(rels(rows, 'MENTIONS').filter((r) => r.to === isw.id).map((r) => r.props)).toEqual([{ aliases: ['ISW'], kind: null }]);
  });

  it('refuses an article that changes an entity\'s type, folding nothing of it', () => {
    const rows = new RowCollector();
    const tables = new GraphTables(rows);
    tables.apply(planArticleWrite(report(1, '2025-03-01T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }), 'now'));
    const before = { size: tables.size, written: rows.nodes.length + rows.relationships.length };
    const retyped = report(2, '2025-03-02T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [MARA, { ...VELD, type: 'ORGANIZATION' }]);
    expect(() => tables.apply(planArticleWrite(retyped, 'now'))).toThrow(ArticleRefusedError);
    expect({ size: tables.size, written: rows.nodes.length + rows.relationships.length }).toEqual(before);
  });

  it('tells a copy from a new article: the same text again is unchanged, at another outlet a Publication, new text at a known URL a deferred version', () => {
    const original = report(1, '2025-03-01T10:00:00Z', { text: QUOTE, verb: 'say', kind: 'QUOTE' });
    const copy = { ...original, article: { ...original.article, url: 'https://other.example/copy' } };
    const corrected = report(1, '2025-03-01T10:00:00Z', { text: 'the harbour will reopen in spring', verb: 'say', kind: 'QUOTE' });
    const { tables, rows, results } = fold([original, original, copy, corrected]);
    const id = articleId(original.article.url, '');
    const copyId = articleId(copy.article.url, '');
    expect(results.map((r) => r.status)).toEqual(['created', 'unchanged', 'republished', 'deferred']);
    expect(results[2]).toEqual({ status: 'republished', articleId: id, publication: copyId });
    expect(node(rows, copyId)).toMatchObject({ labels: ['Publication'], props: { similarity: 1, outlet: 'other.example', ingestedBy: 'cli:test', publishedMs: epochMillis('2025-03-01T10:00:00Z') } });
    expect(rels(rows, 'REPUBLISHES')).toEqual([{ type: 'REPUBLISHES', from: copyId, to: id, props: {} }]);
    expect(tables.size.articles).toBe(1);
  });

  it('keeps the lists the write sets even when empty, and the event mentions\' participants', () => {
    const article = buildArticle({
      title: 'Strike', publishedAt: '2025-03-01T10:00:00Z', url: 'https://example.test/strike', authors: ['Ann Writer'], tags: [], paragraphs: ['Dockers struck in Veld.'],
      entities: [VELD], statements: [],
      events: [{ id: 'event:strike', name: 'Dock strike', kind: 'strike', date: '2025-03-01', status: 'occurred', participants: [] }],
    });
    const { rows } = fold([article]);
    expect(node(rows, VELD.id)!.props).toMatchObject({ aliases: [], foldedAliases: [], roles: [], kind: null });
    expect(rels(rows, 'MENTIONS').find((r) => r.to === 'event:strike')!.props).toEqual({ participants: [] });
    expect(rels(rows, 'WRITTEN_BY')).toEqual([{ type: 'WRITTEN_BY', from: articleId(article.article.url, ''), to: person('Ann Writer').id, props: { kind: null } }]);
    expect(node(rows, 'event:strike')!.props).toMatchObject({ name: 'Dock strike', endDate: null, createdAt: '2026-01-01T00:00:00Z' });
  });
  it('streams: an article\'s own rows go out when it is folded, what later reports change at finish, and a relationship MERGEd again once', () => {
    const chair = person('Mara Okafor', { positions: [{ title: 'chair', of: HARBOUR.id }] });
    const strike: ParsedEvent = { id: 'event:strike', name: 'Dock strike', kind: 'strike', date: '2025-03-01', status: 'occurred', participants: [chair.id, HARBOUR.id] };
    const article = (n: number, publishedAt: string) => ({
      ...report(n, publishedAt, { text: QUOTE, verb: 'say', kind: 'QUOTE' }, [chair, HARBOUR, VELD]),
      events: [strike],
    });
    const rows = new RowCollector();
    const tables = new GraphTables(rows);
    const written = () => [...rows.nodes.map((n) => n.labels[0]!), ...rows.relationships.map((r) => r.type)].sort();
    tables.apply(planArticleWrite(article(1, '2025-03-02T10:00:00Z'), '2026-01-01T00:00:00Z'));
    expect(written()).toEqual(['ABOUT', 'Article', 'Event', 'HOLDS_ROLE', 'MENTIONS', 'MENTIONS', 'MENTIONS', 'MENTIONS', 'PARTICIPATED_IN', 'PARTICIPATED_IN', 'REPORTED_IN', 'TAGGED', 'Topic']);
    tables.apply(planArticleWrite(article(2, '2025-03-01T10:00:00Z'), '2026-01-02T00:00:00Z'));
    // The second article adds its own rows only: the role, participations, statement's ABOUT and the topic were written.
    expect(written().filter((t) => ['HOLDS_ROLE', 'PARTICIPATED_IN', 'ABOUT', 'Topic', 'Event', 'Article'].includes(t))).toEqual(['ABOUT', 'Article', 'Article', 'Event', 'HOLDS_ROLE', 'PARTICIPATED_IN', 'PARTICIPATED_IN', 'Topic']);
    expect(rows.nodes.some((n) => n.labels.includes('Entity') || n.labels.includes('Statement'))).toBe(false);
    expect(tables.size).toEqual({ nodes: 2 + 1 + 1 + 3 + 1, relationships: 2 * 6 + 1 + 2 + 1 + 1, articles: 2 });
    tables.finish();
    expect(rows.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.props.id).sort()).toEqual([chair.id, HARBOUR.id, VELD.id].sort());
    // The statement's first report is the second article (published earlier), its last the first.
    const statement = rows.nodes.find((n) => n.labels[0] === 'Statement')!;
    expect(statement.props).toMatchObject({ firstReportedAt: '2025-03-01T10:00:00Z', lastReportedAt: '2025-03-02T10:00:00Z', createdAt: '2026-01-01T00:00:00Z' });
    expect(rels(rows, 'STATED')).toEqual([{ type: 'STATED', from: chair.id, to: statement.props.id, props: { verb: 'say', verbAsWritten: 'say' } }]);
    // Every node once, every relationship once.
    expect(new Set(rows.nodes.map((n) => n.props.id)).size).toBe(rows.nodes.length);
    expect(new Set(rows.relationships.map((r) => `${r.type} ${r.from} ${r.to}`)).size).toBe(rows.relationships.length);
    expect(tables.size).toEqual({ nodes: rows.nodes.length, relationships: rows.relationships.length, articles: 2 });
    expect(() => tables.apply(planArticleWrite(article(3, '2025-03-03T10:00:00Z'), 'now'))).toThrow('apply after finish');
  });
  it('finds another outlet\'s near copy by its shingles kept on disk: a Publication of the story with its similarity', () => {
    const words = Array.from({ length: 160 }, (_, i) => `word${(i * 7919) % 1000}`);
    const story = (url: string, last: string) => buildArticle({
      title: 'Harbour reopens', publishedAt: '2025-03-01T10:00:00Z', url, authors: [], tags: [], paragraphs: [`${words.join(' ')} ${last}.`], entities: [VELD], statements: [],
    });
    const rows = new RowCollector();
    const shingles = new ShingleFile();
    try {
      const tables = new GraphTables(rows, shingles);
      const original = tables.apply(planArticleWrite(story('https://example.test/harbour', 'today'), 'now'));
      const copy = tables.apply(planArticleWrite(story('https://other.example/harbour', 'yesterday'), 'now'));
      expect(copy).toEqual({ status: 'republished', articleId: original.articleId, publication: articleId('https://other.example/harbour', '') });
      const similarity = rows.nodes.find((n) => n.labels[0] === 'Publication')!.props.similarity as number;
      expect(similarity).toBeGreaterThanOrEqual(0.9);
      expect(similarity).toBeLessThan(1);
    } finally {
      shingles.close();
    }
  });
});

describe('epochMillis', () => {
  it('reads an ISO date-time as Neo4j\'s datetime().epochMillis: offsets applied, none meaning UTC', () => {
    expect(epochMillis('2025-03-04T12:00:00+02:00')).toBe(Date.UTC(2025, 2, 4, 10));
    expect(epochMillis('2025-03-04T10:00:00')).toBe(Date.UTC(2025, 2, 4, 10));
    expect(epochMillis('2025-03-04T10:00:00.123Z')).toBe(Date.UTC(2025, 2, 4, 10, 0, 0, 123));
  });
});
