/**
 * Child process: the framework reference. Apollo Server 5 on Express 5 (its documented mount;
 * newsgraph serves /graphql without Express since 2026-12-01) serving newsgraph's own published schema (schema/schema.graphql), where each shape's
 * root field runs the ONE hand-written Cypher query of shapes.ts and returns its `data` for that
 * field; graphql-js's default resolvers walk the rest. What it costs above the raw baseline is what
 * Apollo + Express + graphql-js cost for the same answer, whatever the read layer does.
 * Env: BENCH_NEO4J_URI, BENCH_NEO4J_USERNAME, BENCH_NEO4J_PASSWORD.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installCounters } from './counters.js';

const counters = installCounters();
const neo4j = (await import('neo4j-driver')).default;
const express = (await import('express')).default;
const { ApolloServer } = await import('@apollo/server');
const { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } = await import('@apollo/server/plugin/disabled');
const { expressMiddleware } = await import('@as-integrations/express5');
const { buildSchema, isAbstractType } = await import('graphql');
const { createDriver } = await import('../../src/db/driver.js');
const { projectPath } = await import('../../src/project-path.js');
const { SHAPES } = await import('./shapes.js');

const driver = createDriver({ uri: process.env.BENCH_NEO4J_URI!, username: process.env.BENCH_NEO4J_USERNAME!, password: process.env.BENCH_NEO4J_PASSWORD! });
const toCypher = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]));

const schema = buildSchema(readFileSync(projectPath('schema', 'schema.graphql'), 'utf8'));
// The hand-written answers carry no __typename where the query did not ask for one: the id's prefix names the type.
const TYPES: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', topic: 'Topic', event: 'Event', article: 'Article', statement: 'Statement' };
for (const type of Object.values(schema.getTypeMap())) {
  if (isAbstractType(type)) type.resolveType = (value: any) => value.__typename ?? TYPES[String(value.id).slice(0, String(value.id).indexOf(':'))];
}
const query = schema.getQueryType()!.getFields();
for (const shape of SHAPES) {
  const root = Object.keys(shape.empty as object)[0]!;
  query[root]!.resolve = async (_parent, args) => {
    counters.countRoundTrip();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      // The shape's variables are the root field's arguments under the same names, but for S1's $n (first).
      const variables = shape.name === 'S1' ? { n: args.first } : shape.name === 'S4' ? { q: args.query } : shape.name === 'S5' ? { a: args.from, b: args.to } : { id: args.id };
      const { records } = await session.run(shape.cypher, toCypher(shape.params(variables)));
      return (records.length > 0 ? records[0]!.get('data') : shape.empty)[root];
    } finally {
      await session.close();
    }
  };
}

const app = express();
app.disable('x-powered-by');
app.set('etag', false);
const httpServer = createServer(app);
const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()] });
await apollo.start();
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
httpServer.keepAliveTimeout = 60_000;
httpServer.listen(0, '127.0.0.1', () => counters.ready((httpServer.address() as AddressInfo).port));
