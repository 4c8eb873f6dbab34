// Migration 20261128T0600_listing_content moves a listing's long text and JSON to a side table. Down and up again on a
// database with listings must keep every value, the text-search vector and what the API answers.
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { insertListing } from '../../server/listings/listings.writer';
import { findPublishedListing } from '../../server/listings/listings.queries';
import { createListingSearch } from '../../server/listings/search';
import { SearchQuery } from '@contract/search';

const NOW = new Date('2026-11-27T18:00:00Z');
const EL_PASO = { latitude: 31.7619, longitude: -106.485 };

let database: DatabaseHandle;
let id: string;

beforeAll(async () => {
  database = await createTestDatabase();
  id = await insertListing(
    database.db,
    aListing('shelter', EL_PASO, {
      name: 'Casa de los Niños',
      description: { en: 'Story time every Saturday.', es: 'Hora del cuento cada sábado.' },
      hours: { timeZone: 'America/Denver', openings: [{ day: 'sa', opensAt: '09:00', closesAt: '12:00' }] },
      lastVerifiedOn: '2026-11-01',
    }),
    { now: NOW },
  );
});

afterAll(async () => {
  await database?.close();
});

// What the public sees of the listing: its detail, and whether a text search in each language finds it.
async function publicView() {
  const detail = await findPublishedListing(database.db, id, NOW);
  const found = async (q: string) => {
    const search = createListingSearch(database.db, { cursorSecret: 'migration-test-secret-0123456789' });
    const result = await search.run(SearchQuery.parse({ near: '31.7619,-106.485', q }), { now: NOW });
    return result.results.map((r) => r.id);
  };
  return {
    detail,
    byEnglish: await found('story'),
    bySpanish: await found('cuento'),
    byAccentless: await found('ninos'),
  };
}

test('down puts the columns back on listing with their values, and up moves them out again unchanged', async () => {
  const before = await publicView();
  expect(before.detail?.description).toEqual({ en: 'Story time every Saturday.', es: 'Hora del cuento cada sábado.' });
  expect([before.byEnglish, before.bySpanish, before.byAccentless]).toEqual([[id], [id], [id]]);

  await migrateTo(database.db, '20261127T2330_submissions_and_moderation'); // the one before it: later migrations go down first
  const restored = await sql<{ description: unknown; hours: unknown; details: unknown; matches: boolean }>`
    SELECT description, hours, details, search_vector @@ websearch_to_tsquery('spanish', 'cuento') AS matches FROM listing WHERE id = ${id}`.execute(
    database.db,
  );
  expect(restored.rows[0]).toEqual({
    description: before.detail!.description,
    hours: before.detail!.hours,
    details: before.detail!.details,
    matches: true,
  });
  const tables = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'listing_content'`.execute(database.db);
  expect(tables.rows[0]!.n).toBe(0);

  await migrateToLatest(database.db);
  expect(await publicView()).toEqual(before);
  const columns = await sql<{ column_name: string }>`
    SELECT column_name FROM information_schema.columns WHERE table_name = 'listing' AND column_name IN ('description', 'hours', 'details', 'search_document', 'search_vector')`.execute(
    database.db,
  );
  expect(columns.rows).toEqual([]);
});

test('deleting a listing deletes its content row', async () => {
  const other = await insertListing(database.db, aListing('legal_help', EL_PASO), { now: NOW });
  await sql`DELETE FROM listing WHERE id = ${other}`.execute(database.db);
  const left = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM listing_content WHERE listing_id = ${other}`.execute(database.db);
  expect(left.rows[0]!.n).toBe(0);
});
