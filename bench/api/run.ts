/**
 * `npm run bench:api [-- --sizes 2000,20000 --duration 4 --rounds 3 --connections 8 --warmup 2 --settle 600 --writers 4 --fresh]`
 *
 * newsgraph's GraphQL server against a raw-driver baseline, side by side on the same Neo4j and the
 * same synthetic archive (corpus.ts, loaded by load.ts through the real write path and cached).
 * Each server is its own child process, so its CPU is measured apart from the load generator
 * (autocannon, in this process). Per size: both servers answer each shape once and the answers are
 * compared, every shape runs on every server untimed (a cold page cache is no one's cost), again and
 * again until Neo4j's JIT compiler has settled (at most `--settle` seconds), then each
 * shape is loaded on each server in turn, in `--rounds` rounds whose order of servers rotates, so
 * that the windows compared in a round are seconds apart: on a shared machine the load moves
 * between minutes, and one window per server gave ratios that moved ±0.3 between runs. A ratio is
 * the median of its rounds' ratios, printed with their range. Results go to
 * stdout and bench/results/api-<ISO date>.json. Everything is stopped at the end, on error and on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { entityId } from '../../src/core/ids.js';
import { projectPath } from '../../src/project-path.js';
import { jitCpuMs, procCpuMs } from '../proc-cpu.js';
import { differences } from './compare.js';
import type { CounterSnapshot } from './counters.js';
import { HUB_PERSON_ID, ISW_ID, personName, placeName } from './corpus.js';
import { openStore, type Store } from './load.js';
import { SHAPES, type Shape } from './shapes.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000' },
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    settle: { type: 'string', default: '600' },
    writers: { type: 'string', default: '4' },
    fresh: { type: 'boolean', default: false },
    shapes: { type: 'string', default: SHAPES.map((s) => s.name).join(',') },
  },
});
const only = new Set(values.shapes!.split(','));
const sizes = values.sizes!.split(',').map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
const settleSeconds = Number(values.settle);
if (sizes.some((n) => !Number.isInteger(n) || n < 100) || !(duration > 0) || !Number.isInteger(rounds) || rounds < 1 || !(connections > 0) || !(warmup >= 0) || !(settleSeconds >= 0) || [...only].some((n) => !SHAPES.some((s) => s.name === n))) {
  console.error('usage: --sizes 2000,20000 --duration 4 --rounds 3 --connections 8 --warmup 2 --settle 600 --writers 4 --shapes S1,S2,S3,S4,S5 [--fresh]');
  process.exit(2);
}

/** newsgraph; Apollo + Express over the hand-written Cypher (the framework's own cost); the raw baseline (the limit). */
type ServerName = 'newsgraph' | 'apollo' | 'baseline';
const SERVERS: readonly ServerName[] = ['newsgraph', 'apollo', 'baseline'];

// ---- child servers -----------------------------------------------------------------------------

interface ServerProcess {
  name: ServerName;
  port: number;
  child: ChildProcess;
  counters(): Promise<CounterSnapshot>;
}

const children = new Set<ChildProcess>();

