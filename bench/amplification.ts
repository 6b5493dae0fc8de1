/**
 * `tsx bench/amplification.ts [--url http://127.0.0.1:4000/graphql] [--seconds 60] [--clients 8] [--aliases 30] [--hub person:vladimir-putin] [--vary]`
 *
 * Issue 9's amplification figure against a running server (bench/flood.ts): prints the trivial
 * lookup's latency percentiles and every response's code while the heavy clients flood it.
 * Target: lookup p99 ≤ 500 ms, no INTERNAL_SERVER_ERROR, heavy requests answered (data,
 * QUERY_TOO_COMPLEX or QUERY_TIMEOUT) within their budget. `npm run test:reliability` asserts it.
 */
import { parseArgs } from 'node:util';
import { flood, summarise } from './flood.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '8' },
    aliases: { type: 'string', default: '30' },
    hub: { type: 'string', default: 'person:vladimir-putin' },
    // Each heavy request's text unique: no help from the server's document and cost caches.
    vary: { type: 'boolean', default: false },
  },
});

const report = await flood({ url: values.url!, seconds: Number(values.seconds), clients: Number(values.clients), aliases: Number(values.aliases), hub: values.hub!, vary: values.vary });
console.log(JSON.stringify({
  settings: values,
  lookup: summarise(report.lookup),
  heavy: summarise(report.heavy),
  internalErrors: [...report.heavy, ...report.lookup].filter((s) => s.code === 'INTERNAL_SERVER_ERROR').length,
}, null, 2));
