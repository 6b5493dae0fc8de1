import 'reflect-metadata';
import {
  NoDeprecatedCustomRule, getNamedType, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isListType, isObjectType, isScalarType, isSpecifiedScalarType, parse, validate,
  type GraphQLField, type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path.js';
import { loadExamples } from '../../src/server/landing-page.js';
import { createSchema } from '../../src/server/schema.js';

// The written rules of schema/README.md "GraphQL schema conventions", checked over the built schema.
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const own = () => Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

describe('schema conventions', () => {
  it('every enum value is SCREAMING_SNAKE', () => {
    const wrong = own().filter(isEnumType).flatMap((e) => e.getValues().filter((v) => !/^[A-Z][A-Z0-9_]*$/.test(v.name)).map((v) => `${e.name}.${v.name}`));
    expect(wrong).toEqual([]);
  });

  it('lists arguments as their resolvers declare them, `from` before `to` everywhere', () => {
    const query = schema.getQueryType()!.getFields();
    expect(query.paths!.args.map((a) => a.name).slice(0, 2)).toEqual(['from', 'to']);
    expect(query.timeline!.args.map((a) => a.name).slice(0, 3)).toEqual(['id', 'from', 'to']);
    expect(query.mentionCounts!.args.map((a) => a.name).slice(0, 3)).toEqual(['types', 'from', 'to']);
    const reversed: string[] = [];
    for (const type of own()) {
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          const names = field.args.map((a) => a.name);
          if (names.includes('from') && names.includes('to') && names.indexOf('from') > names.indexOf('to')) reversed.push(`${type.name}.${field.name}`);
        }
      }
      if (isInputObjectType(type)) {
        const names = Object.keys(type.getFields());
        if (names.includes('from') && names.includes('to') && names.indexOf('from') > names.indexOf('to')) reversed.push(type.name);
      }
    }
    expect(reversed).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of own()) {
      if (isSpecifiedScalarType(type)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing, `without a description: ${missing.join(', ')}`).toEqual([]);
  });
});

// schema/README.md "Lists and connections".
describe('lists and connections', () => {
  const fieldsOf = (type: unknown) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []);
  const connections = () => own().filter((t) => isObjectType(t) && t.name.endsWith('Connection'));
  const isConnectionField = (f: GraphQLField<unknown, unknown>) => getNamedType(f.type).name.endsWith('Connection') && !isListType(getNullableType(f.type));
  /** A list of objects (not of scalars or enum values) that is not a connection's own edges or nodes. */
  const isPlainList = (f: GraphQLField<unknown, unknown>) => isListType(getNullableType(f.type)) && !isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type));

  it('gives every connection the same fields: edges with cursor and node, nodes, pageInfo, totalCount', () => {
    expect(connections().length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const type of connections()) {
      const fields = Object.fromEntries(fieldsOf(type).map((f) => [f.name, f]));
      if (!['edges', 'nodes', 'pageInfo', 'totalCount'].every((name) => fields[name])) { wrong.push(`${type.name}: ${Object.keys(fields).join(', ')}`); continue; }
      const edge = getNamedType(fields.edges!.type);
      const edgeFields = Object.fromEntries(fieldsOf(edge).map((f) => [f.name, f]));
      if (!edgeFields.cursor || !edgeFields.node) wrong.push(`${edge.name} lacks cursor or node`);
      else if (getNamedType(edgeFields.node.type) !== getNamedType(fields.nodes!.type)) wrong.push(`${type.name}.nodes is not the type of ${edge.name}.node`);
      if (String(fields.totalCount!.type) !== 'Int!' || String(fields.pageInfo!.type) !== 'PageInfo!') wrong.push(`${type.name}: totalCount ${String(fields.totalCount!.type)}, pageInfo ${String(fields.pageInfo!.type)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('pages every connection field with first and after', () => {
    const wrong: string[] = [];
    for (const type of own()) for (const field of fieldsOf(type)) {
      if (!isConnectionField(field)) continue;
      const args = field.args.map((a) => a.name);
      if (!args.includes('first') || !args.includes('after')) wrong.push(`${type.name}.${field.name}(${args.join(', ')})`);
    }
    expect(wrong).toEqual([]);
  });

  it('deprecates every plain list that has a connection twin on its type, naming the twin', () => {
    const wrong: string[] = [];
    for (const type of own()) {
      const fields = fieldsOf(type);
      for (const field of fields.filter(isPlainList)) {
        const twin = fields.find((f) => f.name === `${field.name}Connection` && isConnectionField(f));
        if (twin && !field.deprecationReason?.includes(`use ${twin.name}`)) wrong.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // The rule's second half: what may stay a plain list, and why. A new plain list fails here until
  // it is a connection or is added with its reason (and to schema/README.md).
  const BOUNDED: Record<string, string> = {
    'Article.authors': 'the byline',
    'Article.topics': 'the article\'s tags',
    'Article.mentions': 'what the article names',
    'Article.events': 'what the article names',
    'Article.versions': 'the article\'s own corrections',
    'Article.publications': 'copies of this one story',
    'Statement.about': 'what the statement names',
    'Event.participants': 'who took part in this one event',
    'Person.positions': 'the titles reports give this person',
    'Path.nodes': 'one path, at most maxHops + 1',
    'Path.steps': 'one path, at most maxHops',
    'Neighborhood.nodes': 'capped by limit',
    'Neighborhood.edges': 'among the nodes returned',
    'SearchHit.ranges': 'matches in one fragment',
    'StanceAssessment.statements': 'one stance, which reads at most 500 statements',
    'StanceAssessment.reports': 'one stance, which reads at most 500 statements',
    'RelatedEntityEdge.reports': 'a preview of at most 10 beside reportCount',
    'IngestResult.aliasesRefused': 'one article',
    'IngestResult.aliasesWithdrawn': 'one article',
    'Query.nodes': 'the ids asked for',
    'Query.entities': 'the entities one name names',
    'Query.paths': 'at most 20',
    'Query.statementCounts': 'a ranking: the top first groups',
    'Query.mentionCounts': 'a ranking: the top first',
  };

  it('keeps plain lists only where one item bounds them', () => {
    const plain: string[] = [];
    for (const type of own()) {
      if (type.name.endsWith('Connection') || isInterfaceType(type)) continue;
      for (const field of fieldsOf(type)) if (isPlainList(field) && !field.deprecationReason) plain.push(`${type.name}.${field.name}`);
    }
    expect(plain.sort()).toEqual(Object.keys(BOUNDED).sort());
  });
});

describe('documents we publish', () => {
  it('use no deprecated field: the playground examples and the README queries show the connections', () => {
    const readme = [...readFileSync(projectPath('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ name: `README query ${i + 1}`, query: m[1]! }));
    const documents = [...loadExamples(), ...readme];
    expect(documents.length).toBeGreaterThan(10);
    const uses = documents.flatMap((d) => validate(schema, parse(d.query), [NoDeprecatedCustomRule]).map((e) => `${d.name}: ${e.message}`));
    expect(uses).toEqual([]);
  });
});
