// The current version of a listing as its organization wrote it: what the edit link shows and changes are compared to.
import type { Kysely } from 'kysely';
import { ListingInput, type ListingInputParsed } from '../contract/listing';
import { parseStored } from '../contract/safe-text';
import type { Database } from '../db/schema';

/** Saves `input` as listing `listingId`'s current version. */
export async function saveListingSource(
  db: Kysely<Database>,
  listingId: string,
  input: ListingInputParsed,
  now: Date,
): Promise<void> {
  const json = JSON.stringify(input);
  await db
    .insertInto('listing_source')
    .values({ listing_id: listingId, input: json, updated_at: now })
    .onConflict((oc) => oc.column('listing_id').doUpdateSet({ input: json, updated_at: now }))
    .execute();
}

/** The listing's current version, or undefined for one never written through a submission (seeds). */
export async function readListingSource(
  db: Kysely<Database>,
  listingId: string,
): Promise<ListingInputParsed | undefined> {
  const row = await db
    .selectFrom('listing_source')
    .select('input')
    .where('listing_id', '=', listingId)
    .executeTakeFirst();
  return row ? parseStored(ListingInput, row.input) : undefined;
}
