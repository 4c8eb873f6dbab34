// Frozen in time: what the bulk import (server/exchange/import/) needs. A listing may be pinned at its ZIP code's centre
// (a spreadsheet row with a ZIP and no coordinates), which its page says; a submission may come from an imported file,
// which the moderation queue shows; and each imported row's own id is kept, so that importing the file again finds the
// same listing instead of making a duplicate. Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  // false for every listing written before: they were all placed by their own coordinates.
  sql`ALTER TABLE listing ADD COLUMN point_from_zip boolean NOT NULL DEFAULT false`, // true: the point is the ZIP code's centre, not the place

  sql`ALTER TABLE submission ADD COLUMN origin text`, // e.g. 'import: listings.csv row 12'; NULL: sent through the form or the API

  // The id a file gave each listing it brought in (its CSV `id`, its HSDS service id): the next import of that file
  // updates the listing it names instead of adding a second one.
  sql`CREATE TABLE import_key (
    source_id text PRIMARY KEY,                       -- as the file wrote it; the primary key serves the lookup
    listing_id uuid NOT NULL UNIQUE REFERENCES listing (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`COMMENT ON INDEX import_key_pkey IS 'import: the listing a row of a file names, WHERE source_id = ANY($ids)'`,
  sql`COMMENT ON INDEX import_key_listing_id_key IS 'one source id per listing; ON DELETE CASCADE from listing without a sequential scan'`,
];

/** Adds listing.point_from_zip, submission.origin and the import_key table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Drops them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS import_key`.execute(db);
  await sql`ALTER TABLE submission DROP COLUMN IF EXISTS origin`.execute(db);
  await sql`ALTER TABLE listing DROP COLUMN IF EXISTS point_from_zip`.execute(db);
}
