// GET /api/v1/export/listings.geojson: an RFC 7946 FeatureCollection of every published listing (more than the v1
// API's largest page and more than one export batch), flat properties only, null geometry for a place-less listing.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';
import { PAGE_SIZE } from '@contract/search';
import { LISTING_KINDS } from '@contract/vocabulary';
import { LISTING_COLUMNS } from '../../server/exchange/listing-columns';

const EXPORT_BATCH = 500; // listing-export.ts reads the database 500 listings at a time
const COUNT = EXPORT_BATCH + 21; // crosses a batch boundary, and many times the v1 page (PAGE_SIZE.max)
let database: DatabaseHandle;
let server: TestServer;
const ids = new Set<string>();
let nationwideId: string;

beforeAll(async () => {
  expect(COUNT).toBeGreaterThan(PAGE_SIZE.max);
  database = await createTestDatabase();
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < COUNT; i++) {
      const point = { latitude: 25 + (i % 23), longitude: -120 + (i % 47) };
      ids.add(await insertListing(trx, aListing(LISTING_KINDS[i % LISTING_KINDS.length]!, point)));
    }
    nationwideId = await insertListing(trx, aNationwideListing('legal_help'));
    ids.add(nationwideId);
    await insertListing(trx, aListing('shelter', { latitude: 30, longitude: -100 }, { status: 'pending' }));
  });
  server = await startTestServer(database.db);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

let body: any;
beforeAll(async () => {
  const res = await server.get('/api/v1/export/listings.geojson');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
  expect(res.headers.get('content-length')).toBeNull(); // streamed in chunks, never built whole first
  body = JSON.parse(res.text);
});

test('every published feature, once, and nothing else', () => {
  expect(body.type).toBe('FeatureCollection');
  expect(Object.keys(body)).toEqual(['type', 'features']);
  const featureIds = body.features.map((f: any) => f.id);
  expect(featureIds).toHaveLength(ids.size);
  expect(new Set(featureIds)).toEqual(ids);
});

test('RFC 7946 features: [longitude, latitude] points, null geometry where there is no place', () => {
  for (const feature of body.features) {
    expect(Object.keys(feature).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
    expect(feature.type).toBe('Feature');
    if (feature.id === nationwideId) {
      expect(feature.geometry).toBeNull();
      continue;
    }
    expect(feature.geometry.type).toBe('Point');
    const [lng, lat] = feature.geometry.coordinates;
    expect([lng, lat]).toEqual([feature.properties.longitude, feature.properties.latitude]);
    expect(lng).toBeLessThan(-60); // a swapped pair would put the US latitude here
    expect(lat).toBeGreaterThan(20);
  }
});

test('flat properties: strings and numbers only, named as the CSV columns, lists joined by ";"', () => {
  const names = new Set<string>(LISTING_COLUMNS.map((c) => c.name));
  for (const { properties } of body.features) {
    for (const [name, value] of Object.entries(properties)) {
      expect(names.has(name)).toBe(true);
      expect(['string', 'number']).toContain(typeof value);
    }
  }
  const exact = body.features.find((f: any) => f.properties.kind === 'accompaniment').properties;
  expect(exact).toMatchObject({
    address_1: '1 Test St',
    city: 'Testville',
    state: 'TX',
    postal_code: '79901',
    languages: 'en;es',
    services: 'court;ice_checkin',
  });
});
