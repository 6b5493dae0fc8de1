/**
 * Issue 10, items 1 and 2: a correction at the same canonical URL is a new version that replaces the
 * article's contributions in one transaction (the old one stays readable), and a retraction takes
 * out exactly what an article contributed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path.js';
import { cliEnv, runCli } from '../helpers/cli-process.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { testConnection } from '../helpers/neo4j.js';
import { snapshotGraph, type GraphSnapshot } from '../helpers/graph-snapshot.js';

const KEY = { authorization: 'Bearer s3cret' };
const STEEL = readFileSync(projectPath('seed', 'samples', 'eu-steel-quotas-2025-09-03.md'), 'utf8');
const URL_AS_GIVEN = 'http://WWW.eu-wire.example.com/trade/eu-steel-quotas-cut-2025-09-03/?utm_source=x&fbclid=abc#comments';
const CANONICAL = 'https://eu-wire.example.com/trade/eu-steel-quotas-cut-2025-09-03';
const KOVACS_QUOTE = 'European steelmakers cannot compete with a flood of subsidised imports';
const CORRECTED_QUOTE = 'European steelmakers cannot survive a flood of dumped imports';

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status version article { id url title } statements }
}`;
const RETRACT = `mutation($article: String!) {
  retractArticle(article: $article) { articleId url title statementsRemoved entitiesRemoved eventsRemoved topicsRemoved publicationsRemoved retractedBy }
}`;
const VERSIONS = `query($id: ID!) {
  article(id: $id) {
    version
    versions { id version title contentHash supersededAt ingestedBy }
    statements { statement { text } }
  }
}`;

/** The sample as Markdown, its URL and text changed as given. */
function steel(url: string, edit: (text: string) => string = (t) => t): { text: string; filename: string } {
  return { text: edit(STEEL.replace(/^url: .*$/m, `url: ${url}`)), filename: 'steel.md' };
}

/** Everything but the audit trail (Retraction, Migration), which a retraction adds to by design. */
function content(snapshot: GraphSnapshot) {
  const drop = (key: string) => /Retraction|Migration/.test(key);
  return {
    labels: Object.fromEntries(Object.entries(snapshot.labels).filter(([label]) => !drop(label))),
    relationships: snapshot.relationships,
    nodes: snapshot.nodes.filter((n) => !drop(n)),
    edges: snapshot.edges,
  };
}

let graph: TestGraph;
let seedOnly: GraphSnapshot;
let articleId: string;
beforeAll(async () => {
  // Generous budgets: writes are under test here, not their speed on a loaded two-core machine.
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret', NEWSGRAPH_REQUEST_TIMEOUT_MS: '60000', NEWSGRAPH_QUERY_TIMEOUT_MS: '60000' });
  await graph.reset();
  seedOnly = await snapshotGraph(graph.executor);
});
afterAll(() => graph.close());

describe('article versions', () => {
  it('stores the canonical URL: scheme, host case, www, trailing slash, tracking parameters and fragment normalised', async () => {
    const first = await graph.query(INGEST, { input: steel(URL_AS_GIVEN) }, KEY);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toMatchObject({ status: 'CREATED', version: 1, article: { url: CANONICAL } });
    articleId = first.data.ingestArticle.article.id;
    const again = await graph.query(INGEST, { input: steel(CANONICAL) }, KEY);
    expect(again.data.ingestArticle).toMatchObject({ status: 'UNCHANGED', version: 1, article: { id: articleId } });
  });

  it('same canonical URL, other text: a new version replaces the statements in one write, the old one stays readable', async () => {
    const before = await snapshotGraph(graph.executor);
    const corrected = await graph.query(INGEST, { input: steel('https://eu-wire.example.com/trade/eu-steel-quotas-cut-2025-09-03?utm_medium=mail', (t) => t.replace(KOVACS_QUOTE, CORRECTED_QUOTE)) }, KEY);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.ingestArticle).toMatchObject({ status: 'UPDATED', version: 2, article: { id: articleId } });

    const { data } = await graph.query(VERSIONS, { id: articleId });
    expect(data.article.version).toBe(2);
    expect(data.article.versions.map((v: any) => [v.id, v.version, v.supersededAt === null, v.ingestedBy])).toEqual([
      [`${articleId}@2`, 2, true, 'key:editor'],
      [`${articleId}@1`, 1, false, 'key:editor'],
    ]);
    expect(data.article.versions[0].contentHash).not.toBe(data.article.versions[1].contentHash);
    const texts: string[] = data.article.statements.map((s: any) => s.statement.text);
    expect(texts.some((t) => t.includes(CORRECTED_QUOTE))).toBe(true);
    expect(texts.some((t) => t.includes(KOVACS_QUOTE))).toBe(false);

    // The old quote had no other report: it is gone from the graph, not just from the article.
    const [old] = await graph.executor.read<{ n: number }>('MATCH (s:Statement) WHERE s.text CONTAINS $q RETURN count(s) AS n', { q: KOVACS_QUOTE });
    expect(old!.n).toBe(0);
    // One statement swapped for another; one ArticleVersion kept; nothing else moved.
    const after = await snapshotGraph(graph.executor);
    expect(after.labels.Statement).toBe(before.labels.Statement);
    expect(after.labels.Article).toBe(before.labels.Article);
    expect(after.labels.ArticleVersion).toBe(1);
    expect(after.relationships.REPORTED_IN).toBe(before.relationships.REPORTED_IN);
    expect(after.labels.Entity).toBe(before.labels.Entity);
  });

  it('re-ingesting the old text is unchanged: a stale copy does not undo a correction, and re-runs are idempotent', async () => {
    const stale = await graph.query(INGEST, { input: steel(CANONICAL) }, KEY);
    expect(stale.data.ingestArticle).toMatchObject({ status: 'UNCHANGED', version: 2, article: { id: articleId } });
    const same = await graph.query(INGEST, { input: steel(CANONICAL, (t) => t.replace(KOVACS_QUOTE, CORRECTED_QUOTE)) }, KEY);
    expect(same.data.ingestArticle).toMatchObject({ status: 'UNCHANGED', version: 2 });
  });
});

