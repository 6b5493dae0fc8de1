/**
 * The store a benchmark size runs against: a local Neo4j holding the synthetic corpus of N
 * articles, loaded through the real write path (migrate, then writeArticle = planArticleWrite + the
 * ingest's one write transaction) by a few concurrent writers. After a clean stop the data folder
 * is cached in bench/.cache/api-<N>-v<generator version>/ and copied into a fresh home next time,
 * so a benchmark run never writes into the cache.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDriver } from '../../src/db/driver.js';
import { DatabaseTransientError } from '../../src/db/errors.js';
import { Executor } from '../../src/db/executor.js';
import { findFreePorts, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../../src/db/local/index.js';
import { migrate } from '../../src/db/migrate.js';
import type { ParsedArticle } from '../../src/ingest/contract.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { projectPath } from '../../src/project-path.js';
import { GENERATOR_VERSION, generateCorpus } from './corpus.js';

export interface Store {
  uri: string;
  username: string;
  password: string;
  /** The Neo4j server's process id: its CPU time is read from /proc (run.ts). */
  pid: number;
  /** Seconds the load took, or null when the cache was used. */
  loadSeconds: number | null;
  counts: Record<string, number>;
  stop(): Promise<void>;
}

export const cacheDir = (n: number) => projectPath('bench', '.cache', `api-${n}-v${GENERATOR_VERSION}`);
const HEAP = '2g';
const PAGE_CACHE = '1g';

async function start(home: string): Promise<LocalNeo4j> {
  const [boltPort, httpPort] = await findFreePorts(2);
  return startLocalNeo4j({ home, boltPort: boltPort!, httpPort: httpPort!, detached: false, heap: HEAP, pageCache: PAGE_CACHE });
}

/** Nodes per label and relationships, to print next to the load time. */
async function countGraph(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read<{ label: string; count: number }>(
    `UNWIND ['Article', 'Person', 'Organization', 'Place', 'Topic', 'Statement', 'Event'] AS label
     CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
     RETURN label, count`,
  );
  const [rels] = await executor.read<{ count: number }>('MATCH ()-[r]->() RETURN count(r) AS count');
  return { ...Object.fromEntries(rows.map((r) => [r.label, r.count])), relationships: rels!.count };
}

/**
 * Writes the corpus with `writers` concurrent writers. Articles naming the same hubs (ISW, Putin…)
 * lock the same nodes in different orders, so Neo4j reports deadlocks; the driver retries them
 * for 30 s, and past that we write the article again ourselves (writeArticle is idempotent).
 */
async function loadCorpus(executor: Executor, n: number, writers: number, log: (line: string) => void): Promise<{ rewrites: number }> {
  const corpus = generateCorpus(n);
  let done = 0;
  let rewrites = 0;
  const t0 = performance.now();
  const write = async (article: ParsedArticle) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeArticle(executor, article);
      } catch (error) {
        if (!(error instanceof DatabaseTransientError) || attempt === 5) throw error;
        rewrites++;
        await sleep(200 * attempt);
      }
    }
  };
  const worker = async () => {
    for (let next = corpus.next(); !next.done; next = corpus.next()) {
      await write(next.value);
      if (++done % 1000 === 0) log(`  ${done}/${n} articles, ${(done / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
  return { rewrites };
}

/** Copies a cleanly stopped store's data folder into the cache, replacing the cached one only once the copy is whole. */
function saveToCache(home: string, cache: string): void {
  const partial = `${cache}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(join(home, 'data'), join(partial, 'data'), { recursive: true });
  writeFileSync(join(partial, 'password'), readFileSync(join(home, 'password')));
  rmSync(cache, { recursive: true, force: true });
  renameSync(partial, cache);
}

/** `onStop` receives the store's stop as soon as there is something to stop, so Ctrl-C during a load cleans up too. */
export async function openStore(n: number, options: { fresh: boolean; writers: number; log: (line: string) => void; onStop?: (stop: () => Promise<void>) => void }): Promise<Store> {
  const { log } = options;
  const cache = cacheDir(n);
  const home = mkdtempSync(join(tmpdir(), `newsgraph-bench-api-${n}-`));
  let local: LocalNeo4j | null = null;
  let executor: Executor | null = null;
  const stop = async () => {
    await executor?.close().catch(() => {});
    await local?.stop({ graceMs: 5_000 });
    // A server still starting (Ctrl-C during startLocalNeo4j) is found by its pid file; wait for it before deleting its folder.
    await stopLocalNeo4j(home, { graceMs: 5_000 });
    rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  options.onStop?.(stop);
  try {
    let loadSeconds: number | null = null;
    if (options.fresh || !existsSync(join(cache, 'data'))) {
      log(`Loading ${n} articles through the write path (${options.writers} writers)…`);
      local = await start(home);
      executor = new Executor(createDriver(local), local.uri);
      await migrate(executor);
      const t0 = performance.now();
      const { rewrites } = await loadCorpus(executor, n, options.writers, log);
      loadSeconds = (performance.now() - t0) / 1000;
      if (rewrites > 0) log(`  ${rewrites} articles written again after deadlocks outlasted the driver's retries`);
      await executor.close();
      executor = null;
      // A clean stop checkpoints the store, so the copied folder opens without recovery.
      await local.stop({ graceMs: 120_000 });
      local = null;
      saveToCache(home, cache);
      log(`Cached the store in ${cache}`);
    } else {
      log(`Using the cached store ${cache} (--fresh reloads it)`);
      cpSync(join(cache, 'data'), join(home, 'data'), { recursive: true });
      writeFileSync(join(home, 'password'), readFileSync(join(cache, 'password')), { mode: 0o600 });
    }
    local = await start(home);
    executor = new Executor(createDriver(local), local.uri);
    // Migrations added since the store was cached (new indexes the read layer counts on) apply here.
    const { applied } = await migrate(executor);
    if (applied.length > 0) {
      log(`Applied migrations ${applied.join(', ')}`);
      if (loadSeconds === null) {
        // Keep the migrated store, so the next run does not pay for the same backfill again.
        await executor.close();
        executor = null;
        await local.stop({ graceMs: 120_000 });
        local = null;
        saveToCache(home, cache);
        log(`Cached the migrated store in ${cache}`);
        local = await start(home);
        executor = new Executor(createDriver(local), local.uri);
      }
    }
    const counts = await countGraph(executor);
    await executor.close();
    executor = null;
    const l = local;
    return { uri: l.uri, username: l.username, password: l.password, pid: l.pid, loadSeconds, counts, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
