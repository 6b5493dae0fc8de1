import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

export interface MetricsEndpoint {
  url: string;
  stop(): Promise<void>;
}

/**
 * GET /metrics (Prometheus text format) on a listener of its own, never on the API's port: the API
 * is meant to face clients, often through a proxy that forwards every path, and the scrape tells
 * anyone who reads it which operations run, how often they fail and how the process is doing.
 * Bound to `host` (127.0.0.1 unless configured) so exposing it is a decision, not a default.
 */
export async function startMetricsEndpoint(metrics: Metrics, port: number, host: string): Promise<MetricsEndpoint> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: the metrics are at /metrics.\n');
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed: GET /metrics.\n');
    } else {
      metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(req.method === 'HEAD' ? undefined : text),
        () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The metrics could not be collected.\n'),
      );
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/metrics`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
