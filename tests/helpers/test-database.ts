// A fresh, migrated database for one test file: a copy of the run's template (PostgreSQL) or dump (PGlite).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { adminQuery, databaseUrlFor } from './postgres-admin';

/** How a PostgreSQL test database's pool is set up (PGlite has no pool to set up). */
export interface PoolOptions {
  poolSize?: number; // 5 when absent
  onIdleConnectionLost?: (err: Error) => void;
}

/** Opens a new empty database with the schema; close() also drops it on PostgreSQL. */
export async function createTestDatabase(pool: PoolOptions = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `puente_test_${process.env.PUENTE_TEST_RUN}_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${process.env.PUENTE_TEST_TEMPLATE}`);
    const handle = await openDatabase({ databaseUrl: databaseUrlFor(serverUrl, name), poolSize: 5, ...pool });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dump = readFileSync(process.env.PUENTE_TEST_PGLITE_DUMP as string);
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
}
