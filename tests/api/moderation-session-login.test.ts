// POST/GET /api/v1/moderation/session: signing in sets a safe cookie, wrong and unknown accounts answer alike,
// passwords are stored as argon2id PHC strings, and bad requests are 4xx.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { createTestModerator, postSignIn, sessionCookieOf, signInModerator } from '../helpers/moderator-session';
import { PASSWORD_HASH_PARAMETERS } from '../../server/moderation/moderator-passwords';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let proxied: TestServer; // behind a trusted proxy (loopback) that says the request came over HTTPS

const SESSION = '/api/v1/moderation/session';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { sleep: async () => {} }); // throttled answers return at once
  proxied = await startTestServer(database.db, { trustProxy: 'loopback', sleep: async () => {} });
});
afterAll(async () => {
  await server.close();
  await proxied.close();
  await database.close();
});

/** The Set-Cookie header for the session cookie, split into its attributes (lower-cased names). */
function sessionSetCookie(res: Response): { name: string; value: string; attributes: Map<string, string> } {
  const header = res.headers.getSetCookie().find((c) => /^(__Host-)?puente_session=/.test(c));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(res.headers.getSetCookie())}`);
  const [pair = '', ...rest] = header.split(';').map((p) => p.trim());
  const [name = '', value = ''] = pair.split('=');
  return { name, value, attributes: new Map(rest.map((a) => [a.split('=')[0]!.toLowerCase(), a.split('=')[1] ?? ''])) };
}

test('signing in answers the email and a CSRF token, and sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
  const moderator = await createTestModerator(database.db, 'Ana.Moderator@Example.org');
  const res = await postSignIn(server.baseUrl, { email: '  ANA.moderator@example.ORG ', password: moderator.password });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  expect(body).toEqual({ email: 'ana.moderator@example.org', csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  expect(res.headers.get('cache-control')).toBe('no-store');

  const cookie = sessionSetCookie(res);
  expect(cookie.name).toBe('puente_session'); // plain HTTP: browsers refuse __Host- without Secure
  expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cookie.attributes.has('httponly')).toBe(true);
  expect(cookie.attributes.get('samesite')).toBe('Lax');
  expect(cookie.attributes.get('path')).toBe('/');
  expect(cookie.attributes.has('secure')).toBe(false);
  expect(cookie.attributes.has('domain')).toBe(false);
  expect(cookie.attributes.get('max-age')).toBe(String(8 * 60 * 60));

  const me = await server.get(SESSION, { cookie: `${cookie.name}=${cookie.value}` });
  expect(me.status).toBe(200);
  expect(me.body).toEqual({ email: 'ana.moderator@example.org', csrfToken: body.csrfToken });
});

test('over HTTPS (X-Forwarded-Proto from a trusted proxy) the cookie is Secure and named __Host-puente_session', async () => {
  const moderator = await createTestModerator(database.db);
  const res = await postSignIn(proxied.baseUrl, moderator, { 'x-forwarded-proto': 'https' });
  expect(res.status).toBe(200);
  const cookie = sessionSetCookie(res);
  expect(cookie.name).toBe('__Host-puente_session');
  expect(cookie.attributes.has('secure')).toBe(true);
  expect(cookie.attributes.has('httponly')).toBe(true);
  expect(cookie.attributes.get('samesite')).toBe('Lax');
  expect(cookie.attributes.get('path')).toBe('/');
  expect(cookie.attributes.has('domain')).toBe(false);

  const https = { 'x-forwarded-proto': 'https', cookie: `${cookie.name}=${cookie.value}` };
  expect((await proxied.get(SESSION, https)).status).toBe(200);
  // The secure cookie is not read over plain HTTP, and the plain name is not read over HTTPS.
  expect((await proxied.get(SESSION, { cookie: `${cookie.name}=${cookie.value}` })).status).toBe(401);
  expect(
    (await proxied.get(SESSION, { 'x-forwarded-proto': 'https', cookie: `puente_session=${cookie.value}` })).status,
  ).toBe(401);
});

test('without trust proxy, X-Forwarded-Proto is ignored: no Secure cookie over plain HTTP', async () => {
  const moderator = await createTestModerator(database.db);
  const res = await postSignIn(server.baseUrl, moderator, { 'x-forwarded-proto': 'https' });
  expect(res.status).toBe(200);
  expect(sessionSetCookie(res).name).toBe('puente_session');
});

test('a wrong password, an unknown email and a disabled account get the same answer, and no cookie', async () => {
  const moderator = await createTestModerator(database.db);
  const disabled = await createTestModerator(database.db);
  await database.db.updateTable('moderator').set({ disabled_at: new Date() }).where('id', '=', disabled.id).execute();

  const answers = [];
  for (const credentials of [
    { email: moderator.email, password: 'not the password at all' },
    { email: 'nobody-here@example.org', password: 'not the password at all' },
    { email: disabled.email, password: disabled.password },
  ]) {
    const res = await postSignIn(server.baseUrl, credentials);
    expect(sessionCookieOf(res)).toBeUndefined();
    answers.push({ status: res.status, body: await res.text() });
  }
  expect(answers[0]).toEqual({
    status: 401,
    body: JSON.stringify({
      error: { code: 'invalid_credentials', message: 'That email and password do not match a moderator account.' },
    }),
  });
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
});

test('an unknown email takes about as long as a wrong password (it is checked against a dummy argon2id hash)', async () => {
  const moderator = await createTestModerator(database.db);
  const timed = async (email: string) => {
    const started = performance.now();
    expect(
      (
        await postSignIn(
          proxied.baseUrl,
          { email, password: 'not the password at all' },
          { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` },
        )
      ).status,
    ).toBe(401);
    return performance.now() - started;
  };
  await timed('warm-up@example.org');
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const wrong: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 3; i++) {
    wrong.push(await timed(moderator.email));
    unknown.push(await timed(`unknown-${i}@example.org`));
  }
  // An argon2id check at 19 MiB costs tens of milliseconds; skipping it would make unknown emails several times faster.
  expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
});

