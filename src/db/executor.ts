import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { mapDriverError } from './errors.js';

export type Params = Record<string, unknown>;
export type AccessMode = 'READ' | 'WRITE';

/** Called once per Cypher query sent to the server: how tests and metrics count round trips. */
export type QueryObserver = (query: { cypher: string; params: Params; mode: AccessMode }) => void;

/** A transaction whose every query passes the observer; the only way code touches Cypher. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<R[]>;
}

/**
 * All Cypher goes through here: managed transactions (executeRead / executeWrite, so a cluster
 * serves reads from followers and the driver retries transient failures — writes must therefore be
 * idempotent: MERGE on constrained ids, and an article is only created after the same transaction
 * found no copy of it), reads bounded by a timeout, the session always closed, driver errors
 * mapped to our own. `observe` returns a sibling sharing the driver, e.g. one per GraphQL request.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    readonly uri: string,
    readonly database?: string,
    /** Reads run for clients (paths, neighbourhoods, searches) stop after this long; writes are ours and unbounded. */
    readonly readTimeoutMs = 15_000,
    private readonly observers: readonly QueryObserver[] = [],
  ) {}

  observe(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.uri, this.database, this.readTimeoutMs, [...this.observers, observer]);
  }

  read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.readTx((tx) => tx.run<R>(cypher, params));
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

  /** Schema commands (constraints, indexes) cannot share a transaction with data: auto-commit. */
  async schema(cypher: string): Promise<void> {
    this.notify(cypher, {}, 'WRITE');
    try {
      await this.driver.executeQuery(cypher, {}, { database: this.database, routing: 'WRITE' });
    } catch (error) {
      throw mapDriverError(error, this.uri);
    }
  }

  private async transaction<T>(mode: AccessMode, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    try {
      const run = (tx: ManagedTransaction) => work(this.wrap(tx, mode));
      return mode === 'READ' ? await session.executeRead(run, { timeout: this.readTimeoutMs }) : await session.executeWrite(run);
    } catch (error) {
      throw mapDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, mode: AccessMode): Tx {
    return {
      run: async <R extends RecordShape>(cypher: string, params: Params = {}) => {
        this.notify(cypher, params, mode);
        const result = await tx.run(cypher, toCypherParams(params));
        return result.records.map((r) => r.toObject() as R);
      },
    };
  }

  private notify(cypher: string, params: Params, mode: AccessMode): void {
    for (const observer of this.observers) observer({ cypher, params, mode });
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapDriverError(error, this.uri);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
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
