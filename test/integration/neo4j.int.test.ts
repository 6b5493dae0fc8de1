import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
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
});
