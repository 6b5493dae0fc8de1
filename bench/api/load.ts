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
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { findFreePorts, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local/index.js';
import { migrate } from '../../src/db/migrate.js';
import { writeArticle } from '../../src/ingest/write/write-article.js';
import { projectPath } from '../../src/project-path.js';
import { GENERATOR_VERSION, generateCorpus } from './corpus.js';

export interface Store {
  uri: string;
  username: string;
  password: string;
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

/** Writes the corpus with `writers` concurrent writers; the write path retries deadlocks itself. */
async function loadCorpus(executor: Executor, n: number, writers: number, log: (line: string) => void): Promise<void> {
  const corpus = generateCorpus(n);
  let done = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let next = corpus.next(); !next.done; next = corpus.next()) {
      await writeArticle(executor, next.value);
      if (++done % 2000 === 0) log(`  ${done}/${n} articles, ${(done / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
}

export async function openStore(n: number, options: { fresh: boolean; writers: number; log: (line: string) => void }): Promise<Store> {
  const { log } = options;
  const cache = cacheDir(n);
  const home = mkdtempSync(join(tmpdir(), `newsgraph-bench-api-${n}-`));
  let local: LocalNeo4j | null = null;
  let executor: Executor | null = null;
  const stop = async () => {
    await executor?.close();
    await local?.stop({ graceMs: 5_000 });
    rmSync(home, { recursive: true, force: true });
  };
  try {
    let loadSeconds: number | null = null;
    if (options.fresh || !existsSync(join(cache, 'data'))) {
      log(`Loading ${n} articles through the write path (${options.writers} writers)…`);
      local = await start(home);
      executor = new Executor(createDriver(local), local.uri);
      await migrate(executor);
      const t0 = performance.now();
      await loadCorpus(executor, n, options.writers, log);
      loadSeconds = (performance.now() - t0) / 1000;
      await executor.close();
      executor = null;
      // A clean stop checkpoints the store, so the copied folder opens without recovery.
      await local.stop({ graceMs: 120_000 });
      local = null;
      const partial = `${cache}.partial`;
      rmSync(partial, { recursive: true, force: true });
      cpSync(join(home, 'data'), join(partial, 'data'), { recursive: true });
      writeFileSync(join(partial, 'password'), readFileSync(join(home, 'password')));
      rmSync(cache, { recursive: true, force: true });
      renameSync(partial, cache);
      log(`Cached the store in ${cache}`);
    } else {
      log(`Using the cached store ${cache} (--fresh reloads it)`);
      cpSync(join(cache, 'data'), join(home, 'data'), { recursive: true });
      writeFileSync(join(home, 'password'), readFileSync(join(cache, 'password')), { mode: 0o600 });
    }
    local = await start(home);
    executor = new Executor(createDriver(local), local.uri);
    const counts = await countGraph(executor);
    await executor.close();
    executor = null;
    const l = local;
    return { uri: l.uri, username: l.username, password: l.password, loadSeconds, counts, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
