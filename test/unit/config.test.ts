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

describe('parseConfig: observability', () => {
  it('reports cost in extensions by default, keeps no metrics and logs 1 % of requests', () => {
    expect(parseConfig({})).toMatchObject({ costExtension: true, metrics: null, requestLogSample: 0.01 });
  });

  it('serves metrics on their own port, on 127.0.0.1 unless told otherwise', () => {
    expect(parseConfig({ NEWSGRAPH_METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(parseConfig({ NEWSGRAPH_METRICS_PORT: '9464', NEWSGRAPH_METRICS_HOST: '0.0.0.0' }).metrics).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(parseConfig({ NEWSGRAPH_METRICS_PORT: '' }).metrics).toBeNull();
    expect(() => parseConfig({ PORT: '4000', NEWSGRAPH_METRICS_PORT: '4000' })).toThrow("NEWSGRAPH_METRICS_PORT is 4000, the API's PORT: give the metrics their own port (e.g. 9464).");
  });

  it('turns the cost extension off and names a bad sample rate', () => {
    expect(parseConfig({ NEWSGRAPH_COST_EXTENSION: 'false' }).costExtension).toBe(false);
    expect(parseConfig({ NEWSGRAPH_REQUEST_LOG_SAMPLE: '0.5' }).requestLogSample).toBe(0.5);
    expect(() => parseConfig({ NEWSGRAPH_REQUEST_LOG_SAMPLE: '2' })).toThrow(/^Invalid configuration: NEWSGRAPH_REQUEST_LOG_SAMPLE: /);
  });
});
