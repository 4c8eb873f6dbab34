// The spatial SQL the search and maintenance rely on, against plain references, in one database:
// - listing_spatial_key(latitude, longitude), the Z-order key db:maintain clusters by, is the Morton code of the point:
//   24 bits of longitude and 24 of latitude interleaved, longitude first. Checked against a plain bit-by-bit reference.
// - The sphere arithmetic server/db/geo.ts does in TypeScript (so that the search statement needs only cube's
//   operators), against earthdistance's own functions: ll_to_earth, earth_box, gc_to_sec, sec_to_gc, earth_distance.
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';
import {
  EARTH_RADIUS_KM,
  chordMetres,
  earthBoxLiteral,
  earthCubeLiteral,
  greatCircleFromChordMetres,
} from '../../server/db/geo';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

describe('listing_spatial_key', () => {
  // The reference: quantise each coordinate to 24 bits, then take bits alternately (longitude's above latitude's).
  function mortonKey(latitude: number, longitude: number): bigint {
    const cell = (value: number, span: number) => BigInt(Math.min(Math.floor((value / span) * 2 ** 24), 2 ** 24 - 1));
    const x = cell(longitude + 180, 360);
    const y = cell(latitude + 90, 180);
    let key = 0n;
    for (let bit = 0n; bit < 24n; bit++) {
      key |= ((x >> bit) & 1n) << (2n * bit + 1n);
      key |= ((y >> bit) & 1n) << (2n * bit);
    }
    return key;
  }

  async function sqlKeys(points: Array<[number, number]>): Promise<bigint[]> {
    const result = await sql<{ key: string }>`
      SELECT listing_spatial_key(p.latitude, p.longitude)::text AS key
      FROM unnest(${points.map((p) => p[0])}::float8[], ${points.map((p) => p[1])}::float8[]) WITH ORDINALITY AS p(latitude, longitude, n)
      ORDER BY p.n`.execute(database.db);
    return result.rows.map((r) => BigInt(r.key));
  }

  test('the key is the Morton code of the point, for any point on Earth', async () => {
    const point = fc.tuple(
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: -180, max: 180, noNaN: true }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(point, { minLength: 1, maxLength: 50 }), async (points) => {
        expect(await sqlKeys(points)).toEqual(points.map(([latitude, longitude]) => mortonKey(latitude, longitude)));
      }),
      { numRuns: 40 },
    );
  });

  test('the corners of the map are the smallest and largest keys, and a listing with no point has none', async () => {
    expect(
      await sqlKeys([
        [-90, -180],
        [90, 180],
      ]),
    ).toEqual([0n, 2n ** 48n - 1n]);
    const none = await sql<{ key: string | null }>`SELECT listing_spatial_key(NULL, NULL)::text AS key`.execute(
      database.db,
    );
    expect(none.rows[0]!.key).toBeNull();
  });
});

describe('sphere arithmetic', () => {
  const HALF_CIRCUMFERENCE = Math.PI * (EARTH_RADIUS_KM * 1000);
  // PostgreSQL's sin and cos refuse subnormal arguments ("value out of range: underflow"); such inputs never reach SQL
  // from the app, which sends the finished cubes.
  const normal = (x: number) => (Math.abs(x) < 1e-200 ? 0 : x);
  const latitude = fc.double({ min: -90, max: 90, noNaN: true }).map(normal);
  const longitude = fc.double({ min: -180, max: 180, noNaN: true }).map(normal);
  // Radii up to past half the circumference, where gc_to_sec and sec_to_gc stop growing.
  const radius = fc
    .oneof(
      fc.double({ min: 0, max: 500_000, noNaN: true }),
      fc.double({ min: 0, max: 1.2 * HALF_CIRCUMFERENCE, noNaN: true }),
    )
    .map(normal);

  // The corners of a cube as numbers, whichever text produced it.
  async function cubeCorners(expression: ReturnType<typeof sql>): Promise<number[]> {
    const row = await sql<{
      c: number[];
    }>`SELECT ARRAY[cube_ll_coord(c, 1), cube_ll_coord(c, 2), cube_ll_coord(c, 3), cube_ur_coord(c, 1), cube_ur_coord(c, 2), cube_ur_coord(c, 3)] AS c
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
        expectSameCoordinates(
          box,
          await cubeCorners(sql`earth_box(ll_to_earth(${lat}::float8, ${lng}::float8), ${r}::float8)`),
        );
      }),
      { numRuns: 60 },
    );
  });

  test('chords and great-circle lengths convert as gc_to_sec and sec_to_gc do, at any length', async () => {
    await fc.assert(
      fc.asyncProperty(radius, async (r) => {
        const row = await sql<{
          chord: number;
          back: number;
        }>`SELECT gc_to_sec(${r}::float8) AS chord, sec_to_gc(gc_to_sec(${r}::float8)) AS back`.execute(database.db);
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
      fc.asyncProperty(
        fc.array(fc.tuple(latitude, longitude), { minLength: 20, maxLength: 20 }),
        latitude,
        longitude,
        radius,
        async (points, lat, lng, r) => {
          const result = await sql<{ by_distance: boolean; by_chord: boolean; distance: number }>`
          SELECT earth_distance(ll_to_earth(p.lat, p.lng), o.e) <= ${r}::float8 AS by_distance,
                 (ll_to_earth(p.lat, p.lng) <-> ${earthCubeLiteral(lat, lng)}::cube) <= ${chordMetres(r)}::float8 AS by_chord,
                 earth_distance(ll_to_earth(p.lat, p.lng), o.e) AS distance
          FROM unnest(${points.map((p) => p[0])}::float8[], ${points.map((p) => p[1])}::float8[]) AS p(lat, lng),
               (SELECT ll_to_earth(${lat}::float8, ${lng}::float8) AS e) AS o`.execute(database.db);
          expect(result.rows).toHaveLength(points.length);
          // Within a millimetre of the radius the two roundings may disagree; everywhere else they must not.
          const decided = result.rows.filter((row) => Math.abs(row.distance - r) > 1e-3);
          expect(decided.map((row) => row.by_chord)).toEqual(decided.map((row) => row.by_distance));
        },
      ),
      { numRuns: 40 },
    );
  });

  test('10 cm either side of a 50 km radius, the chord test and earth_distance keep and drop the same points', async () => {
    // Due north of El Paso along its meridian, so the distance is the latitude difference times the radius.
    const origin = { lat: 31.7619, lng: -106.485 };
    const radiusM = 50_000;
    const north = (metres: number) => origin.lat + (metres / (EARTH_RADIUS_KM * 1000)) * (180 / Math.PI);
    const points = [radiusM - 0.1, radiusM + 0.1, 0, 1_000_000].map(north);
    const result = await sql<{ by_distance: boolean; by_chord: boolean }>`
      SELECT earth_distance(ll_to_earth(p.lat, ${origin.lng}::float8), ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)) <= ${radiusM}::float8 AS by_distance,
             (ll_to_earth(p.lat, ${origin.lng}::float8) <-> ${earthCubeLiteral(origin.lat, origin.lng)}::cube) <= ${chordMetres(radiusM)}::float8 AS by_chord
      FROM unnest(${points}::float8[]) WITH ORDINALITY AS p(lat, n) ORDER BY p.n`.execute(database.db);
    expect(result.rows).toEqual([
      { by_distance: true, by_chord: true },
      { by_distance: false, by_chord: false },
      { by_distance: true, by_chord: true },
      { by_distance: false, by_chord: false },
    ]);
  });
});
