import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { isAbstractType, isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AggregateResolver } from '../domain/aggregate/aggregate.resolver.js';
import { ArticleResolver } from '../domain/article/article.resolver.js';
import { EntityResolver } from '../domain/entity/entity.resolver.js';
import { MergeResolver } from '../domain/entity/merge.resolver.js';
import { EventResolver } from '../domain/event/event.resolver.js';
import { NeighborhoodResolver } from '../domain/explore/neighborhood.resolver.js';
import { PathsResolver } from '../domain/explore/paths.resolver.js';
import { RelatedResolver } from '../domain/explore/related.resolver.js';
import { SearchResolver } from '../domain/explore/search.resolver.js';
import { StanceResolver } from '../domain/explore/stance.resolver.js';
import { TimelineResolver } from '../domain/explore/timeline.resolver.js';
import { IngestResolver } from '../domain/ingest/ingest.resolver.js';
import { RetractResolver } from '../domain/ingest/retract.resolver.js';
import { LookupResolver } from '../domain/node/lookup.resolver.js';
import { resolveNodeType } from '../domain/node/graph-node.js';
import { plannedFirst } from '../domain/plan/prefetched.js';
import { RELATIONS } from '../domain/plan/relations.js';
import { Organization } from '../domain/organization/organization.type.js';
import { PersonResolver } from '../domain/person/person.resolver.js';
import { Place } from '../domain/place/place.type.js';
import { StatementResolver } from '../domain/statement/statement.resolver.js';
import { TopicResolver } from '../domain/topic/topic.resolver.js';
import { parsedArticleJsonSchema } from '../ingest/contract.schema.js';
import { projectPath } from '../project-path.js';

export const RESOLVERS = [
  LookupResolver,
  ArticleResolver,
  EntityResolver,
  PersonResolver,
  TopicResolver,
  EventResolver,
  StatementResolver,
  SearchResolver,
  PathsResolver,
  NeighborhoodResolver,
  TimelineResolver,
  RelatedResolver,
  StanceResolver,
  AggregateResolver,
  IngestResolver,
  RetractResolver,
  MergeResolver,
] as const;

export const SCHEMA_FILE = projectPath('schema', 'schema.graphql');

/** The one schema production and tests share. */
export async function createSchema(): Promise<GraphQLSchema> {
  // Parameter decorators run last parameter first, so type-graphql records a resolver's @Arg
  // parameters in reverse and the schema listed them so (`paths(…, to, from)` in GraphiQL's docs).
  // In declaration order instead: the sort is stable, and type-graphql groups them per method
  // itself (it sorts them the same way before each call).
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  // Every object type is declared with `simpleResolvers: true`: a plain field then has no resolver
  // of type-graphql's (a middleware chain around a property read, per field per object), so the
  // compiled executor reads the property inline. Measured with bench/api's shapes on the 2k store:
  // the API's CPU per request fell by 15–33 % on S1, S2 and S4 (three alternating rounds, 2026-12-02).
  const schema = await buildSchema({ resolvers: RESOLVERS, orphanedTypes: [Organization, Place], validate: false });
  // type-graphql wraps each union's and interface's resolveType in an async function; the compiled
  // executor (compiled-execution.ts) takes the type name only when it is returned synchronously.
  // Every abstract type here is resolved by the node's __typename, which is already there.
  for (const type of Object.values(schema.getTypeMap())) if (isAbstractType(type)) type.resolveType = resolveNodeType;
  // The relationship fields the query planner reads answer from what it read before their resolvers run.
  for (const [typeName, fields] of Object.entries(RELATIONS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const name of Object.keys(fields)) {
      const field = type.getFields()[name];
      if (field?.resolve) field.resolve = plannedFirst(field.resolve);
    }
  }
  // type-graphql has no option for the root types' descriptions; every type has one (schema/README.md).
  schema.getQueryType()!.description = 'Reads. A well-formed id that names nothing answers null, never an error (schema/README.md, "Not found").';
  schema.getMutationType()!.description = 'Writes; each needs an API key (Authorization: Bearer <key>). A mutation on an id that names nothing is an error.';
  return schema;
}

/**
 * The SDL committed as schema/schema.graphql; a test fails when the file drifts from the code.
 * Sorted, so the file changes when the schema does, not when an import moves a type's first use.
 */
export function schemaSdl(schema: GraphQLSchema): string {
  return `# Generated from the type-graphql classes in src/ by \`npm run schema:emit\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const PARSED_ARTICLE_SCHEMA_FILE = projectPath('schema', 'parsed-article.schema.json');

export function parsedArticleSchemaText(): string {
  return `${JSON.stringify(parsedArticleJsonSchema(), null, 2)}\n`;
}

/** Writes the two published contracts: the GraphQL SDL and the ParsedArticle JSON Schema. */
export async function emitSchema(): Promise<void> {
  await writeFile(SCHEMA_FILE, schemaSdl(await createSchema()));
  await writeFile(PARSED_ARTICLE_SCHEMA_FILE, parsedArticleSchemaText());
}
