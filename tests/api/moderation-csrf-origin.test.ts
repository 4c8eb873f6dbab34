// The CSRF Origin check compares hosts exactly, whatever the letter case: a look-alike host (a subdomain, a longer or
// shorter name, another port) is refused even with the right token, the same host in another case is let through.
// And HEAD and OPTIONS, which change nothing, reach a route behind requireCsrf without a token.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { moderatorHeaders, signInModerator, type TestModeratorSession } from '../helpers/moderator-session';
import { rawRequest, type RawResponse } from '../helpers/raw-http';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let session: TestModeratorSession;

// A route behind requireModerator and requireCsrf (router.use, so every method meets the check). Past the check, an
// empty decision is a 400 invalid_input: so 400 means "the check let it through", 403 "the check refused it".
const BULK = '/api/v1/moderation/submissions/bulk';
const QUEUE = '/api/v1/moderation/queue';
// The host the requests name in their Host header, as a proxy in front of Puente would pass it on.
const HOST = 'puente.example:8080';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { sleep: async () => {} });
  session = await signInModerator(server.baseUrl, database.db);
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const request = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  rawRequest(method, server.baseUrl + path, headers, body);
const decide = (origin: string, host = HOST) =>
  request('POST', BULK, moderatorHeaders(session, { host, origin }), '{}');
const errorCode = (res: RawResponse) =>
  (JSON.parse(res.body.toString('utf8')) as { error: { code: string } }).error.code;

test('an Origin whose host only looks like the Host header is refused as cross-site, even with the right token', async () => {
  // Each look-alike defeats one broken comparison: a prefix or suffix match either way round, or a substring match.
  const lookAlikes: Array<[origin: string, host: string]> = [
    ['http://puente.example.evil.example', 'puente.example'], // the host as the start of another name
    ['http://puente.example:8080', 'puente.example'], // another port, the Host header's name as its start
    ['http://evil.puente.example', 'puente.example'], // a subdomain: ends with the Host header
    ['http://example', 'puente.example'], // the parent domain: the Host header ends with it
    ['http://puente.exam', 'puente.example'], // the Host header starts with it
    ['http://xpuente.example', 'puente.example'], // a longer name ending the same way
    ['http://puente.example.evil.example:8080', HOST], // the name as the start of another, same port
    ['http://evil.puente.example:8080', HOST], // a subdomain, same port
    ['http://example:8080', HOST], // the parent domain, same port
    ['http://puente.example:8081', HOST], // another port
    ['http://puente.example:808', HOST], // a port that is a prefix of the real one
    ['http://puente.example', HOST], // no port: a prefix of the Host header
    ['http://puente.example:18080', HOST], // a port that ends like the real one
    ['http://puente.example:8080.evil.example', HOST], // not a URL at all (letters in the port)
  ];
  for (const [origin, host] of lookAlikes) {
    const res = await decide(origin, host);
    expect({ origin, host, status: res.status, code: errorCode(res) }).toEqual({
      origin,
      host,
      status: 403,
      code: 'cross_site_request',
    });
  }
});

test('the same host in another letter case, on either side, is the same site', async () => {
  const sameSite: Array<[origin: string, host: string]> = [
    ['http://puente.example:8080', HOST],
    ['http://PUENTE.EXAMPLE:8080', HOST],
    ['https://Puente.Example:8080', HOST], // the scheme is not compared (decision in csrf.ts)
    ['http://puente.example:8080', 'PUENTE.EXAMPLE:8080'],
    ['http://puente.example:8080', 'Puente.example:8080'],
  ];
  for (const [origin, host] of sameSite) {
    const res = await decide(origin, host);
    expect({ origin, host, status: res.status, code: errorCode(res) }).toEqual({
      origin,
      host,
      status: 400,
      code: 'invalid_parameter',
    });
  }
});

test('a look-alike of the test server itself is refused too, and its own origin let through', async () => {
  const { port } = new URL(server.baseUrl);
  const headers = (origin: string) => moderatorHeaders(session, { origin });
  const cases: Array<[origin: string, status: number]> = [
    [server.baseUrl, 400],
    [`http://127.0.0.1.evil.example:${port}`, 403],
    [`http://evil.127.0.0.1:${port}`, 403],
    [`http://127.0.0.1:${Number(port) === 65535 ? 65534 : Number(port) + 1}`, 403],
    [`http://LOCALHOST:${port}`, 403], // another name for the same machine is still another site to a browser
  ];
  for (const [origin, status] of cases) {
    const res = await request('POST', BULK, headers(origin), '{}');
    expect({ origin, status: res.status }).toEqual({ origin, status });
  }
});

test('HEAD and OPTIONS reach a route behind the CSRF check without a token; POST and DELETE there do not', async () => {
  const cookieOnly = { cookie: session.cookie, host: HOST };
  // The check does stand in front of this router: without a token, unsafe methods are refused.
  for (const method of ['POST', 'DELETE', 'PUT', 'PATCH']) {
    const res = await request(method, QUEUE, cookieOnly);
    expect({ method, status: res.status, code: errorCode(res) }).toEqual({
      method,
      status: 403,
      code: 'csrf_token_invalid',
    });
  }
  const get = await request('GET', QUEUE, cookieOnly);
  expect(get.status).toBe(200);
  const head = await request('HEAD', QUEUE, cookieOnly);
  expect(head.status).toBe(200);
  expect(head.headers['content-type']).toMatch(/^application\/json/);
  expect(head.body.length).toBe(0);
  // A plain OPTIONS (no Access-Control-Request-Method, so not a CORS preflight): Express answers with the methods.
  const options = await request('OPTIONS', QUEUE, cookieOnly);
  expect(options.status).toBe(200);
  expect(options.headers.allow).toMatch(/\bGET\b/);
  // Even from a look-alike Origin: safe methods skip the Origin check as well as the token.
  const lookAlike = { ...cookieOnly, origin: 'http://evil.puente.example:8080' };
  expect((await request('HEAD', QUEUE, lookAlike)).status).toBe(200);
  expect((await request('OPTIONS', QUEUE, lookAlike)).status).toBe(200);
  // Without a session they are still 401: only the CSRF check is skipped, not the sign-in.
  expect((await request('HEAD', QUEUE, { host: HOST })).status).toBe(401);
  expect((await request('OPTIONS', QUEUE, { host: HOST })).status).toBe(401);
});
