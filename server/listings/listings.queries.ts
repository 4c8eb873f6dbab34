// The detail query: one published listing with everything public about it. The search's statements are in search/.
// Every query here reads public columns only (public-columns.ts), and only published rows.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { publicListings, selectDetailColumns } from './public-columns';

/** One published listing by id, or undefined. */
export async function findPublishedListing(db: Kysely<Database>, id: string, now: Date) {
  const q = publicListings(db)
    .where(sql<boolean>`listing.status = 'published'`)
    .where('listing.id', '=', id);
  return selectDetailColumns(q, now.toISOString()).executeTakeFirst();
}

/** A public listing row as the detail query returns it. */
export type PublicListingRow = NonNullable<Awaited<ReturnType<typeof findPublishedListing>>>;
