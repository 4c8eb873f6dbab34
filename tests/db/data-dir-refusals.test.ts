// A DATA_DIR that is not an empty folder or a database of our version is refused and left byte for byte as it was,
// and every start-up failure names DATA_DIR and says what to do: PG_VERSION missing, another major version, a file
// in the way, a corrupt pg_control, a read-only mount, a full disk (the last two on small tmpfs mounts: root only).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/database';
import { PGLITE_POSTGRES_MAJOR } from '../../server/db/data-dir-check';
import { DataDirError } from '../../server/db/data-dir-error';
import { runScript } from '../helpers/puente-process';

jest.setTimeout(180_000);

const onPGlite = process.env.DATABASE_URL ? describe.skip : describe;
let scratch: string;
let template: string; // a real database folder, copied by each test

/** Every file under `dir` with its size, mode and SHA-256: equal before and after means untouched. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      const stats = statSync(full);
      if (stats.isDirectory()) walk(full);
      else
        out[path.relative(dir, full)] =
          `${stats.size} ${stats.mode.toString(8)} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

/** A copy of the template database, changed by `damage`. */
function aDatabaseFolder(name: string, damage: (dir: string) => void = () => {}): string {
  const dir = path.join(scratch, name);
  cpSync(template, dir, { recursive: true });
  damage(dir);
  return dir;
}

/** What opening `dataDir` throws: a DataDirError, whose message is returned. */
async function refusal(dataDir: string): Promise<string> {
  const err = await openDatabase({ dataDir }).then(
    async (handle) => {
      await handle.close();
      return new Error(`${dataDir} was opened`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DataDirError);
  return (err as Error).message;
}

// tmpfs mounts need root (tests run as root here and in CI); elsewhere those two tests are skipped.
const canMount = (() => {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'puente-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();
const withMount = canMount ? test : test.skip;

function mountTmpfs(dir: string, options: string): () => void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  // Lazy: a PGlite that failed to start keeps its files open in this process (it cannot be closed).
  return () => execFileSync('umount', ['-l', dir]);
}

onPGlite('DATA_DIR refusals and start-up failures', () => {
  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'puente-refusals-'));
    template = path.join(scratch, 'template');
    const handle = await openDatabase({
      dataDir: template,
      loadDataDir: new Blob([readFileSync(process.env.PUENTE_TEST_PGLITE_DUMP as string)]),
    });
    await handle.close();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('the bundled PostgreSQL major version is the one a new database records', () => {
    expect(readFileSync(path.join(template, 'PG_VERSION'), 'utf8').trim()).toBe(PGLITE_POSTGRES_MAJOR);
  });

  test('a non-empty folder without PG_VERSION is refused and every file is left as it was', async () => {
    const dataDir = aDatabaseFolder('no-pg-version', (dir) => unlinkSync(path.join(dir, 'PG_VERSION')));
    const before = fingerprint(dataDir);
    const expected =
      `DATA_DIR ${dataDir} is not empty but holds no database (PG_VERSION is missing), so it was left untouched. ` +
      'If the database files were damaged, restore a backup into an empty folder with `npm run db:restore -- FILE`; ' +
      'if this folder is not a database at all, point DATA_DIR to an empty or new folder.';
    expect(await refusal(dataDir)).toBe(expected);
    // The server process the same way: one message, exit code 1, nothing written.
    const server = await runScript('server/main.ts', [], { DATA_DIR: dataDir, PORT: '0' });
    expect(server.code).toBe(1);
    expect(server.stderr.trim()).toBe(expected);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  test('a database of another PostgreSQL major version is refused and left as it was', async () => {
    const dataDir = aDatabaseFolder('other-major', (dir) => writeFileSync(path.join(dir, 'PG_VERSION'), '16\n'));
    const before = fingerprint(dataDir);
    const message = await refusal(dataDir);
    expect(message).toContain(
      `DATA_DIR ${dataDir} holds a PostgreSQL 16 database, but this Puente's embedded PostgreSQL is version ${PGLITE_POSTGRES_MAJOR}, so it was left untouched.`,
    );
    expect(message).toContain('`npm run db:restore -- FILE`');
    expect(fingerprint(dataDir)).toEqual(before);
  });

  test('a DATA_DIR that is a file is refused with what to do', async () => {
    const dataDir = path.join(scratch, 'a-file');
    writeFileSync(dataDir, 'not a folder');
    expect(await refusal(dataDir)).toBe(
      `DATA_DIR ${dataDir} is a file, not a folder. Point DATA_DIR to a folder (it is created when absent), or move that file away.`,
    );
    expect(readFileSync(dataDir, 'utf8')).toBe('not a folder');
  });

  test('a corrupt global/pg_control: PostgreSQL cannot start, and the message says to restore a backup', async () => {
    const dataDir = aDatabaseFolder('bad-control', (dir) => {
      const fd = openSync(path.join(dir, 'global', 'pg_control'), 'r+');
      writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, 16);
      closeSync(fd);
    });
    const before = fingerprint(dataDir);
    const message = await refusal(dataDir);
    expect(message).toMatch(
      new RegExp(
        `^DATA_DIR ${dataDir}: the embedded PostgreSQL could not start on the database there \\(.+\\); its files are damaged`,
      ),
    );
    expect(message).toContain('Restore the latest backup into an empty folder with `npm run db:restore -- FILE`');
    expect(fingerprint(dataDir)).toEqual(before); // the lock was released, and PostgreSQL wrote nothing
  });

  withMount('a read-only mount: refused before anything starts, naming DATA_DIR and what to do', async () => {
    const mountPoint = path.join(scratch, 'read-only');
    const unmount = mountTmpfs(mountPoint, 'size=64m');
    try {
      cpSync(template, mountPoint, { recursive: true });
      execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
      expect(await refusal(mountPoint)).toBe(
        `DATA_DIR ${mountPoint} is on a read-only file system (EROFS). Mount it read-write, or point DATA_DIR to a writable folder.`,
      );
    } finally {
      unmount();
    }
  });

  withMount(
    'a full disk on the first start: says so, and leaves the folder empty so a retry after freeing space works',
    async () => {
      const mountPoint = path.join(scratch, 'tiny');
      const unmount = mountTmpfs(mountPoint, 'size=8m');
      try {
        const dataDir = path.join(mountPoint, 'data');
        expect(await refusal(dataDir)).toBe(
          `DATA_DIR ${dataDir}: the disk is full (ENOSPC). Free some space on it (or point DATA_DIR to a folder on another disk) and start again.`,
        );
        expect(readdirSync(dataDir)).toEqual([]);
      } finally {
        unmount();
      }
    },
  );
});
