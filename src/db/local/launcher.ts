import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { portsOfConf, renderNeo4jConf } from './conf.js';
import { LocalNeo4jError } from './errors.js';
import { ensureJars, libDir } from './jars.js';
import { isPortFree } from './ports.js';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const USERNAME = 'neo4j';
/** The password of user neo4j in a new data folder; it must be changed before any other query. */
const INITIAL_PASSWORD = 'neo4j';
const SIZE = /^\d+[kmg]$/i;

export interface StartOptions {
  /** The server's folder (conf, data, logs, password, pid); relative paths are resolved against the cwd. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** Default: the one stored in <home>/password, else a new random one. */
  password?: string;
  /** JVM heap, e.g. `512m` (default) or `1g`. */
  heap?: string;
  /** Page cache, e.g. `256m` (default). */
  pageCache?: string;
  /** true: the server outlives this process (`neo4j start`); false: it stops when this process exits. */
  detached: boolean;
  /** How long to wait for Bolt; default 90 s. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  home: string;
  httpUrl: string;
  /** true when a server already running on this home was reused rather than started. */
  reused: boolean;
  /**
   * Stops the server if this call started it; a reused server is left running (its owner stops it
   * with stopLocalNeo4j). graceMs 0 kills at once, fine for a throwaway data folder.
   */
  stop(options?: StopOptions): Promise<void>;
}

export interface StopOptions {
  /** How long to wait after SIGTERM before SIGKILL; default 30 s. */
  graceMs?: number;
}

export interface LocalNeo4jStatus {
  home: string;
  running: boolean;
  pid?: number;
  uri?: string;
  httpUrl?: string;
  /** Bolt accepted the stored credentials. */
  answering: boolean;
  passwordFile: string;
}

const files = (home: string) => ({
  conf: join(home, 'conf', 'neo4j.conf'),
  password: join(home, 'password'),
  pid: join(home, 'neo4j.pid'),
  neo4jLog: join(home, 'logs', 'neo4j.log'),
  consoleLog: join(home, 'logs', 'console.log'),
  // The system database holds the users: without it the password is still neo4j/neo4j.
  systemDb: join(home, 'data', 'databases', 'system'),
});

/**
 * Starts a Neo4j Community server from the Maven jars in db/neo4j/lib, or reuses the one already
 * running on `home`, and resolves once Bolt accepts its credentials.
 */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const home = resolve(options.home);
  const f = files(home);
  const heap = options.heap ?? '512m';
  const pageCache = options.pageCache ?? '256m';
  if (!SIZE.test(heap) || !SIZE.test(pageCache)) throw new LocalNeo4jError(`heap and pageCache take sizes like 512m or 1g, got ${heap} and ${pageCache}`);
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);

  const runningPid = runningNeo4jPid(home);
  if (runningPid !== null) {
    const ports = existsSync(f.conf) ? portsOfConf(readFileSync(f.conf, 'utf8')) : null;
    const { boltPort, httpPort } = ports ?? options;
    if (boltPort !== options.boltPort || httpPort !== options.httpPort) {
      options.log?.(`Neo4j is already running on ${home} with Bolt port ${boltPort} and HTTP port ${httpPort}; stop it to change ports.`);
    }
    const password = options.password ?? readPassword(home);
    if (!password) throw new LocalNeo4jError(`Neo4j is running on ${home} (pid ${runningPid}) but ${f.password} is missing: stop it, or pass its password.`);
    const uri = boltUri(boltPort);
    await waitUntilReady({ uri, password, setInitialPassword: false, deadline, home, alive: () => isNeo4jOf(runningPid, home) });
    return handle({ home, uri, password, pid: runningPid, httpPort, reused: true }, async () => {});
  }
  rmSync(f.pid, { force: true });

  await ensureJars({ log: options.log });
  for (const [name, port, env] of [
    ['Bolt', options.boltPort, 'NEWSGRAPH_LOCAL_NEO4J_BOLT_PORT'],
    ['HTTP', options.httpPort, 'NEWSGRAPH_LOCAL_NEO4J_HTTP_PORT'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(`The ${name} port 127.0.0.1:${port} is already in use (another Neo4j?): stop that process, or set ${env} to a free port, or set NEO4J_URI to use a running Neo4j.`);
    }
  }

  for (const dir of ['conf', 'data', 'logs', 'plugins', 'run', 'import', 'licenses']) mkdirSync(join(home, dir), { recursive: true });
  const fresh = !existsSync(f.systemDb);
  const stored = readPassword(home);
  if (!fresh && !options.password && !stored) {
    throw new LocalNeo4jError(`${home}/data holds a database but ${f.password} is missing: write its password there, or delete ${home}/data to start empty.`);
  }
  const password = options.password ?? stored ?? randomBytes(18).toString('base64url');
  // Stored before the password is changed, so a crash in between is repaired on the next start.
  if (password !== stored) writeFileSync(f.password, `${password}\n`, { mode: 0o600 });

  writeFileSync(f.conf, renderNeo4jConf({ home, boltPort: options.boltPort, httpPort: options.httpPort, heap, pageCache }));

  const child = spawnNeo4j(home, heap, options.detached);
  const pid = child.pid!;
  writeFileSync(f.pid, `${pid}\n`);
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  // An attached server must not outlive us (setpriv covers SIGKILL of this process too).
  const killOnExit = () => signalQuietly(pid, 'SIGTERM');
  if (!options.detached) process.once('exit', killOnExit);

  const uri = boltUri(options.boltPort);
  try {
    await waitUntilReady({ uri, password, setInitialPassword: fresh, deadline, home, alive: () => exited === null, exited: () => exited });
  } catch (error) {
    process.off('exit', killOnExit);
    if (exited === null) await stopLocalNeo4j(home, { graceMs: 10_000 });
    rmSync(f.pid, { force: true });
    throw error;
  }
  return handle({ home, uri, password, pid, httpPort: options.httpPort, reused: false }, async (stopOptions) => {
    process.off('exit', killOnExit);
    await stopLocalNeo4j(home, stopOptions);
  });
}

