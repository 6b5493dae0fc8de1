import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config/config.js';

/**
 * Query depth, cost, aliases, directives and tokens are checked before anything runs (GraphQL
 * Armor): a graph API invites queries like article → mentions → statements → about → … that fan
 * out without end. Rejections are GRAPHQL_VALIDATION_FAILED errors naming the limit.
 */
export function queryProtection(config: Pick<Config, 'maxDepth' | 'maxCost' | 'production'>) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: config.maxCost, ignoreIntrospection: true },
    maxAliases: { n: 30 },
    // Its parse step would report syntax errors as validation failures; the body size limit bounds tokens.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") help in the playground; production hides the schema's shape.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  // Armor is typed against Apollo's CommonJS build and we load the ESM one: same runtime shape.
  return { validationRules: armor.validationRules, plugins: armor.plugins as unknown as ApolloServerPlugin<any>[] };
}
