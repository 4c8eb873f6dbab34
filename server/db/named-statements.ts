// Sends the app's SELECTs as named prepared statements, so PostgreSQL parses and plans each distinct query once per
// connection instead of on every request. Kysely has no prepared-statement API; node-postgres prepares a statement
// when a query carries a name, so this pool gives each distinct SELECT text a stable name.
import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { RecentlyUsedMap } from './recently-used-map';
import { isDatabaseUnavailable } from './connection-errors';

/** How many statement texts keep their names in memory; the least recently used is forgotten first. */
export const MAX_NAMED_STATEMENTS = 500;

/**
 * A Kysely PostgresPool over a pg.Pool that names parameterised SELECTs. After five runs of a named statement
 * PostgreSQL switches to its generic plan when that costs no more, and planning stops
 * (docs/decisions/0022-constants-in-the-statement-text-for-generic-plans.md). Only SELECTs: a
 * prepared INSERT or DDL buys nothing here.
 */
export class NamedStatementPool implements PostgresPool {
  // Least recently used forgotten first: yesterday's search text must make room for today's.
  private readonly names = new RecentlyUsedMap<string, string>(MAX_NAMED_STATEMENTS);

  constructor(private readonly pool: pg.Pool) {}

  /** A pooled client whose SELECTs go out named. */
  async connect(): Promise<PostgresPoolClient> {
    return new NamedStatementClient(await this.pool.connect(), (text) => this.nameOf(text));
  }

  /** Closes the underlying pool. */
  end(): Promise<void> {
    return this.pool.end();
  }

  private nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    if (!/^\s*select\b/i.test(text)) return undefined;
    // A digest, not a counter: the same text gets the same name on every connection, in every process, and after
    // an eviction, so a backend that prepared it earlier reuses its statement.
    const name = `puente_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    this.names.set(text, name);
    return name;
  }
}

// One checked-out connection; names what `nameOf` names and passes everything else through untouched. While it is
// checked out, pg-pool listens to nothing on it: a backend that dies mid-request (PostgreSQL stopped, a backend
// terminated) makes node-postgres emit 'error' on the client, which with no listener would end the process. So this
// listens, and a connection that broke or timed out fails its remaining queries at once and is discarded on release.
class NamedStatementClient implements PostgresPoolClient {
  private broken: Error | undefined;
  private readonly onError = (err: Error) => {
    this.broken ??= err;
  };

  constructor(
    private readonly client: pg.PoolClient,
    private readonly nameOf: (text: string) => string | undefined,
  ) {
    client.on('error', this.onError);
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    textOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof textOrCursor !== 'string')
      return this.client.query(textOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
    // After a timeout the statement may still be running on a frozen server: anything sent now would queue behind it.
    if (this.broken) return Promise.reject(this.broken);
    const values = parameters as unknown[] | undefined; // Kysely hands over a fresh array per query
    const name = values?.length ? this.nameOf(textOrCursor) : undefined;
    const config: pg.QueryConfig = name ? { name, text: textOrCursor, values } : { text: textOrCursor, values };
    // The callback form, in a promise of our own: with node-postgres's promise form V8 began allocating objects straight
    // into the old generation (pretenuring), and under load young-generation pauses doubled
    // (docs/decisions/0029-node-postgres-callback-form.md).
    return new Promise((resolve, reject) => {
      this.client.query(config, (err: Error | undefined, result: pg.QueryResult) => {
        if (!err) return resolve(result as unknown as PostgresQueryResult<R>);
        if (isDatabaseUnavailable(err)) this.broken ??= err;
        reject(err);
      });
    });
  }

  release(): void {
    // Handing pg-pool the error makes it close this connection instead of lending it out again.
    const broken = this.broken;
    if (!broken) this.client.removeListener('error', this.onError); // a broken one keeps it: 'end' may still emit 'error'
    this.client.release(broken);
  }
}
