// DELETE /api/v1/moderation/session: needs the session's CSRF token (403 otherwise, cross-site refused even with it),
// then ends the session on the server and clears the cookie.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  moderatorHeaders,
  postSignIn,
  sessionCookieOf,
  signInModerator,
  TEST_MODERATOR_PASSWORD,
} from '../helpers/moderator-session';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;

const SESSION = '/api/v1/moderation/session';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { sleep: async () => {} });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const signOut = (headers: Record<string, string>) => fetch(server.baseUrl + SESSION, { method: 'DELETE', headers });
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

test("without the CSRF token, with a wrong one, or with another session's, signing out is 403 csrf_token_invalid and the session lives on", async () => {
  const session = await signInModerator(server.baseUrl, database.db);
  const other = await signInModerator(server.baseUrl, database.db);
  const attempts: Array<Record<string, string>> = [
    { cookie: session.cookie },
    { cookie: session.cookie, 'x-csrf-token': '' },
    { cookie: session.cookie, 'x-csrf-token': session.csrfToken.slice(0, -1) },
    { cookie: session.cookie, 'x-csrf-token': `${session.csrfToken}x` },
    { cookie: session.cookie, 'x-csrf-token': other.csrfToken },
    { cookie: session.cookie, 'x-csrf-token': 'é'.repeat(43) },
  ];
  for (const headers of attempts) {
    const res = await signOut(headers);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('csrf_token_invalid');
  }
  expect((await server.get(SESSION, { cookie: session.cookie })).status).toBe(200);
});

test('a cross-site request is refused even with the right token', async () => {
  const session = await signInModerator(server.baseUrl, database.db);
  const crossSite: Array<Record<string, string>> = [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
  ];
  for (const extra of crossSite) {
    const res = await signOut(moderatorHeaders(session, extra));
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('cross_site_request');
  }
  expect((await server.get(SESSION, { cookie: session.cookie })).status).toBe(200);
});

test('without a session, signing out is 401 (the session check comes first)', async () => {
  const res = await signOut({ 'x-csrf-token': 'whatever' });
  expect(res.status).toBe(401);
  expect(await errorCode(res)).toBe('not_signed_in');
});

test('with the token, signing out answers 204, clears the cookie and ends the session on the server', async () => {
  const session = await signInModerator(server.baseUrl, database.db);
  const second = await postSignIn(server.baseUrl, { email: session.email, password: TEST_MODERATOR_PASSWORD }); // another browser
  const kept = { cookie: sessionCookieOf(second)! };
  const res = await signOut(moderatorHeaders(session, { origin: server.baseUrl }));
  expect(res.status).toBe(204);
  const cleared = res.headers.getSetCookie().find((c) => c.startsWith('puente_session='));
  expect(cleared).toMatch(/^puente_session=;/);
  expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

  // The old cookie is worthless now, even if a browser kept it.
  const after = await server.get(SESSION, { cookie: session.cookie });
  expect(after.status).toBe(401);
  expect(after.body.error.code).toBe('not_signed_in');
  expect((await signOut(moderatorHeaders(session))).status).toBe(401);
  // Signing out ends this session only.
  expect((await server.get(SESSION, { cookie: kept.cookie })).status).toBe(200);
});

test('GET, HEAD and OPTIONS need no CSRF token, on a route where every other method does', async () => {
  // The session route checks the token on DELETE alone, so HEAD and OPTIONS there never meet the check; the queue's
  // router puts requireCsrf in front of every method, so a check that wrongly asked safe methods for it would show.
  const QUEUE = '/api/v1/moderation/queue';
  const session = await signInModerator(server.baseUrl, database.db);
  const send = (method: string) => fetch(server.baseUrl + QUEUE, { method, headers: { cookie: session.cookie } });
  expect((await send('POST')).status).toBe(403); // the check is there: no token, refused
  expect((await send('GET')).status).toBe(200);
  expect((await send('HEAD')).status).toBe(200);
  const options = await send('OPTIONS'); // no Access-Control-Request-Method: not a CORS preflight, Express answers it
  expect(options.status).toBe(200);
  expect(options.headers.get('allow')).toMatch(/\bGET\b/);
  // None of them signed the moderator out.
  expect((await server.get(SESSION, { cookie: session.cookie })).status).toBe(200);
});