function startServer(name: ServerName, store: Store): Promise<ServerProcess> {
  const file = projectPath('bench', 'api', `${name}-server.ts`);
  // Each server as production runs (package.json's start, the Dockerfile): the same young-generation size for all three.
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', file], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // NODE_ENV=production as the Dockerfile sets it (graphql-js skips its development checks); the
    // heavy-operation gate opened to the connection count: this measures the read path, not admission.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEWSGRAPH_MAX_CONCURRENT_HEAVY: String(connections),
      BENCH_NEO4J_URI: store.uri,
      BENCH_NEO4J_USERNAME: store.username,
      BENCH_NEO4J_PASSWORD: store.password,
    },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let nextId = 0;
  const pending = new Map<number, (c: CounterSnapshot) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within 120 s`)), 120_000);
    child.once('exit', (code, signal) => reject(new Error(`${name} server exited (${signal ?? code}) before it was ready`)));
    child.on('message', (m: { type: string; port?: number; id?: number; counters?: CounterSnapshot }) => {
      if (m.type === 'counters') pending.get(m.id!)?.(m.counters!);
      if (m.type !== 'ready') return;
      clearTimeout(timer);
      resolve({
        name,
        port: m.port!,
        child,
        counters: () =>
          new Promise<CounterSnapshot>((done, fail) => {
            const id = nextId++;
            const t = setTimeout(() => fail(new Error(`${name} server did not report its counters`)), 10_000);
            pending.set(id, (c) => (clearTimeout(t), pending.delete(id), done(c)));
            child.send({ type: 'counters', id });
          }),
      });
    });
  });
}

function killChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}

// ---- requests ----------------------------------------------------------------------------------

/** Path and body of one request of `shape` to `server`: what autocannon repeats. */
function requestOf(server: ServerProcess, shape: Shape, variables: Record<string, unknown>): { path: string; body: string } {
  return server.name !== 'baseline'
    ? { path: '/graphql', body: JSON.stringify({ query: shape.graphql, variables }) }
    : { path: `/${shape.name}`, body: JSON.stringify({ variables }) };
}

async function fetchOnce(server: ServerProcess, shape: Shape, variables: Record<string, unknown>): Promise<{ status: number; bytes: number; json: any }> {
  const { path, body } = requestOf(server, shape, variables);
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(60_000) });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), json: JSON.parse(text) };
}

/** What autocannon tells of a load: for one window, or the medians and sums over the rounds. */
interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  /** Socket errors, timeouts and 200 responses carrying GraphQL `errors`. */
  errors: number;
  /** The first failed response seen (status and the start of its body), to say why. */
  firstFailure: string | null;
}

/** One timed window of one shape on one server. */
interface Window extends Load {
  served: number;
  roundTrips: number;
  neo4jBytes: number;
  cpuMs: number;
  neo4jCpuMs: number;
  /** Of neo4jCpuMs, what Neo4j's JIT compiler threads took. */
  jitCpuMs: number;
}

/** A shape on a server over all rounds: medians of the windows' rates and latencies, sums of what they cost. */
interface Measured extends Load {
  warmupErrors: number;
  roundTripsPerReq: number;
  neo4jBytesPerReq: number;
  bodyBytes: number;
  cpuMsPerReq: number;
  /**
   * Neo4j's process CPU over the windows (every core, from /proc) per request served, without its
   * JIT compiler threads: a long-running Neo4j has long finished compiling, and what compiling is
   * left goes by the second, so it would charge the slower server more per request.
   */
  neo4jCpuMsPerReq: number;
  windows: { reqPerSec: number; p50: number; p99: number; jitCpuMs: number }[];
}

async function cannon(server: ServerProcess, shape: Shape, variables: Record<string, unknown>, seconds: number) {
  const { path, body } = requestOf(server, shape, variables);
  let graphqlErrors = 0;
  let firstFailure: string | null = null;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body,
        // Every response body is looked at: a 200 with `errors` is a failed request too.
        onResponse: (status: number, responseBody: string) => {
          const failed = status < 200 || status > 299 || responseBody.includes('"errors":');
          if (status === 200 && failed) graphqlErrors++;
          if (failed) firstFailure ??= `HTTP ${status} ${responseBody.slice(0, 300)}`;
        },
      },
    ],
  });
  return { result, graphqlErrors, firstFailure };
}

/**
 * The server's counters once it has finished every request it received: autocannon stops at the
 * deadline with requests in flight, which the server still runs, so their cost belongs to the window.
 */
async function idleCounters(server: ServerProcess): Promise<CounterSnapshot> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const c = await server.counters();
    if (c.finished >= c.requests || Date.now() > deadline) return c;
    await sleep(50);
  }
}

/** Neo4j's CPU milliseconds so far (bench/proc-cpu.ts); 0 where there is no /proc to read. */
function processCpuMs(pid: number): number {
  try {
    return procCpuMs(pid);
  } catch {
    return 0;
  }
}

/** CPU milliseconds of Neo4j's JIT compiler threads so far; 0 where there is no /proc to read. */
function compilerCpuMs(pid: number): number {
  try {
    return jitCpuMs(pid);
  } catch {
    return 0;
  }
}

/** A warm-up pass whose JIT compiling took less than this share of one core ends the warm-up. */
const JIT_SETTLED_SHARE = 0.03;

async function window(server: ServerProcess, shape: Shape, variables: Record<string, unknown>, neo4jPid: number): Promise<Window> {
  const before = await idleCounters(server);
  const neo4jBefore = processCpuMs(neo4jPid);
  const jitBefore = compilerCpuMs(neo4jPid);
  const { result, graphqlErrors, firstFailure } = await cannon(server, shape, variables, duration);
  const after = await idleCounters(server);
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts + graphqlErrors,
    firstFailure,
    served: Math.max(1, after.requests - before.requests),
    roundTrips: after.roundTrips - before.roundTrips,
    neo4jBytes: after.neo4jBytesRead - before.neo4jBytesRead,
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000,
    neo4jCpuMs: processCpuMs(neo4jPid) - neo4jBefore,
    jitCpuMs: compilerCpuMs(neo4jPid) - jitBefore,
  };
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function combine(windows: readonly Window[], bodyBytes: number, warmupErrors: number, warmupFailure: string | null): Measured {
  const served = sum(windows.map((w) => w.served));
  return {
    reqPerSec: median(windows.map((w) => w.reqPerSec)),
    p50: median(windows.map((w) => w.p50)),
    p99: median(windows.map((w) => w.p99)),
    requests: sum(windows.map((w) => w.requests)),
    non2xx: sum(windows.map((w) => w.non2xx)),
    errors: sum(windows.map((w) => w.errors)),
    warmupErrors,
    firstFailure: warmupFailure ?? windows.find((w) => w.firstFailure)?.firstFailure ?? null,
    roundTripsPerReq: sum(windows.map((w) => w.roundTrips)) / served,
    neo4jBytesPerReq: sum(windows.map((w) => w.neo4jBytes)) / served,
    bodyBytes,
    cpuMsPerReq: sum(windows.map((w) => w.cpuMs)) / served,
    neo4jCpuMsPerReq: sum(windows.map((w) => w.neo4jCpuMs - w.jitCpuMs)) / served,
    windows: windows.map(({ reqPerSec, p50, p99, jitCpuMs }) => ({ reqPerSec, p50, p99, jitCpuMs })),
  };
}

/** newsgraph's ratio to the baseline per round (windows seconds apart): the median and the range. */
function roundRatios(ng: Measured, bl: Measured, of: (w: Measured['windows'][number]) => number): { median: number; min: number; max: number } {
  const ratios = ng.windows.map((w, i) => of(w) / of(bl.windows[i]!));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

// ---- variables ---------------------------------------------------------------------------------

/**
 * (person, place) pairs whose shortest path has 3 hops in both the 2k and the 20k corpus (probed on
 * both cached stores, 2026-12-02): as the archive grows, new articles give most pairs a shorter
 * path, and S5's growth would then compare two different questions.
 */
const STABLE_PAIRS: readonly { a: string; b: string }[] = [
  [personName(40 + 3 * 13), placeName(30 + 3 * 11).name],
  [personName(40 + 6 * 13), placeName(30 + 6 * 11).name],
  [personName(40 + 7 * 13), placeName(30 + 7 * 11).name],
].map(([a, b]) => ({ a: entityId('person', a!), b: entityId('place', b!) }));

/**
 * The variables of each shape, from the corpus: ISW, the hub person, the most mentioned non-hub
 * person's name as search words, and a (person, place) pair with a path of at least 3 hops (2 would
 * be a mere co-mention) within 4: the pair of the previous size when its path still has as many hops
 * here, so the growth of S5 compares the same question; otherwise the first of a fixed list that
 * has one.
 */
async function chooseVariables(baseline: ServerProcess, previous?: { pair: { a: string; b: string }; pathLength: number }): Promise<{ variables: Record<Shape['name'], Record<string, unknown>>; pathLength: number }> {
  const s5 = SHAPES.find((s) => s.name === 'S5')!;
  const lengthOf = async (pair: { a: string; b: string }): Promise<number> => (await fetchOnce(baseline, s5, pair)).json.data?.paths?.[0]?.length ?? 0;
  const chosen = (pair: { a: string; b: string }, pathLength: number) => ({
    variables: { S1: { n: 20 }, S2: { id: ISW_ID }, S3: { id: HUB_PERSON_ID }, S4: { q: personName(8) }, S5: pair },
    pathLength,
  });
  if (previous && (await lengthOf(previous.pair)) === previous.pathLength) return chosen(previous.pair, previous.pathLength);
  const candidates = [
    ...STABLE_PAIRS,
    ...Array.from({ length: 30 }, (_, i) => ({ a: entityId('person', personName(40 + i * 13)), b: entityId('place', placeName(30 + i * 11).name) })),
  ];
  for (const pair of candidates) {
    const pathLength = await lengthOf(pair);
    if (pathLength >= 3) return chosen(pair, pathLength);
  }
  throw new Error('no (person, place) pair of the list has a 3–4 hop path');
}

// ---- output ------------------------------------------------------------------------------------

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const kb = (bytes: number) => (bytes >= 10_240 ? `${(bytes / 1024).toFixed(0)}k` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)}k` : `${bytes.toFixed(0)}`);

