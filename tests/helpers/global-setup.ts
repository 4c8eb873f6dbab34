// Once per `npm test`: a migrated template database that every test file copies.
// PostgreSQL (DATABASE_URL set): a fresh template database on that server. PGlite: a dump of a migrated instance.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { adminQuery, databaseUrlFor } from './postgres-admin';

export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  process.env.PUENTE_TEST_RUN = run;
  if (process.env.DATABASE_URL) {
    const template = `puente_test_${run}_template`;
    await adminQuery(process.env.DATABASE_URL, `CREATE DATABASE ${template}`);
    const handle = await openDatabase({ databaseUrl: databaseUrlFor(process.env.DATABASE_URL, template) });
    await migrateToLatest(handle.db);
    await handle.close();
    process.env.PUENTE_TEST_TEMPLATE = template;
    return;
  }
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `puente-test-${run}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  process.env.PUENTE_TEST_PGLITE_DUMP = file;
}
