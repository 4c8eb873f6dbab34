// One process per PGlite DATA_DIR, with real processes: a second server and the command-line tools are refused while
// the server runs (naming the folder and the holder), a backup taken from the running server restores into an empty
// folder with every row, and a SIGKILLed holder's lock is taken over by the next opener.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { LOCK_FILE_NAME, type LockHolder } from '../../server/db/data-dir-lock';
import { appendModerationLog } from '../../server/moderation/moderation-log.queries';
import { seedDatabase } from '../../seeds/seed';
import { createTestModerator } from '../helpers/moderator-session';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import { ROOMY_ABUSE_LIMITS, startTestServer } from '../helpers/test-server';
import { runScript, startScript, waitUntil, type Started } from '../helpers/puente-process';

jest.setTimeout(240_000);
const STARTUP_MS = 90_000; // a restart on an existing folder takes seconds, more on a busy machine

const onPGlite = process.env.DATABASE_URL ? describe.skip : describe;

onPGlite('one process per DATA_DIR', () => {
  let scratch: string;
  let dataDir: string;
  let backupFile: string;
  let server: Started;
  let port: number;

  const holderPid = () => (JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8')) as LockHolder).pid;
  const env = (extra: Record<string, string> = {}) => ({ DATA_DIR: dataDir, SEED_ON_START: 'none', ...extra });

  async function startServer(): Promise<void> {
    port = await freePort();
    server = startScript('server/main.ts', [], env({ PORT: String(port) }));
    await waitUntil(
      'the server to listen',
      () => server.output().includes('Puente is listening') || server.child.exitCode !== null,
      STARTUP_MS,
    );
    if (!server.output().includes('Puente is listening'))
      throw new Error(`the server did not start:\n${server.output()}`);
  }

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'puente-lock-'));
    dataDir = path.join(scratch, 'data');
    backupFile = path.join(scratch, 'backup.tar.gz');
    // A folder with rows in every table a backup must carry, made from the run's migrated dump (no initdb).
    const handle = await openDatabase({
      dataDir,
      loadDataDir: new Blob([readFileSync(process.env.PUENTE_TEST_PGLITE_DUMP as string)]),
    });
    try {
      await seedDatabase(handle.db, 'demo');
      const moderator = await createTestModerator(handle.db);
      const app = await startTestServer(handle.db, { abuseLimits: ROOMY_ABUSE_LIMITS });
      const submitted = await sendJson(app.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
      await app.close();
      expect(submitted.status).toBe(201);
      const listing = await handle.db.selectFrom('listing').select('id').executeTakeFirstOrThrow();
      await appendModerationLog(
        handle.db,
        { moderatorId: moderator.id, action: 'archive', listingId: listing.id, reason: 'test' },
        new Date(),
      );
    } finally {
      await handle.close();
    }
    await startServer();
  });

  afterAll(async () => {
    try {
      process.kill(holderPid(), 'SIGKILL'); // tsx's child, the real server, when a test failed before stopping it
    } catch {
      // no lock file, or its holder is gone
    }
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a second server on the same DATA_DIR exits at once, naming the folder and the process holding it', async () => {
    const second = await runScript('server/main.ts', [], env({ PORT: String(await freePort()) }));
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(
      `DATA_DIR ${dataDir} is in use by process ${holderPid()} (node server/main.ts, since `,
    );
    expect(second.stderr).toContain('stop that process first, or point DATA_DIR to another folder');
    expect(second.stderr).not.toMatch(/\n\s+at /); // one message, no stack trace
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  });

  test('moderator:add, migrate, seed and db:maintain are refused while the server runs', async () => {
    const results = await Promise.all([
      runScript(
        'server/moderation/moderator-cli.ts',
        ['add', 'late@example.org'],
        env(),
        'a passphrase piped in from a script\n',
      ),
      runScript('server/db/migrate-cli.ts', [], env()),
      runScript('seeds/seed-cli.ts', [], env()),
      runScript('server/db/maintain-cli.ts', [], env()),
    ]);
    for (const result of results) {
      expect(result).toMatchObject({ code: 1 });
      expect(result.stderr).toContain(`DATA_DIR ${dataDir} is in use by process ${holderPid()} (node server/main.ts`);
    }
  });

  test('db:backup while the server runs: the server writes it, with what it wrote a moment before; db:restore is refused', async () => {
    const submitted = await sendJson(
      `http://127.0.0.1:${port}`,
      'POST',
      '/api/v1/submissions',
      aSubmission({ name: 'Written just before the backup' }),
    );
    expect(submitted.status).toBe(201);
    const backup = await runScript('server/db/data-dir-backup-cli.ts', ['backup', backupFile], env());
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Backed up DATA_DIR ${dataDir} to ${backupFile}`);
    expect(backup.stdout).toContain(`written by the running process ${holderPid()}`);

    const restore = await runScript('server/db/data-dir-backup-cli.ts', ['restore', backupFile, '--force'], env());
    expect(restore).toMatchObject({ code: 1 });
    expect(restore.stderr).toContain(`DATA_DIR ${dataDir} is in use by process ${holderPid()} (node server/main.ts`);
  });

  test('a SIGKILLed server leaves its lock file; the next opener finds its holder dead and takes the folder', async () => {
    const dead = JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8')) as LockHolder;
    process.kill(dead.pid, 'SIGKILL');
    await server.exited;
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);
    expect(existsSync(dead.adminSocket!)).toBe(true);
    const migrate = await runScript('server/db/migrate-cli.ts', [], env());
    expect(migrate).toMatchObject({ code: 0, stdout: 'already at the latest migration\n' });
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false); // released at exit
    expect(existsSync(path.dirname(dead.adminSocket!))).toBe(false); // the dead server's socket folder was cleared
  });

  test('the backup restores into an empty DATA_DIR with every listing, submission, moderator and log entry', async () => {
    const restoredDir = path.join(scratch, 'restored');
    const restore = await runScript(
      'server/db/data-dir-backup-cli.ts',
      ['restore', backupFile],
      env({ DATA_DIR: restoredDir }),
    );
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(
      new RegExp(`^Restored ${backupFile} into DATA_DIR ${restoredDir}: \\d+ listings, 1 moderators\\.\\n$`),
    );

    const [original, restored] = [await tablesOf(dataDir), await tablesOf(restoredDir)];
    expect(original.submission.map((s) => s.listing_name)).toContain('Written just before the backup');
    for (const table of TABLES) expect(original[table].length).toBeGreaterThan(0);
    expect(restored).toEqual(original);
    expect(existsSync(path.join(restoredDir, LOCK_FILE_NAME))).toBe(false); // the server's lock in the tarball was not restored

    const again = await runScript(
      'server/db/data-dir-backup-cli.ts',
      ['restore', backupFile],
      env({ DATA_DIR: restoredDir }),
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`DATA_DIR ${restoredDir} is not empty, so nothing was restored.`);
  });
});

const TABLES = ['listing', 'submission', 'moderator', 'moderation_log'] as const;

// Every row of the tables a backup must keep, in a stable order (submissions with their listing's name).
async function tablesOf(dataDir: string): Promise<Record<(typeof TABLES)[number], Array<Record<string, unknown>>>> {
  const handle: DatabaseHandle = await openDatabase({ dataDir });
  try {
    const db = handle.db;
    return {
      listing: await db.selectFrom('listing').selectAll().orderBy('id').execute(),
      submission: await db
        .selectFrom('submission')
        .innerJoin('listing', 'listing.id', 'submission.listing_id')
        .selectAll('submission')
        .select('listing.name as listing_name')
        .orderBy('submission.id')
        .execute(),
      moderator: await db.selectFrom('moderator').selectAll().orderBy('id').execute(),
      moderation_log: await db.selectFrom('moderation_log').selectAll().orderBy('id').execute(),
    };
  } finally {
    await handle.close();
  }
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
