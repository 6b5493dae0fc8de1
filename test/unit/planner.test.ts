/**
 * The planner without Neo4j: what a selection turns into (the Cypher projection and its
 * parameters) and how a row comes back as nodes with their planned fields.
 */
import 'reflect-metadata';
import type { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectNode } from '../../src/domain/plan/compile.js';
import { plannedFirst } from '../../src/domain/plan/prefetched.js';
import { QueryPlan } from '../../src/domain/plan/query-plan.js';
import type { ResolveTree } from '../../src/domain/plan/selection.js';
import { createSchema } from '../../src/server/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** A selection as graphql-parse-resolve-info gives it: fields by the type they were written on. */
const field = (name: string, byType: Record<string, ResolveTree[]> = {}, args: ResolveTree['args'] = {}, alias = name): ResolveTree => ({
  name,
  alias,
  args,
  fieldsByTypeName: Object.fromEntries(Object.entries(byType).map(([t, fs]) => [t, Object.fromEntries(fs.map((f) => [f.alias, f]))])),
});

const infoFor = (key: string) => ({ path: { key } }) as unknown as GraphQLResolveInfo;

describe('projectNode', () => {
  it('reads only the selected properties and folds a relationship field into a limited subquery', () => {
    const plan = new QueryPlan(schema, 100);
    const tree = field('articles', { Article: [field('title'), field('authors', { Person: [field('name')] }, { first: 3 })] });
    const node = projectNode(plan, 'n', tree, schema.getType('Article') as never);
    // As a page's last step: a CALL before the projection, which reads the variable it returns.
    expect(node.calls).toBe('CALL (n) {\nMATCH (n)-[r0:WRITTEN_BY]->(n1:Person) WITH n1, r0 ORDER BY n1.name LIMIT $p2\nRETURN collect(n1 {.name}) AS c3\n}\n');
    expect(node.cypher).toBe('n {.title, _r0: c3}');
    expect(plan.params).toEqual({ p2: 3 });
    // Inside an expression: the same subquery as a COLLECT {} in the projection, nothing before it.
    const inline = projectNode(new QueryPlan(schema, 100), 'n', tree, schema.getType('Article') as never, { inline: true });
    expect(inline.calls).toBe('');
    expect(inline.cypher).toBe('n {.title, _r0: COLLECT { MATCH (n)-[r0:WRITTEN_BY]->(n1:Person) WITH n1, r0 ORDER BY n1.name LIMIT $p2 RETURN n1 {.name} }}');

    const article = node.decode({ title: 'A report', _r0: [{ name: 'Olha Hlushchenko' }] })!;
    expect(article).toMatchObject({ __typename: 'Article', title: 'A report' });
    const resolve = plannedFirst(() => 'not planned');
    expect(resolve(article, {}, {}, infoFor('authors'))).toEqual([{ __typename: 'Person', name: 'Olha Hlushchenko' }]);
    expect(resolve(article, {}, {}, infoFor('topics'))).toBe('not planned');
    // The schema's own resolver answers a planned field without the context its loaders would need.
    const authors = (schema.getType('Article') as GraphQLObjectType).getFields().authors!.resolve!;
    expect(authors(article, {}, {}, infoFor('authors'))).toEqual([{ __typename: 'Person', name: 'Olha Hlushchenko' }]);
  });

  it('tells abstract types apart by the id, and keeps fragments on each type to that type', () => {
    const plan = new QueryPlan(schema, 100);
    const tree = field('mentions', { Entity: [field('name')], Person: [field('roles')] });
    const node = projectNode(plan, 'm', tree, schema.getType('Subject') as never);
    expect(node.cypher).toBe('m {.name, .roles, .id}');
    expect(node.decode({ name: 'Kyiv', roles: null, id: 'place:kyiv' })).toMatchObject({ __typename: 'Place', name: 'Kyiv' });
    expect(node.decode({ name: 'Oleh', roles: ['mayor'], id: 'person:oleh' })).toMatchObject({ __typename: 'Person', roles: ['mayor'] });
    // A Statement is no Subject: an id of another type is an error, not a wrong answer.
    expect(() => node.decode({ name: null, roles: null, id: 'statement:abc' })).toThrow('A node of Subject has an id of none of its types');
  });

  it("leaves a hub's list below a shared node to its batched query, and then sends the id it loads by", () => {
    const plan = new QueryPlan(schema, 100);
    const tree = field('about', { Organization: [field('statementsAbout', { Statement: [field('text')] })] });
    const shared = projectNode(plan, 'x', tree, schema.getType('Organization') as never, { shared: true });
    expect(shared.cypher).toBe('x {.id}');
    const own = projectNode(new QueryPlan(schema, 100), 'x', tree, schema.getType('Organization') as never);
    expect(own.cypher).toMatch(/^x \{_r0: c\d+\}$/);
    // The hub walk's choice, from x's degree, opens the subquery whose collect() is _r0.
    expect(own.calls).toMatch(/^CALL \(x\) \{\nWITH x, COUNT \{ \(x\)<-\[:ABOUT\]-\(\) \}/);
    const value = own.cypher.match(/c\d+/)![0];
    expect(own.calls).toMatch(new RegExp(`RETURN collect\\(n\\d+ \\{\\.text\\}\\) AS ${value}\\n\\}\\n$`));
  });

  it('leaves a field whose arguments it cannot plan (a bad page size, a report-date filter) to its resolver', () => {
    const plan = new QueryPlan(schema, 100);
    const tree = field('article', {
      Article: [field('authors', { Person: [field('name')] }, { first: 1000 }), field('statements', { ReportedStatement: [] }, { filter: { from: '2025' } })],
    });
    expect(projectNode(plan, 'n', tree, schema.getType('Article') as never).cypher).toBe('n {.id}');
  });
});
