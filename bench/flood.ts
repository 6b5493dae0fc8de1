/**
 * Issue 9's amplification case, as a function the bench (bench/amplification.ts) and the
 * reliability suite (test/reliability/amplification.rel.test.ts) share: `clients` loops send one
 * request of `aliases` aliased `neighborhood(id: hub, depth: 3, limit: 200)` for `seconds`, while one
 * more loop asks a trivial lookup. Bounded in time; send it only to a server on this machine.
 */
export interface FloodOptions {
  url: string;
  seconds: number;
  clients: number;
  aliases: number;
  hub: string;
  /**
   * Make every heavy request's text unique (a numbered comment): the server then parses, validates
   * and prices each one anew instead of finding it in its document cache, as a client varying its
   * aliases would make it.
   */
  vary?: boolean;
}

export interface Sample {
  ms: number;
  status: number;
  /** The first error's code, OK without errors, NETWORK(…) when no answer came. */
  code: string;
}

export interface FloodReport {
  lookup: Sample[];
  heavy: Sample[];
}

export const LOOKUP = '{ person(name: "Putin") { name } }';

export function heavyQuery(aliases: number, hub: string): string {
  return `{ ${Array.from({ length: aliases }, (_, i) => `n${i}: neighborhood(id: "${hub}", depth: 3, limit: 200) { totalCount nodes { id label } edges { source target } }`).join('\n')} }`;
}

async function send(url: string, query: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, code: `NETWORK(${(error as Error).message})` };
  }
}

export async function flood(o: FloodOptions): Promise<FloodReport> {
  const until = Date.now() + o.seconds * 1000;
  let sent = 0;
  const loop = async (query: string, into: Sample[], vary = false) => {
    while (Date.now() < until) into.push(await send(o.url, vary ? `${query} # ${++sent}` : query));
  };
  const report: FloodReport = { lookup: [], heavy: [] };
  const heavy = heavyQuery(o.aliases, o.hub);
  await Promise.all([...Array.from({ length: o.clients }, () => loop(heavy, report.heavy, o.vary)), loop(LOOKUP, report.lookup)]);
  return report;
}

/** The p-th percentile (nearest rank) of the samples' times. */
export function percentile(samples: Sample[], p: number): number {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** How many answers had each status and code, e.g. `{ "400 QUERY_TOO_COMPLEX": 4594 }`. */
export function codes(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[`${s.status} ${s.code}`] = (counts[`${s.status} ${s.code}`] ?? 0) + 1;
  return counts;
}

export function summarise(samples: Sample[]) {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(percentile(samples, 100)),
    codes: codes(samples),
  };
}
