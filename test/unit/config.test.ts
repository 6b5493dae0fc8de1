import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';

describe('parseConfig', () => {
  it('defaults to the local Neo4j, port 4000, the playground on and writes closed', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ neo4j: null, port: 4000, playground: true, apiKeys: [], maxPageSize: 100 });
  });

  it('reads an external Neo4j, including routing URIs and a database', () => {
    const config = parseConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 'pw', database: 'news' });
  });

  it('names the variable that is wrong', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT: /);
    expect(() => parseConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow('NEO4J_URI is set to bolt://db:7687 but NEO4J_PASSWORD is not: set NEO4J_PASSWORD too.');
  });

  it('turns the playground off in production unless asked for, and splits API keys', () => {
    expect(parseConfig({ NODE_ENV: 'production' }).playground).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', NEWSGRAPH_PLAYGROUND: 'true' }).playground).toBe(true);
    expect(parseConfig({ NEWSGRAPH_API_KEYS: ' a1 , b2,' }).apiKeys).toEqual(['a1', 'b2']);
  });
});
