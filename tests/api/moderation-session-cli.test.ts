// `npm run moderator:add -- EMAIL` with the password piped in: creates a moderator who can then sign in over HTTP;
// refuses short or mismatched passwords; `moderator:disable` ends the account's sessions. Against a PGlite DATA_DIR in
// a temporary folder always, and against a fresh PostgreSQL database too when DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { startTestServer } from '../helpers/test-server';
import { postSignIn } from '../helpers/moderator-session';
import { adminQuery, databaseUrlFor } from '../helpers/postgres-admin';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..', '..');
const PASSWORD = 'a passphrase piped in from a script';

/** Runs an npm script with `input` on stdin and the given database settings; resolves with its exit code and output. */
function npmRun(
  script: string,
  args: string[],
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, DATA_DIR: _ignoredToo, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Adds a moderator with the CLI, then signs in as it through the real app on the same database. */
async function addThenSignIn(env: Record<string, string>, open: () => Promise<DatabaseHandle>): Promise<void> {
  const added = await npmRun('moderator:add', ['New.Moderator@Example.org'], `${PASSWORD}\n${PASSWORD}\n`, env);
  expect(added).toMatchObject({ code: 0, stdout: 'Added moderator new.moderator@example.org.\n' });

  const handle = await open();
  try {
    const server = await startTestServer(handle.db, { sleep: async () => {} });
    try {
      expect(
        (await postSignIn(server.baseUrl, { email: 'new.moderator@example.org', password: PASSWORD })).status,
      ).toBe(200);
      expect(
        (await postSignIn(server.baseUrl, { email: 'new.moderator@example.org', password: 'not the piped one' }))
          .status,
      ).toBe(401);
      const row = await handle.db.selectFrom('moderator').select(['email', 'password_hash']).executeTakeFirstOrThrow();
      expect(row.email).toBe('new.moderator@example.org');
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    } finally {
      await server.close();
    }
  } finally {
    await handle.close();
  }

  const disabled = await npmRun('moderator:disable', ['new.moderator@example.org'], '', env);
  expect(disabled).toMatchObject({
    code: 0,
    stdout: 'Disabled moderator new.moderator@example.org and ended its sessions.\n',
  });
  const reopened = await open();
  try {
    expect(await reopened.db.selectFrom('moderator_session').select('moderator_id').execute()).toEqual([]);
    expect(
      (await reopened.db.selectFrom('moderator').select('disabled_at').executeTakeFirstOrThrow()).disabled_at,
    ).toBeInstanceOf(Date);
  } finally {
    await reopened.close();
  }
}

test('on PGlite in a fresh DATA_DIR: the piped password works for signing in, and disable ends it', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-cli-'));
  try {
    await addThenSignIn({ DATA_DIR: dataDir }, () => openDatabase({ dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

const onPostgres = process.env.DATABASE_URL ? test : test.skip;
onPostgres('on PostgreSQL (DATABASE_URL): the same', async () => {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `puente_test_${process.env.PUENTE_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${process.env.PUENTE_TEST_TEMPLATE}`);
  const databaseUrl = databaseUrlFor(serverUrl, name);
  try {
    await addThenSignIn({ DATABASE_URL: databaseUrl }, () => openDatabase({ databaseUrl, poolSize: 2 }));
  } finally {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});

test('short, mismatched or missing passwords and bad emails are refused before any database is touched', async () => {
  const dataDir = path.join(os.tmpdir(), `puente-cli-never-${randomBytes(4).toString('hex')}`);
  const env = { DATA_DIR: dataDir };
  const cases: Array<[string[], string, string]> = [
    [['someone@example.org'], 'too short\n', 'The password must be at least 12 characters long.'],
    [['someone@example.org'], `${PASSWORD}\n${PASSWORD} but different\n`, 'The two passwords do not match.'],
    [['someone@example.org'], '', 'Send the password on the first line of standard input.'],
    [['not-an-email'], `${PASSWORD}\n`, '"not-an-email" is not an email address.'],
    [[], `${PASSWORD}\n`, 'usage: npm run moderator:add -- EMAIL'],
  ];
  // At once: none of them may reach a database, so they cannot get in each other's way (and each start costs seconds).
  const results = await Promise.all(cases.map(([args, input]) => npmRun('moderator:add', args, input, env)));
  results.forEach((result, i) => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(cases[i]![2]);
    expect(result.stdout).toBe('');
  });
  expect(existsSync(dataDir)).toBe(false);
});
