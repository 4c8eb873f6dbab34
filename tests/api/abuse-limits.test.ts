// Per-address rate limits on submissions and reports engage at their thresholds with 429 and Retry-After. The
// address is the socket's unless TRUST_PROXY names a proxy: a client cannot dodge the limit with X-Forwarded-For.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
const servers: TestServer[] = [];
const limits = { submissions: { limit: 3, windowMs: 3_600_000 }, reports: { limit: 2, windowMs: 3_600_000 } };

beforeAll(async () => {
  database = await createTestDatabase();
});

// The limits are counted in the database (shared by every app on it): each test starts with nothing counted.
beforeEach(async () => {
  await database.db.deleteFrom('rate_limit_hit').execute();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await database?.close();
});

async function serve(trustProxy: boolean | string = false): Promise<TestServer> {
  const server = await startTestServer(database.db, { abuseLimits: limits, trustProxy });
  servers.push(server);
  return server;
}

test('the fourth submission in an hour from one address is 429 rate_limited with Retry-After, and is not stored', async () => {
  const server = await serve();
  const statuses = [];
  for (let i = 0; i < 4; i++)
    statuses.push(
      (await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: `Limited ${i}` }))).status,
    );
  expect(statuses).toEqual([201, 201, 201, 429]);
  const refused = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: 'Limited 4' }));
  expect(refused.body.error.code).toBe('rate_limited');
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  const stored = await database.db.selectFrom('listing').select('name').where('name', 'like', 'Limited %').execute();
  expect(stored).toHaveLength(3);
});

test('without TRUST_PROXY, a made-up X-Forwarded-For does not reset the limit', async () => {
  const server = await serve();
  const statuses = [];
  for (let i = 0; i < 4; i++) {
    const headers = { 'x-forwarded-for': `203.0.113.${i}` };
    statuses.push(
      (await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: `Spoof ${i}` }), headers))
        .status,
    );
  }
  expect(statuses).toEqual([201, 201, 201, 429]);
});

test('behind a trusted proxy, each client address has its own limit', async () => {
  const server = await serve('loopback');
  const from = (address: string) =>
    sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: `Proxied ${address}` }), {
      'x-forwarded-for': address,
    });
  const first = [];
  for (let i = 0; i < 4; i++) first.push((await from('198.51.100.7')).status);
  expect(first).toEqual([201, 201, 201, 429]);
  expect((await from('198.51.100.8')).status).toBe(201);
});

test('reports are limited too', async () => {
  const server = await serve();
  const id = await insertListing(database.db, aListing('shelter', { latitude: 31.76, longitude: -106.49 }));
  const statuses = [];
  for (let i = 0; i < 3; i++)
    statuses.push(
      (await sendJson(server.baseUrl, 'POST', `/api/v1/listings/${id}/reports`, { reason: 'closed' })).status,
    );
  expect(statuses).toEqual([201, 201, 429]);
});
