// Keeps listing_facility in step with a listing's details on every write (insert, replace, import): a visitation
// program's facility code makes a 'visits' row, an accompaniment group's releasedFrom codes make 'accompanies' rows
// (docs/decisions/0061-facilities-and-references.md).
import { sql, type Insertable, type Kysely } from 'kysely';
import type { ListingInputParsed } from '../contract/listing';
import type { Database, ListingFacilityTable } from '../db/schema';
import { ApiError } from '../http/errors';

/** A facility as a listing's details name it. */
export interface FacilityReference {
  id: string;
  code: string;
  name: string;
  city: string;
  state: string;
}

/** The facilities listings refer to, by code. */
export type FacilitiesByCode = ReadonlyMap<string, FacilityReference>;

/** The facility codes a listing's details name, with the role each gives the listing. */
export function facilityCodesOf(
  details: ListingInputParsed['details'],
): Array<{ code: string; role: ListingFacilityTable['role'] }> {
  if (details.kind === 'visitation_program' && details.facility.code)
    return [{ code: details.facility.code, role: 'visits' }];
  if (details.kind === 'accompaniment')
    return (details.releasedFrom ?? []).map(({ code }) => ({ code, role: 'accompanies' }));
  return [];
}

/** The message for a code no facility has (field is the path, such as details.facility.code). */
export function unknownFacilityMessage(code: string): string {
  return `no detention facility has the code ${code}; leave it out to keep the name as text`;
}

/** Reads the facilities `listings` name; a 400 naming the first code no facility has. */
export async function facilitiesNamedBy(
  trx: Kysely<Database>,
  listings: readonly ListingInputParsed[],
): Promise<FacilitiesByCode> {
  const codes = [...new Set(listings.flatMap((l) => facilityCodesOf(l.details).map((c) => c.code)))];
  if (codes.length === 0) return new Map();
  const rows = await trx
    .selectFrom('facility')
    .select(['id', 'code', 'name', 'city', 'state'])
    .where('code', 'in', codes)
    .execute();
  const found = new Map(rows.map((r) => [r.code, r]));
  const missing = codes.find((code) => !found.has(code));
  if (missing !== undefined) {
    const parameter = listings.some(
      (l) => l.details.kind === 'visitation_program' && l.details.facility.code === missing,
    )
      ? 'details.facility.code'
      : 'details.releasedFrom';
    const message = unknownFacilityMessage(missing);
    throw new ApiError(400, 'unknown_facility', `${parameter}: ${message}`, [{ parameter, message }]);
  }
  return found;
}

/** The listing as stored: a linked visitation program's facility name, city and state are the facility's own. */
export function withFacilityNames(listing: ListingInputParsed, facilities: FacilitiesByCode): ListingInputParsed {
  const details = listing.details;
  if (details.kind !== 'visitation_program' || !details.facility.code) return listing;
  const facility = facilities.get(details.facility.code);
  if (!facility) return listing;
  const { name, city, state } = facility;
  return {
    ...listing,
    details: {
      ...details,
      facility: { code: facility.code, name, city, state: state as typeof details.facility.state },
    },
  };
}

/** The names and places of the facilities an accompaniment group names, for its search text. */
export function releasedFromWords(listing: ListingInputParsed, facilities: FacilitiesByCode): string[] {
  if (listing.details.kind !== 'accompaniment') return [];
  return (listing.details.releasedFrom ?? []).flatMap(({ code }) => {
    const facility = facilities.get(code);
    return facility ? [facility.name, facility.city] : [];
  });
}

/** The listing_facility rows of one listing (duplicates of a code in releasedFrom made once). */
export function listingFacilityRows(
  listingId: string,
  listing: ListingInputParsed,
  facilities: FacilitiesByCode,
): Insertable<ListingFacilityTable>[] {
  const seen = new Set<string>();
  return facilityCodesOf(listing.details).flatMap(({ code, role }) => {
    const facility = facilities.get(code);
    if (!facility || seen.has(`${role}:${code}`)) return [];
    seen.add(`${role}:${code}`);
    return [{ listing_id: listingId, facility_id: facility.id, role }];
  });
}

/** Inserts listing_facility rows, in batches (an import inserts thousands). */
export async function insertListingFacilities(
  trx: Kysely<Database>,
  rows: readonly Insertable<ListingFacilityTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto('listing_facility')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** Replaces the facilities one listing serves with those its details now name. */
export async function replaceListingFacilities(
  trx: Kysely<Database>,
  listingId: string,
  listing: ListingInputParsed,
  facilities: FacilitiesByCode,
): Promise<void> {
  await trx.deleteFrom('listing_facility').where('listing_id', '=', listingId).execute();
  await insertListingFacilities(trx, listingFacilityRows(listingId, listing, facilities));
}

/**
 * Links listings written in bulk (seeds/synthetic.ts writes rows, not ListingInputs) to the facilities their stored
 * details name by code; a code no facility has links nothing. Idempotent.
 */
export async function linkListingsToFacilities(trx: Kysely<Database>, listingIds: readonly string[]): Promise<void> {
  if (listingIds.length === 0) return;
  await sql`
    INSERT INTO listing_facility (listing_id, facility_id, role)
    SELECT c.listing_id, f.id, 'visits' FROM listing_content c
      JOIN facility f ON f.code = c.details->'facility'->>'code'
      WHERE c.listing_id = ANY(${listingIds}::uuid[]) AND c.details->>'kind' = 'visitation_program'
    UNION
    SELECT c.listing_id, f.id, 'accompanies' FROM listing_content c
      CROSS JOIN LATERAL jsonb_array_elements(coalesce(c.details->'releasedFrom', '[]'::jsonb)) AS released(item)
      JOIN facility f ON f.code = released.item->>'code'
      WHERE c.listing_id = ANY(${listingIds}::uuid[]) AND c.details->>'kind' = 'accompaniment'
    ON CONFLICT DO NOTHING`.execute(trx);
}
