// The embedded database: PGlite in DATA_DIR, opened only by the process that holds the folder's lock, only over an
// empty folder or a database of our PostgreSQL version, and answering backup requests while it is open.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { Database } from './schema';
import type { DatabaseHandle } from './database';
import { NamedStatementPool } from './named-statements';
import { appTypeParsers } from './type-parsers';
import { acquireDataDirLock, LOCK_FILE_NAME, type DataDirLock } from './data-dir-lock';
import { ensureDataDirFolder, explainStartFailure, inspectDataDir, type DataDirState } from './data-dir-check';
import { reserveBackupChannel } from './data-dir-backup-channel';
import { DataDirError } from './data-dir-error';

/** Where an embedded database lives, and what to do when the folder is empty. */
export interface EmbeddedTarget {
  dataDir: string; // a folder, or 'memory://' for a throwaway database (no lock, no checks)
  loadDataDir?: Blob; // a dumpDataDir tarball to start from (only into an empty folder)
  mustExist?: boolean; // refuse an empty folder instead of creating a database in it (backups)
}

// PGlite's contrib entry points publish ESM-flavoured types only; their CommonJS builds are what we load.
const contrib = (name: string) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build, by name (see above)
  (require(`@electric-sql/pglite/contrib/${name}`) as Record<string, Extension>)[name] as Extension;
/** The extensions every embedded instance loads (geosearch and text search need them). */
export const pgliteExtensions = () => ({
  cube: contrib('cube'),
  earthdistance: contrib('earthdistance'),
  unaccent: contrib('unaccent'),
});

// PostgreSQL's default shared_buffers (128 MB) was most of the server's resident memory on PGlite; the directory's data
// is a few MB, and pages past the buffers come from the OS cache
// (docs/decisions/0040-pglite-memory-shared-buffers-and-liftoff.md).
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Opens PGlite in `target.dataDir` after taking its lock; throws DataDirError (or DataDirBusyError) with what to do. */
export async function openEmbeddedDatabase(target: EmbeddedTarget): Promise<DatabaseHandle> {
  if (target.dataDir.startsWith('memory://'))
    return wrap(
      await PGlite.create({
        dataDir: target.dataDir,
        loadDataDir: target.loadDataDir,
        extensions: pgliteExtensions(),
        startParams: START_PARAMS,
      }),
    );
  const dataDir = path.resolve(target.dataDir);
  ensureDataDirFolder(dataDir);
  const channel = reserveBackupChannel();
  let lock: DataDirLock | undefined;
  let state: DataDirState | undefined;
  try {
    lock = acquireDataDirLock(dataDir, { adminSocket: channel.socketPath });
    state = inspectDataDir(dataDir);
    if (state === 'empty' && target.mustExist)
      throw new DataDirError(`DATA_DIR ${dataDir} holds no database yet: there is nothing to back up. Check DATA_DIR.`);
    if (state === 'database' && target.loadDataDir)
      throw new DataDirError(`DATA_DIR ${dataDir} already holds a database; load a backup only into an empty folder.`);
    const pglite = await startPGlite(dataDir, state, target.loadDataDir);
    const handle = wrap(pglite, async () => {
      await channel.close();
      lock!.release();
    });
    // Without the socket (an unusual tmpdir) the app still runs; `npm run db:backup` then says the holder does not answer.
    await channel.listen(() => dumpEmbeddedDatabase(handle)).catch(() => undefined);
    return handle;
  } catch (err) {
    await channel.close();
    lock?.release();
    throw err;
  }
}

/** A consistent gzip tarball of the open embedded database (PGlite's dumpDataDir format). */
export async function dumpEmbeddedDatabase(handle: DatabaseHandle): Promise<Uint8Array> {
  if (!handle.pglite) throw new Error('only the embedded database can be dumped this way; use pg_dump for PostgreSQL');
  // Through the pool's one connection, so no transaction is half done; CHECKPOINT writes every page the dump copies.
  return handle.db.connection().execute(async (conn) => {
    await sql`CHECKPOINT`.execute(conn);
    return new Uint8Array(await (await handle.pglite!.dumpDataDir('gzip')).arrayBuffer());
  });
}

async function startPGlite(dataDir: string, state: DataDirState, loadDataDir: Blob | undefined): Promise<PGlite> {
  try {
    return await PGlite.create({ dataDir, loadDataDir, extensions: pgliteExtensions(), startParams: START_PARAMS });
  } catch (err) {
    // A first start that failed (a full disk, say) leaves a half-made database that the next start would refuse: it
    // was our own work in an empty folder, so clear it and let the operator simply start again.
    if (state === 'empty') clearFolder(dataDir);
    throw explainStartFailure(dataDir, state, err);
  }
}

function clearFolder(dataDir: string): void {
  for (const name of readdirSync(dataDir))
    if (name !== LOCK_FILE_NAME && name !== 'lost+found')
      rmSync(path.join(dataDir, name), { recursive: true, force: true });
}

function wrap(pglite: PGlite, afterClose: () => Promise<void> = async () => {}): DatabaseHandle {
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
      await afterClose();
    },
  };
}
