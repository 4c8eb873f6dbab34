// The private edit link: it shows the organization its listing's state; a wrong token reveals nothing; changes go
// through moderation again; a plain "still accurate" refreshes the verified date at once, logged.
import { createTestDatabase } from '../helpers/test-database';
import { ROOMY_ABUSE_LIMITS, startTestServer, type TestServer } from '../helpers/test-server';
import { moderatorHeaders, signInModerator, type TestModeratorSession } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let moderator: TestModeratorSession;
let clock = new Date('2026-11-27T18:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, {
    now: () => clock,
    sleep: async () => {},
    abuseLimits: ROOMY_ABUSE_LIMITS,
  });
  moderator = await signInModerator(server.baseUrl, database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const edit = (method: string, path: string, token: string, body?: unknown) =>
  sendJson(server.baseUrl, method, `/api/v1/edit${path}`, body, editHeaders(token));

test('the link shows a pending listing as submitted, exact address included, and is never cached', async () => {
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
  const view = await edit('GET', '', created.body.editToken);
  expect(view.status).toBe(200);
  expect(view.headers.get('cache-control')).toBe('no-store');
  expect(view.body).toMatchObject({
    listingId: created.body.listingId,
    listingStatus: 'pending',
    lastVerifiedOn: null,
    pendingChange: null,
  });
  expect(view.body.listing.location.address.address1).toBe('1412 Calle Secreta');
  expect(view.body.history).toEqual([
    expect.objectContaining({ type: 'new_listing', status: 'pending', reason: null }),
  ]);
});

test("a wrong, malformed, missing or other listing's token gets the same 404 and nothing else", async () => {
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
  const token: string = created.body.editToken;
  const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
  const answers = [];
  for (const headers of [
    editHeaders(flipped),
    editHeaders('short'),
    editHeaders(`${token}x`),
    {},
    { authorization: `Basic ${token}` },
  ]) {
    const res = await sendJson(server.baseUrl, 'GET', '/api/v1/edit', undefined, headers);
    answers.push({ status: res.status, body: res.text });
    const change = await sendJson(
      server.baseUrl,
      'PUT',
      '/api/v1/edit/listing',
      { listing: aSubmission().listing },
      headers,
    );
    expect(change.status).toBe(404);
    expect((await sendJson(server.baseUrl, 'POST', '/api/v1/edit/reconfirm', undefined, headers)).status).toBe(404);
  }
  expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  expect(answers[0]!.status).toBe(404);
  expect(answers[0]!.body).not.toContain(created.body.listingId);
});

test('while pending, a new version replaces the submission in place; after approval a change waits for moderators', async () => {
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: 'First name' }));
  const token = created.body.editToken;
  const fix = await edit('PUT', '/listing', token, { listing: aSubmission({ name: 'Second name' }).listing });
  expect(fix.body).toMatchObject({ submissionId: created.body.submissionId, type: 'new_listing', status: 'pending' });
  expect((await edit('GET', '', token)).body.listing.name).toBe('Second name');
  await sendJson(
    server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${created.body.submissionId}/approve`,
    {},
    moderatorHeaders(moderator),
  );
  const change = await edit('PUT', '/listing', token, { listing: aSubmission({ name: 'Third name' }).listing });
  expect(change.status).toBe(202);
  const view = (await edit('GET', '', token)).body;
  expect(view.listingStatus).toBe('published');
  expect(view.listing.name).toBe('Second name');
  expect(view.pendingChange).toMatchObject({
    type: 'change',
    status: 'pending',
    listing: expect.objectContaining({ name: 'Third name' }),
  });
  expect((await server.get(`/api/v1/listings/${created.body.listingId}`)).body.name).toBe('Second name');
  // A second change replaces the first in the queue rather than queueing both.
  await edit('PUT', '/listing', token, { listing: aSubmission({ name: 'Fourth name' }).listing });
  const statuses = (await edit('GET', '', token)).body.history.map((h: { status: string }) => h.status);
  expect(statuses).toEqual(['pending', 'superseded', 'approved']);
});

test('"still accurate" refreshes the verified date at once, without moderation, and is logged; not before publication', async () => {
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
  const token = created.body.editToken;
  const early = await edit('POST', '/reconfirm', token);
  expect([early.status, early.body.error.code]).toEqual([409, 'not_published']);
  await sendJson(
    server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${created.body.submissionId}/approve`,
    {},
    moderatorHeaders(moderator),
  );
  clock = new Date('2027-06-01T12:00:00Z');
  const view = (await edit('GET', '', token)).body;
  expect(view).toMatchObject({ lastVerifiedOn: '2026-11-27', mayBeOutOfDate: true });
  const reconfirmed = await edit('POST', '/reconfirm', token);
  expect(reconfirmed.body).toEqual({ lastVerifiedOn: '2027-06-01' });
  expect((await edit('GET', '', token)).body).toMatchObject({ lastVerifiedOn: '2027-06-01', mayBeOutOfDate: false });
  const log = await database.db
    .selectFrom('moderation_log')
    .select(['action', 'moderator_id'])
    .where('listing_id', '=', created.body.listingId)
    .orderBy('id')
    .execute();
  expect(log).toEqual([expect.objectContaining({ action: 'approve' }), { action: 'reconfirm', moderator_id: null }]);
  clock = new Date('2026-11-27T18:00:00Z');
});

test('a link works for two years after its last use, then answers like a wrong one', async () => {
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
  const token: string = created.body.editToken;
  const day = 86_400_000;
  const start = clock;
  try {
    clock = new Date(start.getTime() + 729 * day);
    expect((await edit('GET', '', token)).status).toBe(200); // and this use moves the expiry on
    clock = new Date(clock.getTime() + 729 * day);
    expect((await edit('GET', '', token)).status).toBe(200);
    clock = new Date(clock.getTime() + 731 * day);
    const expired = await edit('GET', '', token);
    const wrong = await edit('GET', '', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'));
    expect(expired.status).toBe(404);
    expect(expired.text).toBe(wrong.text);
    expect((await edit('POST', '/reconfirm', token)).status).toBe(404);
  } finally {
    clock = start;
  }
});
