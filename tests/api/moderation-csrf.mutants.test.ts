// What the CSRF refusals say, and refuseCrossSiteRequests on every method (mutants `npm run test:mutation` found no
// test told apart, docs/decisions/0067-mutation-testing-with-stryker.md): a refusal tells the moderator what to do,
// and the sign-in guard lets a cross-site GET, HEAD or OPTIONS through, as the token check does.
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { moderatorHeaders, signInModerator, type TestModeratorSession } from '../helpers/moderator-session';
import { rawRequest, type RawResponse } from '../helpers/raw-http';
import type { DatabaseHandle } from '../../server/db/database';
import { ApiError } from '../../server/http/errors';
import { refuseCrossSiteRequests } from '../../server/moderation/csrf';

let database: DatabaseHandle | undefined;
let server: TestServer | undefined;
let session: TestModeratorSession;

// Behind requireCsrf: an empty decision past the check is a 400, a refusal by the check a 403.
const BULK = '/api/v1/moderation/submissions/bulk';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { sleep: async () => {} });
  session = await signInModerator(server.baseUrl, database.db);
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

const errorOf = (res: RawResponse) =>
  (JSON.parse(res.body.toString('utf8')) as { error: { code: string; message: string } }).error;

test('a missing token is refused with a message naming the header and what to do', async () => {
  const { 'x-csrf-token': _none, ...withoutToken } = moderatorHeaders(session);
  const res = await rawRequest('POST', server!.baseUrl + BULK, withoutToken, '{}');
  expect(res.status).toBe(403);
  const error = errorOf(res);
  expect(error.code).toBe('csrf_token_invalid');
  expect(error.message).toMatch(/X-CSRF-Token/);
  expect(error.message).toMatch(/reload the page, or sign in again/);
});

test('a cross-site request is refused with a message saying where moderation accepts requests from', async () => {
  const res = await rawRequest(
    'POST',
    server!.baseUrl + BULK,
    moderatorHeaders(session, { 'sec-fetch-site': 'cross-site' }),
    '{}',
  );
  expect(res.status).toBe(403);
  const error = errorOf(res);
  expect(error.code).toBe('cross_site_request');
  expect(error.message).toMatch(/another site/);
  expect(error.message).toMatch(/its own pages/);
});

test('refuseCrossSiteRequests refuses only the methods that change something', async () => {
  // Mounted on every method of one path (in the app it guards the sign-in POST only).
  const app = express();
  app.all('/guarded', refuseCrossSiteRequests, (_req, res) => {
    res.status(200).send('through');
  });
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    res.status(err instanceof ApiError ? err.status : 500).send(err instanceof ApiError ? err.code : 'error');
  };
  app.use(onError);
  const listener = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listener.once('listening', resolve));
  try {
    const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/guarded`;
    const crossSite = { 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' };
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect((await rawRequest(method, url, crossSite)).status).toBe(200);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await rawRequest(method, url, crossSite);
      expect([method, res.status, res.body.toString('utf8')]).toEqual([method, 403, 'cross_site_request']);
    }
  } finally {
    await new Promise((resolve) => listener.close(resolve));
  }
});
