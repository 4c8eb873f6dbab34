// Writes listings: the only place that turns a ListingInput into rows, so every writer derives columns alike.
import type { Insertable, Kysely } from 'kysely';
import { ListingInput, type ListingInputParsed, type LocationInput } from '../contract/listing';
import type { Database, ListingContentTable, ListingPrivateLocationTable, ListingTable } from '../db/schema';
import { buildSearchDocument } from './search-document';
import { openingMinuteRanges } from '../contract/opening-hours';
import { toMultirangeLiteral } from './opening-minutes';
import { publicPointFor } from './public-point';
import { volunteerSkillsOf } from './volunteer-skills';
import {
  facilitiesNamedBy,
  insertListingFacilities,
  listingFacilityRows,
  releasedFromWords,
  replaceListingFacilities,
  withFacilityNames,
  type FacilitiesByCode,
} from '../facilities/listing-facilities.writer';
import {
  deletePrivateLocation,
  insertListingContent,
  insertListingRow,
  insertOrganization,
  insertPrivateLocation,
  readListingKept,
  updateListingRows,
  updateOrganization,
  type OrganizationColumns,
} from './listing-rows.queries';

/** Options for inserting a listing. */
export interface InsertListingOptions {
  id?: string; // fixed id (seeds, tests); generated when absent
  now?: Date; // clock for created_at/updated_at
}

/** Validates and inserts a listing with its organization (and private location), in one transaction. */
export async function insertListing(
  db: Kysely<Database>,
  input: ListingInput,
  options: InsertListingOptions = {},
): Promise<string> {
  const parsed = ListingInput.parse(input);
  return inTransaction(db, async (trx) => {
    // A facility named by code must exist; its name and place are stored as the facility's (decision 0061).
    const facilities = await facilitiesNamedBy(trx, [parsed]);
    const listing = withFacilityNames(parsed, facilities);
    const now = options.now ?? new Date();
    const organizationId = await insertOrganization(trx, organizationColumns(listing), now);
    const row = listingRow(listing, organizationId, now);
    const id = await insertListingRow(trx, options.id ? { ...row, id: options.id } : row);
    await insertListingContent(trx, listingContentRow(listing, id, facilities));
    if (listing.location?.privacy === 'confidential')
      await insertPrivateLocation(trx, privateLocationRow(id, listing.location, now));
    await insertListingFacilities(trx, listingFacilityRows(id, listing, facilities));
    return id;
  });
}

/** Moves a listing to a new location: public columns are recomputed, the exact place goes to the private table. */
export async function updateListingLocation(
  db: Kysely<Database>,
  id: string,
  location: LocationInput,
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await updateListingRows(trx, id, { ...publicLocationColumns(location), updated_at: now });
    await deletePrivateLocation(trx, id);
    if (location.privacy === 'confidential') await insertPrivateLocation(trx, privateLocationRow(id, location, now));
  });
}

/** How a replaced listing is published: its status and verified date are the caller's decision, not the input's. */
export interface ReplaceListingOptions {
  status: ListingInputParsed['status'];
  lastVerifiedOn?: string; // YYYY-MM-DD; kept as it was when absent
  now: Date;
}

/** Rewrites listing `id` from `input` (organization and private location too), keeping its id and creation time. */
export async function replaceListing(
  db: Kysely<Database>,
  id: string,
  input: ListingInput,
  options: ReplaceListingOptions,
): Promise<void> {
  const parsed = ListingInput.parse(input);
  const { now } = options;
  await inTransaction(db, async (trx) => {
    const facilities = await facilitiesNamedBy(trx, [parsed]);
    const listing = withFacilityNames(parsed, facilities);
    const current = await readListingKept(trx, id);
    await updateOrganization(trx, current.organization_id, organizationColumns(listing), now);
    const version = {
      ...listing,
      status: options.status,
      lastVerifiedOn: options.lastVerifiedOn ?? current.last_verified_on ?? undefined,
    };
    const {
      created_at: _created,
      organization_id: _organization,
      ...row
    } = listingRow(version, current.organization_id, now);
    const { listing_id: _id, ...content } = listingContentRow(listing, id, facilities);
    await updateListingRows(trx, id, row, content);
    await deletePrivateLocation(trx, id);
    if (listing.location?.privacy === 'confidential')
      await insertPrivateLocation(trx, privateLocationRow(id, listing.location, now));
    await replaceListingFacilities(trx, id, listing, facilities);
  });
}

