/**
 * `node --expose-gc --import tsx bench/bulk-fold-memory.ts [--max 40000]`: what `import --bulk`'s
 * fold keeps in memory as the load grows, without analysis (so it runs in seconds, and measures the
 * fold, not the extractor): synthetic parsed articles (5 people and organizations drawn Zipf from
 * 40,000 and 20,000 names, 2 statements, 2 tags, an event every third article, a 150-word body)
 * are planned as ingest plans them and folded; at each checkpoint the main thread's heap is
 * measured after a full GC. The rows go where `import --bulk` sends them: the CSV files (streamed
 * into a temporary folder), or, for the fold before streaming, into its in-memory tables whose CSV
 * lines are then built in memory as that version did (run this file from an older checkout).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entityId } from '../src/core/ids.js';
import type { ParsedArticle, ParsedEntity } from '../src/ingest/contract.js';
import * as csv from '../src/ingest/bulk/csv.js';
import { GraphTables } from '../src/ingest/bulk/graph-tables.js';
import { planArticleWrite } from '../src/ingest/write/write-article.js';
import { buildArticle } from '../test/fixtures/parsed-article.js';
import { orgName, personName, zipf } from './api/corpus.js';
import { prng } from './prng.js';

const { values } = parseArgs({ options: { max: { type: 'string', default: '40000' } } });
const max = Number(values.max);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');
const random = prng(13);
const WORDS = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);

function article(i: number): ParsedArticle {
  const people: ParsedEntity[] = Array.from({ length: 3 }, () => personName(zipf(random, 40_000))).map((name) => ({ id: entityId('person', name), type: 'PERSON', name, aliases: [], roles: [] }));
  const orgs: ParsedEntity[] = Array.from({ length: 2 }, () => orgName(zipf(random, 20_000)).name).map((name) => ({ id: entityId('organization', name), type: 'ORGANIZATION', name, aliases: [], roles: [] }));
  const entities = [...new Map([...people, ...orgs].map((e) => [e.id, e])).values()];
  const sentences = [0, 1].map((k) => `${entities[k]!.name} said the plan number ${(i * 31 + k) % 997} will go ahead.`);
  const body = Array.from({ length: 150 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return buildArticle({
    title: `Report ${i}`, publishedAt: `2025-03-${day}T10:00:00Z`, url: `https://outlet${i % 20}.example/news/${i}`, authors: [], tags: [`topic ${i % 50}`, 'markets'],
    paragraphs: [body, ...sentences], entities,
    statements: sentences.map((sentence, k) => ({ speaker: entities[k]!.id, verb: 'say', kind: 'CLAIM', text: `the plan number ${(i * 31 + k) % 997} will go ahead`, about: [entities[(k + 1) % entities.length]!.id], sentence })),
    events: i % 3 === 0 ? [{ id: `event:e${i % 5000}`, name: `Event ${i % 5000}`, kind: 'meeting', date: `2025-03-${day}`, status: 'occurred', participants: [entities[0]!.id] }] : [],
  });
}

const heapMb = () => {
  gc!();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-fold-memory-'));
try {
  const base = heapMb();
  // The streaming fold takes a sink (CsvFiles); the one before it took none and kept the tables.
  const streaming = GraphTables.length > 0;
  const files = streaming ? new (await import('../src/ingest/bulk/csv-files.js')).CsvFiles(dir) : null;
  const tables = new GraphTables(files as never);
  const checkpoints = [5_000, 10_000, 20_000, 40_000, 80_000, 160_000].filter((n) => n <= max);
  const started = Date.now();
  let at = 0;
  console.log(`${streaming ? 'streaming' : 'in-memory tables'} fold; heap after GC, MB above the ${base.toFixed(0)} MB the process starts with`);
  for (const n of checkpoints) {
    for (; at < n; at++) tables.apply(planArticleWrite(article(at), '2026-01-01T00:00:00Z', 'cli:bench'));
    const held = heapMb() - base;
    console.log(`${n} articles: ${held.toFixed(1)} MB held by the fold (${((held * 2 ** 20) / n).toFixed(0)} bytes per article), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const t = tables as unknown as { finish?: () => void; nodes: () => Iterable<never>; relationships: () => Iterable<never>; size: { nodes: number; relationships: number } };
  if (files) {
    t.finish!();
    files.close();
    console.log(`finished: ${t.size.nodes} nodes, ${t.size.relationships} relationships written; heap ${(heapMb() - base).toFixed(1)} MB`);
  } else {
    const groups = [...csv.nodeGroups(t.nodes()), ...csv.relationshipGroups(t.relationships())];
    console.log(`CSV lines built: ${groups.reduce((s, g) => s + g.lines.length, 0)} rows; heap ${(heapMb() - base).toFixed(1)} MB`);
  }
  console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
