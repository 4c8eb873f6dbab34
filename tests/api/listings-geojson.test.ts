// The search as GeoJSON: format=geojson or Accept: application/geo+json gives an RFC 7946 FeatureCollection
// that says the same as the JSON answer, with [longitude, latitude] coordinates.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingKind } from '@contract/vocabulary';
import { seededRandom } from '../../seeds/us-population';

let database: DatabaseHandle;
let server: TestServer;
const nationwideIds: string[] = [];

const NEAR = 'near=31.76,-106.49&radiusKm=200';
const GEOJSON_TYPE = /^application\/geo\+json(;|$)/;
const JSON_TYPE = /^application\/json(;|$)/;

beforeAll(async () => {
  database = await createTestDatabase();
  const random = seededRandom(9);
  const kinds: ListingKind[] = [
    'shelter',
    'accompaniment',
    'legal_help',
    'visitation_program',
    'foster_care',
    'task_force',
  ];
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < 30; i++) {
      // Latitude and longitude far apart (31 vs -106), so a swapped pair cannot pass for the right one.
      const p = { latitude: 31.76 + (random() - 0.5) * 2, longitude: -106.49 + (random() - 0.5) * 2 };
      const confidential = i % 10 === 9;
      const listing = aListing(kinds[i % kinds.length]!, p);
      await insertListing(
        trx,
        confidential ? { ...listing, location: { ...listing.location!, privacy: 'confidential' } } : listing,
      );
    }
    for (const kind of ['legal_help', 'foster_care'] as const)
      nationwideIds.push(await insertListing(trx, aNationwideListing(kind)));
  });
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

/** The JSON and the GeoJSON answers to one search. */
async function bothAnswers(search: string) {
  const json = await server.get(`/api/v1/listings?${search}`);
  const geo = await server.get(`/api/v1/listings?${search}&format=geojson`);
  expect(json.status).toBe(200);
  expect(geo.status).toBe(200);
  expect(json.headers.get('content-type')).toMatch(JSON_TYPE);
  expect(geo.headers.get('content-type')).toMatch(GEOJSON_TYPE);
  return { json: json.body, geo: JSON.parse(geo.text) };
}

/** An RFC 7946 Feature that carries the same listing as a JSON result or summary. */
function expectFeatureOf(feature: any, listing: any) {
  expect(feature.type).toBe('Feature');
  expect(feature.id).toBe(listing.id);
  if (listing.location === null) {
    expect(feature.geometry).toBeNull();
  } else {
    expect(feature.geometry).toEqual({
      type: 'Point',
      coordinates: [listing.location.longitude, listing.location.latitude],
    });
  }
  expect(feature.properties).toMatchObject({ id: listing.id, kind: listing.kind, name: listing.name });
  if ('distanceKm' in listing) expect(feature.properties.distanceKm).toBe(listing.distanceKm);
  // Everything the JSON result says, the properties say too.
  expect(feature.properties).toEqual(expect.objectContaining(listing));
}

test('format=geojson answers a FeatureCollection of Points at [longitude, latitude], in the JSON order', async () => {
  const { json, geo } = await bothAnswers(`${NEAR}&limit=12`);
  expect(json.results).toHaveLength(12);
  expect(geo.type).toBe('FeatureCollection');
  expect(Array.isArray(geo.features)).toBe(true);
  expect(geo.features.map((f: { id: string }) => f.id)).toEqual(json.results.map((r: { id: string }) => r.id));
  json.results.forEach((result: any, i: number) => expectFeatureOf(geo.features[i], result));
  for (const feature of geo.features) {
    const [longitude, latitude] = feature.geometry.coordinates;
    expect(longitude).toBeLessThan(-100);
    expect(latitude).toBeGreaterThan(30);
    expect(feature.geometry.coordinates).toHaveLength(2);
  }
  // Approximate (confidential) listings are points too, at their public cell centre.
  const all = await bothAnswers(`${NEAR}&limit=100`);
  const approximate = all.json.results.flatMap((r: any, i: number) =>
    r.location.precision === 'approximate' ? [i] : [],
  );
  expect(approximate).toHaveLength(3);
  for (const i of approximate) expectFeatureOf(all.geo.features[i], all.json.results[i]);
});

test('origin and nextCursor ride along as foreign members, and the cursor pages the GeoJSON answer', async () => {
  const { json, geo } = await bothAnswers(`${NEAR}&limit=7`);
  expect(geo.origin).toEqual(json.origin);
  expect(geo.origin).toMatchObject({ source: 'near', latitude: 31.76, longitude: -106.49 });
  expect(geo.radiusKm).toBe(200);
  expect(geo.nextCursor).toEqual(expect.any(String));
  expect(geo.nextCursor).toBe(json.nextCursor);
  const second = await bothAnswers(`${NEAR}&limit=7&cursor=${encodeURIComponent(geo.nextCursor)}`);
  expect(second.geo.features.map((f: { id: string }) => f.id)).toEqual(
    second.json.results.map((r: { id: string }) => r.id),
  );
  expect(second.geo.features.map((f: { id: string }) => f.id)).not.toContain(geo.features[0].id);
  // The last page says there is no next one.
  const last = await bothAnswers(`${NEAR}&limit=100`);
  expect(last.geo.features).toHaveLength(30);
  expect(last.geo.nextCursor).toBeNull();
});

