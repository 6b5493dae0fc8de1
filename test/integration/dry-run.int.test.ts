/**
 * Issue 10 item 5: the dry run prints each article's plan (entities matched and how, or created;
 * statements new or corroborating; events), and the write applies that very plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFiles } from '../../src/cli/commands/ingest.js';
import { IngestSession } from '../../src/ingest/pipeline.js';
import { describePlan } from '../../src/ingest/plan.js';
import { projectPath } from '../../src/project-path.js';
import { cliEnv, runCli } from '../helpers/cli-process.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { testConnection } from '../helpers/neo4j.js';

const SAMPLE = projectPath('seed', 'samples', 'up-trump-putin-call-2025-08-19.txt');

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

const articles = async () => (await graph.executor.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n;

describe('ingest --dry-run', () => {
  it('plans against the graph (entities matched and how, or created; statements; events), writes nothing, and the write applies that plan', async () => {
    const before = await articles();
    const [planned] = await planFiles(graph.executor, [SAMPLE]);
    if (planned?.status !== 'planned') throw new Error(`not planned: ${JSON.stringify(planned)}`);
    const plan = planned.plan;
    expect(await articles()).toBe(before);
    expect(plan.action).toBe('create');
    const entity = (id: string) => plan.entities.find((e) => e.id === id);
    expect(entity('person:donald-trump')).toMatchObject({ action: 'match', by: 'name' });
    expect(entity('organization:institute-for-the-study-of-war')).toMatchObject({ action: 'match', by: 'alias' });
    expect(entity('person:dmitry-peskov')).toMatchObject({ action: 'create', by: 'new' });
    expect(entity('person:denys-karlovskyi')).toMatchObject({ action: 'create', author: true });
    expect(plan.statements).toHaveLength(11); // the two-sentence quote is two statements (statement.quote.earlier-sentence)
    expect(plan.statements.every((s) => s.action === 'new')).toBe(true);
    expect(plan.events.map((e) => [e.id, e.action])).toEqual([['event:trump-putin-phone-call-2025-08-18', 'new'], ['event:trump-putin-meeting', 'new']]);
    const text = describePlan(plan);
    expect(text).toContain('match  person:donald-trump "Donald Trump" by name');
    expect(text).toContain('create person:dmitry-peskov "Dmitry Peskov"\n');

    // The write takes the plan itself: what it reports is what the plan said.
    const session = await IngestSession.open(graph.executor);
    const outcome = await session.apply(plan);
    if (outcome.status === 'failed') throw new Error(outcome.error);
    expect(outcome.result.articleId).toBe(plan.article.id);
    expect(outcome.result.entitiesCreated).toEqual(plan.entities.filter((e) => e.action === 'create').map((e) => e.id));
    expect(outcome.result.entitiesMatched).toEqual(plan.entities.filter((e) => e.action === 'match').map((e) => e.id));
    expect(outcome.result.statements).toBe(plan.statements.length);
    expect(await articles()).toBe(before + 1);

    // Planned again: the article is there, its statements are corroborated, its events exist.
    const [again] = await planFiles(graph.executor, [SAMPLE]);
    if (again?.status !== 'planned') throw new Error('not planned');
    expect(again.plan).toMatchObject({ action: 'unchanged', article: { existing: plan.article.id } });
    expect(new Set(again.plan.entities.map((e) => e.action))).toEqual(new Set(['match']));
    expect(new Set(again.plan.statements.map((s) => s.action))).toEqual(new Set(['corroborate']));
    expect(new Set(again.plan.events.map((e) => e.action))).toEqual(new Set(['existing']));
  });

  it('the command prints the plans as JSON, and parse shows the plan when the graph is reachable', async () => {
    const env = cliEnv(testConnection());
    const dry = runCli(['ingest', '--dry-run', '--json', SAMPLE], env);
    expect(await dry.exited).toEqual({ code: 0, signal: null });
    const [printed] = JSON.parse(dry.stdout());
    expect(printed).toMatchObject({ status: 'planned', source: SAMPLE, action: 'unchanged' });
    expect(printed.entities.find((e: { id: string }) => e.id === 'person:vladimir-putin')).toEqual({ id: 'person:vladimir-putin', type: 'PERSON', name: 'Vladimir Putin', action: 'match', by: 'name', author: false });
    expect(printed.parsed).toBeUndefined();

    const parse = runCli(['parse', SAMPLE], env);
    expect(await parse.exited).toEqual({ code: 0, signal: null });
    expect(parse.stdout()).toContain('Plan:\n');
    expect(parse.stdout()).toContain('match  person:dmitry-peskov "Dmitry Peskov" by name');
  }, 120_000);
});