function table(size: number, rows: SizeResult['shapes']): string {
  const head = ['shape', 'server', 'req/s', 'p50 ms', 'p99 ms', 'non2xx', 'errors', 'RT/req', 'neo4j B/req', 'body B', 'CPU ms/req', 'Neo4j CPU', 'rps ratio', 'range', 'p99 ratio'];
  const widths = [20, 10, 8, 8, 8, 7, 7, 7, 12, 8, 11, 10, 10, 12, 10];
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  const out = [`\n== ${size} articles ==`, line(head), '-'.repeat(widths.reduce((a, b) => a + b + 1, 0))];
  for (const r of rows) {
    for (const name of SERVERS) {
      const m = r[name];
      const range = (x: { min: number; max: number }) => `${fmt(x.min, 2)}–${fmt(x.max, 2)}`;
      const ratio =
        name === 'newsgraph' ? [fmt(r.rpsRatio, 2), range(r.rpsRatioRange), fmt(r.p99Ratio, 2)] : name === 'apollo' ? [fmt(r.apolloRpsRatio, 2), range(r.apolloRpsRatioRange), fmt(r.apolloP99Ratio, 2)] : ['', '', ''];
      out.push(line([name === 'newsgraph' ? `${r.shape} ${r.title}` : '', name, fmt(m.reqPerSec, 0), fmt(m.p50), fmt(m.p99), String(m.non2xx), String(m.errors + m.warmupErrors), fmt(m.roundTripsPerReq, 1), kb(m.neo4jBytesPerReq), kb(m.bodyBytes), fmt(m.cpuMsPerReq, 2), fmt(m.neo4jCpuMsPerReq, 2), ...ratio]));
    }
  }
  return out.join('\n');
}

