// Opens the database: embedded PGlite in a folder by default, a PostgreSQL server when a URL is given.
// Both go through node-postgres (PGlite via its pg adapter) so types, errors and SQL behave the same.
import type { Kysely, PostgresPool } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './schema';
import { openPostgresDatabase, type PostgresTarget } from './postgres-database';
import { openEmbeddedDatabase, type EmbeddedTarget } from './embedded-database';

/** Where the data lives: a PostgreSQL URL, or a PGlite folder ('memory://' for a throwaway one). */
export type DatabaseTarget = PostgresTarget | EmbeddedTarget;

/** An open database and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  pglite?: PGlite; // the embedded instance, when there is one (tests dump it to start later instances fast)
  pool?: PostgresPool; // PostgreSQL: the pool under `db`, which the read handle shares for its fallback (read-replicas.ts)
  close(): Promise<void>;
}

/** Opens the database described by `target`. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('databaseUrl' in target) return openPostgresDatabase(target);
  return openEmbeddedDatabase(target);
}
