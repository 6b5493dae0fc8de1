import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../project-path.js';
import { LocalNeo4jError } from './errors.js';

export const pomPath = projectPath('db', 'neo4j', 'pom.xml');
export const libDir = projectPath('db', 'neo4j', 'lib');

/** Neo4j 5.26 runs on Java 17 or 21. */
const MIN_JAVA = 17;
const ALTERNATIVES = 'or set NEO4J_URI to an existing Neo4j 5, or run `docker compose up`';

/**
 * Makes sure `java` (17+) is on PATH and db/neo4j/lib holds the jars db/neo4j/pom.xml asks for,
 * running Maven's copy-dependencies when they are missing or the pom's versions changed.
 * Every failure is a one-line Error that says what to install or what to do instead.
 */
export async function ensureJars(options: { log?: (line: string) => void } = {}): Promise<void> {
  requireJava();
  const missing = missingJars();
  if (missing.length === 0) return;
  requireTool('mvn', 'Maven 3 (e.g. `apt-get install maven`)');
  if (staleJars().length > 0) {
    // The pom moved to other versions: two versions of one artifact on the classpath would clash.
    for (const jar of readdirSync(libDir).filter((f) => f.endsWith('.jar'))) rmSync(join(libDir, jar));
  }
  options.log?.(`Fetching the Neo4j jars with Maven into ${libDir} (about 130 MB, once)…`);
  const code = await run('mvn', ['-q', '-B', '-f', pomPath, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`]);
  const stillMissing = missingJars();
  if (code !== 0 || stillMissing.length > 0) {
    throw new LocalNeo4jError(
      `Maven could not fetch the Neo4j jars (exit ${code}${stillMissing.length ? `; missing ${stillMissing.join(', ')}` : ''}): check network access to Maven Central and run \`npm run neo4j:install\`, ${ALTERNATIVES}.`,
    );
  }
}

/** The jar file names of the pom's direct dependencies, e.g. `neo4j-5.26.30.jar`. */
export function expectedJars(): { artifactId: string; jar: string }[] {
  const pom = readFileSync(pomPath, 'utf8');
  const properties = new Map<string, string>();
  for (const m of (/<properties>([\s\S]*?)<\/properties>/.exec(pom)?.[1] ?? '').matchAll(/<([\w.-]+)>([^<]*)<\/\1>/g)) {
    properties.set(m[1]!, m[2]!.trim());
  }
  const expand = (value: string) => value.replace(/\$\{([^}]+)\}/g, (_, name: string) => properties.get(name) ?? '');
  return [...pom.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)].map((m) => {
    const artifactId = expand(/<artifactId>([^<]+)<\/artifactId>/.exec(m[1]!)?.[1] ?? '');
    const version = expand(/<version>([^<]+)<\/version>/.exec(m[1]!)?.[1] ?? '');
    return { artifactId, jar: `${artifactId}-${version}.jar` };
  });
}

function jarsOnDisk(): Set<string> {
  return new Set(existsSync(libDir) ? readdirSync(libDir).filter((f) => f.endsWith('.jar')) : []);
}

function missingJars(): string[] {
  const present = jarsOnDisk();
  return expectedJars().filter((e) => !present.has(e.jar)).map((e) => e.jar);
}

/** Jars of a direct dependency at another version than the pom's. */
function staleJars(): string[] {
  const present = [...jarsOnDisk()];
  return expectedJars().flatMap(({ artifactId, jar }) =>
    present.filter((f) => f !== jar && new RegExp(`^${artifactId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d[^-]*\\.jar$`).test(f)),
  );
}

/** Throws unless `java -version` runs and reports Java 17 or newer. */
export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(`\`java\` was not found: install a Java ${MIN_JAVA} or 21 runtime (e.g. \`apt-get install openjdk-17-jre-headless\`), ${ALTERNATIVES}.`);
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new LocalNeo4jError(`\`java\` on PATH is version ${version?.[0] ?? 'unknown'}, Neo4j 5.26 needs Java ${MIN_JAVA} or 21: install one and put it first on PATH (or set JAVA_HOME/bin first), ${ALTERNATIVES}.`);
  }
}

function requireTool(command: string, what: string): void {
  const result = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (result.error) throw new LocalNeo4jError(`\`${command}\` was not found but is needed to fetch the Neo4j jars: install ${what}, ${ALTERNATIVES}.`);
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
