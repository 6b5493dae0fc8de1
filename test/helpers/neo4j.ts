import { inject } from 'vitest';

/** Where the integration tests' Neo4j is: set by test/helpers/global-setup.ts. */
export interface TestConnection {
  uri: string;
  username: string;
  password: string;
  /** The throwaway server's folder and ports when this run started it (not for NEO4J_TEST_URI): what a test may kill and start again. */
  local?: { home: string; boltPort: number; httpPort: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestConnection;
  }
}

/** The Neo4j of this test run: NEO4J_TEST_URI if set, else a throwaway server. Only inside tests of the integration project. */
export function testConnection(): TestConnection {
  return inject('neo4j');
}
