// Migration 20261204T1600_imports_and_zip_points: listing.point_from_zip (false for every listing already there),
// submission.origin, and import_key with a comment on each of its indexes; down takes them away and up puts them back.
import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from '../../server/db/database';
import type { Database } from '../../server/db/schema';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

async function columns(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT table_name || '.' || column_name AS name FROM information_schema.columns
    WHERE table_schema = 'public' AND (column_name IN ('point_from_zip', 'origin') OR table_name = 'import_key')
    ORDER BY 1`.execute(db);
  return rows.rows.map((r) => r.name);
}

test('up adds the columns and the table, every index commented; down removes them; up again restores them', async () => {
  const added = [
    'import_key.created_at',
    'import_key.listing_id',
    'import_key.source_id',
    'listing.point_from_zip',
    'submission.origin',
  ];
  expect(await columns(database.db)).toEqual(added);
  const comments = await sql<{ index: string; comment: string | null }>`
    SELECT c.relname AS index, obj_description(c.oid, 'pg_class') AS comment FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'import_key'::regclass ORDER BY 1`.execute(database.db);
  expect(comments.rows.map((r) => r.index)).toEqual(['import_key_listing_id_key', 'import_key_pkey']);
  for (const row of comments.rows) expect(row.comment).toMatch(/\w/);

  await migrateTo(database.db, '20261203T1830_index_comments');
  expect(await columns(database.db)).toEqual([]);
  await migrateToLatest(database.db);
  expect(await columns(database.db)).toEqual(added);
});

test('a listing there before the column is not pinned at a ZIP centre (down drops the flag, up adds it as false)', async () => {
  const at = { latitude: 31.76, longitude: -106.48 };
  const pinned = aListing('legal_help', at, {
    location: {
      privacy: 'exact',
      address: { city: 'El Paso', state: 'TX', postalCode: '79901' },
      ...at,
      pointFromZip: true,
    },
  });
  const id = await insertListing(database.db, pinned);
  const flag = () => database.db.selectFrom('listing').select('point_from_zip').where('id', '=', id).executeTakeFirst();
  expect(await flag()).toEqual({ point_from_zip: true });
  await migrateTo(database.db, '20261203T1830_index_comments');
  await migrateToLatest(database.db);
  expect(await flag()).toEqual({ point_from_zip: false });
});