test('GET without a session, or with a forged or malformed cookie, is 401 not_signed_in', async () => {
  for (const headers of [
    {} as Record<string, string>,
    { cookie: `puente_session=${'A'.repeat(43)}` },
    { cookie: 'puente_session=%27%3B%20DROP' },
    { cookie: 'other=1' },
  ]) {
    const res = await server.get(SESSION, headers);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('not_signed_in');
  }
});

test('passwords are stored as argon2id PHC strings with the chosen parameters, salted per account', async () => {
  const a = await createTestModerator(database.db);
  const b = await createTestModerator(database.db);
  const rows = await database.db
    .selectFrom('moderator')
    .select(['email', 'password_hash'])
    .where('id', 'in', [a.id, b.id])
    .execute();
  const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_PARAMETERS;
  for (const row of rows) {
    expect(row.password_hash).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${memoryCost},t=${timeCost},p=${parallelism}\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$`,
      ),
    );
  }
  expect(memoryCost).toBeGreaterThanOrEqual(19 * 1024); // OWASP: m >= 19 MiB, t >= 2, p = 1
  expect(timeCost).toBeGreaterThanOrEqual(2);
  expect(parallelism).toBe(1);
  expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash); // same password, different salts
});

test('a hash made with weaker parameters is replaced at the next sign-in', async () => {
  const moderator = await createTestModerator(database.db);
  const { hash } = await import('@node-rs/argon2');
  const weak = await hash(moderator.password, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
  await database.db.updateTable('moderator').set({ password_hash: weak }).where('id', '=', moderator.id).execute();
  expect((await postSignIn(server.baseUrl, moderator)).status).toBe(200);
  const row = await database.db
    .selectFrom('moderator')
    .select('password_hash')
    .where('id', '=', moderator.id)
    .executeTakeFirstOrThrow();
  expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
});

test('only a session token hash is stored, never the token itself', async () => {
  const session = await signInModerator(server.baseUrl, database.db);
  const token = session.cookie.split('=')[1]!;
  const rows = await database.db
    .selectFrom('moderator_session')
    .select(['token_hash'])
    .where('moderator_id', '=', session.moderatorId)
    .execute();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.token_hash).toHaveLength(32);
  expect(rows[0]!.token_hash.toString('base64url')).not.toBe(token);
});

test('bad sign-in requests are 4xx with a stable code, never 500', async () => {
  const post = (body: string, type = 'application/json', headers: Record<string, string> = {}) =>
    fetch(server.baseUrl + SESSION, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
  const cases: Array<[Promise<Response>, number, string]> = [
    [post('email=a@example.org&password=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
    [post('{"email": "a@example.org", "password": "x"}', 'text/plain'), 415, 'unsupported_media_type'],
    [post('{"email": "a@example.org",'), 400, 'malformed_json'],
    [post('{}'), 400, 'invalid_parameter'],
    [post('null'), 400, 'malformed_json'], // express.json accepts only objects and arrays
    [post('[]'), 400, 'invalid_parameter'],
    [post(JSON.stringify({ email: 'a@example.org', password: 7 })), 400, 'invalid_parameter'],
    [post(JSON.stringify({ email: 'a@example.org', password: 'x', admin: true })), 400, 'invalid_parameter'],
    [post(JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(1025) })), 400, 'invalid_parameter'],
    [post(JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(5000) })), 413, 'payload_too_large'],
    [
      post(JSON.stringify({ email: 'a@example.org', password: 'x' }), 'application/json', {
        origin: 'https://evil.example',
      }),
      403,
      'cross_site_request',
    ],
    [
      post(JSON.stringify({ email: 'a@example.org', password: 'x' }), 'application/json', {
        'sec-fetch-site': 'cross-site',
      }),
      403,
      'cross_site_request',
    ],
    [
      post(JSON.stringify({ email: 'a@example.org', password: 'x' }), 'application/json', { origin: 'null' }),
      403,
      'cross_site_request',
    ],
  ];
  for (const [request, status, code] of cases) {
    const res = await request;
    expect({ status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code }).toEqual({
      status,
      code,
    });
  }
});

test('a same-origin browser request (Origin and Sec-Fetch-Site: same-origin) signs in', async () => {
  const moderator = await createTestModerator(database.db);
  const res = await postSignIn(server.baseUrl, moderator, { origin: server.baseUrl, 'sec-fetch-site': 'same-origin' });
  expect(res.status).toBe(200);
});
