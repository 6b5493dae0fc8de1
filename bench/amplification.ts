/**
 * `tsx bench/amplification.ts [--url http://127.0.0.1:4000/graphql] [--seconds 60] [--clients 8] [--aliases 30] [--hub person:vladimir-putin]`
 *
 * Issue 9's amplification figure against a running server: `clients` loops send one request of
 * `aliases` aliased `neighborhood(id: hub, depth: 3, limit: 200)` for `seconds`, while one more
 * loop asks a trivial lookup. Prints the lookup's latency percentiles and every response's code.
 * Target: lookup p99 ≤ 500 ms, no INTERNAL_SERVER_ERROR, heavy requests answered (data,
 * QUERY_TOO_COMPLEX or QUERY_TIMEOUT) within their budget.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '8' },
    aliases: { type: 'string', default: '30' },
    hub: { type: 'string', default: 'person:vladimir-putin' },
  },
});
const url = values.url!;
const until = Date.now() + Number(values.seconds) * 1000;
const heavyQuery = `{ ${Array.from({ length: Number(values.aliases) }, (_, i) => `n${i}: neighborhood(id: "${values.hub}", depth: 3, limit: 200) { totalCount nodes { id label } edges { source target } }`).join('\n')} }`;
const lookup = '{ person(name: "Putin") { name } }';

interface Sample { ms: number; status: number; code: string }

async function send(query: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, code: `NETWORK(${(error as Error).message})` };
  }
}

async function loop(query: string, into: Sample[]): Promise<void> {
  while (Date.now() < until) into.push(await send(query));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const codes = (samples: Sample[]) => samples.reduce<Record<string, number>>((acc, s) => ({ ...acc, [`${s.status} ${s.code}`]: (acc[`${s.status} ${s.code}`] ?? 0) + 1 }), {});

const heavy: Sample[] = [];
const light: Sample[] = [];
await Promise.all([...Array.from({ length: Number(values.clients) }, () => loop(heavyQuery, heavy)), loop(lookup, light)]);

const lightMs = light.map((s) => s.ms).sort((a, b) => a - b);
const heavyMs = heavy.map((s) => s.ms).sort((a, b) => a - b);
console.log(JSON.stringify({
  settings: values,
  lookup: { requests: light.length, p50: +percentile(lightMs, 50).toFixed(1), p95: +percentile(lightMs, 95).toFixed(1), p99: +percentile(lightMs, 99).toFixed(1), max: +(lightMs.at(-1) ?? NaN).toFixed(1), codes: codes(light) },
  heavy: { requests: heavy.length, p50: +percentile(heavyMs, 50).toFixed(1), max: +(heavyMs.at(-1) ?? NaN).toFixed(1), codes: codes(heavy) },
  internalErrors: [...heavy, ...light].filter((s) => s.code === 'INTERNAL_SERVER_ERROR').length,
}, null, 2));
