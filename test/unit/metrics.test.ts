import { describe, expect, it } from 'vitest';
import { BoundedLabel, MAX_OPERATION_LABELS, Metrics, operationLabel } from '../../src/server/metrics.js';
import { sample } from '../helpers/prometheus.js';

describe('operation labels', () => {
  it('keeps the first names seen up to the cap, then collapses new ones into (other)', () => {
    const bounded = new BoundedLabel(2);
    expect([bounded.of('A'), bounded.of('B'), bounded.of('C'), bounded.of('A'), bounded.of('B')]).toEqual(['A', 'B', '(other)', 'A', 'B']);
  });

  it('names anonymous and unresolved operations apart, and refuses names too long for a label', () => {
    const bounded = new BoundedLabel(MAX_OPERATION_LABELS);
    expect(operationLabel(null, bounded)).toBe('(anonymous)');
    expect(operationLabel(undefined, bounded)).toBe('(unknown)');
    expect(operationLabel('x'.repeat(65), bounded)).toBe('(other)');
    expect(operationLabel('Latest', bounded)).toBe('Latest');
  });
});

describe('Metrics', () => {
  it('records duration, round trips, Neo4j time and each error code', async () => {
    const metrics = new Metrics();
    metrics.record({ operationName: 'Latest', seconds: 0.004, roundTrips: 1, neo4jSeconds: 0.003, errorCodes: [] });
    metrics.record({ operationName: 'Latest', seconds: 0.02, roundTrips: 2, neo4jSeconds: 0.01, errorCodes: ['NOT_FOUND', 'NOT_FOUND'] });
    metrics.record({ operationName: undefined, seconds: 0.001, roundTrips: 0, neo4jSeconds: 0, errorCodes: ['GRAPHQL_PARSE_FAILED'] });
    const text = await metrics.text();
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="Latest"}')).toBe(2);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_bucket{le="0.005",operation="Latest"}')).toBe(1);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_bucket{le="0.025",operation="Latest"}')).toBe(2);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="(unknown)"}')).toBe(1);
    expect(sample(text, 'newsgraph_neo4j_round_trips_total{operation="Latest"}')).toBe(3);
    expect(sample(text, 'newsgraph_neo4j_round_trips_total{operation="(unknown)"}')).toBeUndefined();
    expect(sample(text, 'newsgraph_neo4j_wait_seconds_total{operation="Latest"}')).toBeCloseTo(0.013, 10);
    expect(sample(text, 'newsgraph_graphql_errors_total{code="NOT_FOUND"}')).toBe(2);
    expect(sample(text, 'newsgraph_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    // Node's process metrics beside ours.
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('forgets the requests recorded so far on resetRequests (the warm-up), not the process metrics', async () => {
    const metrics = new Metrics();
    metrics.record({ operationName: 'Latest', seconds: 0.004, roundTrips: 1, neo4jSeconds: 0.003, errorCodes: ['NOT_FOUND'] });
    metrics.resetRequests();
    const text = await metrics.text();
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="Latest"}')).toBeUndefined();
    expect(sample(text, 'newsgraph_graphql_errors_total{code="NOT_FOUND"}')).toBeUndefined();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
  });
});
