// The SQL of public listing reads. Every query here reads public columns only, and only published rows.
import { sql, type Compilable, type CompiledQuery, type InferResult, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';
import type { BoundingBox } from '../contract/search';
import type { DistanceKey } from '../db/pagination';
import { distanceMetres, earthBoxContains, earthCubeLiteral, earthValue, knnDistance, withinMetres } from '../db/geo';
import { StatementTemplates } from '../db/statement-templates';
import type { Point } from './public-point';
import { HIDDEN_FROM_SEARCH_AFTER_DAYS, utcDateDaysBefore } from './staleness';
import { MINUTES_PER_WEEK } from './opening-hours';

const THURSDAY_MINUTE_OF_WEEK = 3 * 24 * 60; // 1970-01-01, where epoch minutes start, was a Thursday
const NATIONWIDE_LIMIT = 50; // the nationwide section's size: there are a few dozen such lines in the country

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

// A search statement is built from its shape (what decides the SQL text) and its values (what it takes as
// parameters), so the app can compile each shape once (server/db/statement-templates.ts) and the bench and the plan
// test can still build exactly what the app runs.
interface FilterShape {
  cutoff: string; // the staleness cutoff date, written into the text (see applyFilters)
  kinds: boolean;
  accepts: boolean;
  services: boolean;
  languages: boolean;
  q: boolean;
  openNow: boolean | null;
}
interface FilterValues {
  now: string; // ISO instant, for open-now
  kinds?: string[];
  accepts?: string[];
  services?: string[];
  languages?: string[];
  q?: string;
}
interface NearbyShape extends FilterShape {
  box: 'none' | 'plain' | 'wrapped'; // wrapped: a map view across the antimeridian (west > east)
  after: boolean;
  limit: number;
}
interface NearbyValues extends FilterValues {
  origin: string; // the origin as cube text (earthCubeLiteral)
  radiusMetres: number;
  west?: number;
  south?: number;
  east?: number;
  north?: number;
  afterKnn?: number;
  afterId?: string;
}
interface NationwideShape extends FilterShape {
  limit: number;
}

function filterShape(f: ListingFilters): FilterShape {
  return {
    cutoff: utcDateDaysBefore(f.now, HIDDEN_FROM_SEARCH_AFTER_DAYS),
    kinds: Boolean(f.kinds?.length),
    accepts: Boolean(f.accepts?.length),
    services: Boolean(f.services?.length),
    languages: Boolean(f.languages?.length),
    q: Boolean(f.q),
    openNow: f.openNow ?? null,
  };
}

function filterValues(f: ListingFilters): FilterValues {
  return { now: f.now.toISOString(), kinds: f.kinds, accepts: f.accepts, services: f.services, languages: f.languages, q: f.q };
}

function nearbyShapeAndValues(s: NearbySearch): [NearbyShape, NearbyValues] {
  const box = s.bbox ? (s.bbox.west <= s.bbox.east ? 'plain' : 'wrapped') : 'none';
  const shape = { ...filterShape(s.filters), box, after: s.after !== undefined, limit: wholeNumber(s.limit) } as const;
  const values = {
    ...filterValues(s.filters),
    origin: earthCubeLiteral(s.origin.latitude, s.origin.longitude),
    radiusMetres: s.radiusMetres,
    ...s.bbox,
    afterKnn: s.after?.knn,
    afterId: s.after?.id,
  };
  return [shape, values];
}

// Public columns only: nothing from listing_private_location, no search internals. A list row reads what a
// result needs; the long text and JSON (description, hours, details) are read for the detail view alone.
function selectSummaryColumns(qb: ListingQuery, now: string) {
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

function selectDetailColumns(qb: ListingQuery, now: string) {
  return selectSummaryColumns(qb, now).select([
    'organization.website as organization_website',
    'organization.email as organization_email',
    'listing.description',
    'listing.email',
    'listing.hours',
    'listing.details',
  ]);
}

/** Whether a listing is open at `now` (ISO instant) in its own time zone; NULL when it gives no hours. */
function openNowExpression(now: string): RawBuilder<boolean | null> {
  // The minute of the local week (Monday 00:00 = 0) from one time-zone conversion per row: local minutes since
  // 1970-01-01 00:00, a Thursday, plus the three days from Monday, modulo a week. (isodow, hour and minute each
  // converted the instant again; date_part returns float8, where extract would do numeric arithmetic.)
  const localMinutes = sql`floor(date_part('epoch', ${now}::timestamptz AT TIME ZONE listing.time_zone) / 60)::int8`;
  const week = sql.lit(MINUTES_PER_WEEK);
  return sql<boolean | null>`(listing.opening_minutes @> (((${localMinutes} + ${sql.lit(THURSDAY_MINUTE_OF_WEEK)}) % ${week} + ${week}) % ${week})::int4)`;
}

function applyFilters(qb: ListingQuery, shape: FilterShape, values: FilterValues): ListingQuery {
  // A literal, not a parameter: the partial indexes are defined WHERE status = 'published'.
  let q = qb.where(sql<boolean>`listing.status = 'published'`);
  // Not re-confirmed for a year: out of search until it is (staleness.ts; NULL, never verified, is out too).
  // The cutoff date is a literal, not a parameter: as a parameter the generic plan had to guess that a third of the
  // rows pass (they nearly all do), costed itself three times dearer than the custom plan, and PostgreSQL re-planned
  // every search (0.5-1 ms each at a million listings). The text changes once a day; see named-statements.ts.
  q = q.where(sql<boolean>`listing.last_verified_on > ${sql.lit(shape.cutoff)}::date`);
  if (shape.kinds) q = q.where(sql<boolean>`listing.kind = ANY(${sql.val(values.kinds)}::text[])`);
  if (shape.accepts) q = q.where(sql<boolean>`listing.accepted_goods && ${sql.val(values.accepts)}::text[]`);
  if (shape.services) q = q.where(sql<boolean>`listing.services && ${sql.val(values.services)}::text[]`);
  if (shape.languages) q = q.where(sql<boolean>`listing.languages && ${sql.val(values.languages)}::text[]`);
  if (shape.q) {
    q = q.where(sql<boolean>`listing.search_vector @@ (websearch_to_tsquery('english', unaccent(${values.q}))
                                                      || websearch_to_tsquery('spanish', unaccent(${values.q})))`);
  }
  if (shape.openNow !== null) {
    const open = openNowExpression(values.now);
    // The bare containment test (NULL counts as false in WHERE) lets the planner estimate it from statistics;
    // wrapped in IS TRUE it guessed two rows and chose a full sort over the nearest-first index walk.
    q = q.where(shape.openNow ? (open as RawBuilder<boolean>) : sql<boolean>`${open} IS NOT TRUE`);
  }
  return q;
}

function publicListings(db: Kysely<Database>): ListingQuery {
  return db.selectFrom('listing').innerJoin('organization', 'organization.id', 'listing.organization_id');
}

function buildNearby(db: Kysely<Database>, shape: NearbyShape, values: NearbyValues) {
  const origin = earthValue(values.origin);
  let q = applyFilters(publicListings(db), shape, values).where(earthBoxContains(origin, values.radiusMetres));
  q = q.where(shape.box === 'none' ? withinMetres(origin, values.radiusMetres) : insideBox(shape.box, values));
  if (shape.after) q = q.where(sql<boolean>`(${knnDistance(origin)}, listing.id) > (${values.afterKnn}::float8, ${values.afterId}::uuid)`);
  // The GiST index hands rows over in `<->` order only when `<->` is the whole ORDER BY: with `, id` added, PostgreSQL 15
  // sorts every row in the radius instead (about 100 ms at 1M listings in a city). So take the nearest in index order,
  // WITH TIES so that equidistant rows (listings sharing a confidential cell centre) are never cut at the limit, then
  // order that handful by (distance, id), the keyset order the cursor relies on.
  // The page size is written into the text, not sent as a parameter: a parameter LIMIT leaves the generic plan guessing
  // at a tenth of the rows in the radius, so its cost would not match the custom plan's and PostgreSQL would re-plan every
  // search (see also the staleness cutoff). The contract caps it, so there are at most a hundred texts.
  const pageSize = sql.lit(shape.limit);
  const nearest = selectSummaryColumns(q, values.now)
    .select([distanceMetres(origin).as('distance_m'), knnDistance(origin).as('knn')])
    .orderBy(knnDistance(origin))
    .modifyEnd(sql`fetch next ${pageSize} rows with ties`);
  return db.selectFrom(nearest.as('nearest')).selectAll().orderBy('nearest.knn').orderBy('nearest.id').limit(pageSize);
}

function buildNationwide(db: Kysely<Database>, shape: NationwideShape, values: FilterValues) {
  // The bare column, not `= $1`: a generic plan can only use the partial index (WHERE ... AND is_nationwide) when the
  // query states its predicate in the text.
  const q = applyFilters(publicListings(db), shape, values).where(sql<boolean>`listing.is_nationwide`);
  return selectSummaryColumns(q, values.now).orderBy('listing.name').orderBy('listing.id').limit(sql.lit(shape.limit));
}

// Compiled once per shape and database; a WeakMap so a closed test database takes its templates with it.
const nearbyTemplates = new WeakMap<Kysely<Database>, StatementTemplates<NearbyShape, NearbyValues>>();

function templatesFor<S, V extends object>(cache: WeakMap<Kysely<Database>, StatementTemplates<S, V>>, db: Kysely<Database>, build: (db: Kysely<Database>, shape: S, values: V) => Compilable) {
  let templates = cache.get(db);
  if (!templates) cache.set(db, (templates = new StatementTemplates<S, V>((shape, values) => build(db, shape, values))));
  return templates;
}

/** The KNN search as a query builder, so the bench and the plan test can compile exactly what the app runs. */
export function buildSearchListingsNear(db: Kysely<Database>, s: NearbySearch) {
  return buildNearby(db, ...nearbyShapeAndValues(s));
}

/** The KNN search as the app runs it: compiled once per shape, with this search's values. */
export function compileSearchListingsNear(db: Kysely<Database>, s: NearbySearch): CompiledQuery<NearbyListingRow> {
  return templatesFor(nearbyTemplates, db, buildNearby).fill(...nearbyShapeAndValues(s)) as CompiledQuery<NearbyListingRow>;
}

/** Published listings nearest the origin first (GiST KNN on the public point), with distance and KNN key. */
export async function searchListingsNear(db: Kysely<Database>, s: NearbySearch): Promise<NearbyListingRow[]> {
  return (await db.executeQuery(compileSearchListingsNear(db, s))).rows;
}

/** The nationwide query on its own, as a query builder (the bench explains it). */
export function buildFindNationwideListings(db: Kysely<Database>, filters: ListingFilters, limit = NATIONWIDE_LIMIT) {
  return buildNationwide(db, { ...filterShape(filters), limit: wholeNumber(limit) }, filterValues(filters));
}

/** A first page: the nearest listings and the nationwide section, one statement, one round trip. */
export interface FirstPage {
  nearby: NearbyListingRow[];
  nationwide: SummaryListingRow[];
}

// A row of the first-page statement: section 0 is nearby (with distance and KNN key), section 1 nationwide.
type FirstPageRow = SummaryListingRow & { distance_m: number | null; knn: number | null; section: number; sort_name: string | null };


// Both sections in one statement (UNION ALL of the two queries, each as the app runs it on its own), ordered nearby
// first by (distance, id), then nationwide by (name, id). Every round trip to the database costs both processes a
// socket write and a wake-up, which on the 2-core machine weighed more than either query's own work.
function buildFirstPage(db: Kysely<Database>, shape: NearbyShape, values: NearbyValues): Compilable<FirstPageRow> {
  const nearby = buildNearby(db, shape, values);
  const nationwide = buildNationwide(db, { ...shape, limit: NATIONWIDE_LIMIT }, values);
  const statement = sql<FirstPageRow>`select * from (
    select nearby.*, 0 as section, null::text as sort_name from (${nearby}) as nearby
    union all
    select nationwide.*, null::float8 as distance_m, null::float8 as knn, 1 as section, nationwide.name as sort_name from (${nationwide}) as nationwide
  ) as page order by section, knn, sort_name, id`;
  return { compile: () => statement.compile(db) };
}

const firstPageTemplates = new WeakMap<Kysely<Database>, StatementTemplates<NearbyShape, NearbyValues>>();

/** The first-page statement as a builder would compile it afresh (the bench's bare endpoint and the tests). */
export function buildSearchFirstPage(db: Kysely<Database>, s: NearbySearch): Compilable<FirstPageRow> {
  return buildFirstPage(db, ...nearbyShapeAndValues(s));
}

/** The first-page statement as the app runs it: compiled once per shape, with this search's values. */
export function compileSearchFirstPage(db: Kysely<Database>, s: NearbySearch): CompiledQuery<FirstPageRow> {
  return templatesFor(firstPageTemplates, db, buildFirstPage).fill(...nearbyShapeAndValues(s)) as CompiledQuery<FirstPageRow>;
}

/** The nearest published listings and the nationwide ones matching the same filters, in one round trip. */
export async function searchFirstPage(db: Kysely<Database>, s: NearbySearch): Promise<FirstPage> {
  const rows = (await db.executeQuery(compileSearchFirstPage(db, s))).rows;
  const page: FirstPage = { nearby: [], nationwide: [] };
  // The rows go on as they are (section and sort key included): the views pick the fields they publish.
  for (const row of rows) {
    if (row.section === 0) page.nearby.push(row as NearbyListingRow);
    else page.nationwide.push(row);
  }
  return page;
}

/** One published listing by id, or undefined. */
export async function findPublishedListing(db: Kysely<Database>, id: string, now: Date) {
  const q = publicListings(db).where(sql<boolean>`listing.status = 'published'`).where('listing.id', '=', id);
  return selectDetailColumns(q, now.toISOString()).executeTakeFirst();
}

/** A public listing row as the detail query returns it. */
export type PublicListingRow = NonNullable<Awaited<ReturnType<typeof findPublishedListing>>>;
/** A public listing row as the search queries return it (no long text or JSON). */
export type SummaryListingRow = InferResult<ReturnType<typeof buildNationwide>>[number];
/** A row of the distance-ordered search: a summary with its distance (metres) and KNN key. */
export type NearbyListingRow = InferResult<ReturnType<typeof buildNearby>>[number];

// A row count fit to write into SQL text.
function wholeNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row count: ${n}`);
  return n;
}

// Exact map-view membership on the public point; a wrapped box (west > east) crosses the antimeridian.
function insideBox(box: 'plain' | 'wrapped', b: NearbyValues): RawBuilder<boolean> {
  const lng =
    box === 'plain'
      ? sql`listing.longitude BETWEEN ${b.west}::float8 AND ${b.east}::float8`
      : sql`(listing.longitude >= ${b.west}::float8 OR listing.longitude <= ${b.east}::float8)`;
  return sql<boolean>`(listing.latitude BETWEEN ${b.south}::float8 AND ${b.north}::float8 AND ${lng})`;
}
