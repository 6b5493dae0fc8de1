/**
 * Issue 11 item 2: `newsgraph parse --explain` names, for each mention, statement and event, the
 * ids of the extraction rules that made it and what each rule does; `--json` gives the same as data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path.js';
import { cliEnv, runCli } from '../helpers/cli-process.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { testConnection } from '../helpers/neo4j.js';

const INPUT = projectPath('test', 'fixtures', 'explain', 'port-fine.json');

/** No NEO4J_URI and no local server: the CLI resolves against an empty graph. */
let noGraphHome: string;
beforeAll(() => {
  noGraphHome = mkdtempSync(join(tmpdir(), 'explain-no-graph-'));
});
afterAll(() => rmSync(noGraphHome, { recursive: true, force: true }));
const offline = (): Record<string, string> => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NEWSGRAPH_LOCAL_NEO4J_HOME: noGraphHome });

const EXPECTED_MENTIONS = [
  { text: 'Ada Quill', field: 'author', type: 'PERSON', entity: 'person:ada-quill', rules: ['mention.author'] },
  { text: 'Harbour Safety Authority', field: 'body', type: 'ORGANIZATION', entity: 'organization:harbour-safety-authority', rules: ['mention.org.head-word'] },
  { text: 'Kestrel Terminals', field: 'body', type: null, entity: null, rules: ['mention.unknown.untyped'] },
  { text: 'Mara Lind', field: 'body', type: 'PERSON', entity: 'person:mara-lind', rules: ['mention.person.name', 'mention.role.apposition-before'] },
];
const EXPECTED_STATEMENTS = [
  { speaker: 'organization:harbour-safety-authority', rules: ['statement.reported.trailing', 'statement.speaker.description'] },
  { speaker: 'person:mara-lind', rules: ['statement.quote.attribution-after', 'statement.speaker.name'] },
];
const EXPECTED_EVENTS = [{ id: 'event:harbour-safety-authority-fine-2026-03-02', kind: 'FINE', date: '2026-03-02', status: 'occurred', rules: ['event.fine.verb', 'date.chrono', 'status.occurred.default'] }];

describe('parse --explain', () => {
  it('prints each mention, statement and event with the ids of its rules and what they do', async () => {
    const run = runCli(['parse', '--explain', INPUT], offline());
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const out = run.stdout();
    expect(out).toContain('  body 35-52 "Kestrel Terminals" untyped → left out\n      mention.unknown.untyped — an unknown capitalised name nothing types; resolution may still know it\n');
    expect(out).toContain('  body 139-148 "Mara Lind" PERSON → person:mara-lind (found by new)\n      mention.person.name — ');
    expect(out).toContain('      mention.role.apposition-before — a role in an apposition before the name');
    expect(out).toContain('      statement.speaker.description — speaker by a definite description');
    expect(out).toContain('  event:harbour-safety-authority-fine-2026-03-02 Harbour Safety Authority fine [FINE, 2026-03-02, occurred]\n      event.fine.verb — FINE from the verb "fine"\n      date.chrono — ');
  }, 60_000);

  it('--json gives the same ids as data, with every id described', async () => {
    const run = runCli(['parse', '--explain', '--json', INPUT], offline());
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const x = JSON.parse(run.stdout());
    expect(x.mentions.map(({ text, field, type, entity, rules }: Record<string, unknown>) => ({ text, field, type, entity, rules }))).toEqual(EXPECTED_MENTIONS);
    expect(x.statements.map(({ speaker, rules }: Record<string, unknown>) => ({ speaker, rules }))).toEqual(EXPECTED_STATEMENTS);
    expect(x.events.map(({ id, kind, date, status, rules }: Record<string, unknown>) => ({ id, kind, date, status, rules }))).toEqual(EXPECTED_EVENTS);
    expect(Object.keys(x.rules).sort()).toEqual([...new Set([...EXPECTED_MENTIONS, ...EXPECTED_STATEMENTS, ...EXPECTED_EVENTS].flatMap((o) => o.rules))].sort());
    expect(Object.values(x.rules).every((text) => typeof text === 'string' && text.length > 10 && text !== '(not in the rule catalogue)')).toBe(true);
  }, 60_000);

  it('refuses a file that is already a ParsedArticle, naming the problem', async () => {
    const run = runCli(['parse', '--explain', projectPath('seed', 'samples', 'eu-climate-target-2040-2025-11-05.expected.json')], offline());
    expect((await run.exited).code).not.toBe(0);
    expect(run.stderr()).toContain('is already a ParsedArticle; --explain needs an article to analyse');
  }, 60_000);
});

describe('parse --explain against a graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
  });
  afterAll(() => graph.close());

  it('resolves against the names the graph holds: an ingested article\'s entities are found by name', async () => {
    const env = cliEnv(testConnection());
    const ingest = runCli(['ingest', '--workers', '0', INPUT], env);
    expect(await ingest.exited).toEqual({ code: 0, signal: null });
    const run = runCli(['parse', '--explain', '--json', INPUT], env);
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const x = JSON.parse(run.stdout());
    expect(x.entities).toEqual([
      { id: 'person:ada-quill', by: 'name' },
      { id: 'person:mara-lind', by: 'name' },
      { id: 'organization:harbour-safety-authority', by: 'name' },
    ]);
    expect(x.statements.map((s: { rules: string[] }) => s.rules)).toEqual(EXPECTED_STATEMENTS.map((s) => s.rules));
  }, 120_000);
});
