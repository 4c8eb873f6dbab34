// No dead ends: a point search that finds nothing within its radius names the nearest listings beyond it
// (nearestBeyond), of the same kinds and filters, nearest first, measured to their public points.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { confidentialCellCentre, type Point } from '../../server/listings/public-point';
import { lookupZip } from '../../server/geocode/zip-lookup';
import { sphereKm } from '../helpers/sphere-distance';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
const placed: Array<{ id: string; kind: string; point: Point; name: string }> = [];

// Nothing in Montana or Alaska: the nearest listings lie hundreds of kilometres away, in other states.
const LISTINGS = [
  ['Boise shelter', 'shelter', { latitude: 43.615, longitude: -116.2023 }],
  ['Denver shelter', 'shelter', { latitude: 39.7392, longitude: -104.9903 }],
  ['Salt Lake shelter', 'shelter', { latitude: 40.7608, longitude: -111.891 }],
  ['Seattle shelter', 'shelter', { latitude: 47.6062, longitude: -122.3321 }],
  ['El Paso shelter', 'shelter', { latitude: 31.7619, longitude: -106.485 }],
  ['Spokane legal help', 'legal_help', { latitude: 47.6588, longitude: -117.426 }],
  ['Seattle legal help', 'legal_help', { latitude: 47.61, longitude: -122.33 }],
] as const;
// A confidential shelter near Cheyenne, WY: its public point is its cell centre, and so must be its distance.
const SECRET_POINT = { latitude: 41.1492, longitude: -104.8033 };

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.transaction().execute(async (trx) => {
    for (const [name, kind, point] of LISTINGS)
      placed.push({ id: await insertListing(trx, aListing(kind, point, { name })), kind, point, name });
    const secret = aListing('shelter', SECRET_POINT, {
      name: 'Cheyenne confidential shelter',
      location: {
        privacy: 'confidential',
        address: { address1: '9 Hidden Way', city: 'Cheyenne', state: 'WY' },
        ...SECRET_POINT,
      },
      details: { kind: 'shelter', acceptedGoods: ['toys'] },
    });
    placed.push({
      id: await insertListing(trx, secret),
      kind: 'shelter',
      point: confidentialCellCentre(SECRET_POINT),
      name: secret.name,
    });
    await insertListing(trx, aNationwideListing('legal_help', { name: 'National legal line' }));
  });
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

type Nearby = {
  id: string;
  kind: string;
  name: string;
  distanceKm: number;
  location: { latitude: number; longitude: number };
};

// The listings of `kinds` nearest `origin`, by great-circle distance to their public points.
function expectedNearest(origin: Point, kinds: string[], count = 3) {
  return placed
    .filter((p) => kinds.includes(p.kind))
    .map((p) => ({ id: p.id, km: sphereKm(origin, p.point) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}

test.each([
  ['59001', 'Absarokee, MT', 402, 'shelter'],
  ['59001', 'Absarokee, MT', 50, 'shelter,legal_help'],
  ['99501', 'Anchorage, AK', 402, 'shelter'],
  ['99501', 'Anchorage, AK', 50, 'legal_help'],
])(
  'ZIP %s (%s) within %d km finds nothing, and names the 3 nearest of kind %s beyond, nearest first',
  async (zip, _place, radiusKm, kinds) => {
    const { status, body } = await server.get(`/api/v1/listings?zip=${zip}&radiusKm=${radiusKm}&kind=${kinds}`);
    expect(status).toBe(200);
    expect(body.results).toEqual([]);
    expect(body.nationwide.length).toBe(kinds.includes('legal_help') ? 1 : 0); // the national lines still come
    const origin = lookupZip(zip)!;
    const beyond = body.nearestBeyond as Nearby[];
    expect(beyond.map((r) => r.id)).toEqual(expectedNearest(origin, kinds.split(',')).map((e) => e.id));
    for (const [i, r] of beyond.entries()) {
      expect(kinds.split(',')).toContain(r.kind);
      expect(r.distanceKm).toBeGreaterThan(radiusKm);
      expect(Math.abs(r.distanceKm - sphereKm(origin, r.location))).toBeLessThanOrEqual(0.0051);
      if (i > 0) expect(r.distanceKm).toBeGreaterThanOrEqual(beyond[i - 1]!.distanceKm);
    }
  },
);

test('the filters hold beyond the radius too: only shelters that accept toys', async () => {
  const { body } = await server.get('/api/v1/listings?zip=59001&kind=shelter&accepts=toys');
  expect(body.results).toEqual([]);
  expect((body.nearestBeyond as Nearby[]).map((r) => r.name)).toEqual(['Cheyenne confidential shelter']);
});

test('a confidential listing beyond the radius is measured to its cell centre and shows no street', async () => {
  const origin = lookupZip('59001')!;
  const { body } = await server.get('/api/v1/listings?zip=59001&kind=shelter&accepts=toys');
  const [secret] = body.nearestBeyond as Array<Nearby & { location: Record<string, unknown> }>;
  const centre = confidentialCellCentre(SECRET_POINT);
  expect(secret!.location).toEqual({ ...centre, precision: 'approximate', city: 'Cheyenne', state: 'WY' });
  expect(Math.abs(secret!.distanceKm - sphereKm(origin, centre))).toBeLessThanOrEqual(0.0051);
  expect(Math.abs(secret!.distanceKm - sphereKm(origin, SECRET_POINT))).toBeGreaterThan(0.1);
});

test('no nearestBeyond when the radius holds results', async () => {
  const { body } = await server.get('/api/v1/listings?zip=79901&kind=shelter');
  expect(body.results.length).toBeGreaterThan(0);
  expect(body).not.toHaveProperty('nearestBeyond');
});

test('no nearestBeyond for an empty map view: a box has no distance a person asked for', async () => {
  const { body } = await server.get('/api/v1/listings?bbox=-110,45,-109,46');
  expect(body.results).toEqual([]);
  expect(body).not.toHaveProperty('nearestBeyond');
});

test('an empty list when nothing of that kind is published anywhere', async () => {
  const { body } = await server.get('/api/v1/listings?zip=59001&kind=task_force');
  expect(body.results).toEqual([]);
  expect(body.nearestBeyond).toEqual([]);
});

test('GeoJSON carries them as features in a foreign member, [longitude, latitude]', async () => {
  const { body } = await server.get('/api/v1/listings?zip=99501&kind=shelter&format=geojson');
  expect(body.features).toEqual([]);
  const [first] = body.nearestBeyond as Array<{
    type: string;
    geometry: { coordinates: number[] };
    properties: { name: string; distanceKm: number };
  }>;
  expect(first!.type).toBe('Feature');
  expect(first!.properties.name).toBe('Seattle shelter');
  expect(first!.geometry.coordinates).toEqual([-122.3321, 47.6062]);
  expect(first!.properties.distanceKm).toBeGreaterThan(2000);
});
