// The SQL of public listing reads. Every query here reads public columns only, and only published rows.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';
import type { BoundingBox } from '../contract/search';
import type { DistanceKey } from '../db/pagination';
import { distanceMetres, earthBoxContains, knnDistance, earthPoint, withinMetres } from '../db/geo';
import type { Point } from './public-point';
import { HIDDEN_FROM_SEARCH_AFTER_DAYS, utcDateDaysBefore } from './staleness';

/** Filters shared by the distance-ordered and the nationwide queries; within a facet any value matches. */
export interface ListingFilters {
  kinds?: string[];
  accepts?: string[];
  services?: string[];
  languages?: string[];
  q?: string;
  openNow?: boolean;
  now: Date; // the clock for open-now
}

/** A distance-ordered search around a point, or inside a box (ordered from its centre). */
export interface NearbySearch {
  origin: Point;
  radiusMetres: number; // for a box: the distance from its centre to its farthest corner
  bbox?: BoundingBox; // exact membership test when searching a map view
  filters: ListingFilters;
  limit: number;
  after?: DistanceKey; // keyset: rows strictly after this one
}

type ListingQuery = SelectQueryBuilder<Database, 'listing' | 'organization', object>;

// Public columns only: nothing from listing_private_location, no search internals. A list row reads what a
// result needs; the long text and JSON (description, hours, details) are read for the detail view alone.
function selectSummaryColumns(qb: ListingQuery, now: Date) {
  return qb.select([
    'listing.id',
    'listing.kind',
    'listing.name',
    'organization.name as organization_name',
    'listing.address_1',
    'listing.address_2',
    'listing.city',
    'listing.state',
    'listing.postal_code',
    'listing.latitude',
    'listing.longitude',
    'listing.location_privacy',
    'listing.service_area',
    'listing.phones',
    'listing.website',
    'listing.languages',
    'listing.accepted_goods',
    'listing.services',
    'listing.last_verified_on',
    'listing.is_demo',
    openNowExpression(now).as('open_now'),
  ]);
}

function selectDetailColumns(qb: ListingQuery, now: Date) {
  return selectSummaryColumns(qb, now).select([
    'organization.website as organization_website',
    'organization.email as organization_email',
    'listing.description',
    'listing.email',
    'listing.hours',
    'listing.details',
  ]);
}

/** Whether a listing is open at `now` in its own time zone; NULL when it gives no hours. */
function openNowExpression(now: Date): RawBuilder<boolean | null> {
  const local = sql`(${now.toISOString()}::timestamptz AT TIME ZONE listing.time_zone)`;
  return sql<boolean | null>`(listing.opening_minutes @> (
    (extract(isodow FROM ${local})::int - 1) * 1440 + extract(hour FROM ${local})::int * 60 + extract(minute FROM ${local})::int))`;
}

function applyFilters(qb: ListingQuery, f: ListingFilters): ListingQuery {
  // A literal, not a parameter: the partial indexes are defined WHERE status = 'published'.
  let q = qb.where(sql<boolean>`listing.status = 'published'`);
  // Not re-confirmed for a year: out of search until it is (staleness.ts; NULL, never verified, is out too).
  q = q.where(sql<boolean>`listing.last_verified_on > ${utcDateDaysBefore(f.now, HIDDEN_FROM_SEARCH_AFTER_DAYS)}::date`);
  if (f.kinds?.length) q = q.where('listing.kind', 'in', f.kinds);
  if (f.accepts?.length) q = q.where(sql<boolean>`listing.accepted_goods && ${sql.val(f.accepts)}::text[]`);
  if (f.services?.length) q = q.where(sql<boolean>`listing.services && ${sql.val(f.services)}::text[]`);
  if (f.languages?.length) q = q.where(sql<boolean>`listing.languages && ${sql.val(f.languages)}::text[]`);
  if (f.q) {
    q = q.where(sql<boolean>`listing.search_vector @@ (websearch_to_tsquery('english', unaccent(${f.q}))
                                                      || websearch_to_tsquery('spanish', unaccent(${f.q})))`);
  }
  if (f.openNow !== undefined) {
    const open = openNowExpression(f.now);
    // The bare containment test (NULL counts as false in WHERE) lets the planner estimate it from statistics;
    // wrapped in IS TRUE it guessed two rows and chose a full sort over the nearest-first index walk.
    q = q.where(f.openNow ? (open as RawBuilder<boolean>) : sql<boolean>`${open} IS NOT TRUE`);
  }
  return q;
}

