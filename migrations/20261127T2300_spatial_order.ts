// Frozen in time: a spatial sort key for listings, so maintenance can keep near listings on near pages.
// Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  // The Morton (Z-order) code of a point: 24 bits of longitude and 24 of latitude (about 2.4 m by 1.2 m), interleaved,
  // longitude first as in a geohash. Points near each other on the map mostly get near keys, which is all CLUSTER needs.
  sql`CREATE FUNCTION listing_spatial_key(latitude float8, longitude float8) RETURNS bigint
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    DECLARE
      x bigint := least(floor((longitude + 180) / 360 * 16777216), 16777215)::bigint;
      y bigint := least(floor((latitude + 90) / 180 * 16777216), 16777215)::bigint;
    BEGIN
      -- Spread each coordinate's 24 bits to the even bit positions ("binary magic numbers").
      x := (x | (x << 16)) & 281470681808895;     -- 0x0000FFFF0000FFFF
      x := (x | (x << 8)) & 71777214294589695;    -- 0x00FF00FF00FF00FF
      x := (x | (x << 4)) & 1085102592571150095;  -- 0x0F0F0F0F0F0F0F0F
      x := (x | (x << 2)) & 3689348814741910323;  -- 0x3333333333333333
      x := (x | (x << 1)) & 6148914691236517205;  -- 0x5555555555555555
      y := (y | (y << 16)) & 281470681808895;
      y := (y | (y << 8)) & 71777214294589695;
      y := (y | (y << 4)) & 1085102592571150095;
      y := (y | (y << 2)) & 3689348814741910323;
      y := (y | (y << 1)) & 6148914691236517205;
      RETURN (x << 1) | y;
    END $$`,
  // CLUSTER cannot use a partial index, so this one covers every row (nationwide listings, with no point, sort last).
  sql`CREATE INDEX listing_spatial_order_idx ON listing (listing_spatial_key(latitude, longitude))`,
  sql`COMMENT ON INDEX listing_spatial_order_idx IS 'maintenance: CLUSTER listing USING listing_spatial_order_idx (npm run db:maintain) lays rows out in Z-order, and the GiST index rebuilt from them nearest-first'`,
  // Room on each page for updated versions of its rows (a re-confirmed date), so updates do not scatter a cluster.
  sql`ALTER TABLE listing SET (fillfactor = 90)`,
];

/** Adds the spatial sort key, its index and the table's fill factor. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Removes them; the table keeps whatever order it was clustered in. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE listing RESET (fillfactor)`.execute(db);
  await sql`DROP INDEX IF EXISTS listing_spatial_order_idx`.execute(db);
  await sql`DROP FUNCTION IF EXISTS listing_spatial_key(float8, float8)`.execute(db);
}
