// The search statements (nearest listings, nationwide section, both as one first page) and the detail query. Every
// query here reads public columns only (public-columns.ts), and only published rows.
import { CompiledQuery, sql, type Compilable, type InferResult, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { cubeValue, EARTH_RADIUS_KM, insideCube, knnDistance, withinChord } from '../db/geo';
import { StatementTemplates } from '../db/statement-templates';
import {
  openNowExpression,
  publicListings,
  selectDetailColumns,
  selectSummaryColumns,
  type ListingQuery,
} from './public-columns';
import {
  nearbyShapeAndValues,
  wholeNumber,
  type FilterShape,
  type FilterValues,
  type NationwideShape,
  type NearbySearch,
  type NearbyShape,
  type NearbyValues,
} from './search-shapes';

export type { ListingFilters, NearbySearch } from './search-shapes';

const NATIONWIDE_LIMIT = 50; // the nationwide section's size: there are a few dozen such lines in the country

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
    // The vector lives in listing_content with the rest of the long text, so the rows a search walks stay narrow. Two
    // ways to apply it (see findFewTextMatches): the few matching ids, or a test of each listing the search walks.
    q = shape.qIds
      ? q.where(sql<boolean>`listing.id = ANY(${values.qIds}::uuid[])`)
      : q.where(
          sql<boolean>`EXISTS (SELECT 1 FROM listing_content WHERE listing_content.listing_id = listing.id AND listing_content.search_vector @@ ${textQuery(values.q)})`,
        );
  }
  if (shape.openNow !== null) {
    const open = openNowExpression(values.now);
    // The bare containment test (NULL counts as false in WHERE) lets the planner estimate it from statistics;
    // wrapped in IS TRUE it guessed two rows and chose a full sort over the nearest-first index walk.
    q = q.where(shape.openNow ? (open as RawBuilder<boolean>) : sql<boolean>`${open} IS NOT TRUE`);
  }
  return q;
}

