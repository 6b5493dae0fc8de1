import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Config } from '../config/config.js';
import type { ConcurrencyGate } from './concurrency-gate.js';
import { queryCostPlugin } from './query-cost.js';

/**
 * Armor words every rejection as "Syntax Error: …" although the document parsed fine: report it
 * instead as a validation error that names the limit (`extensions.limit`) and what to do.
 */
function reportAs(limit: 'depth' | 'aliases', advice: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = `${error.message.replace(/^Syntax Error: /, '')} Ask for less: ${advice}.`;
        context?.reportError(new GraphQLError(message, { extensions: { limit } }));
      },
    ],
  };
}

/**
 * Query depth, aliases and directives are checked before anything runs (GraphQL Armor), and the
 * worst-case cost with this request's variables (query-cost.ts): a graph API invites queries like
 * article → mentions → statements → about → … that fan out without end. Armor's rejections are
 * GRAPHQL_VALIDATION_FAILED (with `extensions.limit`), the cost's QUERY_TOO_COMPLEX; each names its limit.
 */
export function queryProtection(config: Pick<Config, 'maxDepth' | 'maxCost' | 'production' | 'maxConcurrentHeavy'>, heavyGate?: ConcurrencyGate) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAs('depth', 'nest fewer levels of fields') },
    // Armor's cost counts `first: $n` as 1; query-cost.ts reads the variables instead.
    costLimit: { enabled: false },
    maxAliases: { n: 30, ...reportAs('aliases', 'split the operation into several requests') },
    // Its parse step would report syntax errors as validation failures; the body size limit bounds tokens.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") help in the playground; production hides the schema's shape.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  // Armor is typed against Apollo's CommonJS build and we load the ESM one: same runtime shape.
  return {
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<any>[]), queryCostPlugin({ maxCost: config.maxCost, maxConcurrentHeavy: config.maxConcurrentHeavy, gate: heavyGate })],
  };
}
