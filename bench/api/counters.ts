/**
 * What a benchmarked server process counts about itself, read by the parent over IPC before and
 * after each shape: HTTP responses finished, Cypher queries sent (round trips), bytes read from
 * Neo4j, and CPU time. Installed first thing in the child, before any driver exists, so every Bolt
 * socket the process opens is seen (the HTTP server's own sockets are accepted, not connected).
 */
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';

export interface CounterSnapshot {
  /** HTTP requests received and responses finished: equal when the server is idle. */
  requests: number;
  finished: number;
  roundTrips: number;
  neo4jBytesRead: number;
  cpuMicros: number;
}

export function installCounters() {
  // tsx turns source maps on for the TypeScript it runs; production (`node dist/…`) has them off.
  // With them on, every stack trace is mapped, and the driver captures one per query.
  process.setSourceMapsEnabled(false);
  const open = new Set<net.Socket>();
  let closedBytes = 0;
  // Our own hook, beside src/db/driver.ts's no-delay one: whichever wraps last, both run.
  for (const module of [net, tls] as { connect: (...args: unknown[]) => net.Socket }[]) {
    const connect = module.connect;
    module.connect = function connectCounted(this: unknown, ...args: unknown[]) {
      const socket = connect.apply(this, args);
      open.add(socket);
      socket.once('close', () => {
        closedBytes += socket.bytesRead;
        open.delete(socket);
      });
      return socket;
    };
  }

  let requests = 0;
  let finished = 0;
  // Count the requests of any http.Server in this process (express's included) without touching its code.
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitCounted(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      requests++;
      (args[1] as http.ServerResponse).once('close', () => finished++);
    }
    return (emit as (this: http.Server, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;

  let roundTrips = 0;
  const snapshot = (): CounterSnapshot => {
    const cpu = process.cpuUsage();
    let bytes = closedBytes;
    for (const s of open) bytes += s.bytesRead;
    return { requests, finished, roundTrips, neo4jBytesRead: bytes, cpuMicros: cpu.user + cpu.system };
  };

  process.on('message', (message: { type?: string; id?: number }) => {
    if (message?.type === 'counters') process.send?.({ type: 'counters', id: message.id, counters: snapshot() });
  });
  // The parent going away (Ctrl-C, crash) ends us too: no orphaned servers.
  process.on('disconnect', () => process.exit(0));

  return {
    countRoundTrip: () => {
      roundTrips++;
    },
    ready: (port: number) => process.send?.({ type: 'ready', port }),
  };
}
