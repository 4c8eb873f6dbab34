// Opens the database: embedded PGlite in a folder by default, a PostgreSQL server when a URL is given.
// Both go through node-postgres (PGlite via its pg adapter) so types, errors and SQL behave the same.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { Database } from './schema';
import { NamedStatementPool } from './named-statements';
import { appTypeParsers } from './type-parsers';

/** Where the data lives: a PostgreSQL URL, or a PGlite folder ('memory://' for a throwaway one). */
export type DatabaseTarget =
  | { databaseUrl: string; poolSize?: number; onIdleConnectionLost?: (err: Error) => void }
  | { dataDir: string; loadDataDir?: Blob };

/** An open database and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  pglite?: PGlite; // the embedded instance, when there is one (tests dump it to start later instances fast)
  close(): Promise<void>;
}

// PGlite's contrib entry points publish ESM-flavoured types only; their CommonJS builds are what we load.
const contrib = (name: string) => (require(`@electric-sql/pglite/contrib/${name}`) as Record<string, Extension>)[name] as Extension;

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
  if (!target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: target.dataDir,
    loadDataDir: target.loadDataDir,
    extensions: { cube: contrib('cube'), earthdistance: contrib('earthdistance'), unaccent: contrib('unaccent') },
  });
  // PGlite is one connection: queries are serialised, so a pool of one is the honest size.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, types: appTypeParsers });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new NamedStatementPool(pool) }) });
  return {
    db,
    engine: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
