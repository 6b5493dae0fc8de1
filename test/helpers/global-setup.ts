import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePorts, killLocalNeo4jSync, startLocalNeo4j } from '../../src/db/local/index.js';
import type { TestConnection } from './neo4j.js';

/**
 * The integration project's Neo4j. NEO4J_TEST_URI (+ NEO4J_TEST_USERNAME, NEO4J_TEST_PASSWORD, and
 * NEO4J_TEST_ALLOW_WIPE=1 since the tests empty it) points at an existing server; otherwise a throwaway one runs on free ports with its own data
 * folder, and is killed and deleted after the run, whatever the outcome, Ctrl-C included — by the
 * pid file in that folder, so also after a test killed it and started it again (the crash test).
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    const password = process.env.NEO4J_TEST_PASSWORD;
    if (!password) throw new Error(`NEO4J_TEST_URI is set to ${uri} but NEO4J_TEST_PASSWORD is not: set it too, or unset NEO4J_TEST_URI to use a throwaway Neo4j.`);
    // The tests wipe the graph they run on: never someone's data by mistake.
    if (process.env.NEO4J_TEST_ALLOW_WIPE !== '1') {
      throw new Error(`The integration tests delete everything in the Neo4j at NEO4J_TEST_URI (${uri}): set NEO4J_TEST_ALLOW_WIPE=1 to confirm, or unset NEO4J_TEST_URI to use a throwaway Neo4j.`);
    }
    project.provide('neo4j', { uri, username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j', password });
    return undefined;
  }

  const home = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-test-'));
  // Synchronous on purpose: on SIGINT vitest calls process.exit() a millisecond later and runs no teardown.
  // A throwaway database needs no clean shutdown, so SIGKILL.
  const cleanUp = () => {
    killLocalNeo4jSync(home);
    rmSync(home, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exitCode ??= 128 + constants.signals[signal];
    setTimeout(() => process.exit(), 1);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of signals) process.once(s, onSignal);
  process.once('exit', cleanUp);
  const teardown = () => {
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', cleanUp);
    cleanUp();
  };

  try {
    const [boltPort, httpPort] = await findFreePorts(2);
    const started = Date.now();
    // 180 s, not the launcher's 90: on the shared 2-core machine with two suites starting at once, a start took over 90 s.
    const server = await startLocalNeo4j({ home, boltPort: boltPort!, httpPort: httpPort!, detached: false, timeoutMs: 180_000, log: (line) => console.log(line) });
    console.log(`Throwaway Neo4j at ${server.uri} (pid ${server.pid}, data in ${home}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    project.provide('neo4j', { uri: server.uri, username: server.username, password: server.password, local: { home, boltPort: boltPort!, httpPort: httpPort! } } satisfies TestConnection);
  } catch (error) {
    teardown();
    throw error;
  }
  return teardown;
}

