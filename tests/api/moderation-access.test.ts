// Every moderation endpoint refuses a request without a moderator's session (401), and every state-changing one a
// request without the session's CSRF token or with a forged one (403) -- and changes nothing when it refuses.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { moderatorHeaders, signInModerator, type TestModeratorSession } from '../helpers/moderator-session';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let moderator: TestModeratorSession;
let submissionId: string;
let reportId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { sleep: async () => {} });
  moderator = await signInModerator(server.baseUrl, database.db);
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
  submissionId = created.body.submissionId;
  // A published listing to report.
  const other = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: 'Reported' }));
  await sendJson(
    server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${other.body.submissionId}/approve`,
    {},
    moderatorHeaders(moderator),
  );
  reportId = (
    await sendJson(server.baseUrl, 'POST', `/api/v1/listings/${other.body.listingId}/reports`, { reason: 'closed' })
  ).body.reportId;
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const reads = (): Array<[string, string]> => [
  ['GET', '/api/v1/moderation/queue'],
  ['GET', '/api/v1/moderation/log'],
];
const writes = () =>
  [
    ['POST', `/api/v1/moderation/submissions/${submissionId}/approve`, {}],
    ['POST', `/api/v1/moderation/submissions/${submissionId}/reject`, { reason: 'no' }],
    ['POST', '/api/v1/moderation/submissions/bulk', { action: 'approve', submissionIds: [submissionId] }],
    ['POST', `/api/v1/moderation/reports/${reportId}/resolve`, { outcome: 'dismissed' }],
  ] as const;

test('without a session: 401 not_signed_in, everywhere', async () => {
  for (const [method, path, body] of [...reads(), ...writes()] as Array<[string, string, unknown]>) {
    const res = await sendJson(server.baseUrl, method, path, body);
    expect({ path, status: res.status, code: res.body.error.code }).toEqual({
      path,
      status: 401,
      code: 'not_signed_in',
    });
  }
  const forged = await sendJson(server.baseUrl, 'GET', '/api/v1/moderation/queue', undefined, {
    cookie: 'puente_session=forged-token',
  });
  expect(forged.status).toBe(401);
});

test('with a session but no CSRF token, or a wrong one: 403 on every state-changing endpoint, and nothing changes', async () => {
  for (const csrf of [undefined, 'wrong-token', moderator.csrfToken.slice(0, -1)]) {
    for (const [method, path, body] of writes()) {
      const headers: Record<string, string> = { cookie: moderator.cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) };
      const res = await sendJson(server.baseUrl, method, path, body, headers);
      expect({ path, csrf, status: res.status, code: res.body.error.code }).toEqual({
        path,
        csrf,
        status: 403,
        code: 'csrf_token_invalid',
      });
    }
  }
  const submission = await database.db
    .selectFrom('submission')
    .select('status')
    .where('id', '=', submissionId)
    .executeTakeFirstOrThrow();
  expect(submission.status).toBe('pending');
  const report = await database.db
    .selectFrom('report')
    .select('status')
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();
  expect(report.status).toBe('open');
  expect(await database.db.selectFrom('moderation_log').select('action').execute()).toEqual([{ action: 'approve' }]);
});

test('reads need the session only; a cross-site POST is refused even with the token', async () => {
  for (const [method, path] of reads()) {
    const res = await sendJson(server.baseUrl, method, path, undefined, { cookie: moderator.cookie });
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
  }
  const crossSite = await sendJson(
    server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${submissionId}/reject`,
    { reason: 'x' },
    {
      cookie: moderator.cookie,
      'x-csrf-token': moderator.csrfToken,
      origin: 'https://evil.example',
    },
  );
  expect(crossSite.status).toBe(403);
});
