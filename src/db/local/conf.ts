import { join } from 'node:path';

export interface ConfOptions {
  /** Absolute path of the server's home folder. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** JVM heap, Neo4j size syntax: `512m`, `1g`. */
  heap: string;
  pageCache: string;
}

/**
 * The neo4j.conf of a local server. Every folder lives under `home`, so one home is one server
 * and deleting it removes everything. Neo4j validates the file strictly: an unknown key stops it.
 */
export function renderNeo4jConf(o: ConfOptions): string {
  const dir = (name: string) => join(o.home, name);
  return [
    '# Written by newsgraph (src/db/local) on every start: edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    // Advertised too: Browser and drivers learn the Bolt address from the discovery document.
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    `server.http.listen_address=127.0.0.1:${o.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${o.httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.licenses=${dir('licenses')}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Only read by the neo4j launcher script; we pass the same value to java as -Xmx.
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    // One transaction may use at most this much: a runaway read fails alone (QUERY_TOO_COMPLEX)
    // instead of exhausting the shared pool (70% of the heap) and failing everyone else's. An
    // article's write needs a few MB; a depth-3 neighbourhood of a hub tens.
    'db.memory.transaction.max=128m',
    // Small transaction logs: a local or throwaway database needs no 256 MB preallocated files.
    'db.tx_log.rotation.size=16m',
    'db.tx_log.preallocate=false',
    // Bolt waits 2 × 5 s for idle connections on shutdown (stop took 10.5 s, now under 1 s). Internal
    // settings of 5.26: if a Neo4j upgrade refuses to start on them, drop these two lines.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    '',
  ].join('\n');
}

/** The Bolt and HTTP ports of a conf written by renderNeo4jConf. */
export function portsOfConf(conf: string): { boltPort: number; httpPort: number } | null {
  const port = (key: string) => Number(new RegExp(`^${key.replace(/\./g, '\\.')}=[^\\n]*:(\\d+)\\s*$`, 'm').exec(conf)?.[1]);
  const boltPort = port('server.bolt.listen_address');
  const httpPort = port('server.http.listen_address');
  return Number.isInteger(boltPort) && Number.isInteger(httpPort) ? { boltPort, httpPort } : null;
}
