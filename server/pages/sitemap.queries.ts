// The listings a sitemap names: every published one (the same rule as its page, findPublishedListing).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Ids and last change of every published listing, in id order (a stable file). Served by listing.status's index. */
export async function listPublishedListingIds(db: Kysely<Database>): Promise<Array<{ id: string; updatedAt: Date }>> {
  const rows = await db
    .selectFrom('listing')
    .select(['id', 'updated_at'])
    .where('status', '=', 'published')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, updatedAt: new Date(row.updated_at as unknown as string | Date) }));
}