/** SIGTERM (clean shutdown, about 1 s), then SIGKILL after graceMs. Resolves once the process is gone. */
export async function stopLocalNeo4j(home: string, options: StopOptions = {}): Promise<{ wasRunning: boolean; pid?: number; forced: boolean }> {
  home = resolve(home);
  const pid = runningNeo4jPid(home);
  const pidFile = files(home).pid;
  if (pid === null) {
    rmSync(pidFile, { force: true });
    return { wasRunning: false, forced: false };
  }
  const graceMs = options.graceMs ?? 30_000;
  let forced = graceMs <= 0;
  if (!forced) {
    signalQuietly(pid, 'SIGTERM');
    forced = !(await waitFor(() => !isNeo4jOf(pid, home), graceMs));
  }
  if (forced) {
    signalQuietly(pid, 'SIGKILL');
    if (!(await waitFor(() => !isNeo4jOf(pid, home), 10_000))) throw new LocalNeo4jError(`Neo4j (pid ${pid}) did not exit after SIGKILL`);
  }
  rmSync(pidFile, { force: true });
  return { wasRunning: true, pid, forced };
}

/**
 * SIGKILL and wait, synchronously: for signal and exit handlers, where nothing async will run.
 * Only for data that may be lost (a throwaway test database).
 */
export function killLocalNeo4jSync(home: string): void {
  home = resolve(home);
  const pid = runningNeo4jPid(home);
  if (pid === null) return;
  signalQuietly(pid, 'SIGKILL');
  const until = Date.now() + 10_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (isNeo4jOf(pid, home) && Date.now() < until) Atomics.wait(pause, 0, 0, 50);
  rmSync(files(home).pid, { force: true });
}

export async function statusLocalNeo4j(home: string): Promise<LocalNeo4jStatus> {
  home = resolve(home);
  const f = files(home);
  const pid = runningNeo4jPid(home);
  if (pid === null) return { home, running: false, answering: false, passwordFile: f.password };
  const ports = existsSync(f.conf) ? portsOfConf(readFileSync(f.conf, 'utf8')) : null;
  const password = readPassword(home);
  let answering = false;
  if (ports && password) {
    const driver = newDriver(boltUri(ports.boltPort), USERNAME, password);
    answering = await driver.verifyConnectivity().then(() => true, () => false);
    await driver.close();
  }
  return {
    home,
    running: true,
    pid,
    uri: ports ? boltUri(ports.boltPort) : undefined,
    httpUrl: ports ? httpUrl(ports.httpPort) : undefined,
    answering,
    passwordFile: f.password,
  };
}

