// Limits shared by every instance (issue 16, decision 0058). On PostgreSQL: two real server processes, started as
// `npm start` starts one, on one database with SUBMISSIONS_PER_HOUR=5: five submissions an hour hold across both, the
// sixth is refused whichever gets it, twenty sent at once let exactly five through, and a sign-in lock-out reached on
// one holds on the other. On either engine: two apps in one process on one database share the limits, and a database
// error while counting lets the request through with a warning in the log, not a 500.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { sql } from 'kysely';
import { adminQuery, databaseUrlFor } from '../helpers/postgres-admin';
import { freePort, killServer, startServer, type ServerProcess } from '../helpers/spawn-server';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import { createTestModerator, postSignIn } from '../helpers/moderator-session';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { createApp } from '../../server/app';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';

const STARTUP_MS = 90_000;
const CURSOR_SECRET = 'limits-shared-test-secret-0123456789';
const FIVE_AN_HOUR = { limit: 5, windowMs: 3_600_000 };

const submit = (baseUrl: string, name: string) =>
  sendJson(baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name }));

const storedNamed = async (db: DatabaseHandle['db'], prefix: string) =>
  (await db.selectFrom('listing').select('name').where('name', 'like', `${prefix}%`).execute()).length;

const serverUrl = process.env.DATABASE_URL;
const onPostgres = serverUrl ? describe : describe.skip;

onPostgres('two server processes on one PostgreSQL database (skipped on PGlite: one process owns its data)', () => {
  const name = `puente_test_${process.env.PUENTE_TEST_RUN ?? 'manual'}_limits_${randomBytes(4).toString('hex')}`;
  let database: DatabaseHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  let urlA: string;
  let urlB: string;

  // Started one after the other: the first migrates the empty database, the second finds it migrated.
  async function start(): Promise<{ server: ServerProcess; url: string }> {
    const port = await freePort();
    const server = await startServer(
      {
        PORT: String(port),
        DATABASE_URL: databaseUrlFor(serverUrl!, name),
        SEED_ON_START: 'none',
        CURSOR_SECRET,
        SUBMISSIONS_PER_HOUR: '5',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_SLOWDOWN_MS: '0',
      },
      STARTUP_MS,
    );
    return { server, url: `http://127.0.0.1:${port}` };
  }

  beforeAll(
    async () => {
      await adminQuery(serverUrl!, `CREATE DATABASE ${name}`);
      ({ server: a, url: urlA } = await start());
      ({ server: b, url: urlB } = await start());
      database = await openDatabase({ databaseUrl: databaseUrlFor(serverUrl!, name), poolSize: 2 });
    },
    2 * STARTUP_MS + 30_000,
  );

  afterAll(async () => {
    await Promise.all([killServer(a), killServer(b)]);
    await database?.close();
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }, 30_000);

  beforeEach(async () => {
    await database.db.deleteFrom('rate_limit_hit').execute(); // each test starts a fresh hour for 127.0.0.1
  });

  test('five submissions an hour hold across both: sent in turn, the sixth is refused on either', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await submit(i % 2 ? urlB : urlA, `Alternate ${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    for (const url of [urlB, urlA]) {
      const refused = await submit(url, 'Alternate refused');
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000); // the hour's window, not a fresh one
    }
    expect(await storedNamed(database.db, 'Alternate')).toBe(5);
  }, 60_000);

  test('twenty submissions sent at once, ten to each, let exactly five through', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => submit(i % 2 ? urlB : urlA, `Race ${i}`)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(15).fill(429)]);
    expect(await storedNamed(database.db, 'Race')).toBe(5);
  }, 60_000);

  test('a sign-in lock-out reached on one process holds on the other, even with the right password', async () => {
    const moderator = await createTestModerator(database.db);
    for (let i = 0; i < 3; i++)
      expect((await postSignIn(urlA, { email: moderator.email, password: 'wrong password' })).status).toBe(401);
    const onB = await postSignIn(urlB, { email: moderator.email, password: moderator.password });
    expect(onB.status).toBe(429);
    expect(((await onB.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    expect((await postSignIn(urlA, moderator)).status).toBe(429);
  }, 60_000);
});

describe('two apps in one process on one database', () => {
  let database: DatabaseHandle;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await database?.close();
  });

  beforeEach(async () => {
    await database.db.deleteFrom('rate_limit_hit').execute();
  });

  const serve = async () => {
    const server = await startTestServer(database.db, {
      abuseLimits: { submissions: FIVE_AN_HOUR, reports: FIVE_AN_HOUR },
    });
    servers.push(server);
    return server;
  };

  test('share one limit of five submissions an hour', async () => {
    const [one, two] = [await serve(), await serve()];
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await submit(i % 2 ? two.baseUrl : one.baseUrl, `Shared ${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    expect(await storedNamed(database.db, 'Shared')).toBe(5);
  });

  test('share one limit of five reports an hour', async () => {
    const [one, two] = [await serve(), await serve()];
    const id = await insertListing(database.db, aListing('shelter', { latitude: 31.76, longitude: -106.49 }));
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const url = (i % 2 ? two : one).baseUrl;
      statuses.push((await sendJson(url, 'POST', `/api/v1/listings/${id}/reports`, { reason: 'closed' })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  test('a database error while counting lets the submission through with a warning, not a 500', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString('utf8')), done()) }),
    );
    const app = createApp({
      db: database.db,
      logger,
      cursorSecret: CURSOR_SECRET,
      abuseLimits: { submissions: FIVE_AN_HOUR, reports: FIVE_AN_HOUR },
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
    await sql`ALTER TABLE rate_limit_hit RENAME TO rate_limit_hit_away`.execute(database.db);
    try {
      const answer = await submit(url, 'Uncounted');
      expect(answer.status).toBe(201);
    } finally {
      await sql`ALTER TABLE rate_limit_hit_away RENAME TO rate_limit_hit`.execute(database.db);
      await new Promise((resolve) => server.close(resolve));
    }
    const warnings = lines.map((l) => JSON.parse(l) as { level: number; limiter?: string; msg: string });
    expect(warnings).toEqual([
      expect.objectContaining({ level: 40, limiter: 'submissions', msg: expect.stringMatching(/not counted/) }),
    ]);
  });
});