interface SizeResult {
  size: number;
  loadSeconds: number | null;
  counts: Record<string, number>;
  variables: Record<string, unknown>;
  /** Hops of S5's shortest path between its endpoints at this size. */
  s5PathLength: number;
  /** 1, 5 and 15 minute load averages when the size finished: other work on the machine shows here. */
  loadAverage: number[];
  /** The untimed passes: their length and the share of a core Neo4j's JIT compiler took in each. */
  warmPasses: { seconds: number; jitShare: number }[];
  /** Share of a core Neo4j's JIT compiler took over all timed windows of this size. */
  windowsJitShare: number;
  shapes: {
    shape: string;
    title: string;
    sameAnswer: boolean;
    diff: string[];
    newsgraph: Measured;
    apollo: Measured;
    baseline: Measured;
    /** Medians of the per-round ratios to the baseline, with the rounds' range. */
    rpsRatio: number;
    rpsRatioRange: { min: number; max: number };
    p99Ratio: number;
    apolloRpsRatio: number;
    apolloRpsRatioRange: { min: number; max: number };
    apolloP99Ratio: number;
  }[];
}

// ---- main --------------------------------------------------------------------------------------

/** Stops the Neo4j of the size being run (set while its store opens, before a load starts). */
let stopStore: (() => Promise<void>) | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    killChildren();
    await stopStore?.().catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));
process.on('exit', killChildren);

