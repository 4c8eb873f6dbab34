// Backups of the embedded database (PGlite dumpDataDir tarballs, gzip): taken from the process that holds DATA_DIR
// when one runs, else by taking the lock ourselves; restored only into an empty folder (or over one, when forced).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock, currentHolder, LOCK_FILE_NAME } from './data-dir-lock';
import { requestBackup } from './data-dir-backup-channel';
import { countBackupRows } from './data-dir-backup.queries';
import { ensureDataDirFolder, explainStartFailure } from './data-dir-check';
import { DataDirError } from './data-dir-error';
import { withoutLockFile } from './data-dir-tar';
import { dumpEmbeddedDatabase, openEmbeddedDatabase, pgliteExtensions } from './embedded-database';

/** A backup's bytes and who made them. */
export interface Backup {
  bytes: Uint8Array;
  source: string; // "the running process 1234" or "this process"
}

/** Dumps the database in `dataDir`, asking the process that holds it when there is one. */
export async function backupDataDir(dataDirSetting: string): Promise<Backup> {
  const dataDir = path.resolve(dataDirSetting);
  if (!existsSync(dataDir))
    throw new DataDirError(`DATA_DIR ${dataDir} does not exist: there is nothing to back up. Check DATA_DIR.`);
  const holder = currentHolder(dataDir);
  if (holder) {
    if (!holder.adminSocket)
      throw new DataDirError(
        `DATA_DIR ${dataDir} is held by process ${holder.pid}, which does not answer backup requests (it could not make a private folder for its socket in the temporary directory). Stop it, then run the backup again.`,
      );
    try {
      return { bytes: await requestBackup(holder.adminSocket), source: `the running process ${holder.pid}` };
    } catch (err) {
      throw new DataDirError(
        `DATA_DIR ${dataDir} is held by process ${holder.pid}, which did not give a backup (${(err as Error).message}). If it is still starting, try again in a few seconds.`,
        { cause: err },
      );
    }
  }
  const handle = await openEmbeddedDatabase({ dataDir, mustExist: true });
  try {
    return { bytes: await dumpEmbeddedDatabase(handle), source: 'this process (no other process held DATA_DIR)' };
  } finally {
    await handle.close();
  }
}

/** What a restore put in place, for the message. */
export interface RestoreReport {
  dataDir: string;
  listings: number;
  moderators: number;
}

/** Restores a backup into `dataDir`: an empty folder, or any folder when `force` (its contents are deleted). */
export async function restoreDataDir(
  dataDirSetting: string,
  tarball: Uint8Array,
  options: { force: boolean },
): Promise<RestoreReport> {
  const dataDir = path.resolve(dataDirSetting);
  const plain = readBackup(tarball);
  await checkBackupOpens(plain); // before anything in DATA_DIR is touched
  ensureDataDirFolder(dataDir);
  const lock = acquireDataDirLock(dataDir);
  try {
    const present = readdirSync(dataDir).filter((name) => name !== LOCK_FILE_NAME && name !== 'lost+found');
    if (present.length > 0 && !options.force) {
      throw new DataDirError(
        `DATA_DIR ${dataDir} is not empty, so nothing was restored. Restore into an empty or new folder, or add --force to delete what is there ` +
          '(take a backup of it first with `npm run db:backup -- FILE` if it may be worth keeping).',
      );
    }
    for (const name of present) rmSync(path.join(dataDir, name), { recursive: true, force: true });
    let pglite: PGlite;
    try {
      pglite = await PGlite.create({
        dataDir,
        loadDataDir: new Blob([plain as Uint8Array<ArrayBuffer>]),
        extensions: pgliteExtensions(),
      });
    } catch (err) {
      throw explainStartFailure(dataDir, 'empty', err);
    }
    try {
      return { dataDir, ...(await countBackupRows(pglite)) };
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

function readBackup(tarball: Uint8Array): Buffer {
  try {
    return withoutLockFile(tarball);
  } catch (err) {
    throw new DataDirError(
      `That file is not a Puente backup (${(err as Error).message}). Give a file written by \`npm run db:backup -- FILE\`.`,
      { cause: err },
    );
  }
}

async function checkBackupOpens(plain: Buffer): Promise<void> {
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create({
      dataDir: 'memory://',
      loadDataDir: new Blob([plain as Uint8Array<ArrayBuffer>]),
      extensions: pgliteExtensions(),
    });
    await countBackupRows(pglite);
  } catch (err) {
    throw new DataDirError(
      `That file is not a backup this Puente can open (${(err as Error).message}), so DATA_DIR was not touched. Give a file written by \`npm run db:backup -- FILE\`.`,
      { cause: err },
    );
  } finally {
    await pglite?.close();
  }
}
