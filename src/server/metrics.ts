import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Label values for the outcomes that have no operation name. Parentheses cannot occur in a GraphQL
 * name, so no client's operation can be counted as one of these.
 */
export const ANONYMOUS = '(anonymous)';
/** The request never got to an operation: it failed to parse or validate, or named none the document has. */
export const UNRESOLVED = '(unknown)';
/** Past the cap of distinct values, or a name too long to be a label. */
export const OTHER = '(other)';

/** Distinct operation names kept as labels; later new names count as OTHER. */
export const MAX_OPERATION_LABELS = 100;
const MAX_NAME_LENGTH = 64;
/** Error codes are ours or Apollo's (format-error.ts masks the rest), a few dozen at most: this is a guard. */
const MAX_ERROR_CODE_LABELS = 50;

/**
 * Operation names come from clients, and every distinct label value is a new series Prometheus
 * keeps: the first `cap` values seen are kept as they are, later new ones collapse into OTHER, so
 * a client inventing names cannot grow the scrape without bound.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly cap: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.cap || value.length > MAX_NAME_LENGTH) return OTHER;
    this.seen.add(value);
    return value;
  }
}

/** What one GraphQL request did, as the observation plugin saw it when the response was ready. */
export interface RequestObservation {
  /** The operation's name; null when anonymous; undefined when no operation was resolved. */
  operationName: string | null | undefined;
  seconds: number;
  roundTrips: number;
  neo4jSeconds: number;
  /** `extensions.code` of each error in the response. */
  errorCodes: readonly string[];
  /** Answered by the fast lane (fast-lane.ts) rather than Apollo's pipeline. */
  fastLane?: boolean;
}

/**
 * The Prometheus metrics of one server, in their own registry (not prom-client's global one, so
 * servers in one process — the tests — keep theirs apart), with Node's process metrics beside them.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel(MAX_OPERATION_LABELS);
  private readonly codes = new BoundedLabel(MAX_ERROR_CODE_LABELS);
  private readonly duration = new Histogram({
    name: 'newsgraph_graphql_request_duration_seconds',
    help: 'GraphQL requests from the start of processing to the response being ready, by operation name',
    labelNames: ['operation'],
    // Lookups answer in a few ms, explorations in tens to hundreds; the request budget stops at 10 s.
    buckets: [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly roundTrips = new Counter({
    name: 'newsgraph_neo4j_round_trips_total',
    help: 'Cypher queries GraphQL requests sent to Neo4j, by operation name',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  private readonly neo4jTime = new Counter({
    name: 'newsgraph_neo4j_wait_seconds_total',
    help: 'Time GraphQL requests waited with a Cypher query in flight, by operation name',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code (each error of a response counts)',
    labelNames: ['code'],
    registers: [this.registry],
  });

  private readonly fastLane = new Counter({
    name: 'newsgraph_graphql_fast_lane_requests_total',
    help: 'GraphQL requests answered by the fast lane: a known query run again without Apollo\'s request pipeline',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  record(observation: RequestObservation): void {
    const labels = { operation: operationLabel(observation.operationName, this.operations) };
    this.duration.observe(labels, observation.seconds);
    if (observation.roundTrips > 0) {
      this.roundTrips.inc(labels, observation.roundTrips);
      this.neo4jTime.inc(labels, observation.neo4jSeconds);
    }
    for (const code of observation.errorCodes) this.errors.inc({ code: this.codes.of(code) });
    if (observation.fastLane) this.fastLane.inc();
  }

  /** Forgets what was recorded so far (the warm-up's requests are not traffic); process metrics stay. */
  resetRequests(): void {
    for (const metric of [this.duration, this.roundTrips, this.neo4jTime, this.errors, this.fastLane]) metric.reset();
  }

  /** The scrape: Prometheus text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** An operation's name, or what stands for it when it has none or none was resolved. */
export function operationDescription(name: string | null | undefined): string {
  return name === undefined ? UNRESOLVED : name === null ? ANONYMOUS : name;
}

/** The label of an operation: its name while fewer than the cap of names have been seen. */
export function operationLabel(name: string | null | undefined, bounded: BoundedLabel): string {
  return typeof name === 'string' ? bounded.of(name) : operationDescription(name);
}
