// What the database already holds for the rows of a file: which listing each source id names, and each listing's
// status, current version and pending submission, read in a few statements whatever the file's length.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ListingInput, type ListingInputParsed } from '../../contract/listing';
import { parseStored } from '../../contract/safe-text';
import type { Database, ListingTable } from '../../db/schema';

/** One listing a file names, as it is now. */
export interface ExistingListing {
  status: ListingTable['status'];
  lastVerifiedOn: string | null;
  source?: ListingInputParsed; // its current version (listing_source); absent for a listing never written so (seeds)
  pending?: { submissionId: string; type: 'new_listing' | 'change'; proposed: ListingInputParsed };
}

/** The database's side of an import. */
export interface ImportState {
  keys: Map<string, string>; // source id -> listing id, from earlier imports
  listings: Map<string, ExistingListing>; // by listing id
  organizationIds: Set<string>; // those of the file's HSDS organization ids already taken
  facilityCodes?: Set<string>; // those of the facility codes the rows name that a facility has (decision 0061)
}

/** Reads what the database holds for these source ids, listing ids and organization ids. */
export async function readImportState(
  db: Kysely<Database>,
  sourceIds: string[],
  listingIds: string[],
  organizationIds: string[],
  facilityCodes: string[] = [],
): Promise<ImportState> {
  const keyRows = sourceIds.length
    ? await db
        .selectFrom('import_key')
        .select(['source_id', 'listing_id'])
        .where(anyOf('source_id', sourceIds, 'text'))
        .execute()
    : [];
  const keys = new Map(keyRows.map((r) => [r.source_id, r.listing_id]));
  const ids = [...new Set([...listingIds, ...keys.values()])];
  const listings = new Map<string, ExistingListing>();
  if (ids.length) {
    const rows = await db
      .selectFrom('listing')
      .leftJoin('listing_source', 'listing_source.listing_id', 'listing.id')
      .select(['listing.id', 'listing.status', 'listing.last_verified_on', 'listing_source.input'])
      .where(anyOf('listing.id', ids, 'uuid'))
      .execute();
    for (const row of rows)
      listings.set(row.id, {
        status: row.status,
        lastVerifiedOn: row.last_verified_on,
        ...(row.input ? { source: parseStored(ListingInput, row.input) } : {}),
      });
    const pending = await db
      .selectFrom('submission')
      .select(['id', 'listing_id', 'type', 'proposed'])
      .where('status', '=', 'pending')
      .where(anyOf('listing_id', [...listings.keys()], 'uuid'))
      .orderBy('seq')
      .execute();
    for (const row of pending) {
      const listing = listings.get(row.listing_id);
      if (listing)
        listing.pending = { submissionId: row.id, type: row.type, proposed: parseStored(ListingInput, row.proposed) };
    }
  }
  const taken = organizationIds.length
    ? await db
        .selectFrom('organization')
        .select('id')
        .where(anyOf('id', organizationIds, 'uuid'))
        .execute()
    : [];
  const facilities = facilityCodes.length
    ? await db
        .selectFrom('facility')
        .select('code')
        .where(anyOf('code', facilityCodes, 'text'))
        .execute()
    : [];
  return {
    keys,
    listings,
    organizationIds: new Set(taken.map((r) => r.id)),
    facilityCodes: new Set(facilities.map((r) => r.code)),
  };
}

// column = ANY($values): one parameter however many values (an IN list would take one each, and a file has thousands).
function anyOf(column: string, values: string[], type: 'text' | 'uuid'): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = ANY(${values}::${sql.raw(type)}[])`;
}
