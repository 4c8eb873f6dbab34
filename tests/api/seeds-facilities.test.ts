// The demo's sample facilities, as `npm run seed -- --demo` stores them and the public API serves them: fictional and
// marked as samples, seeded before the listings so the demo visitation programs name them by code, one left without
// visitors (the empty state), and seeding twice changes nothing.
import { FacilityInput } from '@contract/facility';
import { demoFacilities } from '../../seeds/demo-facilities';
import { demoListings } from '../../seeds/demo';
import { seedDatabase, seedId } from '../../seeds/seed';
import type { DatabaseHandle } from '../../server/db/database';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db, 'demo');
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const facilityRows = () => database.db.selectFrom('facility').selectAll().orderBy('code').execute();

test('every sample facility validates and is fictional: "Sample" names, 555-01xx phones, example.org links', () => {
  expect(demoFacilities.length).toBeGreaterThanOrEqual(5);
  for (const facility of demoFacilities) {
    const parsed = FacilityInput.safeParse(facility);
    expect({ code: facility.code, issues: parsed.success ? [] : parsed.error.issues }).toEqual({
      code: facility.code,
      issues: [],
    });
    expect(facility).toMatchObject({
      name: expect.stringMatching(/^Sample /),
      visitingPhone: expect.stringMatching(/^\d{3}-555-01\d\d$/),
      sourceName: 'Puente demo data',
      sourceUrl: expect.stringMatching(/^https:\/\/example\.org\//),
      isSample: true,
    });
  }
});

test('the demo visitation programs naming a code are linked to it, and one sample has no visitors', async () => {
  const linked = Object.entries(demoListings).flatMap(([name, listing]) =>
    listing.details.kind === 'visitation_program' && listing.details.facility.code
      ? [{ listing_id: seedId(name), code: listing.details.facility.code, role: 'visits' }]
      : [],
  );
  expect(linked.length).toBeGreaterThanOrEqual(4);
  const rows = await database.db
    .selectFrom('listing_facility')
    .innerJoin('facility', 'facility.id', 'listing_facility.facility_id')
    .select(['listing_facility.listing_id', 'facility.code', 'listing_facility.role'])
    .where('role', '=', 'visits')
    .execute();
  expect(rows).toEqual(expect.arrayContaining(linked));
  const visited = new Set(rows.map((r) => r.code));
  const accompanies = await database.db
    .selectFrom('listing_facility')
    .select(['listing_id'])
    .where('role', '=', 'accompanies')
    .execute();
  expect(accompanies).toEqual([{ listing_id: seedId('demo-el-paso-accompaniment') }]);
  expect(demoFacilities.filter((f) => !visited.has(f.code)).map((f) => f.code)).toEqual(['SAMPLE-ELP-JAIL']);
});

test('near El Paso, the API answers both El Paso samples, flagged, one with a visitor and one without', async () => {
  const res = await server.get('/api/v1/facilities?zip=79901&radiusKm=50');
  expect(res.status).toBe(200);
  const samples = res.body.results.map((f: { code: string; isSample: boolean; visitorCount: number }) => [
    f.code,
    f.isSample,
    f.visitorCount,
  ]);
  expect(samples).toEqual(
    expect.arrayContaining([
      ['SAMPLE-ELP', true, 1],
      ['SAMPLE-ELP-JAIL', true, 0],
    ]),
  );
});

test('seeding again changes no facility', async () => {
  const before = await facilityRows();
  expect(before.map((f) => f.code)).toEqual(demoFacilities.map((f) => f.code).sort());
  await seedDatabase(database.db, 'demo', new Date(Date.now() + 86_400_000));
  expect(await facilityRows()).toEqual(before);
});
