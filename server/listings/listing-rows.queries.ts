// The rows a listing is written to: organization, listing, listing_content and listing_private_location. Which values
// go in them is listings.writer.ts's business; these only write and read them.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type {
  Database,
  ListingContentTable,
  ListingPrivateLocationTable,
  ListingTable,
  OrganizationTable,
} from '../db/schema';

/** An organization's own columns, as a listing names it. */
export type OrganizationColumns = Pick<OrganizationTable, 'name' | 'website' | 'email'>;

/** Inserts an organization; returns its id. */
export async function insertOrganization(
  db: Kysely<Database>,
  organization: OrganizationColumns,
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('organization')
    .values({ ...organization, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Rewrites organization `id`'s columns. */
export async function updateOrganization(
  db: Kysely<Database>,
  id: string,
  organization: OrganizationColumns,
  now: Date,
): Promise<void> {
  await db
    .updateTable('organization')
    .set({ ...organization, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Inserts a listing row; returns its id (`row.id` when given, else a new one). */
export async function insertListingRow(db: Kysely<Database>, row: Insertable<ListingTable>): Promise<string> {
  const inserted = await db.insertInto('listing').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Inserts a listing's content row (its long text and JSON). */
export async function insertListingContent(
  db: Kysely<Database>,
  content: Insertable<ListingContentTable>,
): Promise<void> {
  await db.insertInto('listing_content').values(content).execute();
}

/** What a rewrite of listing `id` keeps: its organization and its verified date. */
export async function readListingKept(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('listing')
    .select(['organization_id', 'last_verified_on'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** Rewrites listing `id`'s row (the columns given) and, when given, its content row. */
export async function updateListingRows(
  db: Kysely<Database>,
  id: string,
  row: Updateable<ListingTable>,
  content?: Updateable<ListingContentTable>,
): Promise<void> {
  await db.updateTable('listing').set(row).where('id', '=', id).execute();
  if (content) await db.updateTable('listing_content').set(content).where('listing_id', '=', id).execute();
}

/** Stores a confidential listing's exact place. */
export async function insertPrivateLocation(
  db: Kysely<Database>,
  location: Insertable<ListingPrivateLocationTable>,
): Promise<void> {
  await db.insertInto('listing_private_location').values(location).execute();
}

/** Forgets listing `listingId`'s exact place, if it had one. */
export async function deletePrivateLocation(db: Kysely<Database>, listingId: string): Promise<void> {
  await db.deleteFrom('listing_private_location').where('listing_id', '=', listingId).execute();
}
