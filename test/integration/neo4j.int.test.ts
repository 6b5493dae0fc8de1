import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
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
});
