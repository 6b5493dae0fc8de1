import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from '../../db/local/index.js';

/** `newsgraph neo4j start|stop|status`: the local Neo4j that `start` uses when NEO4J_URI is unset. */
export function neo4jCommand(program: Command): void {
  const cmd = program.command('neo4j').description('run the local Neo4j Community server (Maven jars on Java 17, no Docker)');
  const log = (line: string) => console.log(line);

  cmd
    .command('start')
    .description('start it in the background (or find it running) and print how to connect')
    .action(async () => {
      const { localNeo4j, neo4j } = loadConfig();
      const started = Date.now();
      const server = await startLocalNeo4j({ ...localNeo4j, detached: true, log });
      const how = server.reused ? 'already running' : `started in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      console.log(`Neo4j ${how} (pid ${server.pid}, data in ${show(server.home)})`);
      console.log(`  Bolt URI:  ${server.uri}`);
      console.log(`  Username:  ${server.username}`);
      console.log(`  Password:  in ${show(join(server.home, 'password'))}`);
      console.log(`  Browser:   ${server.httpUrl}/browser/`);
      if (neo4j) console.log(`Note: NEO4J_URI is set (${neo4j.uri}), so the API uses that server, not this one.`);
    });

  cmd
    .command('stop')
    .description('stop it (SIGTERM, SIGKILL after 30 s)')
    .action(async () => {
      const { home } = loadConfig().localNeo4j;
      const result = await stopLocalNeo4j(home);
      console.log(result.wasRunning ? `Neo4j (pid ${result.pid}) stopped${result.forced ? ' with SIGKILL' : ''}.` : `Neo4j is not running on ${show(home)}.`);
    });

  cmd
    .command('status')
    .description('say whether it runs and answers; exit code 3 when it does not run')
    .action(async () => {
      const status = await statusLocalNeo4j(loadConfig().localNeo4j.home);
      if (!status.running) {
        console.log(`Neo4j is not running on ${show(status.home)}.`);
        process.exitCode = 3;
        return;
      }
      console.log(`Neo4j is running (pid ${status.pid})${status.answering ? '' : ' but does not accept the stored credentials yet'}`);
      console.log(`  Bolt URI:  ${status.uri}`);
      console.log(`  Password:  in ${show(status.passwordFile)}`);
      console.log(`  Browser:   ${status.httpUrl}/browser/`);
    });
}

/** Paths inside the working directory are shown relative: shorter, and what the user typed. */
function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
