// Sessions end 8 hours after sign-in however busy, or after an hour without a request; a disabled moderator's
// sessions end at once. The clock is the app's injectable one.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { signInModerator } from '../helpers/moderator-session';
import { disableModerator } from '../../server/moderation/moderator-accounts.queries';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let clock = new Date('2026-12-02T09:00:00Z');

const SESSION = '/api/v1/moderation/session';
const MINUTE = 60_000;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { now: () => clock, sleep: async () => {} });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const status = async (cookie: string) => (await server.get(SESSION, { cookie })).status;

test('a session in use lives 8 hours from sign-in, not a minute more', async () => {
  const { cookie } = await signInModerator(server.baseUrl, database.db);
  for (let i = 0; i < 15; i++) {
    advance(30 * MINUTE); // busy all day: never idle for an hour
    expect(await status(cookie)).toBe(200);
  }
  advance(29 * MINUTE); // 7 h 59 min
  expect(await status(cookie)).toBe(200);
  advance(MINUTE); // 8 h
  expect(await status(cookie)).toBe(401);
});

test('a session unused for an hour ends; one used within the hour goes on', async () => {
  const { cookie } = await signInModerator(server.baseUrl, database.db);
  advance(59 * MINUTE);
  expect(await status(cookie)).toBe(200); // and that request counts as activity
  advance(59 * MINUTE);
  expect(await status(cookie)).toBe(200);
  advance(60 * MINUTE);
  expect(await status(cookie)).toBe(401);
  advance(-120 * MINUTE); // even back in time: the idle limit is measured from the last request recorded
  expect(await status(cookie)).toBe(200);
  advance(120 * MINUTE);
});

test('disabling a moderator ends its sessions, and an expired session is purged at the next sign-in', async () => {
  const disabled = await signInModerator(server.baseUrl, database.db);
  await disableModerator(database.db, disabled.email, clock);
  expect(await status(disabled.cookie)).toBe(401);
  expect(
    await database.db
      .selectFrom('moderator_session')
      .select('token_hash')
      .where('moderator_id', '=', disabled.moderatorId)
      .execute(),
  ).toEqual([]);

  const old = await signInModerator(server.baseUrl, database.db);
  advance(9 * 60 * MINUTE);
  await signInModerator(server.baseUrl, database.db);
  expect(
    await database.db
      .selectFrom('moderator_session')
      .select('token_hash')
      .where('moderator_id', '=', old.moderatorId)
      .execute(),
  ).toEqual([]);
});

test('the cookie tells the browser to drop it when the session ends at the latest', async () => {
  const res = await fetch(server.baseUrl + SESSION, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: (await signInModerator(server.baseUrl, database.db)).email,
      password: 'correct horse battery staple',
    }),
  });
  expect(res.status).toBe(200);
  const row = await database.db
    .selectFrom('moderator_session')
    .select(['created_at', 'expires_at'])
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(8 * 60 * MINUTE);
  expect(res.headers.getSetCookie()[0]).toMatch(/Max-Age=28800/);
});

test('the moderation queue follows a configured idle limit, as the session routes do', async () => {
  const strict = await startTestServer(database.db, {
    now: () => clock,
    sleep: async () => {},
    moderatorSession: { lifetimeMs: 8 * 60 * MINUTE, idleMs: 10 * MINUTE },
  });
  try {
    const { cookie } = await signInModerator(strict.baseUrl, database.db);
    const queue = async () => (await strict.get('/api/v1/moderation/queue', { cookie })).status;
    advance(9 * MINUTE);
    expect(await queue()).toBe(200);
    advance(11 * MINUTE);
    expect(await queue()).toBe(401);
  } finally {
    await strict.close();
  }
});