/** The KNN search as a query builder, so the bench and the plan test can compile exactly what the app runs. */
export function buildSearchListingsNear(db: Kysely<Database>, s: NearbySearch) {
  const origin = earthPoint(s.origin.latitude, s.origin.longitude);
  let q = applyFilters(db.selectFrom('listing').innerJoin('organization', 'organization.id', 'listing.organization_id'), s.filters)
    .where(earthBoxContains(origin, s.radiusMetres))
    .where(s.bbox ? insideBox(s.bbox) : withinMetres(origin, s.radiusMetres));
  if (s.after) q = q.where(sql<boolean>`(${knnDistance(origin)}, listing.id) > (${s.after.knn}::float8, ${s.after.id}::uuid)`);
  // The GiST index hands rows over in `<->` order only when `<->` is the whole ORDER BY: with `, id` added, PostgreSQL 15
  // sorts every row in the radius instead (about 100 ms at 1M listings in a city). So take the nearest in index order,
  // WITH TIES so that equidistant rows (listings sharing a confidential cell centre) are never cut at the limit, then
  // order that handful by (distance, id), the keyset order the cursor relies on.
  const nearest = selectSummaryColumns(q, s.filters.now)
    .select([distanceMetres(origin).as('distance_m'), knnDistance(origin).as('knn')])
    .orderBy(knnDistance(origin))
    .fetch(s.limit, 'with ties');
  return db.selectFrom(nearest.as('nearest')).selectAll().orderBy('nearest.knn').orderBy('nearest.id').limit(s.limit);
}

/** Published listings nearest the origin first (GiST KNN on the public point), with distance and KNN key. */
export async function searchListingsNear(db: Kysely<Database>, s: NearbySearch) {
  return buildSearchListingsNear(db, s).execute();
}

/** The nationwide query as a query builder (compiled by the bench's bare endpoint). */
export function buildFindNationwideListings(db: Kysely<Database>, filters: ListingFilters, limit = 50) {
  const q = applyFilters(db.selectFrom('listing').innerJoin('organization', 'organization.id', 'listing.organization_id'), filters).where(
    'listing.is_nationwide',
    '=',
    true,
  );
  return selectSummaryColumns(q, filters.now).orderBy('listing.name').orderBy('listing.id').limit(limit);
}

/** Published nationwide resources matching the filters, by name. */
export async function findNationwideListings(db: Kysely<Database>, filters: ListingFilters, limit = 50) {
  return buildFindNationwideListings(db, filters, limit).execute();
}

/** One published listing by id, or undefined. */
export async function findPublishedListing(db: Kysely<Database>, id: string, now: Date) {
  const q = db
    .selectFrom('listing')
    .innerJoin('organization', 'organization.id', 'listing.organization_id')
    .where(sql<boolean>`listing.status = 'published'`)
    .where('listing.id', '=', id);
  return selectDetailColumns(q, now).executeTakeFirst();
}

/** A public listing row as the detail query returns it. */
export type PublicListingRow = NonNullable<Awaited<ReturnType<typeof findPublishedListing>>>;
/** A public listing row as the search queries return it (no long text or JSON). */
export type SummaryListingRow = Awaited<ReturnType<typeof findNationwideListings>>[number];

// Exact map-view membership on the public point; west > east is a box across the antimeridian.
function insideBox(b: BoundingBox): RawBuilder<boolean> {
  const lng =
    b.west <= b.east
      ? sql`listing.longitude BETWEEN ${b.west}::float8 AND ${b.east}::float8`
      : sql`(listing.longitude >= ${b.west}::float8 OR listing.longitude <= ${b.east}::float8)`;
  return sql<boolean>`(listing.latitude BETWEEN ${b.south}::float8 AND ${b.north}::float8 AND ${lng})`;
}
