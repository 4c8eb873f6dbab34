// The sphere arithmetic server/db/geo.ts does in TypeScript (so that the search statement needs only cube's operators)
// against earthdistance's own functions in the database: ll_to_earth, earth_box, gc_to_sec, sec_to_gc, earth_distance.
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';
import { EARTH_RADIUS_KM, chordMetres, earthBoxLiteral, earthCubeLiteral, greatCircleFromChordMetres } from '../../server/db/geo';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

const HALF_CIRCUMFERENCE = Math.PI * (EARTH_RADIUS_KM * 1000);
// PostgreSQL's sin and cos refuse subnormal arguments ("value out of range: underflow"); such inputs never reach SQL
// from the app, which sends the finished cubes.
const normal = (x: number) => (Math.abs(x) < 1e-200 ? 0 : x);
const latitude = fc.double({ min: -90, max: 90, noNaN: true }).map(normal);
const longitude = fc.double({ min: -180, max: 180, noNaN: true }).map(normal);
// Radii up to past half the circumference, where gc_to_sec and sec_to_gc stop growing.
const radius = fc.oneof(fc.double({ min: 0, max: 500_000, noNaN: true }), fc.double({ min: 0, max: 1.2 * HALF_CIRCUMFERENCE, noNaN: true })).map(normal);

// The corners of a cube as numbers, whichever text produced it.
async function cubeCorners(expression: ReturnType<typeof sql>): Promise<number[]> {
  const row = await sql<{ c: number[] }>`SELECT ARRAY[cube_ll_coord(c, 1), cube_ll_coord(c, 2), cube_ll_coord(c, 3), cube_ur_coord(c, 1), cube_ur_coord(c, 2), cube_ur_coord(c, 3)] AS c
    FROM (SELECT ${expression} AS c) AS t`.execute(database.db);
  return row.rows[0]!.c.map(Number);
}

function expectSameCoordinates(ours: number[], theirs: number[]) {
  // Within a micrometre: the same formula in two libms, a last bit apart at most.
  ours.forEach((value, i) => expect(Math.abs(value - theirs[i]!)).toBeLessThan(1e-6));
}

test('the origin point and its search box are the cubes ll_to_earth and earth_box make', async () => {
  await fc.assert(
    fc.asyncProperty(latitude, longitude, radius, async (lat, lng, r) => {
      const point = await cubeCorners(sql`${earthCubeLiteral(lat, lng)}::cube`);
      expectSameCoordinates(point, await cubeCorners(sql`ll_to_earth(${lat}::float8, ${lng}::float8)::cube`));
      const box = await cubeCorners(sql`${earthBoxLiteral(lat, lng, r)}::cube`);
      expectSameCoordinates(box, await cubeCorners(sql`earth_box(ll_to_earth(${lat}::float8, ${lng}::float8), ${r}::float8)`));
    }),
    { numRuns: 60 },
  );
});

test('chords and great-circle lengths convert as gc_to_sec and sec_to_gc do, at any length', async () => {
  await fc.assert(
    fc.asyncProperty(radius, async (r) => {
      const row = await sql<{ chord: number; back: number }>`SELECT gc_to_sec(${r}::float8) AS chord, sec_to_gc(gc_to_sec(${r}::float8)) AS back`.execute(database.db);
      const { chord, back } = row.rows[0]!;
      expect(Math.abs(chordMetres(r) - chord)).toBeLessThan(1e-6);
      expect(Math.abs(greatCircleFromChordMetres(chordMetres(r)) - back)).toBeLessThan(1e-6);
    }),
    { numRuns: 100 },
  );
  expect(chordMetres(-1)).toBe(0);
  expect(greatCircleFromChordMetres(-1)).toBe(0);
  expect(chordMetres(2 * HALF_CIRCUMFERENCE)).toBe(2 * EARTH_RADIUS_KM * 1000);
  expect(greatCircleFromChordMetres(3 * EARTH_RADIUS_KM * 1000)).toBe(HALF_CIRCUMFERENCE);
});

test('the chord radius test keeps exactly the points earth_distance keeps, away from the last millimetre', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(latitude, longitude), { minLength: 20, maxLength: 20 }), latitude, longitude, radius, async (points, lat, lng, r) => {
      const result = await sql<{ by_distance: boolean; by_chord: boolean; distance: number }>`
        SELECT earth_distance(ll_to_earth(p.lat, p.lng), o.e) <= ${r}::float8 AS by_distance,
               (ll_to_earth(p.lat, p.lng) <-> ${earthCubeLiteral(lat, lng)}::cube) <= ${chordMetres(r)}::float8 AS by_chord,
               earth_distance(ll_to_earth(p.lat, p.lng), o.e) AS distance
        FROM unnest(${points.map((p) => p[0])}::float8[], ${points.map((p) => p[1])}::float8[]) AS p(lat, lng),
             (SELECT ll_to_earth(${lat}::float8, ${lng}::float8) AS e) AS o`.execute(database.db);
      for (const row of result.rows) if (Math.abs(row.distance - r) > 1e-3) expect(row.by_chord).toBe(row.by_distance);
    }),
    { numRuns: 40 },
  );
});
