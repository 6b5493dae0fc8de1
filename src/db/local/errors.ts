/** A problem with the local Neo4j that the user can fix: its message is one line saying how. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
