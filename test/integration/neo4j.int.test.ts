import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { DatabaseQueryError } from '../../src/db/errors.js';
import { Executor } from '../../src/db/executor.js';
import { testConnection } from '../helpers/neo4j.js';

describe('the test Neo4j', () => {
  const { uri, username, password } = testConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  afterAll(() => driver.close());

  it('is Neo4j 5.26 Community Edition', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
    expect(records).toHaveLength(1);
    const component = records[0]!.toObject();
    expect(component.name).toBe('Neo4j Kernel');
    expect(component.edition).toBe('community');
    expect(component.versions[0]).toMatch(/^5\.26\./);
  });

  it("answers the project's driver without notifications, which a plain driver gets for the same query", async () => {
    // A relationship type no relationship has ever had: Neo4j warns about it on every run.
    const query = 'MATCH (a)-[:NEVER_WRITTEN_TYPE]->(b) RETURN count(*) AS n';
    const plain = await driver.executeQuery(query);
    expect(plain.summary.notifications.map((n) => n.code)).toEqual(['Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning']);
    const ours = createDriver({ uri, username, password });
    try {
      const { records, summary } = await ours.executeQuery(query);
      expect(records[0]!.get('n')).toBe(0);
      expect(summary.notifications).toEqual([]);
    } finally {
      await ours.close();
    }
  });

  it("reports a failed query with a stack that names the query's caller, though the driver is spared capturing one", async () => {
    const executor = new Executor(createDriver({ uri, username, password }), uri, 'neo4j', 10_000);
    const limit = Error.stackTraceLimit;
    async function readOfACaller() {
      return await executor.read('RETURN 1 +');
    }
    async function writeOfACaller() {
      return await executor.writeTx((tx) => tx.run('CREATE (:Never {'));
    }
    try {
      for (const call of [readOfACaller, writeOfACaller]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DatabaseQueryError);
        expect((error as Error).message).toBe('Neo4j query failed (Neo.ClientError.Statement.SyntaxError)');
        // The caller is named by our error's own stack; the driver's error under it no longer carries one.
        expect((error as Error).stack).toMatch(new RegExp(`at (async )?${call.name} `));
        expect(Error.stackTraceLimit).toBe(limit);
      }
      expect(await executor.read<{ n: number }>('RETURN 1 AS n')).toEqual([{ n: 1 }]);
    } finally {
      await executor.close();
    }
  });
});
