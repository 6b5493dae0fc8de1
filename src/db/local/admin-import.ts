import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureJars, libDir } from './jars.js';
import { LocalNeo4jError } from './errors.js';

export interface AdminImportOptions {
  /** The local server's home (its conf/ and data/); the server must be stopped. */
  home: string;
  /** `Label1:Label2` or a relationship type → [header file, data file]. */
  nodes: { name: string; files: [string, string] }[];
  relationships: { name: string; files: [string, string] }[];
  arrayDelimiter: string;
  /** JVM heap and neo4j-admin's off-heap budget, Neo4j size syntax. */
  heap?: string;
  offHeap?: string;
  log?: (line: string) => void;
}

/**
 * `neo4j-admin database import full neo4j --overwrite-destination`, run from the jars the local
 * server runs from (org.neo4j.cli.AdminTool is in neo4j-command-line). The database is replaced,
 * so the caller checks first that it held nothing. Its report goes to <home>/logs/import.log.
 */
export async function adminImport(o: AdminImportOptions): Promise<{ report: string }> {
  await ensureJars({ log: o.log });
  const home = resolve(o.home);
  if (!existsSync(join(home, 'conf', 'neo4j.conf'))) throw new LocalNeo4jError(`${home}/conf/neo4j.conf is missing: start the local Neo4j once (\`newsgraph neo4j start\`) before importing into it.`);
  const args = [
    `-Xmx${o.heap ?? '512m'}`,
    '-cp', `${libDir}/*`,
    'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j',
    '--overwrite-destination=true',
    // Bodies hold line breaks inside their quoted fields.
    '--multiline-fields=true',
    `--array-delimiter=${o.arrayDelimiter}`,
    '--id-type=string',
    `--max-off-heap-memory=${o.offHeap ?? '512m'}`,
    // No import.report file in the working directory: a failure stops the import instead.
    `--report-file=${join(home, 'logs', 'import.report')}`,
    ...o.nodes.map((n) => `--nodes=${n.name}=${n.files.join(',')}`),
    ...o.relationships.map((r) => `--relationships=${r.name}=${r.files.join(',')}`),
  ];
  const logFile = join(home, 'logs', 'import.log');
  const out = openSync(logFile, 'w');
  let code: number | null;
  try {
    code = await new Promise<number | null>((done, fail) => {
      const child = spawn('java', args, { cwd: home, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, stdio: ['ignore', out, out] });
      child.once('error', fail);
      child.once('exit', (c) => done(c));
    });
  } finally {
    closeSync(out);
  }
  const report = readFileSync(logFile, 'utf8');
  if (code !== 0) {
    const last = report.trim().split('\n').filter((l) => /error|exception|invalid|failed/i.test(l)).slice(-3).join(' / ');
    throw new LocalNeo4jError(`neo4j-admin database import failed (exit ${code}): ${last || 'see the log'} — full log in ${logFile}`);
  }
  return { report };
}
