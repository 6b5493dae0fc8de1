import 'reflect-metadata';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
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
});