async function runSize(size: number, previous?: SizeResult): Promise<SizeResult> {
  const store = await openStore(size, { fresh: values.fresh!, writers: Number(values.writers), log: (l) => console.log(l), onStop: (stop) => (stopStore = stop) });
  console.log(
    `${size} articles: ${store.loadSeconds === null ? 'from cache' : `loaded in ${store.loadSeconds.toFixed(1)} s (${(size / store.loadSeconds).toFixed(0)} articles/s)`}; ` +
      Object.entries(store.counts).map(([k, v]) => `${k} ${v}`).join(', '),
  );
  const [newsgraph, apollo, baseline] = await Promise.all(SERVERS.map((name) => startServer(name, store)));
  const { variables, pathLength } = await chooseVariables(baseline!, previous && { pair: previous.variables.S5 as { a: string; b: string }, pathLength: previous.s5PathLength });
  console.log(`variables: ${JSON.stringify(variables)} (S5's shortest path: ${pathLength} hops)`);

  // The store was just copied in and Neo4j's page cache is cold: whichever server is timed first on
  // a shape would pay for reading it from disk (the first run of 2026-12-02 09:04 UTC: newsgraph's
  // S5 at 20k 19 req/s against the baseline's 56, then 55–64 against 57–60 in alternating rounds
  // on the same store). So every shape runs on every server once, untimed, before any is timed.
  //
  // A Neo4j just started also keeps its JIT compiler busy for a minute or more under load
  // (2026-12-02 17:10 UTC, 20k store, bench/.cache/threads.ts: the compiler threads took 12.7 ms
  // of CPU per query at 25 queries/s in the first 8 s, 0.2 ms after a minute's load), and that
  // CPU goes by the second, not by the query: while it lasts, the slower server of a pair is
  // charged more of it per request, and both share one core less. So the untimed passes repeat
  // until one passes with the compiler under JIT_SETTLED_SHARE of a core, or --settle runs out,
  // and the Neo4j CPU per request leaves the compiler threads out. Settling can take long: on the
  // 2k store at load 14 (17:20 UTC) the compiler still took 11–27 % of a core in each 31 s pass
  // for 7 minutes (HotSpot's counters: ~19 compilations a second, no class loaded or unloaded).
  const warmPasses: { seconds: number; jitShare: number }[] = [];
  const settleUntil = Date.now() + settleSeconds * 1000;
  while (warmup > 0) {
    const [started, jitBefore] = [Date.now(), compilerCpuMs(store.pid)];
    for (const shape of SHAPES.filter((s) => only.has(s.name))) {
      for (const server of [newsgraph!, apollo!, baseline!]) await cannon(server, shape, variables[shape.name], warmup);
    }
    const seconds = (Date.now() - started) / 1000;
    warmPasses.push({ seconds, jitShare: (compilerCpuMs(store.pid) - jitBefore) / 1000 / seconds });
    console.log(`warm-up pass ${warmPasses.length}: ${seconds.toFixed(0)} s, Neo4j's JIT compiler ${(warmPasses.at(-1)!.jitShare * 100).toFixed(1)} % of a core`);
    if (warmPasses.at(-1)!.jitShare < JIT_SETTLED_SHARE || Date.now() >= settleUntil) break;
  }
  const shapes: SizeResult['shapes'] = [];
  for (const shape of SHAPES.filter((s) => only.has(s.name))) {
    const vars = variables[shape.name];
    const [a, c, b] = [await fetchOnce(newsgraph!, shape, vars), await fetchOnce(apollo!, shape, vars), await fetchOnce(baseline!, shape, vars)];
    const problems = [a, c, b].flatMap((r, i) => (r.status !== 200 || r.json.errors ? [`${SERVERS[i]}: HTTP ${r.status} ${JSON.stringify(r.json.errors ?? '').slice(0, 300)}`] : []));
    const diff = [
      ...problems,
      ...differences(shape.normalise(a.json.data), shape.normalise(b.json.data)),
      ...differences(shape.normalise(c.json.data), shape.normalise(b.json.data)).map((d) => `apollo: ${d}`),
    ];
    console.log(`${shape.name} ${shape.title}: same answer: ${diff.length === 0 ? 'yes' : 'no'}`);
    for (const d of diff) console.log(`    ${d}`);
    const servers = [newsgraph!, apollo!, baseline!];
    const warm = new Map<ServerName, { errors: number; failure: string | null }>();
    for (const server of servers) {
      const w = warmup > 0 ? await cannon(server, shape, vars, warmup) : null;
      warm.set(server.name, { errors: w ? w.result.non2xx + w.result.errors + w.result.timeouts + w.graphqlErrors : 0, failure: w?.firstFailure ?? null });
    }
    const windows = new Map<ServerName, Window[]>(SERVERS.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      // Each server goes first, second and last in turn.
      for (let i = 0; i < servers.length; i++) {
        const server = servers[(i + round) % servers.length]!;
        windows.get(server.name)!.push(await window(server, shape, vars, store.pid));
      }
    }
    const bytes = { newsgraph: a.bytes, apollo: c.bytes, baseline: b.bytes };
    const [ng, ap, bl] = SERVERS.map((name) => combine(windows.get(name)!, bytes[name], warm.get(name)!.errors, warm.get(name)!.failure)) as [Measured, Measured, Measured];
    for (const [name, m] of [['newsgraph', ng], ['apollo', ap], ['baseline', bl]] as const) if (m.firstFailure) console.log(`    ${name} under load: ${m.firstFailure}`);
    const rps = roundRatios(ng, bl, (w) => w.reqPerSec);
    const apolloRps = roundRatios(ap, bl, (w) => w.reqPerSec);
    shapes.push({
      shape: shape.name,
      title: shape.title,
      sameAnswer: diff.length === 0,
      diff,
      newsgraph: ng,
      apollo: ap,
      baseline: bl,
      rpsRatio: rps.median,
      rpsRatioRange: { min: rps.min, max: rps.max },
      p99Ratio: roundRatios(ng, bl, (w) => w.p99).median,
      apolloRpsRatio: apolloRps.median,
      apolloRpsRatioRange: { min: apolloRps.min, max: apolloRps.max },
      apolloP99Ratio: roundRatios(ap, bl, (w) => w.p99).median,
    });
  }
  killChildren();
  const { loadSeconds, counts } = store;
  await store.stop();
  stopStore = null;
  console.log(table(size, shapes));
  const timed = shapes.flatMap((s) => [s.newsgraph, s.apollo, s.baseline]).flatMap((m) => m.windows);
  const windowsJitShare = timed.reduce((sum, w) => sum + w.jitCpuMs, 0) / 1000 / (timed.length * duration);
  console.log(`load average after ${size}: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; Neo4j's JIT compiler over the timed windows: ${(windowsJitShare * 100).toFixed(1)} % of a core`);
  return { size, loadSeconds, counts, variables, s5PathLength: pathLength, loadAverage: os.loadavg(), warmPasses, windowsJitShare, shapes };
}

