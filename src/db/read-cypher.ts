/**
 * Building blocks shared by the read queries. Labels and orderings come from these closed maps,
 * never from client input; client values are always parameters.
 */
import { NODE_PROJECTION } from '../domain/node/graph-node.js';

/** Finds any node by id through the unique-id index of each label (no label → full scan). */
export const MATCH_ANY_BY_ID = (idVar: string, nodeVar = 'n') => `
CALL (${idVar}) {
  MATCH (${nodeVar}:Article {id: ${idVar}}) RETURN ${nodeVar}
  UNION MATCH (${nodeVar}:Entity {id: ${idVar}}) RETURN ${nodeVar}
  UNION MATCH (${nodeVar}:Topic {id: ${idVar}}) RETURN ${nodeVar}
  UNION MATCH (${nodeVar}:Statement {id: ${idVar}}) RETURN ${nodeVar}
  UNION MATCH (${nodeVar}:Event {id: ${idVar}}) RETURN ${nodeVar}
}`;

export const NODES_BY_ID = `
UNWIND $ids AS id
${MATCH_ANY_BY_ID('id')}
RETURN id AS key, ${NODE_PROJECTION('n')} AS node`;

/**
 * A relationship read for many parents at once: `match` binds `n` (and optionally `r`) from the
 * parent `p` matched by `parentLabel`; each parent gets its own ORDER BY and LIMIT, so one round
 * trip serves every parent of a GraphQL field.
 */
export function relationQuery(spec: { parentLabel: string; match: string; orderBy: string; extra?: string }): string {
  return `
UNWIND $ids AS key
CALL (key) {
  MATCH (p:${spec.parentLabel} {id: key})
  ${spec.match}
  RETURN n, ${spec.extra ?? 'null'} AS extra
  ORDER BY ${spec.orderBy}
  LIMIT $limit
}
RETURN key, ${NODE_PROJECTION('n')} AS node, extra`;
}
