// `npm run db:backup -- FILE` and `npm run db:restore -- FILE [--force]` for the embedded database (DATA_DIR).
// A backup is safe while the app runs (the running process writes the dump); a restore needs the app stopped.
// For PostgreSQL (DATABASE_URL) use pg_dump and pg_restore instead.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { backupDataDir, restoreDataDir } from './data-dir-backup';

const USAGE = 'usage: npm run db:backup -- FILE   |   npm run db:restore -- FILE [--force]';

/** A mistake the person running the command can fix; printed without a stack trace. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const force = rest.includes('--force');
  const files = rest.filter((arg) => arg !== '--force');
  if ((command !== 'backup' && command !== 'restore') || files.length !== 1 || (force && command === 'backup'))
    throw new UsageError(USAGE);
  const file = path.resolve(files[0]!);
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new UsageError(
      'DATABASE_URL is set, so the data is in PostgreSQL: use `pg_dump --format=custom --file=FILE "$DATABASE_URL"` to back it up ' +
        'and `pg_restore --clean --if-exists --dbname="$DATABASE_URL" FILE` to restore. These commands are for the embedded database in DATA_DIR.',
    );
  }
  if (command === 'backup') {
    const backup = await backupDataDir(config.dataDir);
    // Written beside the target and renamed, so FILE is never a half-written backup.
    const partial = `${file}.partial-${process.pid}`;
    writeFileSync(partial, backup.bytes, { mode: 0o600, flush: true });
    renameSync(partial, file);
    console.log(
      `Backed up DATA_DIR ${path.resolve(config.dataDir)} to ${file} (${megabytes(backup.bytes.byteLength)}, written by ${backup.source}).`,
    );
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new UsageError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  const report = await restoreDataDir(config.dataDir, bytes, { force });
  console.log(
    `Restored ${file} into DATA_DIR ${report.dataDir}: ${report.listings} listings, ${report.moderators} moderators.`,
  );
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof UsageError || err instanceof ConfigError ? err.message : err);
  process.exit(err instanceof UsageError || err instanceof ConfigError ? 2 : 1);
});
