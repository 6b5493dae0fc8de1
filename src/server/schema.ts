import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from '../domain/article/article.resolver.js';
import { EntityResolver } from '../domain/entity/entity.resolver.js';
import { EventResolver } from '../domain/event/event.resolver.js';
import { LookupResolver } from '../domain/node/lookup.resolver.js';
import { Organization } from '../domain/organization/organization.type.js';
import { PersonResolver } from '../domain/person/person.resolver.js';
import { Place } from '../domain/place/place.type.js';
import { StatementResolver } from '../domain/statement/statement.resolver.js';
import { TopicResolver } from '../domain/topic/topic.resolver.js';
import { projectPath } from '../project-path.js';

export const RESOLVERS = [
  LookupResolver,
  ArticleResolver,
  EntityResolver,
  PersonResolver,
  TopicResolver,
  EventResolver,
  StatementResolver,
] as const;

export const SCHEMA_FILE = projectPath('schema', 'schema.graphql');

/** The one schema production and tests share; `emit` writes schema/schema.graphql (committed). */
export function createSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [Organization, Place],
    validate: false,
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: false } : false,
  });
}