test('nationwide resources are features with geometry null, on the first page', async () => {
  const { json, geo } = await bothAnswers(`${NEAR}&limit=5`);
  expect(json.nationwide).toHaveLength(2);
  expect(geo.nationwide.map((f: { id: string }) => f.id)).toEqual(json.nationwide.map((n: { id: string }) => n.id));
  expect(geo.nationwide.map((f: { id: string }) => f.id).sort()).toEqual([...nationwideIds].sort());
  json.nationwide.forEach((summary: any, i: number) => {
    expect(geo.nationwide[i].geometry).toBeNull();
    expectFeatureOf(geo.nationwide[i], summary);
  });
  // They never enter the features, which are the distance-ordered results.
  for (const id of nationwideIds) expect(geo.features.map((f: { id: string }) => f.id)).not.toContain(id);
});

test('a bbox search carries its box as the RFC 7946 bbox member, across the antimeridian as given', async () => {
  const { json, geo } = await bothAnswers('bbox=-107,31,-106,32&limit=100');
  expect(geo.bbox).toEqual([-107, 31, -106, 32]);
  expect(geo.radiusKm).toBeNull();
  expect(geo.origin).toEqual(json.origin);
  expect(geo.features.map((f: { id: string }) => f.id)).toEqual(json.results.map((r: { id: string }) => r.id));
  for (const feature of geo.features) {
    const [longitude, latitude] = feature.geometry.coordinates;
    expect(longitude).toBeGreaterThanOrEqual(-107);
    expect(longitude).toBeLessThanOrEqual(-106);
    expect(latitude).toBeGreaterThanOrEqual(31);
    expect(latitude).toBeLessThanOrEqual(32);
  }
  expect(geo.features.length).toBeGreaterThan(0);
  const across = await bothAnswers('bbox=170,50,-160,60');
  expect(across.geo.bbox).toEqual([170, 50, -160, 60]);
  expect(across.geo.features).toEqual([]);
  // A point search has no box: the member is absent rather than null (RFC 7946 bbox is an array when present).
  const point = await bothAnswers(NEAR);
  expect('bbox' in point.geo).toBe(false);
});

test('Accept: application/geo+json chooses GeoJSON; */*, application/json or no Accept give JSON; format wins over Accept', async () => {
  const geoByAccept = await server.get(`/api/v1/listings?${NEAR}&limit=4`, { Accept: 'application/geo+json' });
  expect(geoByAccept.status).toBe(200);
  expect(geoByAccept.headers.get('content-type')).toMatch(GEOJSON_TYPE);
  expect(geoByAccept.body.type).toBe('FeatureCollection');
  const geoByFormat = await server.get(`/api/v1/listings?${NEAR}&limit=4&format=geojson`);
  expect(geoByAccept.body).toEqual(geoByFormat.body);

  const preferred = await server.get(`/api/v1/listings?${NEAR}&limit=4`, {
    Accept: 'application/json;q=0.5, application/geo+json',
  });
  expect(preferred.headers.get('content-type')).toMatch(GEOJSON_TYPE);

  for (const accept of [
    '*/*',
    'application/json',
    'application/*',
    'application/geo+json;q=0.5, application/json',
    undefined,
  ]) {
    const res = await server.get(`/api/v1/listings?${NEAR}&limit=4`, accept === undefined ? {} : { Accept: accept });
    expect({ accept, status: res.status, type: res.headers.get('content-type') }).toEqual({
      accept,
      status: 200,
      type: expect.stringMatching(JSON_TYPE),
    });
    expect(res.body.results).toHaveLength(4);
    expect(res.body.type).toBeUndefined();
  }
  const jsonDespiteAccept = await server.get(`/api/v1/listings?${NEAR}&limit=4&format=json`, {
    Accept: 'application/geo+json',
  });
  expect(jsonDespiteAccept.headers.get('content-type')).toMatch(JSON_TYPE);
  expect(jsonDespiteAccept.body.results).toHaveLength(4);
});

test('an unknown format is a 400 naming the parameter', async () => {
  for (const format of ['xml', 'GeoJSON', 'kml', '']) {
    const { status, body } = await server.get(`/api/v1/listings?${NEAR}&format=${format}`);
    expect({ format, status, code: body.error.code }).toEqual({ format, status: 400, code: 'invalid_parameter' });
    expect(body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ parameter: 'format' })]));
  }
});

test('errors stay JSON in the one error shape when GeoJSON was asked for', async () => {
  const { status, headers, body } = await server.get('/api/v1/listings?format=geojson', {
    Accept: 'application/geo+json',
  });
  expect(status).toBe(400);
  expect(headers.get('content-type')).toMatch(JSON_TYPE);
  expect(body.error.code).toBe('missing_origin');
});
