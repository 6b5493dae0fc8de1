/**
 * `npm run bench:observability [-- --rounds 10 --requests 500] [--hooks-only]`: what `extensions.cost`, the
 * metrics and the sampled request log cost the API per request. The production Apollo server runs
 * the same operations with them all off (no observation plugin installed) and all on (metrics kept,
 * 1 % of requests logged to /dev/null), in alternating rounds over the seed in a throwaway Neo4j;
 * it prints the API process's CPU time per request (user + system, the database not included; the
 * median of the rounds, and the spread of the off rounds as the noise) and the wall time. Both
 * sides meter their queries (createContext always does): a tight loop of the QueryMeter prices that.
 * Set NEO4J_BENCH_URI and NEO4J_BENCH_PASSWORD to use a running server instead: its graph is WIPED.
 */
import 'reflect-metadata';
import type { ApolloServerPlugin } from '@apollo/server';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { parseConfig } from '../src/config/config.js';
import { QueryMeter } from '../src/db/query-meter.js';
import { createContext } from '../src/server/context.js';
import { Metrics } from '../src/server/metrics.js';
import { recordPricedCost } from '../src/server/query-cost.js';
import { requestObservationPlugin, requestObserver } from '../src/server/request-observation.js';
import { createSchema } from '../src/server/schema.js';
import { createApollo } from '../src/server/server.js';
import { seededBenchServer } from './server.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' }, requests: { type: 'string', default: '500' }, 'hooks-only': { type: 'boolean', default: false } } });
const ROUNDS = Number(values.rounds);
const REQUESTS = Number(values.requests);
const OPERATIONS = {
  'no database: { __typename }': 'query Typename { __typename }',
  'planned: articles(first: 2) { nodes { title } }': 'query Latest { articles(first: 2) { nodes { title } } }',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (values['hooks-only']) return pluginAlone(parseConfig({}).maxCost);
  const { executor, stop } = await seededBenchServer();
  try {
    const schema = await createSchema();
    const base = parseConfig({ NEO4J_URI: executor.uri, NEO4J_PASSWORD: 'unused', LOG_LEVEL: 'info', NODE_ENV: 'production' });
    const offConfig = { ...base, costExtension: false, requestLogSample: 0 };
    const onConfig = { ...base, costExtension: true, requestLogSample: 0.01 };
    const off = createApollo(schema, offConfig);
    const on = createApollo(schema, onConfig, pino({ base: undefined }, pino.destination('/dev/null')), { metrics: new Metrics() });
    await Promise.all([off.start(), on.start()]);
    const servers = [
      { name: 'off', apollo: off, config: offConfig },
      { name: 'on', apollo: on, config: onConfig },
    ];

    console.log(`${'operation'.padEnd(50)} ${'CPU µs off'.padStart(11)} ${'CPU µs on'.padStart(10)} ${'on/off'.padStart(7)} ${'off rounds'.padStart(11)} ${'wall µs off'.padStart(12)} ${'wall µs on'.padStart(11)}`);
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const cpu: Record<string, number[]> = { off: [], on: [] };
      const wall: Record<string, number[]> = { off: [], on: [] };
      for (let round = -2; round < ROUNDS; round++) {
        for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
          const cpuStart = process.cpuUsage();
          const wallStart = performance.now();
          for (let i = 0; i < REQUESTS; i++) {
            const response = await server.apollo.executeOperation({ query }, { contextValue: createContext(server.config, executor) });
            if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
          }
          const used = process.cpuUsage(cpuStart);
          // The first two rounds warm the JIT and Neo4j's plan cache.
          if (round < 0) continue;
          cpu[server.name]!.push((used.user + used.system) / REQUESTS);
          wall[server.name]!.push(((performance.now() - wallStart) * 1000) / REQUESTS);
        }
      }
      const [cOff, cOn, wOff, wOn] = [median(cpu.off!), median(cpu.on!), median(wall.off!), median(wall.on!)];
      // The spread of the off rounds is the noise the on/off ratio has to be read against.
      const spread = `${Math.min(...cpu.off!).toFixed(0)}–${Math.max(...cpu.off!).toFixed(0)}`;
      console.log(`${name.padEnd(50)} ${cOff.toFixed(0).padStart(11)} ${cOn.toFixed(0).padStart(10)} ${(cOn / cOff).toFixed(3).padStart(7)} ${spread.padStart(11)} ${wOff.toFixed(0).padStart(12)} ${wOn.toFixed(0).padStart(11)}`);
    }
    await Promise.all([off.stop(), on.stop()]);
    await pluginAlone(base.maxCost);

  } finally {
    await stop();
  }
}

/**
 * The plugin's two hooks alone, as Apollo calls them on a priced response with one round trip,
 * against a plugin that does nothing (the harness: a context, a meter, two awaited calls); five
 * interleaved rounds, medians. Then the QueryMeter's cost per query. No Neo4j needed (--hooks-only).
 */
async function pluginAlone(maxCost: number) {
  const devNull = pino({ base: undefined }, pino.destination('/dev/null'));
  const variants: [string, ApolloServerPlugin<any>][] = [
    ['plugin that does nothing', { requestDidStart: async () => ({ willSendResponse: async () => {} }) }],
    ['extensions.cost only', requestObservationPlugin(requestObserver({ maxCost, costExtension: true, logSample: 0 }))],
    ['extensions.cost + 1 % logged', requestObservationPlugin(requestObserver({ maxCost, costExtension: true, logger: devNull, logSample: 0.01 }))],
    ['extensions.cost + 1 % logged + metrics', requestObservationPlugin(requestObserver({ maxCost, costExtension: true, metrics: new Metrics(), logger: devNull, logSample: 0.01 }))],
  ];
  const ns = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (let round = -1; round < 5; round++) {
    for (const [name, plugin] of variants) {
      const hooks = async () => {
        const meter = new QueryMeter();
        meter.roundTrips = 1;
        const contextValue = { executor: { meter } };
        recordPricedCost(contextValue, 5);
        const listener = await plugin.requestDidStart!({} as never);
        const response = { body: { kind: 'single', singleResult: { data: {} } }, http: { status: undefined } };
        await listener!.willSendResponse!({ response, contextValue, operation: { name: { value: 'Latest' } } } as never);
      };
      const calls = 100_000;
      const start = process.cpuUsage();
      for (let i = 0; i < calls; i++) await hooks();
      const used = process.cpuUsage(start);
      // Round -1 warms the JIT.
      if (round >= 0) ns.get(name)!.push(((used.user + used.system) * 1000) / calls);
    }
  }
  for (const [name, xs] of ns) console.log(`hooks, ${name}: ${median(xs).toFixed(0)} ns of CPU per request (rounds ${xs.map((x) => x.toFixed(0)).join(', ')})`);

  const meter = new QueryMeter();
  const loops = 5_000_000;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < loops; i++) {
    meter.roundTrips++;
    meter.begin();
    meter.end();
  }
  const used = process.cpuUsage(cpuStart);
  console.log(`QueryMeter: ${(((used.user + used.system) * 1000) / loops).toFixed(0)} ns of CPU per metered query (${loops} in a tight loop)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
