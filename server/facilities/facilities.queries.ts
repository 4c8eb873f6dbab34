// Reads facilities: nearest first around a point (the GiST KNN walk on facility.earth, as the listing search does on
// listing.earth), one by id, and the published listings that serve one (docs/decisions/0061-facilities-and-references.md).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { BoundingBox } from '../contract/search';
import type { Database, FacilityTable, ListingFacilityTable } from '../db/schema';
import { chordMetres, earthBoxLiteral, earthCubeLiteral } from '../db/geo';
import { publicListings, selectSummaryColumns } from '../listings/public-columns';
import { HIDDEN_FROM_SEARCH_AFTER_DAYS, utcDateDaysBefore } from '../listings/staleness';

/** A facility row with how many published visitation programs visit it. */
export type FacilityRow = Selectable<Omit<FacilityTable, 'earth'>> & { visitor_count: number };

const COLUMNS = [
  'facility.id',
  'facility.code',
  'facility.name',
  'facility.type',
  'facility.operator',
  'facility.address_1',
  'facility.city',
  'facility.state',
  'facility.postal_code',
  'facility.latitude',
  'facility.longitude',
  'facility.ice_field_office',
  'facility.visiting_phone',
  'facility.source_name',
  'facility.source_url',
  'facility.as_of',
  'facility.is_sample',
  'facility.created_at',
  'facility.updated_at',
] as const;

// A listing not re-confirmed for a year has left public search (listings/staleness.ts): the facility answers leave it
// out too, so "who visits" never names a program the search no longer shows.
const shownInSearchSince = (now: Date) => utcDateDaysBefore(now, HIDDEN_FROM_SEARCH_AFTER_DAYS);

// Visitation programs linked to the facility that the search shows (listing_facility_facility_idx, then the pkey).
const visitorCount = (now: Date) => sql<number>`(SELECT count(*)::int FROM listing_facility lf
  JOIN listing l ON l.id = lf.listing_id
  WHERE lf.facility_id = facility.id AND lf.role = 'visits' AND l.status = 'published'
    AND l.last_verified_on > ${shownInSearchSince(now)}::date)`;

/** Where to look: a point, the radius around it, and a map view's box when the search is a bbox. */
export interface FacilitiesNearRequest {
  origin: { latitude: number; longitude: number };
  radiusMetres: number;
  bbox?: BoundingBox;
  limit: number;
  now: Date; // for the visitor counts (staleness)
}

/** Facilities within the radius (and inside the box, for a map view), nearest first, each with its chord distance. */
export async function findFacilitiesNear(
  db: Kysely<Database>,
  request: FacilitiesNearRequest,
): Promise<Array<FacilityRow & { knn: number }>> {
  return facilitiesNearQuery(db, request).execute();
}

/** The statement findFacilitiesNear runs: a GiST walk of facility_earth_idx, nearest first (tests EXPLAIN it). */
export function facilitiesNearQuery(
  db: Kysely<Database>,
  { origin, radiusMetres, bbox, limit, now }: FacilitiesNearRequest,
) {
  const point = sql`${earthCubeLiteral(origin.latitude, origin.longitude)}::cube`;
  const box = sql`${earthBoxLiteral(origin.latitude, origin.longitude, radiusMetres)}::cube`;
  let query = db
    .selectFrom('facility')
    .select(COLUMNS)
    .select(visitorCount(now).as('visitor_count'))
    .select(sql<number>`(facility.earth <-> ${point})`.as('knn'))
    .where(sql<boolean>`facility.earth && ${box}`)
    .where(sql<boolean>`(facility.earth <-> ${point}) <= ${chordMetres(radiusMetres)}::float8`);
  if (bbox) {
    query = query.where('facility.latitude', '>=', bbox.south).where('facility.latitude', '<=', bbox.north);
    query =
      bbox.west <= bbox.east
        ? query.where('facility.longitude', '>=', bbox.west).where('facility.longitude', '<=', bbox.east)
        : query.where((eb) =>
            eb.or([eb('facility.longitude', '>=', bbox.west), eb('facility.longitude', '<=', bbox.east)]),
          );
  }
  // The distance alone: a second sort key would make the planner sort every row in range instead of walking the
  // index nearest first, as the listing search's statement does (decision 0026).
  return query.orderBy(sql`facility.earth <-> ${point}`).limit(limit);
}

/** One facility by id, or undefined; its visitor count as of `now`. */
export async function findFacility(db: Kysely<Database>, id: string, now: Date): Promise<FacilityRow | undefined> {
  return db
    .selectFrom('facility')
    .select(COLUMNS)
    .select(visitorCount(now).as('visitor_count'))
    .where('facility.id', '=', id)
    .executeTakeFirst();
}

/** The listings the search shows that are linked to a facility in one role (visitors, accompaniers), by name. */
export async function findFacilityListings(
  db: Kysely<Database>,
  facilityId: string,
  role: ListingFacilityTable['role'],
  now: Date,
) {
  const q = publicListings(db)
    .where(sql<boolean>`listing.status = 'published'`)
    .where(sql<boolean>`listing.last_verified_on > ${shownInSearchSince(now)}::date`)
    .where(
      'listing.id',
      'in',
      db
        .selectFrom('listing_facility')
        .select('listing_facility.listing_id')
        .where('listing_facility.facility_id', '=', facilityId)
        .where('listing_facility.role', '=', role),
    );
  return selectSummaryColumns(q, now.toISOString()).orderBy('listing.name').orderBy('listing.id').execute();
}
