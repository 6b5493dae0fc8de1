import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GraphKnowledge, KnowledgeOp } from '../known.js';
import type { ExtractedSource } from './analysis-steps.js';
import type { ToWorker } from './analysis-worker.js';

/** One worker per core but one: the main thread resolves and writes meanwhile. At least one. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The worker's entry point. Compiled (dist/) it is the .js beside this module; run from source
 * (tsx, vitest) it is the .ts, which a worker can only load after registering tsx's loader, so
 * the worker starts from a two-line script that does that first.
 */
function spawn(workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./analysis-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const boot = `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** tsx's ESM API module (its package's exports name it), found from here as an import would find it. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/**
 * Worker threads that parse and extract articles (the CPU-bound part of ingest) while the main
 * thread resolves and writes. Each worker holds a copy of the graph's names made once at start;
 * `broadcast` sends every worker the changes a committed batch made, in order, so an article is
 * extracted against the names as of the last broadcast before it was submitted (its `stamp`).
 */
export class AnalysisPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: ExtractedSource) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failed: Error | undefined;

  constructor(knowledge: GraphKnowledge, size = defaultWorkerCount()) {
    const snapshot = { entities: [...knowledge.entities.entities()], tags: [...knowledge.tags] };
    this.workers = Array.from({ length: size }, () => {
      const worker = spawn(snapshot);
      worker.on('message', (m: { id: number; result: ExtractedSource }) => {
        this.waiting.get(m.id)?.resolve(m.result);
        this.waiting.delete(m.id);
      });
      worker.on('error', (error) => this.fail(error));
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  analyse(name: string, content: string | Uint8Array): Promise<ExtractedSource> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ type: 'analyse', id, name, content } satisfies ToWorker);
    });
  }

  broadcast(ops: KnowledgeOp[]): void {
    if (!ops.length) return;
    for (const w of this.workers) w.postMessage({ type: 'ops', ops } satisfies ToWorker);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** A worker that died takes its articles with it: every pending and later call fails with why. */
  private fail(error: Error): void {
    this.failed = new Error(`an analysis worker stopped: ${error.message}`);
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }
}
