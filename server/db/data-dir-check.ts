// What is in a DATA_DIR before PGlite may touch it, and what a failed start means. PGlite runs initdb over any folder
// without PG_VERSION, even a full one (that wiped a directory once), and reports every failed start the same way.
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DataDirError, explainFileSystemError } from './data-dir-error';
import { LOCK_FILE_NAME } from './data-dir-lock';

/** The PostgreSQL major version of the bundled PGlite (tests/unit/db/data-dir-check.test.ts keeps it true). */
export const PGLITE_POSTGRES_MAJOR = '18';

/** What a DATA_DIR holds: nothing yet (initialise it) or a database of our PostgreSQL version (open it). */
export type DataDirState = 'empty' | 'database';

// Entries that do not make a folder "used": our own lock, and the lost+found of a freshly made file system.
const IGNORED_ENTRIES = new Set([LOCK_FILE_NAME, 'lost+found']);

/** Creates `dataDir` when absent; throws DataDirError when it is a file or cannot be created. */
export function ensureDataDirFolder(dataDir: string): void {
  try {
    if (!statSync(dataDir).isDirectory())
      throw new DataDirError(
        `DATA_DIR ${dataDir} is a file, not a folder. Point DATA_DIR to a folder (it is created when absent), or move that file away.`,
      );
    return;
  } catch (err) {
    if (err instanceof DataDirError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw explainFileSystemError(dataDir, err) ?? err;
  }
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw explainFileSystemError(dataDir, err) ?? err;
  }
}

/** Says whether `dataDir` (a folder) is empty or holds our database; throws DataDirError for anything else. */
export function inspectDataDir(dataDir: string): DataDirState {
  const entries = readdirSync(dataDir).filter((name) => !IGNORED_ENTRIES.has(name));
  if (entries.length === 0) return 'empty';
  let version: string;
  try {
    version = readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw explainFileSystemError(dataDir, err) ?? err;
    throw new DataDirError(
      `DATA_DIR ${dataDir} is not empty but holds no database (PG_VERSION is missing), so it was left untouched. ` +
        'If the database files were damaged, restore a backup into an empty folder with `npm run db:restore -- FILE`; ' +
        'if this folder is not a database at all, point DATA_DIR to an empty or new folder.',
    );
  }
  if (version !== PGLITE_POSTGRES_MAJOR) {
    throw new DataDirError(
      `DATA_DIR ${dataDir} holds a PostgreSQL ${version} database, but this Puente's embedded PostgreSQL is version ${PGLITE_POSTGRES_MAJOR}, so it was left untouched. ` +
        'Run the Puente version that wrote it and take a backup there, or restore a backup made by this version with `npm run db:restore -- FILE` into an empty folder.',
    );
  }
  return 'database';
}

/** Turns a failed PGlite start into a DataDirError that says why (full disk, file system error) and what to do. */
export function explainStartFailure(dataDir: string, state: DataDirState, err: unknown): DataDirError {
  const known =
    explainFileSystemError(dataDir, err) ??
    (isDiskNearlyFull(dataDir) ? explainFileSystemError(dataDir, { code: 'ENOSPC' }) : undefined) ??
    explainFileSystemError(dataDir, controlFileAccessError(dataDir, state));
  if (known) return known;
  const reason = (err as Error | undefined)?.message ?? String(err);
  if (state === 'empty') {
    return new DataDirError(
      `DATA_DIR ${dataDir}: creating a new database there failed (${reason}). Check that the disk has space and the folder is writable, then start again.`,
      { cause: err },
    );
  }
  return new DataDirError(
    `DATA_DIR ${dataDir}: the embedded PostgreSQL could not start on the database there (${reason}); its files are damaged (a corrupt global/pg_control, for example) or were written by an incompatible PGlite. ` +
      'Restore the latest backup into an empty folder with `npm run db:restore -- FILE`, and keep this folder for inspection.',
    { cause: err },
  );
}

// Files owned by another user look like damage to PGlite; check the one file every start reads and writes.
function controlFileAccessError(dataDir: string, state: DataDirState): unknown {
  if (state === 'empty') return undefined;
  try {
    accessSync(path.join(dataDir, 'global', 'pg_control'), constants.R_OK | constants.W_OK);
    return undefined;
  } catch (err) {
    return err;
  }
}

// PostgreSQL needs room for WAL segments and the initdb files: below this, a failed start is put down to the disk.
const NEARLY_FULL_BYTES = 64 * 1024 * 1024;

function isDiskNearlyFull(dataDir: string): boolean {
  try {
    const stats = statfsSync(dataDir);
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}
