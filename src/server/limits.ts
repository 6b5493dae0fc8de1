import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config/config.js';
import { queryCostPlugin } from './query-cost.js';

/**
 * Query depth, aliases and directives are checked before anything runs (GraphQL Armor), and the
 * worst-case cost with this request's variables (query-cost.ts): a graph API invites queries like
 * article → mentions → statements → about → … that fan out without end. Armor's rejections are
 * GRAPHQL_VALIDATION_FAILED, the cost's QUERY_TOO_COMPLEX; each names its limit.
 */
export function queryProtection(config: Pick<Config, 'maxDepth' | 'maxCost' | 'production'>) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // Armor's cost counts `first: $n` as 1; query-cost.ts reads the variables instead.
    costLimit: { enabled: false },
    maxAliases: { n: 30 },
    // Its parse step would report syntax errors as validation failures; the body size limit bounds tokens.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") help in the playground; production hides the schema's shape.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  // Armor is typed against Apollo's CommonJS build and we load the ESM one: same runtime shape.
  return {
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<any>[]), queryCostPlugin(config.maxCost)],
  };
}
