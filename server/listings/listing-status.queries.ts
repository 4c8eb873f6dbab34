// A listing's status and verified date, as moderators and organizations change them (the rows: listings.writer.ts).
import type { Kysely } from 'kysely';
import type { Database, ListingTable } from '../db/schema';

/** What a listing's status can be. */
export type ListingStatus = ListingTable['status'];

/** The status and verified date of listing `listingId`; `lock` holds its row until the caller's transaction ends. */
export async function readListingState(
  db: Kysely<Database>,
  listingId: string,
  options: { lock?: boolean } = {},
): Promise<{ status: ListingStatus; last_verified_on: string | null }> {
  const query = db.selectFrom('listing').select(['status', 'last_verified_on']).where('id', '=', listingId);
  return (options.lock ? query.forUpdate() : query).executeTakeFirstOrThrow();
}

/** Whether listing `listingId` exists and is published. */
export async function isListingPublished(db: Kysely<Database>, listingId: string): Promise<boolean> {
  const row = await db
    .selectFrom('listing')
    .select('id')
    .where('id', '=', listingId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves listing `listingId` to `status`; with `onlyFrom`, only when that is its status now. */
export async function setListingStatus(
  db: Kysely<Database>,
  listingId: string,
  status: ListingStatus,
  now: Date,
  onlyFrom?: ListingStatus,
): Promise<void> {
  let query = db.updateTable('listing').set({ status, updated_at: now }).where('id', '=', listingId);
  if (onlyFrom) query = query.where('status', '=', onlyFrom);
  await query.execute();
}

/** Sets the verified date of a published listing; false when the listing is not published. */
export async function setPublishedListingVerified(
  db: Kysely<Database>,
  listingId: string,
  today: string, // YYYY-MM-DD
  now: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable('listing')
    .set({ last_verified_on: today, updated_at: now })
    .where('id', '=', listingId)
    .where('status', '=', 'published')
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}
