// A Kysely driver that sends each connection's work to a healthy replica, or to the primary when none is: the read
// handle of read-replicas.ts. A replica that cannot be reached when a connection is taken, or that stops answering a
// statement outside a transaction, is marked down and the statement runs again on the primary, so a read that hits a
// dead replica still answers.
import type { CompiledQuery, DatabaseConnection, Driver, QueryResult, TransactionSettings } from 'kysely';
import { isDatabaseUnavailable } from './connection-errors';

/** One replica as the driver sees it; its health is kept by the monitor in read-replicas.ts. */
export interface ReplicaRoute {
  driver: Driver;
  healthy(): boolean;
  /** A read found it unreachable: stop sending reads until the monitor sees it answer again. */
  markDown(err: unknown): void;
}

/** Routes connections over `replicas` (round-robin among the healthy ones) with `primary` as the fallback. */
export class ReplicaRoutingDriver implements Driver {
  private next = 0;

  constructor(
    private readonly primary: Driver,
    private readonly replicas: readonly ReplicaRoute[],
  ) {}

  async init(): Promise<void> {
    await this.primary.init();
    for (const replica of this.replicas) await replica.driver.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const replica = this.pickReplica();
    if (replica) {
      try {
        return new RoutedConnection(this.primary, replica, await replica.driver.acquireConnection());
      } catch (err) {
        if (!isDatabaseUnavailable(err)) throw err;
        replica.markDown(err);
      }
    }
    return new RoutedConnection(this.primary, undefined, await this.primary.acquireConnection());
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const routed = connection as RoutedConnection;
    routed.inTransaction = true;
    return routed.driver.beginTransaction(routed.inner, settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    await routed.driver.commitTransaction(routed.inner);
    routed.inTransaction = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    await routed.driver.rollbackTransaction(routed.inner);
    routed.inTransaction = false;
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    return routed.driver.releaseConnection(routed.inner);
  }

  /** Closes the replicas' pools; the primary's belongs to the primary's own handle. */
  async destroy(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.driver.destroy()));
  }

  private pickReplica(): ReplicaRoute | undefined {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (replica.healthy()) return replica;
    }
    return undefined;
  }
}

/** A connection on a replica (`replica` set) or on the primary; moves to the primary when the replica fails it. */
class RoutedConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    private readonly primary: Driver,
    private replica: ReplicaRoute | undefined,
    public inner: DatabaseConnection,
  ) {}

  get driver(): Driver {
    return this.replica?.driver ?? this.primary;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (err) {
      // Inside a transaction the statements before this one ran on the replica: they cannot move, so the error stands.
      if (!this.replica || this.inTransaction || !shouldRetryOnPrimary(err)) throw err;
      if (isDatabaseUnavailable(err)) this.replica.markDown(err);
      await this.moveToPrimary();
      return this.inner.executeQuery<R>(query);
    }
  }

  // Nothing public streams today; a stream stays where it started.
  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }

  private async moveToPrimary(): Promise<void> {
    const broken = this.inner;
    const replicaDriver = this.replica!.driver;
    this.inner = await this.primary.acquireConnection();
    this.replica = undefined;
    // node-postgres discards a connection that broke when it is released; one that only had a recovery conflict is reused.
    await replicaDriver.releaseConnection(broken).catch(() => undefined);
  }
}

// The replica did not answer (stopped, unreachable, frozen past the client's timeout), or it cancelled the read because
// replaying the primary's WAL needed the rows (a recovery conflict, SQLSTATE 40001 on a standby). A statement_timeout
// (57014) came from a replica that answers: the same read would be as slow on the primary, so it is not retried.
function shouldRetryOnPrimary(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === '57014') return false;
  if (code === '40001' && /conflict with recovery/i.test(String((err as Error).message))) return true;
  return isDatabaseUnavailable(err);
}