function handle(h: { home: string; uri: string; password: string; pid: number; httpPort: number; reused: boolean }, stop: LocalNeo4j['stop']): LocalNeo4j {
  return { uri: h.uri, username: USERNAME, password: h.password, pid: h.pid, home: h.home, httpUrl: httpUrl(h.httpPort), reused: h.reused, stop };
}

function spawnNeo4j(home: string, heap: string, detached: boolean) {
  const java = [
    `-Xmx${heap}`,
    // What the neo4j launcher script passes on Java 17: Netty and the page cache need these.
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    `${libDir}/*`,
    ENTRY_POINT,
    `--home-dir=${home}`,
    `--config-dir=${join(home, 'conf')}`,
  ];
  // setpriv (util-linux) makes the kernel send SIGTERM to java when we die, even by SIGKILL.
  const [command, args] = !detached && hasSetpriv() ? ['setpriv', ['--pdeathsig', 'TERM', '--', 'java', ...java]] : ['java', java];
  const out = openSync(files(home).consoleLog, 'a');
  try {
    const child = spawn(command, args, { cwd: home, detached, stdio: ['ignore', out, out] });
    child.unref();
    return child;
  } finally {
    closeSync(out);
  }
}

let setprivAvailable: boolean | undefined;
function hasSetpriv(): boolean {
  setprivAvailable ??= process.platform === 'linux' && !spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).error;
  return setprivAvailable;
}

async function waitUntilReady(o: {
  uri: string;
  password: string;
  setInitialPassword: boolean;
  deadline: number;
  home: string;
  alive: () => boolean;
  exited?: () => string | null;
}): Promise<void> {
  let setInitial = o.setInitialPassword;
  let triedInitial = false;
  let lastError: unknown;
  for (;;) {
    if (!o.alive()) throw startError(o.home, `Neo4j exited during start-up (${o.exited?.() ?? 'process gone'})`);
    if (Date.now() > o.deadline) throw startError(o.home, `Neo4j did not answer on ${o.uri} in time (last error: ${describe(lastError)})`);
    try {
      if (setInitial) {
        triedInitial = true;
        await changeInitialPassword(o.uri, o.password);
        setInitial = false;
      }
      await checkReady(o.uri, o.password);
      return;
    } catch (error) {
      lastError = error;
      if (neo4j.isRetriableError(error)) {
        await sleep(200);
      } else if (code(error) === 'Neo.ClientError.Security.Unauthorized' && !triedInitial) {
        // The password file was written but the server never got it (crash before ALTER USER).
        setInitial = true;
      } else {
        throw startError(o.home, `Neo4j at ${o.uri} refused the login: ${describe(error)}`);
      }
    }
  }
}

async function changeInitialPassword(uri: string, password: string): Promise<void> {
  const driver = newDriver(uri, USERNAME, INITIAL_PASSWORD);
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: INITIAL_PASSWORD, new: password });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** Bolt answers and the default database runs queries. */
async function checkReady(uri: string, password: string): Promise<void> {
  const driver = newDriver(uri, USERNAME, password);
  try {
    await driver.verifyConnectivity();
    const session = driver.session();
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

function newDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    userAgent: 'newsgraph-local-launcher',
  });
}

function startError(home: string, message: string): Error {
  const f = files(home);
  const log = existsSync(f.neo4jLog) ? f.neo4jLog : f.consoleLog;
  const tail = existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n').slice(-20).join('\n') : '(no log yet)';
  return new Error(`${message}\nLast lines of ${log}:\n${tail}`);
}

/** The pid in <home>/neo4j.pid if that process is alive and is the Neo4j of this home. */
function runningNeo4jPid(home: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(files(home).pid, 'utf8'), 10);
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && isNeo4jOf(pid, home) ? pid : null;
}

/** Alive, not a zombie, and (where /proc exists) really our java: a recycled pid must not be killed. */
function isNeo4jOf(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(ENTRY_POINT) && args.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

function readPassword(home: string): string | undefined {
  try {
    return readFileSync(files(home).password, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= until) return false;
    await sleep(100);
  }
  return true;
}

function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
const httpUrl = (port: number) => `http://127.0.0.1:${port}`;
const code = (error: unknown) => (error as { code?: string } | null)?.code;
const describe = (error: unknown) => (error instanceof Error ? `${code(error) ?? error.name}: ${error.message}` : String(error ?? 'none'));
