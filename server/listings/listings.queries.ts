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

/** How the exports and the HSDS API walk the published listings. */
export interface PublishedDetailsOptions {
  batchSize?: number; // rows per round trip; 500 when absent
  modifiedAfter?: Date; // only listings changed after this instant
}

/**
 * Every published listing with everything public about it, in id order, read in batches by keyset (never OFFSET), so
 * an export of the whole directory holds one batch in memory and each round trip uses the primary key.
 */
export async function* publishedListingDetails(
  db: Kysely<Database>,
  now: Date,
  options: PublishedDetailsOptions = {},
): AsyncGenerator<PublicListingRow & { updated_at: Date }> {
  const batchSize = options.batchSize ?? 500;
  let after: string | undefined;
  for (;;) {
    let q = publicListings(db).where(sql<boolean>`listing.status = 'published'`);
    if (options.modifiedAfter) q = q.where('listing.updated_at', '>', options.modifiedAfter);
    if (after !== undefined) q = q.where('listing.id', '>', after);
    const rows = await selectDetailColumns(q, now.toISOString())
      .select('listing.updated_at')
      .orderBy('listing.id')
      .limit(batchSize)
      .execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = last.id;
  }
}
