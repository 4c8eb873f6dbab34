// The bench's own fresh database: a new database on the DATABASE_URL server (dropped afterwards), or an in-memory PGlite.
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../server/db/database';

/** Where a forked server finds the same data: the bench database's URL, or a PGlite dump it loads into memory. */
export type ServerTarget = { databaseUrl: string } | { pgliteDump: string };

/** A fresh database for one bench run. */
export interface BenchDatabase {
  handle: DatabaseHandle;
  label: string; // for the printout
  databaseUrl?: string; // PostgreSQL only
  /** What a child process opens to see this data (PGlite: dumps it to a temporary file first). */
  serverTarget(): Promise<ServerTarget>;
  /** Closes the connection and drops the database (unless kept) and any dump. */
  dispose(keep: boolean): Promise<void>;
}

/** Creates puente_bench_<timestamp> on the server `databaseUrl` points at, or an in-memory PGlite when it is undefined. */
export async function createBenchDatabase(databaseUrl: string | undefined, poolSize: number): Promise<BenchDatabase> {
  if (!databaseUrl) return createPgliteDatabase();
  const name = `puente_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  await adminQuery(databaseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize });
  return {
    handle,
    label: `PostgreSQL database ${name} on ${url.host}`,
    databaseUrl: url.toString(),
    serverTarget: async () => ({ databaseUrl: url.toString() }),
    dispose: async (keep) => {
      await handle.close();
      if (keep) console.log(`Kept database ${name} (--keep): ${url.toString()}`);
      else await adminQuery(databaseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function createPgliteDatabase(): Promise<BenchDatabase> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  let dump: string | undefined;
  return {
    handle,
    label: 'in-memory PGlite (DATABASE_URL is unset)',
    serverTarget: async () => {
      if (!dump) {
        dump = path.join(os.tmpdir(), `puente-bench-${process.pid}.tar`);
        writeFileSync(dump, Buffer.from(await (await handle.pglite!.dumpDataDir('none')).arrayBuffer()));
      }
      return { pgliteDump: dump };
    },
    dispose: async () => {
      await handle.close();
      if (dump) rmSync(dump, { force: true });
    },
  };
}

/** Runs `statement` on a one-off connection to `databaseUrl`: CREATE/DROP DATABASE cannot run in a transaction. */
export async function adminQuery(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