async function main() {
  const cpus = os.cpus();
  const machine = { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const date = new Date().toISOString();
  console.log(`newsgraph API benchmark — ${date}`);
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (other work shares these cores)`);
  console.log(`load: autocannon, ${connections} connections, ${warmup} s warm-up per shape and server, repeated until Neo4j's JIT settles (at most ${settleSeconds} s), then ${rounds} rounds of ${duration} s per shape and server (the servers' order rotating), 127.0.0.1; sizes ${sizes.join(', ')}`);

  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await runSize(size, results.at(-1)));

  // Scaling of newsgraph's median latency from the smallest to the largest size.
  if (results.length > 1) {
    const [small, large] = [results[0]!, results.at(-1)!];
    const sameEnds = JSON.stringify(small.variables.S5) === JSON.stringify(large.variables.S5);
    console.log(`\nnewsgraph p50 scaling, ${large.size} vs ${small.size} articles (S5: ${sameEnds ? 'the same endpoints' : 'different endpoints'}, ${small.s5PathLength} → ${large.s5PathLength} hops):`);
    for (const s of large.shapes) {
      const before = small.shapes.find((x) => x.shape === s.shape)!;
      console.log(`  ${s.shape} ${s.title.padEnd(18)} p50(${large.size / 1000}k)/p50(${small.size / 1000}k) = ${fmt(s.newsgraph.p50 / before.newsgraph.p50, 2)}  (${fmt(before.newsgraph.p50)} → ${fmt(s.newsgraph.p50)} ms)`);
    }
    // The p50 under 8 connections is mostly queueing on two shared cores; CPU per request is the cost itself.
    console.log(`\nCPU per request, ${large.size} vs ${small.size} articles (ratio of the two sizes; bare server's in brackets):`);
    for (const s of large.shapes) {
      const before = small.shapes.find((x) => x.shape === s.shape)!;
      const growth = (m: (r: typeof s) => Measured, key: 'cpuMsPerReq' | 'neo4jCpuMsPerReq' | 'p50') => fmt(m(s)[key] / m(before)[key], 2);
      console.log(`  ${s.shape} ${s.title.padEnd(18)} Neo4j ${growth((r) => r.newsgraph, 'neo4jCpuMsPerReq')} (${growth((r) => r.baseline, 'neo4jCpuMsPerReq')}), API ${growth((r) => r.newsgraph, 'cpuMsPerReq')} (${growth((r) => r.baseline, 'cpuMsPerReq')}); p50 bare ${growth((r) => r.baseline, 'p50')}`);
    }
  }

  const dir = projectPath('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `api-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date, machine, options: { sizes, shapes: [...only], duration, rounds, connections, warmup, settle: settleSeconds, writers: Number(values.writers), fresh: values.fresh }, results }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

main().then(
  () => shutdown(0),
  (error) => {
    console.error(error);
    return shutdown(1);
  },
);
