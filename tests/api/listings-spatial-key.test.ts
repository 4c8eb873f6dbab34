// listing_spatial_key(latitude, longitude), the Z-order key db:maintain clusters by, is the Morton code of the point:
// 24 bits of longitude and 24 of latitude interleaved, longitude first. Checked against a plain bit-by-bit reference.
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

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
  const point = fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }));
  await fc.assert(
    fc.asyncProperty(fc.array(point, { minLength: 1, maxLength: 50 }), async (points) => {
      expect(await sqlKeys(points)).toEqual(points.map(([latitude, longitude]) => mortonKey(latitude, longitude)));
    }),
    { numRuns: 40 },
  );
});

test('the corners of the map are the smallest and largest keys, and a listing with no point has none', async () => {
  expect(await sqlKeys([[-90, -180], [90, 180]])).toEqual([0n, 2n ** 48n - 1n]);
  const none = await sql<{ key: string | null }>`SELECT listing_spatial_key(NULL, NULL)::text AS key`.execute(database.db);
  expect(none.rows[0]!.key).toBeNull();
});
