// POST /api/v1/submissions with a task force's meetings: kept as sent (and shown once published); refused, naming the
// field in the person's language, when a time is not a time, the end is not after the start, or no time zone says
// what the times mean.
import type { DatabaseHandle } from '../../server/db/database';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { ROOMY_ABUSE_LIMITS, startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { abuseLimits: ROOMY_ABUSE_LIMITS });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const MEETING = { date: '2026-03-03', start: '18:30', end: '20:00', repeats: 'weekly', place: 'City Hall' };
const taskForce = (meetings: unknown[], withZone = true) =>
  aSubmission({
    location: {
      privacy: 'exact',
      address: { address1: '1 Civic Center', city: 'Denver', state: 'CO', postalCode: '80202' },
      latitude: 39.7392,
      longitude: -104.9903,
    },
    ...(withZone ? { hours: { timeZone: 'America/Denver', openings: [] } } : { hours: undefined }),
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'city', name: 'Denver', state: 'CO' },
      governmentBody: 'Denver City Council',
      meetings,
    } as never,
  });

test('meetings are kept as sent, repeats defaulting to once', async () => {
  const res = await sendJson(
    server.baseUrl,
    'POST',
    '/api/v1/submissions',
    taskForce([MEETING, { date: '2026-04-01', start: '09:00' }]),
  );
  expect(res.status).toBe(201);
  const content = await database.db
    .selectFrom('listing_content')
    .select('details')
    .where('listing_id', '=', res.body.listingId)
    .executeTakeFirstOrThrow();
  expect((content.details as { meetings: unknown }).meetings).toEqual([
    MEETING,
    { date: '2026-04-01', start: '09:00', repeats: 'none' },
  ]);
});

test.each([
  [[{ ...MEETING, start: '6:30pm' }], 'listing.details.meetings.0.start', 'a 24-hour time such as 18:30'],
  [
    [{ ...MEETING, end: '18:00' }],
    'listing.details.meetings.0.end',
    'the end must be later than the start, the same day',
  ],
  [[{ ...MEETING, repeats: 'yearly' }], 'listing.details.meetings.0.repeats', ''],
  [[{ ...MEETING, online: 'javascript:alert(1)' }], 'listing.details.meetings.0.online', ''],
  [Array.from({ length: 21 }, () => MEETING), 'listing.details.meetings', ''],
])('a bad meeting is a 400 naming its field (%#)', async (meetings, parameter, message) => {
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', taskForce(meetings));
  expect(res.status).toBe(400);
  const detail = (res.body.error.details as Array<{ parameter: string; message: string }>).find(
    (d) => d.parameter === parameter,
  );
  expect(detail?.message).toContain(message);
});

test('meetings without a time zone are refused, in English and in Spanish', async () => {
  const en = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', taskForce([MEETING], false));
  expect(en.status).toBe(400);
  expect(en.body.error.details).toContainEqual({
    parameter: 'listing.hours',
    message: "give the time zone of the meetings' times (hours.timeZone; the form derives it from the state and ZIP)",
  });
  const es = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', taskForce([MEETING], false), {
    'accept-language': 'es',
  });
  expect(es.body.error.details).toContainEqual({
    parameter: 'listing.hours',
    message:
      'indique la zona horaria de las reuniones (hours.timeZone; el formulario la deduce del estado y el código postal)',
  });
});
