import type { GraphQLSchema } from 'graphql';
import type { Params } from '../../db/executor.js';

/**
 * One Cypher query being planned: its parameters (every client value goes in one) and fresh
 * variable names for nested subqueries. Client text never reaches the query string: labels,
 * property names and relationship types come from the schema and closed maps.
 */
export class QueryPlan {
  readonly params: Params = {};
  private counter = 0;

  constructor(
    readonly schema: GraphQLSchema,
    readonly maxPageSize: number,
  ) {}

  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  variable(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }
}
