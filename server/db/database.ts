// Opens the database: embedded PGlite in a folder by default, a PostgreSQL server when a URL is given.
// Both go through node-postgres (PGlite via its pg adapter) so types, errors and SQL behave the same.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './schema';
import { NamedStatementPool } from './named-statements';
import { appTypeParsers } from './type-parsers';
import { openEmbeddedDatabase, type EmbeddedTarget } from './embedded-database';

/** Where the data lives: a PostgreSQL URL, or a PGlite folder ('memory://' for a throwaway one). */
export type DatabaseTarget =
  | { databaseUrl: string; poolSize?: number; onIdleConnectionLost?: (err: Error) => void }
  | EmbeddedTarget;

/** An open database and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  pglite?: PGlite; // the embedded instance, when there is one (tests dump it to start later instances fast)
  close(): Promise<void>;
}

/** Opens the database described by `target`. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('databaseUrl' in target) {
    // Connections are replaced hourly: each backend keeps every statement prepared on it until it disconnects, and
    // the search's text changes daily (named-statements.ts), so a busy pool must not keep old ones forever.
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: target.poolSize ?? 10, maxLifetimeSeconds: 3600, types: appTypeParsers });
    // A connection can die while it waits in the pool (PostgreSQL restarted, an administrator or a failover ended the
    // backend). node-postgres then drops it and emits 'error' on the pool; with no listener that event would end the
    // process. The next query simply opens a new connection, so this is worth a log line, not a crash.
    pool.on('error', (err) => target.onIdleConnectionLost?.(err));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new NamedStatementPool(pool) }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  return openEmbeddedDatabase(target);
}
