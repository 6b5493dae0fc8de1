import { spawn, type ChildProcess } from 'node:child_process';
import { projectPath } from '../../src/project-path.js';
import type { TestConnection } from './neo4j.js';

/**
 * The `newsgraph` command as a user runs it, in its own process (TypeScript through tsx, so no build
 * is needed): what the reliability suite kills, floods and cuts off, where an in-process server would
 * share the test's event loop and hide what a separate client sees.
 */
export interface CliRun {
  child: ChildProcess;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Exit code (or the signal's name) once it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment that points the CLI at `neo4j`; only what is passed, so the caller's NODE_ENV or NEO4J_URI cannot leak in. */
export function cliEnv(neo4j: TestConnection, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    ...extra,
  };
}

export function runCli(args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'cli', 'index.ts'), ...args], {
    cwd: projectPath(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export interface ServeProcess {
  url: string;
  pid: number;
  /** SIGTERM (Apollo drains, the driver closes), resolved when the process is gone. */
  stop(): Promise<void>;
}

/**
 * `newsgraph serve` on 127.0.0.1 and a free port, resolved once it logs that it is ready (after its
 * warm-up, as /healthz). `env` adds settings such as NODE_ENV or NEWSGRAPH_MAX_CONCURRENT_HEAVY.
 */
export async function startServe(neo4j: TestConnection, env: Record<string, string> = {}, timeoutMs = 90_000): Promise<ServeProcess> {
  const run = runCli(['serve'], cliEnv(neo4j, { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }));
  const stop = async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM');
    await run.exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`newsgraph serve was not ready within ${timeoutMs} ms:\n${run.stdout()}${run.stderr()}`)), timeoutMs);
      const look = () => {
        const ready = /GraphQL API ready at (http:\/\/\S+?\/graphql)\b/.exec(run.stdout());
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      };
      run.child.stdout!.on('data', look);
      void run.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`newsgraph serve exited (${signal ?? code}) before it was ready:\n${run.stdout()}${run.stderr()}`));
      });
    });
    return { url, pid: run.child.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** POSTs a GraphQL request; the answer's status, parsed body (or the raw text when it is not JSON) and time taken. */
export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; body: any; text: string }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { ms: performance.now() - started, status: response.status, body: parsed, text };
}
