// Sign-in throttling: answers slow down after repeated failures and stop (429 + Retry-After) at a cap, per account
// and per client address; parallel guesses cannot slip past the cap; a success forgets the account's failures.
// A recording sleep stands in for the real delay, and the clock is injectable.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { createTestModerator, postSignIn } from '../helpers/moderator-session';
import type { LoginThrottlePolicy } from '../../server/moderation/moderator-login-throttle';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let clock = new Date('2026-12-02T09:00:00Z');
let slept: number[] = [];

const MINUTE = 60_000;
const POLICY: LoginThrottlePolicy = {
  windowMs: 15 * MINUTE,
  slowdownAfter: 2,
  slowdownMs: 1000,
  maxDelayMs: 1500,
  maxFailuresPerAccount: 4,
  maxFailuresPerAddress: 6,
};

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, {
    now: () => clock,
    loginThrottle: POLICY,
    trustProxy: 'loopback', // so each test can speak from its own X-Forwarded-For address
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});
beforeEach(() => {
  slept = [];
  clock = new Date(clock.getTime() + 24 * 60 * MINUTE); // every test starts with nothing recent
});

let addressCounter = 0;
const newAddress = () => `203.0.113.${++addressCounter}`;

async function attempt(email: string, password: string, address: string) {
  const before = slept.length;
  const res = await postSignIn(server.baseUrl, { email, password }, { 'x-forwarded-for': address });
  const body = (await res.json()) as { error?: { code: string } };
  return {
    status: res.status,
    code: body.error?.code,
    retryAfter: res.headers.get('retry-after'),
    delay: slept.slice(before).reduce((a, b) => a + b, 0),
  };
}

test('per account: full speed for the first failures, then slower and slower, then 429 with Retry-After even for the right password', async () => {
  const moderator = await createTestModerator(database.db);
  const address = newAddress();
  const wrong = [];
  for (let i = 0; i < 4; i++) wrong.push(await attempt(moderator.email, 'wrong password here', address));
  expect(wrong.map((a) => [a.status, a.delay])).toEqual([
    [401, 0],
    [401, 0],
    [401, 1000], // from the 3rd attempt (2 failures before it) the answer waits
    [401, 1500], // doubling, up to maxDelayMs
  ]);

  const refused = await attempt(moderator.email, moderator.password, address);
  expect(refused).toEqual({ status: 429, code: 'too_many_attempts', retryAfter: String(15 * 60), delay: 0 });

  clock = new Date(clock.getTime() + 10 * MINUTE);
  expect((await attempt(moderator.email, moderator.password, newAddress())).retryAfter).toBe(String(5 * 60)); // any address

  clock = new Date(clock.getTime() + 5 * MINUTE); // the failures have aged out of the window
  expect(await attempt(moderator.email, moderator.password, address)).toMatchObject({ status: 200, delay: 0 });
});

test('refused attempts do not count: the account opens again when the window has passed, however often it was tried', async () => {
  const moderator = await createTestModerator(database.db);
  for (let i = 0; i < 4; i++) await attempt(moderator.email, 'wrong password here', newAddress());
  for (let i = 0; i < 5; i++) {
    clock = new Date(clock.getTime() + 2 * MINUTE);
    expect((await attempt(moderator.email, 'still guessing', newAddress())).status).toBe(429);
  }
  clock = new Date(clock.getTime() + 6 * MINUTE); // 16 minutes after the last counted failure
  expect((await attempt(moderator.email, moderator.password, newAddress())).status).toBe(200);
});

test('per address: one address trying many accounts is slowed, then refused, while other addresses are not', async () => {
  const address = newAddress();
  const results = [];
  for (let i = 0; i < 6; i++) results.push(await attempt(`nobody-${i}@example.org`, 'wrong password here', address));
  expect(results.map((r) => [r.status, r.delay])).toEqual([
    [401, 0],
    [401, 0],
    [401, 1000],
    [401, 1500],
    [401, 1500],
    [401, 1500],
  ]);
  const moderator = await createTestModerator(database.db);
  expect(await attempt(moderator.email, moderator.password, address)).toEqual({
    status: 429,
    code: 'too_many_attempts',
    retryAfter: '900',
    delay: 0,
  });
  expect(await attempt(moderator.email, moderator.password, newAddress())).toMatchObject({ status: 200, delay: 0 });
});

test('unknown accounts are throttled like real ones (the answers do not tell them apart)', async () => {
  const unknown = [];
  for (let i = 0; i < 5; i++)
    unknown.push(await attempt('no-such-moderator@example.org', 'wrong password here', newAddress()));
  const moderator = await createTestModerator(database.db);
  const known = [];
  for (let i = 0; i < 5; i++) known.push(await attempt(moderator.email, 'wrong password here', newAddress()));
  expect(known).toEqual(unknown);
});

test('a burst of parallel guesses gets at most the cap through to the password check', async () => {
  const moderator = await createTestModerator(database.db);
  const burst = await Promise.all(
    Array.from({ length: 12 }, () => attempt(moderator.email, 'wrong password here', newAddress())),
  );
  const checked = burst.filter((r) => r.status === 401).length;
  expect(checked).toBeGreaterThanOrEqual(1);
  expect(checked).toBeLessThanOrEqual(POLICY.maxFailuresPerAccount);
  expect(burst.filter((r) => r.status === 429)).toHaveLength(12 - checked);
});

test("signing in forgets the account's failures", async () => {
  const moderator = await createTestModerator(database.db);
  const address = newAddress();
  for (let i = 0; i < 3; i++) await attempt(moderator.email, 'wrong password here', address);
  expect((await attempt(moderator.email, moderator.password, newAddress())).status).toBe(200);
  const again = [];
  for (let i = 0; i < 2; i++) again.push(await attempt(moderator.email, 'wrong password here', newAddress()));
  expect(again.map((a) => a.delay)).toEqual([0, 0]);
});

test('failures older than the window are deleted, so client addresses are not kept longer than needed', async () => {
  await attempt('someone@example.org', 'wrong password here', newAddress());
  clock = new Date(clock.getTime() + 16 * MINUTE);
  await attempt('someone-else@example.org', 'wrong password here', newAddress());
  const rows = await database.db.selectFrom('login_failure').select(['email', 'at']).execute();
  expect(rows.every((r) => r.at.getTime() > clock.getTime() - POLICY.windowMs)).toBe(true);
  expect(rows.map((r) => r.email)).toContain('someone-else@example.org');
});
