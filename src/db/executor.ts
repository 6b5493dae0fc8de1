import neo4j, { Neo4jError, isRetriableError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseTransientError, DatabaseUnavailableError, mapDriverError } from './errors.js';
import { DatabaseHealth } from './health.js';
import type { RequestBookmarks } from './bookmarks.js';
import type { QueryMeter } from './query-meter.js';

export type Params = Record<string, unknown>;

/** Tries of one read query on transient failures (deadlock, leader switch, lost connection). */
const READ_ATTEMPTS = 3;

/**
 * How long a write transaction that lost a lock conflict (Neo.TransientError.*) is tried again, at
 * most, when no request deadline is nearer. The driver's own retries cannot be stretched for this:
 * they treat an outage like a deadlock, so a long retry time would hold a command on a dead server.
 * Eight concurrent ingests of articles about the same hubs outlasted 5 s of retries
 * (test/reliability/concurrent-writers.rel.test.ts).
 */
export const LOCK_RETRY_MS = 30_000;
export type AccessMode = 'READ' | 'WRITE';

/** Called once per Cypher query sent to the server: how tests and metrics count round trips. */
export type QueryObserver = (query: { cypher: string; params: Params; mode: AccessMode }) => void;

/** A transaction whose every query passes the observer; the only way code touches Cypher. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<R[]>;
}

interface Shared {
  health: DatabaseHealth;
  deadline?: { at: number; budgetMs: number };
  meter?: QueryMeter;
  bookmarks?: RequestBookmarks;
}

/**
 * All Cypher goes through here: managed transactions (executeRead / executeWrite, so a cluster
 * serves reads from followers and the driver retries transient failures — writes must therefore be
 * idempotent: MERGE on constrained ids, and an article is only created after the same transaction
 * found no copy of it), reads bounded by a timeout, the session always closed, driver errors
 * mapped to our own. `observe`, `withDeadline` and `metered` return siblings sharing the driver
 * and its health, e.g. one per GraphQL request.
 */
export class Executor {
  /** Shared by all siblings: one view of whether Neo4j is up. */
  readonly health: DatabaseHealth;
  /** When all Cypher of this executor must have finished (epoch ms), and the budget it came from. */
  readonly deadline?: { at: number; budgetMs: number };
  /** Counts this executor's queries and times them (one per GraphQL request: `extensions.cost`, metrics). */
  readonly meter?: QueryMeter;
  /** The request's bookmarks: transactions wait for the given ones; writes record theirs. */
  readonly bookmarks?: RequestBookmarks;

  constructor(
    readonly driver: Driver,
    readonly uri: string,
    readonly database?: string,
    /** Reads run for clients (paths, neighbourhoods, searches) stop after this long; writes are ours and unbounded. */
    readonly readTimeoutMs = 15_000,
    private readonly observers: readonly QueryObserver[] = [],
    shared?: Shared,
  ) {
    this.health = shared?.health ?? new DatabaseHealth(async () => void (await driver.verifyConnectivity({ database })));
    this.deadline = shared?.deadline;
    this.meter = shared?.meter;
    this.bookmarks = shared?.bookmarks;
  }

  private shared(changes: Partial<Shared>): Shared {
    return { health: this.health, deadline: this.deadline, meter: this.meter, bookmarks: this.bookmarks, ...changes };
  }

  /** A sibling whose transactions wait for `bookmarks` and record the bookmarks of their writes in it. */
  withBookmarks(bookmarks: RequestBookmarks): Executor {
    return new Executor(this.driver, this.uri, this.database, this.readTimeoutMs, this.observers, this.shared({ bookmarks }));
  }

