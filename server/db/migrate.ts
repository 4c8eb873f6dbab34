// Runs the migrations in migrations/ with Kysely's Migrator.
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from '../../migrations';

/** A database handle of any schema: each migration runs against the schema the one before it left (Kysely's idiom). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema is whatever the last migration made it
type AnySchemaDatabase = Kysely<any>;

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: AnySchemaDatabase): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateToLatest());
}

/** Undoes the most recent migration. */
export async function migrateDown(db: AnySchemaDatabase): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateDown());
}

/** Migrates up or down until `name` is the last migration applied (tests of one migration's up and down). */
export async function migrateTo(db: AnySchemaDatabase, name: string): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateTo(name));
}

function migrator(db: AnySchemaDatabase): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function check(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