/** The listing row for a parsed listing (the columns a search reads); exported for the bulk loader. */
export function listingRow(listing: ListingInputParsed, organizationId: string, now: Date): Insertable<ListingTable> {
  const details = listing.details;
  return {
    organization_id: organizationId,
    kind: details.kind,
    name: listing.name,
    name_es: listing.nameEs ?? null,
    ...(listing.location ? publicLocationColumns(listing.location) : emptyLocationColumns()),
    service_area: JSON.stringify(listing.serviceArea),
    phones: JSON.stringify(listing.phones),
    email: listing.email ?? null,
    website: listing.website ?? null,
    languages: listing.languages,
    time_zone: listing.hours?.timeZone ?? null,
    opening_minutes: listing.hours ? toMultirangeLiteral(openingMinuteRanges(listing.hours.openings)) : null,
    accepted_goods: details.kind === 'shelter' ? details.acceptedGoods : [],
    services: details.kind === 'accompaniment' ? details.services : [],
    volunteer_skills: volunteerSkillsOf(details),
    status: listing.status,
    last_verified_on: listing.lastVerifiedOn ?? null,
    is_demo: listing.isDemo,
    created_at: now,
    updated_at: now,
  };
}

/** The listing_content row for a parsed listing (the long text and JSON); exported for the bulk loader. */
export function listingContentRow(
  listing: ListingInputParsed,
  listingId: string,
  facilities: FacilitiesByCode = new Map(),
): Insertable<ListingContentTable> {
  return {
    listing_id: listingId,
    description: JSON.stringify(listing.description),
    hours: listing.hours ? JSON.stringify(listing.hours) : null,
    details: JSON.stringify(listing.details),
    search_document: buildSearchDocument(listing, releasedFromWords(listing, facilities)),
  };
}

// Public columns for a location: a confidential one keeps only its city, state and cell centre.
function publicLocationColumns(location: LocationInput) {
  const point = publicPointFor(location, location.privacy);
  const exact = location.privacy === 'exact';
  return {
    address_1: exact ? (location.address.address1 ?? null) : null,
    address_2: exact ? (location.address.address2 ?? null) : null,
    city: location.address.city,
    state: location.address.state,
    postal_code: exact ? (location.address.postalCode ?? null) : null,
    latitude: point.latitude,
    longitude: point.longitude,
    location_privacy: location.privacy,
    point_from_zip: location.pointFromZip === true,
  };
}

function emptyLocationColumns() {
  return {
    address_1: null,
    address_2: null,
    city: null,
    state: null,
    postal_code: null,
    latitude: null,
    longitude: null,
    location_privacy: 'exact' as const,
    point_from_zip: false,
  };
}

/** The exact place of a confidential listing, kept where no public query reads; exported for the bulk loader. */
export function privateLocationRow(
  listingId: string,
  location: LocationInput,
  now: Date,
): Insertable<ListingPrivateLocationTable> {
  const a = location.address;
  return {
    listing_id: listingId,
    address_1: a.address1 ?? null,
    address_2: a.address2 ?? null,
    city: a.city,
    state: a.state,
    postal_code: a.postalCode ?? null,
    latitude: location.latitude,
    longitude: location.longitude,
    updated_at: now,
  };
}

/** The organization's columns as a listing names it; exported for the bulk loader. */
export function organizationColumns(listing: ListingInputParsed): OrganizationColumns {
  const organization = listing.organization;
  return { name: organization.name, website: organization.website ?? null, email: organization.email ?? null };
}

/** Runs `work` in a transaction, or inside the caller's when `db` already is one. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
