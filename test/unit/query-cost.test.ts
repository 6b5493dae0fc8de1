import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConcurrencyGate } from '../../src/server/concurrency-gate.js';
import { HEAVY_COST, memoisedCost, queryCost } from '../../src/server/query-cost.js';
import { createSchema } from '../../src/server/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

describe('the cost of graph explorations', () => {
  it('prices a neighbourhood by its depth and its limit, the default limit being 50', () => {
    const view = '{ nodes { id } }';
    expect(cost(`{ neighborhood(id: "person:x") ${view} }`)).toBe(1 + 200 + 50 * 2);
    expect(cost(`{ neighborhood(id: "person:x", depth: 3, limit: 200) ${view} }`)).toBe(1 + 80_000 + 200 * 2);
    expect(cost(`query($d: Int) { neighborhood(id: "person:x", depth: $d) ${view} }`, { d: 2 })).toBe(1 + 4_000 + 50 * 2);
  });

  it('refuses thirty aliased depth-3 neighbourhoods of a hub, which took every connection before', () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `n${i}: neighborhood(id: "person:vladimir-putin", depth: 3, limit: 200) { nodes { id label } edges { source target } }`);
    expect(cost(`{ ${aliases.join('\n')} }`)).toBe(30 * (1 + 80_000 + 200 * 6));
    expect(cost(`{ ${aliases.slice(0, 2).join('\n')} }`)).toBeLessThanOrEqual(200_000);
  });

  it('prices paths by their hops (searched from both ends) and related entities as two hops', () => {
    expect(cost('{ paths(from: "person:a", to: "topic:b") { length } }')).toBe(1 + 2 * 4_000 + 5 * 1);
    expect(cost('{ paths(from: "person:a", to: "topic:b", maxHops: 6, first: 20) { length } }')).toBe(1 + 2 * 80_000 + 20 * 1);
    expect(cost('{ relatedEntities(id: "person:a", first: 10) { totalCount } }')).toBeGreaterThanOrEqual(HEAVY_COST);
  });

  it('prices a list that reads every node of its label (most mentioned first, a text filter) as a one-hop exploration, an index walk by its items', () => {
    expect(cost('{ people(first: 10) { nodes { name } } }')).toBe(1 + 10 * 2);
    expect(cost('{ people(first: 10, orderBy: MOST_MENTIONED) { nodes { name } } }')).toBe(1 + 200 + 10 * 2);
    expect(cost('{ articles(first: 10, filter: { from: "2025-07" }) { nodes { title } } }')).toBe(1 + 10 * 2);
    expect(cost('query($f: ArticleFilter) { articles(first: 10, filter: $f) { nodes { title } } }', { f: { textContains: 'talks' } })).toBe(1 + 200 + 10 * 2);
  });

  it('leaves plain lookups cheap', () => {
    expect(cost('{ person(name: "Putin") { name } }')).toBe(2);
  });
});

describe('the cost memo', () => {
  it('remembers a cost per operation and variables: the same document with other variables is counted anew', () => {
    const document = parse('query Page($n: Int) { articles(first: $n) { nodes { title } } } query Other { person(name: "Putin") { name } }');
    const [page, other] = document.definitions as [any, any];
    const costOf = (operation: any, variables: Record<string, unknown>) => memoisedCost(schema, document, operation, variables);
    expect(costOf(page, { n: 5 })).toBe(1 + 5 * 2);
    expect(costOf(page, { n: 50 })).toBe(1 + 50 * 2);
    expect(costOf(page, { n: 5 })).toBe(1 + 5 * 2);
    expect(costOf(other, {})).toBe(2);
  });
});

describe('ConcurrencyGate', () => {
  it('admits up to its capacity, hands a released slot to the next in line, and gives up after the wait', async () => {
    const gate = new ConcurrencyGate(2);
    const a = await gate.acquire(10);
    const b = await gate.acquire(10);
    expect(a && b).toBeTruthy();
    expect(await gate.acquire(20)).toBeNull();
    const waiting = gate.acquire(1_000);
    a!();
    const c = await waiting;
    expect(c).toBeTypeOf('function');
    expect(gate.active).toBe(2);
    b!();
    c!();
    c!();
    expect(gate.active).toBe(0);
  });
});
