// A confidential shelter in the CSV and GeoJSON exports: no street, no ZIP, no digits of its exact point; the same
// cell centre, city and state as GET /api/v1/listings/:id, and "confidential" again when the row is read back.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { buildScene, NOW, PRIVATE_STRINGS, type Scene } from '../helpers/confidential-scene';
import { coordinateStrings } from '../helpers/public-battery';
import type { DatabaseHandle } from '../../server/db/database';
import { readListingsCsv } from '../../server/exchange/read-listings-csv';

let database: DatabaseHandle;
let server: TestServer;
let scene: Scene;
const truePoint = { latitude: 31.7763579, longitude: -106.4387468 };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { now: () => NOW });
  scene = await buildScene(database.db, truePoint, truePoint, 11, true);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test.each(['csv', 'geojson'])(
  'the %s export holds no street, ZIP or exact coordinate of the shelter',
  async (format) => {
    const { status, text } = await server.get(`/api/v1/export/listings.${format}`);
    expect(status).toBe(200);
    expect(text).toContain(scene.id);
    const found = [...PRIVATE_STRINGS, '79938', ...coordinateStrings(truePoint)].filter((n) => text.includes(n));
    expect(found).toEqual([]);
  },
);

test('the exports place it where the v1 detail does, and say confidential', async () => {
  const detail = (await server.get(`/api/v1/listings/${scene.id}`)).body;
  expect(detail.location.precision).toBe('approximate');
  const geo = JSON.parse((await server.get('/api/v1/export/listings.geojson')).text);
  const feature = geo.features.find((f: any) => f.id === scene.id);
  expect(feature.geometry.coordinates).toEqual([detail.location.longitude, detail.location.latitude]);
  expect(feature.properties).toMatchObject({ privacy: 'confidential', city: 'Hidden Springs', state: 'TX' });
  for (const column of ['address_1', 'address_2', 'postal_code', 'point_from_zip'])
    expect(feature.properties[column]).toBeUndefined();

  const csv = await fetch(`${server.baseUrl}/api/v1/export/listings.csv`);
  const result = readListingsCsv(new Uint8Array(await csv.arrayBuffer()), 'listings.csv', 'en');
  if (!result.ok) throw new Error(result.fault.message);
  const record = result.records.find((r) => r.listingId === scene.id)!;
  expect((record.listing as any).location).toEqual({
    privacy: 'confidential',
    address: { city: 'Hidden Springs', state: 'TX' },
    latitude: detail.location.latitude,
    longitude: detail.location.longitude,
  });
  expect(record.privacyDefaulted).toBe(false);
});
