import 'reflect-metadata';
import { isEnumType, type GraphQLSchema } from 'graphql';
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
});
