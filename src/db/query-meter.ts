/**
 * What one request asked of Neo4j: how many Cypher queries it sent (round trips) and for how long
 * it was waiting on the database. Queries of one request overlap (a DataLoader batch beside a
 * planned root field), so the time is the wall time with at least one query in flight — never more
 * than the request took — not a sum. Two `performance.now()` calls per query: cheap enough to
 * keep on for every request.
 */
export class QueryMeter {
  roundTrips = 0;
  private busyMs = 0;
  private inFlight = 0;
  private since = 0;

  begin(): void {
    if (this.inFlight++ === 0) this.since = performance.now();
  }

  end(): void {
    if (--this.inFlight === 0) this.busyMs += performance.now() - this.since;
  }

  /** Milliseconds with a query in flight so far (a query still running counts up to now). */
  get ms(): number {
    return this.inFlight > 0 ? this.busyMs + performance.now() - this.since : this.busyMs;
  }
}
