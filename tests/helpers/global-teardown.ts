// After `npm test`: drop every database this run created, remove the PGlite dump.
import { rmSync } from 'node:fs';
import { adminQuery } from './postgres-admin';

export default async function globalTeardown(): Promise<void> {
  const run = process.env.PUENTE_TEST_RUN;
  if (process.env.DATABASE_URL && run) {
    const rows = await adminQuery(
      process.env.DATABASE_URL,
      `SELECT datname FROM pg_database WHERE datname LIKE 'puente_test_${run}_%'`,
    );
    for (const { datname } of rows)
      await adminQuery(process.env.DATABASE_URL, `DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
  if (process.env.PUENTE_TEST_PGLITE_DUMP) rmSync(process.env.PUENTE_TEST_PGLITE_DUMP, { force: true });
}