describe('retraction', () => {
  it('needs an API key, names an unknown article and refuses what is neither id nor URL', async () => {
    const anonymous = await graph.query(RETRACT, { article: articleId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await graph.query(RETRACT, { article: 'https://example.test/never-ingested' }, KEY);
    expect(missing.errors?.[0]).toMatchObject({ message: 'No article has the id or URL "https://example.test/never-ingested".', extensions: { code: 'NOT_FOUND' } });
    const garbage = await graph.query(RETRACT, { article: 'not an article' }, KEY);
    expect(garbage.errors?.[0]).toMatchObject({ message: '"not an article" is neither an article id (article:…) nor a URL', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('removes exactly its contributions: the graph is the seed again, and who retracted it is recorded', async () => {
    const result = await graph.query(RETRACT, { article: URL_AS_GIVEN }, KEY);
    expect(result.errors).toBeUndefined();
    expect(result.data.retractArticle).toMatchObject({ articleId, url: CANONICAL, retractedBy: 'key:editor', publicationsRemoved: [] });
    expect(result.data.retractArticle.statementsRemoved).toBeGreaterThan(3);
    expect(result.data.retractArticle.entitiesRemoved).toContain('person:anna-kovacs');
    // Entities the seed also holds stay.
    expect(result.data.retractArticle.entitiesRemoved).not.toContain('organization:institute-for-the-study-of-war');
    expect(content(await snapshotGraph(graph.executor))).toEqual(content(seedOnly));
    const [audit] = await graph.executor.read<{ article: string; retractedBy: string; url: string }>('MATCH (r:Retraction) RETURN r.article AS article, r.retractedBy AS retractedBy, r.url AS url');
    expect(audit).toEqual({ article: articleId, retractedBy: 'key:editor', url: CANONICAL });
    const again = await graph.query(RETRACT, { article: articleId }, KEY);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('newsgraph retract', () => {
  it('retracts by URL, prints what it removed, and names an article it does not know (exit 1)', async () => {
    const created = await graph.query(INGEST, { input: steel(CANONICAL) }, KEY);
    expect(created.data.ingestArticle.status).toBe('CREATED');
    const env = cliEnv(testConnection());
    const run = runCli(['retract', URL_AS_GIVEN], env);
    expect((await run.exited).code).toBe(0);
    expect(run.stdout()).toContain(`Retracted ${articleId} (${CANONICAL}): EU to cut steel import quotas by nearly 40%, Commission says`);
    expect(run.stdout()).toMatch(/Removed: \d+ statements, \d+ entities: .*person:anna-kovacs/);
    expect(content(await snapshotGraph(graph.executor))).toEqual(content(seedOnly));
    const [audit] = await graph.executor.read<{ by: string }>('MATCH (r:Retraction) WHERE r.retractedBy STARTS WITH "cli:" RETURN r.retractedBy AS by');
    expect(audit!.by).toMatch(/^cli:/);

    const again = runCli(['retract', URL_AS_GIVEN], env);
    expect((await again.exited).code).toBe(1);
    expect(again.stderr()).toContain(`newsgraph: no article has the id or URL "${URL_AS_GIVEN}"`);
  }, 120_000);
});