  observe(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.uri, this.database, this.readTimeoutMs, [...this.observers, observer], this.shared({}));
  }

  /** A sibling whose queries `meter` counts and times (replacing any meter this one had). */
  metered(meter: QueryMeter): Executor {
    return new Executor(this.driver, this.uri, this.database, this.readTimeoutMs, this.observers, this.shared({ meter }));
  }

  /**
   * A sibling whose transactions share one budget of `budgetMs` from now: each runs with the time
   * left as its Neo4j timeout (reads no longer than readTimeoutMs either), and none starts after it.
   * One per GraphQL request, so a request of thirty aliased fields gets the same budget as one of one.
   */
  withDeadline(budgetMs: number, now = Date.now()): Executor {
    return new Executor(this.driver, this.uri, this.database, this.readTimeoutMs, this.observers, this.shared({ deadline: { at: now + budgetMs, budgetMs } }));
  }

  /**
   * One read query as an auto-commit transaction: RUN and PULL leave in one message, where a
   * managed transaction sends BEGIN, RUN and COMMIT and waits twice — profiled, those extra writes
   * were the largest single cost of a simple GraphQL request on the API's process. A read changes
   * nothing, so retrying it on a transient failure (what executeRead does) is safe: up to
   * READ_ATTEMPTS times, within the request's deadline. Reads of several queries use readTx.
   */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    if (!this.health.up) throw this.unavailable();
    this.notify(cypher, params, 'READ');
    const parameters = toCypherParams(params);
    this.meter?.begin();
    try {
      for (let attempt = 1; ; attempt++) {
        const timeout = this.timeoutFor('READ');
        const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ', bookmarks: this.bookmarks?.given });
        try {
          const result = await withoutCallerStack(() => session.run(cypher, parameters, timeout === undefined ? undefined : { timeout }));
          return result.records.map((r) => r.toObject() as R);
        } catch (error) {
          if (attempt < READ_ATTEMPTS && isRetriableError(error)) continue;
          const mapped = mapDriverError(error, this.uri);
          if (mapped instanceof DatabaseUnavailableError) this.health.markDown();
          throw mapped;
        } finally {
          await session.close();
        }
      }
    } finally {
      this.meter?.end();
    }
  }

  write<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.writeTx((tx) => tx.run<R>(cypher, params));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /**
   * Schema commands (constraints, indexes) cannot share a transaction with data, and a backfill
   * over a large graph must commit in batches (`CALL { … } IN TRANSACTIONS`), which only an
   * auto-commit transaction may do. The session shares executeQuery's bookmark manager, so what
   * runs next through executeQuery sees these changes on a cluster too.
   */
  async schema(cypher: string): Promise<void> {
    this.notify(cypher, {}, 'WRITE');
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: 'WRITE',
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      await session.run(cypher);
    } catch (error) {
      throw mapDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * A write that lost a lock conflict is tried again after a growing, jittered pause (the writers
   * that collided must not meet again in step), for at most LOCK_RETRY_MS and never past the
   * request's deadline; anything else, an outage included, is thrown at once.
   */
  private async transaction<T>(mode: AccessMode, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (mode === 'READ') return this.transactionOnce(mode, work);
    const until = Math.min(Date.now() + LOCK_RETRY_MS, this.deadline?.at ?? Infinity);
    for (let pause = 200; ; pause = Math.min(pause * 2, 3_000)) {
      try {
        return await this.transactionOnce(mode, work);
      } catch (error) {
        const wait = pause / 2 + Math.random() * pause;
        if (!(error instanceof DatabaseTransientError) || !isNeo4jTransient(error.cause) || Date.now() + wait >= until) throw error;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async transactionOnce<T>(mode: AccessMode, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (!this.health.up) throw this.unavailable();
    const timeout = this.timeoutFor(mode);
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE', bookmarks: this.bookmarks?.given });
    this.meter?.begin();
    try {
      const run = (tx: ManagedTransaction) => work(this.wrap(tx, mode));
      const config = timeout === undefined ? undefined : { timeout };
      if (mode === 'READ') return await session.executeRead(run, config);
      const result = await session.executeWrite(run, config);
      if (this.bookmarks) this.bookmarks.written = session.lastBookmarks();
      return result;
    } catch (error) {
      const mapped = mapDriverError(error, this.uri);
      if (mapped instanceof DatabaseUnavailableError) this.health.markDown();
      throw mapped;
    } finally {
      this.meter?.end();
      await session.close();
    }
  }

  /** The Neo4j transaction timeout: the request's time left, reads no longer than readTimeoutMs; commands' writes unbounded. */
  private timeoutFor(mode: AccessMode): number | undefined {
    const cap = mode === 'READ' ? this.readTimeoutMs : Infinity;
    if (!this.deadline) return Number.isFinite(cap) ? cap : undefined;
    const left = this.deadline.at - Date.now();
    if (left <= 0) {
      throw new DatabaseTimeoutError(`The request used up its time budget of ${this.deadline.budgetMs} ms: ask for less (fewer aliases, hops, a smaller depth or page).`);
    }
    return Math.max(1, Math.min(cap, Math.ceil(left)));
  }

  private unavailable(): DatabaseUnavailableError {
    return new DatabaseUnavailableError(
      `Neo4j at ${this.uri} is not reachable: check that it is running and that NEO4J_URI points at it (unset NEO4J_URI to use the local Neo4j of npm start).`,
    );
  }

  private wrap(tx: ManagedTransaction, mode: AccessMode): Tx {
    return {
      run: async <R extends RecordShape>(cypher: string, params: Params = {}) => {
        this.notify(cypher, params, mode);
        const parameters = toCypherParams(params);
        const result = await withoutCallerStack(() => tx.run(cypher, parameters));
        return result.records.map((r) => r.toObject() as R);
      },
    };
  }

  private notify(cypher: string, params: Params, mode: AccessMode): void {
    if (this.meter) this.meter.roundTrips++;
    for (const observer of this.observers) observer({ cypher, params, mode });
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      this.health.markUp();
    } catch (error) {
      const mapped = mapDriverError(error, this.uri);
      if (mapped instanceof DatabaseUnavailableError) this.health.markDown();
      throw mapped;
    }
  }

  /**
   * Waits for Neo4j to answer again, probing with growing pauses (0.5 s, 1 s, 2 s … at most 5 s),
   * for at most `budgetMs`. True when it answers; what a command does after an outage.
   */
  async waitUntilAvailable(budgetMs: number, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<boolean> {
    const until = Date.now() + budgetMs;
    for (let pause = 500; ; pause = Math.min(pause * 2, 5_000)) {
      try {
        await this.verify();
        return true;
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
      }
      const left = until - Date.now();
      if (left <= 0) return false;
      await sleep(Math.min(pause, left));
    }
  }

  close(): Promise<void> {
    this.health.stop();
    return this.driver.close();
  }
}

/**
 * The driver captures and formats the caller's stack trace for every query it sends (its Result
 * keeps it to put on an error it may report later): up to ten frames, formatted, per query, deep
 * in a GraphQL resolver's stack. Measured on bench:api's S3 (one query per request), the API's CPU
 * per request fell by about a fifth without it. Every driver error is mapped (mapDriverError) to
 * an error of ours made where the query was awaited, whose own stack names the caller, so the
 * driver's copy is left empty.
 */
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A conflict Neo4j itself reports as worth retrying (deadlock, lock wait, memory pool), not a full connection pool. */
function isNeo4jTransient(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code ?? '').startsWith('Neo.TransientError.');
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and offsets refuse. Every number we
 * send is a count, offset or limit, so whole numbers go as Cypher integers.
 */
export function toCypherParams(value: unknown): any {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
