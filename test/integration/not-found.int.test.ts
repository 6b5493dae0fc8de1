import { getNamedType, isListType, isNonNullType, isObjectType, isAbstractType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/server/schema.js';
import { openTestGraph, type TestGraph } from '../helpers/graph.js';
import { ISW, RUSSIA } from '../fixtures/explore-reports.js';

// schema/README.md, "Not found": a well-formed id that names nothing answers null, with no error.
// The fields are read from the schema, so a root field added with an id argument is covered too.

let graph: TestGraph;
let schema: GraphQLSchema;
beforeAll(async () => {
  graph = await openTestGraph({ NEWSGRAPH_API_KEYS: 'editor:s3cret' });
  await graph.reset();
  schema = await createSchema();
});
afterAll(() => graph.close());

/** Ids of the right form that no node has, one of a speaking kind and one of a subject-only kind. */
const UNKNOWN = ['person:nobody-at-all', 'topic:no-such-topic'];
/** What the other id arguments of a field get while one of them is unknown: nodes the seed has. */
const KNOWN: Record<string, string> = { from: ISW, to: RUSSIA, speaker: ISW, subject: RUSSIA };

function idArguments(field: GraphQLField<unknown, unknown>): string[] {
  return field.args.filter((a) => getNamedType(a.type).name === 'ID').map((a) => a.name);
}

/** The root query fields that take an id (or ids) of a node. */
function idTakingFields(): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getQueryType()!.getFields()).filter((f) => idArguments(f).length > 0);
}

function document(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => getNamedType(a.type).name === 'ID').map((a) => `$${a.name}: ${String(a.type)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  return `query(${args.join(', ')}) { ${field.name}(${idArguments(field).map((a) => `${a}: $${a}`).join(', ')})${selection} }`;
}

describe('an id that names nothing', () => {
  it('covers every root field with an id argument, and each of them may answer null', () => {
    const fields = idTakingFields();
    expect(fields.map((f) => f.name).sort()).toEqual([
      'article', 'event', 'neighborhood', 'node', 'nodes', 'organization', 'paths', 'person', 'place', 'relatedEntities', 'stance', 'statement', 'timeline', 'topic',
    ]);
    // nodes answers a list with null in place of each unknown id; every other field is nullable itself.
    const nonNull = fields.filter((f) => isNonNullType(f.type) && !(f.name === 'nodes' && isListType(f.type.ofType)));
    expect(nonNull.map((f) => f.name)).toEqual([]);
  });

  it('answers null on every root field that takes one, with no error', async () => {
    const answers: string[] = [];
    for (const field of idTakingFields()) {
      for (const argument of idArguments(field)) {
        for (const unknown of UNKNOWN) {
          const variables: Record<string, unknown> = {};
          for (const a of idArguments(field)) variables[a] = a === argument ? unknown : KNOWN[a] ?? unknown;
          if (field.name === 'nodes') variables.ids = [unknown];
          const result = await graph.query(document(field), variables);
          expect(result.errors, `${field.name}(${argument}: ${unknown})`).toBeUndefined();
          const expected = field.name === 'nodes' ? [null] : null;
          if (JSON.stringify(result.data?.[field.name]) !== JSON.stringify(expected)) answers.push(`${field.name}(${argument}: ${unknown}) → ${JSON.stringify(result.data?.[field.name])}`);
        }
      }
    }
    expect(answers).toEqual([]);
  });

  it('is an error on a mutation: there is nothing to act on', async () => {
    const retract = await graph.query('mutation { retractArticle(article: "article:0000000000000000") { articleId } }', undefined, { authorization: 'Bearer s3cret' });
    expect(retract.data).toBeNull();
    expect(retract.errors?.[0]).toMatchObject({ message: 'No article has the id or URL "article:0000000000000000".', extensions: { code: 'NOT_FOUND' } });
  });
});
