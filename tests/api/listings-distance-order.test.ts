// Search order and distances agree with @turf/turf; radius membership is exact.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { sphereKm } from '../helpers/sphere-distance';
import type { DatabaseHandle } from '../../server/db/database';
import { seededRandom } from '../../seeds/us-population';

let database: DatabaseHandle;
let server: TestServer;
const points: Array<{ id: string; latitude: number; longitude: number }> = [];

beforeAll(async () => {
  database = await createTestDatabase();
  // 300 listings spread uniformly around El Paso, up to ~150 km away, from a fixed seed so failures reproduce.
  const random = seededRandom(42);
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < 300; i++) {
      const p = { latitude: 31.76 + (random() - 0.5) * 2.8, longitude: -106.49 + (random() - 0.5) * 3.2 };
      points.push({ id: await insertListing(trx, aListing('shelter', p)), ...p });
    }
  });
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('results come nearest first, with distances that agree with turf, and exactly the listings within the radius', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.double({ min: 30.8, max: 32.7, noNaN: true }),
      fc.double({ min: -107.6, max: -105.4, noNaN: true }),
      fc.integer({ min: 5, max: 120 }),
      async (lat, lng, radiusKm) => {
        const origin = { latitude: lat, longitude: lng };
        const { status, body } = await server.get(`/api/v1/listings?near=${lat},${lng}&radiusKm=${radiusKm}&limit=100`);
        expect(status).toBe(200);
        const expected = points
          .map((p) => ({ id: p.id, km: sphereKm(origin, p) }))
          .filter((p) => p.km <= radiusKm)
          .sort((a, b) => a.km - b.km);
        const got = body.results as Array<{ id: string; distanceKm: number }>;
        // Membership: only points within a metre of the boundary may differ (float rounding of two formulas).
        const boundary = (id: string) =>
          Math.abs(
            sphereKm(
              origin,
              points.find((p) => p.id === id)!,
            ) - radiusKm,
          ) < 1e-3;
        const gotIds = new Set(got.map((r) => r.id));
        expect(expected.slice(0, 100).filter((e) => !gotIds.has(e.id) && !boundary(e.id))).toEqual([]);
        expect(Math.abs(got.length - Math.min(100, expected.length))).toBeLessThanOrEqual(
          expected.filter((e) => boundary(e.id)).length,
        );
        for (let i = 0; i < got.length; i++) {
          const row = got[i]!;
          const truth = sphereKm(
            origin,
            points.find((p) => p.id === row.id)!,
          );
          expect(Math.abs(row.distanceKm - truth)).toBeLessThanOrEqual(0.0051); // rounded to 10 m
          expect(truth).toBeLessThanOrEqual(radiusKm + 1e-3);
          if (i > 0) expect(row.distanceKm).toBeGreaterThanOrEqual(got[i - 1]!.distanceKm);
        }
      },
    ),
    { numRuns: 40, seed: 7 },
  );
});

test('the origin is echoed back with the radius', async () => {
  const { body } = await server.get('/api/v1/listings?near=31.76,-106.49&radiusKm=25');
  expect(body.origin).toEqual({
    latitude: 31.76,
    longitude: -106.49,
    source: 'near',
    label: '31.76,-106.49',
    approximate: false,
  });
  expect(body.radiusKm).toBe(25);
  expect(body.bbox).toBeNull();
});

test('the default radius is 50 km', async () => {
  const { body } = await server.get('/api/v1/listings?near=31.76,-106.49&limit=100');
  expect(body.radiusKm).toBe(50);
  expect(Math.max(...body.results.map((r: { distanceKm: number }) => r.distanceKm))).toBeLessThanOrEqual(50);
});
