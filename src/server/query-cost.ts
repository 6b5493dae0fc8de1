import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_LIST_LIMIT } from '../domain/limits.js';
import { ErrorCode } from '../core/errors.js';

/**
 * Cost of a field: itself plus its children once per item it may return. A field that takes
 * `first` or `limit` returns at most that many (the default when the client leaves it out), with
 * the variables of this request filled in — a `first: $n` must cost what $n says.
 */
export const listCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const takes = (name: string) => field.args.some((a) => a.name === name);
  const count = (name: string) => (typeof args[name] === 'number' ? (args[name] as number) : DEFAULT_LIST_LIMIT);
  const items = takes('first') ? count('first') : takes('limit') ? count('limit') : 1;
  return 1 + Math.max(items, 1) * childComplexity;
};

export function queryCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listCostEstimator] });
}

/**
 * The operation Apollo resolved, with the fragments it may use. Passing the request's operationName
 * instead crashed the cost count when Apollo runs the only (anonymous) operation of a document
 * whatever name was sent: `{ __typename }` with operationName "X".
 */
function operationOnly(document: DocumentNode, operation: OperationDefinitionNode | undefined): DocumentNode {
  if (!operation) return document;
  return { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
}

/** Refuses, before execution, an operation whose worst-case size passes `maxCost`. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const cost = queryCost(schema, operationOnly(document, operation), request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer items per list (first, limit) or fewer nested lists.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, maxCost },
            });
          }
        },
      };
    },
  };
}
