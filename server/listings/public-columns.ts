// The public columns of a listing and the join every public read starts from: nothing from listing_private_location,
// no search internals, only published rows (each query states status = 'published').
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { MINUTES_PER_WEEK } from '../contract/opening-hours';

const THURSDAY_MINUTE_OF_WEEK = 3 * 24 * 60; // 1970-01-01, where epoch minutes start, was a Thursday

/** A query over listings joined to their organization. */
export type ListingQuery = SelectQueryBuilder<Database, 'listing' | 'organization', object>;

/** Listings joined to their organization, where every public read starts. */
export function publicListings(db: Kysely<Database>): ListingQuery {
  return db.selectFrom('listing').innerJoin('organization', 'organization.id', 'listing.organization_id');
}

/**
 * The columns a result in a list needs, with open-now at `now` (ISO instant). The long text and JSON (description,
 * hours, details) live in listing_content and are read for the detail view alone.
 */
export function selectSummaryColumns(qb: ListingQuery, now: string) {
  return qb.select([
    'listing.id',
    'listing.kind',
    'listing.name',
    'listing.name_es',
    'organization.name as organization_name',
    'listing.address_1',
    'listing.address_2',
    'listing.city',
    'listing.state',
    'listing.postal_code',
    'listing.latitude',
    'listing.longitude',
    'listing.location_privacy',
    'listing.point_from_zip',
    'listing.service_area',
    'listing.phones',
    'listing.website',
    'listing.languages',
    'listing.accepted_goods',
    'listing.services',
    'listing.volunteer_skills',
    'listing.last_verified_on',
    'listing.is_demo',
    openNowExpression(now).as('open_now'),
  ]);
}

/** Everything public about one listing: the summary, and its long text and JSON from listing_content. */
export function selectDetailColumns(qb: ListingQuery, now: string) {
  return selectSummaryColumns(qb, now)
    .innerJoin('listing_content', 'listing_content.listing_id', 'listing.id')
    .select([
      'organization.website as organization_website',
      'organization.email as organization_email',
      'listing_content.description',
      'listing.email',
      'listing_content.hours',
      'listing_content.details',
      linkedFacilitiesExpression().as('facilities'),
    ]);
}

/** A facility a listing is linked to (listing_facility), as the detail view reads it. */
export interface LinkedFacilityRow {
  id: string;
  code: string;
  name: string;
  city: string;
  state: string;
  role: 'visits' | 'accompanies';
}

/** The facilities one listing serves, as a JSON array (decision 0061); read through listing_facility_pkey. */
export function linkedFacilitiesExpression(): RawBuilder<LinkedFacilityRow[]> {
  return sql<LinkedFacilityRow[]>`(SELECT coalesce(jsonb_agg(jsonb_build_object('id', f.id, 'code', f.code,
    'name', f.name, 'city', f.city, 'state', f.state, 'role', lf.role) ORDER BY f.code), '[]'::jsonb)
    FROM listing_facility lf JOIN facility f ON f.id = lf.facility_id WHERE lf.listing_id = listing.id)`;
}

/** Whether a listing is open at `now` (ISO instant) in its own time zone; NULL when it gives no hours. */
export function openNowExpression(now: string): RawBuilder<boolean | null> {
  // The minute of the local week (Monday 00:00 = 0) from one time-zone conversion per row: local minutes since
  // 1970-01-01 00:00, a Thursday, plus the three days from Monday, modulo a week. (isodow, hour and minute each
  // converted the instant again; date_part returns float8, where extract would do numeric arithmetic.)
  const localMinutes = sql`floor(date_part('epoch', ${now}::timestamptz AT TIME ZONE listing.time_zone) / 60)::int8`;
  const week = sql.lit(MINUTES_PER_WEEK);
  return sql<
    boolean | null
  >`(listing.opening_minutes @> (((${localMinutes} + ${sql.lit(THURSDAY_MINUTE_OF_WEEK)}) % ${week} + ${week}) % ${week})::int4)`;
}