function buildNearby(db: Kysely<Database>, shape: NearbyShape, values: NearbyValues) {
  const origin = cubeValue(values.origin);
  let q = applyFilters(publicListings(db), shape, values).where(insideCube(cubeValue(values.searchBox)));
  q = q.where(shape.box === 'none' ? withinChord(origin, values.radiusChord) : insideBox(shape.box, values));
  if (shape.after)
    q = q.where(
      sql<boolean>`(${knnDistance(origin)}, listing.id) > (${values.afterKnn}::float8, ${values.afterId}::uuid)`,
    );
  // The GiST index hands rows over in `<->` order only when `<->` is the whole ORDER BY: with `, id` added, PostgreSQL 15
  // sorts every row in the radius instead (about 100 ms at 1M listings in a city). So take the nearest in index order,
  // WITH TIES so that equidistant rows (listings sharing a confidential cell centre) are never cut at the limit, then
  // order that handful by (distance, id), the keyset order the cursor relies on.
  // The page size is written into the text, not sent as a parameter: a parameter LIMIT leaves the generic plan guessing
  // at a tenth of the rows in the radius, so its cost would not match the custom plan's and PostgreSQL would re-plan every
  // search (see also the staleness cutoff). The contract caps it, so there are at most a hundred texts.
  const pageSize = sql.lit(shape.limit);
  const nearest = selectSummaryColumns(q, values.now)
    .select(knnDistance(origin).as('knn'))
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

function templatesFor<S, V extends object>(
  cache: WeakMap<Kysely<Database>, StatementTemplates<S, V>>,
  db: Kysely<Database>,
  build: (db: Kysely<Database>, shape: S, values: V) => Compilable,
) {
  let templates = cache.get(db);
  if (!templates)
    cache.set(db, (templates = new StatementTemplates<S, V>((shape, values) => build(db, shape, values))));
  return templates;
}

/** The KNN search as a query builder, so the bench and the plan test can compile exactly what the app runs. */
export function buildSearchListingsNear(db: Kysely<Database>, s: NearbySearch) {
  return buildNearby(db, ...nearbyShapeAndValues(s));
}

/** The KNN search as the app runs it: compiled once per shape, with this search's values. */
export function compileSearchListingsNear(db: Kysely<Database>, s: NearbySearch): CompiledQuery<NearbyListingRow> {
  return templatesFor(nearbyTemplates, db, buildNearby).fill(
    ...nearbyShapeAndValues(s),
  ) as CompiledQuery<NearbyListingRow>;
}

/** Published listings nearest the origin first (GiST KNN on the public point), with the KNN key (chord, metres). */
export async function searchListingsNear(db: Kysely<Database>, s: NearbySearch): Promise<NearbyListingRow[]> {
  return (await db.executeQuery(compileSearchListingsNear(db, s))).rows;
}

/** How many listings beyond an empty radius a search names (nearestBeyond). */
export const NEAREST_BEYOND_LIMIT = 3;
const HALF_CIRCUMFERENCE_METRES = Math.PI * EARTH_RADIUS_KM * 1000; // a radius that holds the whole sphere

/**
 * The listings nearest the origin whatever the distance, for a search whose radius held none: the same KNN statement
 * and filters with the whole sphere as its radius, so it walks the same GiST index and stops after a few rows. Run only
 * when a first page came back empty, so the search's hot path never pays for it.
 */
export async function searchNearestBeyond(
  db: Kysely<Database>,
  s: Pick<NearbySearch, 'origin' | 'filters'>,
): Promise<NearbyListingRow[]> {
  const rows = await searchListingsNear(db, {
    ...s,
    radiusMetres: HALF_CIRCUMFERENCE_METRES,
    limit: NEAREST_BEYOND_LIMIT,
  });
  return rows.slice(0, NEAREST_BEYOND_LIMIT); // WITH TIES may give more (listings sharing a cell centre)
}

/** A first page: the nearest listings and the nationwide section, one statement, one round trip. */
export interface FirstPage {
  nearby: NearbyListingRow[];
  nationwide: SummaryListingRow[];
}

// A row of the first-page statement: section 0 is nearby (with its KNN key), section 1 nationwide.
type FirstPageRow = SummaryListingRow & { knn: number | null; section: number; sort_name: string | null };

// Both sections in one statement (UNION ALL of the two queries, each as the app runs it on its own), ordered nearby
// first by (distance, id), then nationwide by (name, id). Every round trip to the database costs both processes a
// socket write and a wake-up, which on the 2-core machine weighed more than either query's own work.
function buildFirstPage(db: Kysely<Database>, shape: NearbyShape, values: NearbyValues): Compilable<FirstPageRow> {
  const nearby = buildNearby(db, shape, values);
  const nationwide = buildNationwide(db, { ...shape, limit: NATIONWIDE_LIMIT }, values);
  const statement = sql<FirstPageRow>`select * from (
    select nearby.*, 0 as section, null::text as sort_name from (${nearby}) as nearby
    union all
    select nationwide.*, null::float8 as knn, 1 as section, nationwide.name as sort_name from (${nationwide}) as nationwide
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
  return templatesFor(firstPageTemplates, db, buildFirstPage).fill(
    ...nearbyShapeAndValues(s),
  ) as CompiledQuery<FirstPageRow>;
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

// The text query: English and Spanish stems of the words, accents folded (docs/decisions.md, Text search).
function textQuery(q: string | undefined): RawBuilder<string> {
  return sql<string>`(websearch_to_tsquery('english', unaccent(${q})) || websearch_to_tsquery('spanish', unaccent(${q})))`;
}

const ESTIMATE_ALLOWANCE = 5; // how far above `limit` an estimate may be and still be worth a look

/**
 * The ids of every listing (any status) whose text matches `q`, when there are at most `limit`; undefined when there
 * are more. With the ids the search reads those listings by id and orders them by distance, so a rare word (or a
 * misspelt one) costs a few index probes; without them it walks outwards from the origin testing each listing's text
 * until it has a page, which is quick when matches are common. Either order alone has a bad case at a million
 * listings: testing every listing in a city's radius for a word none has (1.4 s around New York), or looking up a
 * common word's hundreds of thousands of matches (35-90 ms just to find that there are more than a thousand). The
 * planner cannot choose between them by itself: cube has no statistics, so it has no idea how many listings lie in a
 * radius (it guessed 1,585 where New York has 100,000). So the choice is made here, first from the planner's estimate
 * of the matches (EXPLAIN, from the text index's statistics: no rows read), then by looking them up when that is small.
 */
export async function findFewTextMatches(
  db: Kysely<Database>,
  q: string,
  limit: number,
): Promise<string[] | undefined> {
  const matching = db
    .selectFrom('listing_content')
    .select('listing_id')
    .where(sql<boolean>`search_vector @@ ${textQuery(q)}`);
  const compiled = matching.compile();
  const explained = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
    CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]),
  );
  // Rare words are estimated from the least common word's frequency, well above their true count: room for that.
  if (explained.rows[0]!['QUERY PLAN'][0]!.Plan['Plan Rows'] > ESTIMATE_ALLOWANCE * limit) return undefined;
  const rows = await matching.limit(sql.lit(wholeNumber(limit + 1))).execute();
  return rows.length > limit ? undefined : rows.map((r) => r.listing_id);
}

/** One published listing by id, or undefined. */
export async function findPublishedListing(db: Kysely<Database>, id: string, now: Date) {
  const q = publicListings(db)
    .where(sql<boolean>`listing.status = 'published'`)
    .where('listing.id', '=', id);
  return selectDetailColumns(q, now.toISOString()).executeTakeFirst();
}

/** A public listing row as the detail query returns it. */
export type PublicListingRow = NonNullable<Awaited<ReturnType<typeof findPublishedListing>>>;
/** A public listing row as the search queries return it (no long text or JSON). */
export type SummaryListingRow = InferResult<ReturnType<typeof buildNationwide>>[number];
/** A row of the distance-ordered search: a summary with its KNN key (the chord to the origin, metres). */
export type NearbyListingRow = InferResult<ReturnType<typeof buildNearby>>[number];

// Exact map-view membership on the public point; a wrapped box (west > east) crosses the antimeridian.
function insideBox(box: 'plain' | 'wrapped', b: NearbyValues): RawBuilder<boolean> {
  const lng =
    box === 'plain'
      ? sql`listing.longitude BETWEEN ${b.west}::float8 AND ${b.east}::float8`
      : sql`(listing.longitude >= ${b.west}::float8 OR listing.longitude <= ${b.east}::float8)`;
  return sql<boolean>`(listing.latitude BETWEEN ${b.south}::float8 AND ${b.north}::float8 AND ${lng})`;
}
