// Opens a pool on a PostgreSQL server (DATABASE_URL), with the timeouts that keep a stopped or frozen server from
// holding requests, and connections that survive the server ending them (named-statements.ts).
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import type { DatabaseHandle } from './database';
import { NamedStatementPool } from './named-statements';
import { appTypeParsers } from './type-parsers';

/** A PostgreSQL server to use, and how its pool behaves. */
export interface PostgresTarget {
  databaseUrl: string;
  poolSize?: number; // 10 when absent
  onIdleConnectionLost?: (err: Error) => void;
  timeouts?: DatabaseTimeouts; // none when absent: command-line tools (migrate, maintain) may run long statements
}

/** How long a connection and a statement may take. */
export interface DatabaseTimeouts {
  connectMs: number; // to open a connection, or to wait for a free one in the pool
  statementMs: number; // PostgreSQL's statement_timeout; the client gives up a little later if the server is frozen
}

// The client-side limit waits this much longer than statement_timeout, so that a live server's own cancel (57014)
// arrives first and the client's timer fires only when the server cannot answer at all.
const CLIENT_TIMEOUT_MARGIN_MS = 500;

/** Opens a pool on the server at `target.databaseUrl`; connects lazily. */
export function openPostgresDatabase(target: PostgresTarget): DatabaseHandle {
  const pool = openPostgresPool(target);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', pool, close: () => db.destroy() };
}

/** The pool alone, for a Kysely of another shape (read-replicas.ts routes reads over several of them). */
export function openPostgresPool(target: PostgresTarget): NamedStatementPool {
  const { timeouts } = target;
  const pool = new pg.Pool({
    connectionString: target.databaseUrl,
    max: target.poolSize ?? 10,
    // Connections are replaced hourly: each backend keeps every statement prepared on it until it disconnects, and
    // the search's text changes daily (named-statements.ts), so a busy pool must not keep old ones forever.
    maxLifetimeSeconds: 3600,
    types: appTypeParsers,
    // Without a limit a frozen server or a silent network holds every request until TCP gives up, minutes later.
    keepAlive: true,
    ...(timeouts && {
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + CLIENT_TIMEOUT_MARGIN_MS,
    }),
  });
  // A connection can die while it waits in the pool (PostgreSQL restarted, an administrator or a failover ended the
  // backend). node-postgres then drops it and emits 'error' on the pool; with no listener that event would end the
  // process. The next query simply opens a new connection, so this is worth a log line, not a crash.
  pool.on('error', (err) => target.onIdleConnectionLost?.(err));
  return new NamedStatementPool(pool);
}
