// A listing not re-confirmed for a year leaves public search (server/listings/staleness.ts); the facility answers and
// pages follow the same rule, so "who visits" never names a program the search itself no longer shows, and a facility
// whose only visitors went stale counts none (and shows how to start one).
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { HIDDEN_FROM_SEARCH_AFTER_DAYS } from '../../server/listings/staleness';

let database: DatabaseHandle;
let server: TestServer;
let facilityId: string;

const NOW = new Date('2026-12-04T12:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString().slice(0, 10);
const AT = { latitude: 31.7619, longitude: -106.485 };

beforeAll(async () => {
  database = await createTestDatabase();
  facilityId = (
    await upsertFacility(database.db, {
      code: 'STALE-TEST',
      name: 'Stale Test Processing Center',
      type: 'ice_processing_center',
      city: 'El Paso',
      state: 'TX',
      latitude: 31.79,
      longitude: -106.38,
      sourceName: 'Test list',
      asOf: '2026-11-30',
    })
  ).id;
  const visits = (name: string, lastVerifiedOn: string) =>
    insertListing(
      database.db,
      aListing('visitation_program', AT, {
        name,
        lastVerifiedOn,
        details: { kind: 'visitation_program', facility: { code: 'STALE-TEST', name: 'x', city: 'x', state: 'TX' } },
      }),
    );
  await visits('Confirmed last month', daysBefore(30));
  await visits('Not confirmed for a year', daysBefore(HIDDEN_FROM_SEARCH_AFTER_DAYS));
  await visits('Confirmed a day before the year', daysBefore(HIDDEN_FROM_SEARCH_AFTER_DAYS - 1));
  server = await startTestServer(database.db, { now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('the facility answer lists and counts only the visitors the search still shows', async () => {
  const searched = await server.get(`/api/v1/listings?zip=79901&facility=${facilityId}`);
  const searchNames = searched.body.results.map((l: { name: string }) => l.name).sort();
  expect(searchNames).toEqual(['Confirmed a day before the year', 'Confirmed last month']);

  const detail = await server.get(`/api/v1/facilities/${facilityId}`);
  expect(detail.status).toBe(200);
  expect(detail.body.visitors.map((l: { name: string }) => l.name).sort()).toEqual(searchNames);
  expect(detail.body.visitorCount).toBe(2);

  const near = await server.get('/api/v1/facilities?zip=79901');
  expect(near.body.results.find((f: { id: string }) => f.id === facilityId).visitorCount).toBe(2);
});

test("the facility's page does not name the stale program", async () => {
  const page = await server.get(`/facilities/${facilityId}`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('Confirmed last month');
  expect(page.text).not.toContain('Not confirmed for a year');
});
