// The search statement: the nearest listings (KNN on the GiST index), and on a first page the nationwide section in the
// same statement. Built from a shape and values (statement-shape.ts); it reads public columns only (public-columns.ts),
// and only published rows.
import { sql, type Compilable, type InferResult, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import { cubeValue, insideCube, knnDistance, withinChord } from '../../db/geo';
import { publicListings, selectSummaryColumns, type ListingQuery } from '../public-columns';
import { facetConditions } from './facets';
import type { StatementShape, StatementValues } from './statement-shape';

const NATIONWIDE_LIMIT = 50; // the nationwide section's size: there are a few dozen such lines in the country

/**
 * A row of a search statement: a summary with its KNN key (the chord to the origin, metres). On a first page, section
 * 0 is nearby and 1 nationwide (with no KNN key); a next page's rows carry no section.
 */
export type SearchRow = SummaryListingRow & { knn: number | null; section?: number; sort_name?: string | null };

/**
 * The statement for `shape`, with `values` as its parameters. Everything about the text follows from `shape`; `values`
 * are used only as parameters, so that a template built with stand-ins serves every search (statement-templates.ts).
 */
export function buildStatement(
  db: Kysely<Database>,
  shape: StatementShape,
  values: StatementValues,
): Compilable<SearchRow> {
  const nearby = buildNearby(db, shape, values);
  if (shape.page === 'next') return nearby;
  // Both sections in one statement (UNION ALL), ordered nearby first by (distance, id), then nationwide by (name, id).
  // Every round trip to the database costs both processes a socket write and a wake-up, which on the 2-core machine
  // weighed more than either query's own work.
  const nationwide = buildNationwide(db, shape, values);
  const statement = sql<SearchRow>`select * from (
    select nearby.*, 0 as section, null::text as sort_name from (${nearby}) as nearby
    union all
    select nationwide.*, null::float8 as knn, 1 as section, nationwide.name as sort_name from (${nationwide}) as nationwide
  ) as page order by section, knn, sort_name, id`;
  return { compile: () => statement.compile(db) };
}

// Published, current, and matching every facet the shape uses.
function applyFilters(qb: ListingQuery, shape: StatementShape, values: StatementValues): ListingQuery {
  // A literal, not a parameter: the partial indexes are defined WHERE status = 'published'.
  let q = qb.where(sql<boolean>`listing.status = 'published'`);
  // Not re-confirmed for a year: out of search until it is (staleness.ts; NULL, never verified, is out too).
  // The cutoff date is a literal, not a parameter: as a parameter the generic plan had to guess that a third of the
  // rows pass (they nearly all do), costed itself three times dearer than the custom plan, and PostgreSQL re-planned
  // every search (docs/decisions/0022-constants-in-the-statement-text-for-generic-plans.md). The text changes once a
  // day; see named-statements.ts.
  q = q.where(sql<boolean>`listing.last_verified_on > ${sql.lit(shape.cutoff)}::date`);
  for (const condition of facetConditions(shape.facets, values)) q = q.where(condition);
  return q;
}

function buildNearby(db: Kysely<Database>, shape: StatementShape, values: StatementValues) {
  const origin = cubeValue(values.origin);
  let q = applyFilters(publicListings(db), shape, values).where(insideCube(cubeValue(values.searchBox)));
  q = q.where(shape.box === 'none' ? withinChord(origin, values.radiusChord) : insideBox(shape.box, values));
  if (shape.after)
    q = q.where(
      sql<boolean>`(${knnDistance(origin)}, listing.id) > (${values.afterKnn}::float8, ${values.afterId}::uuid)`,
    );
  // The GiST index hands rows over in `<->` order only when `<->` is the whole ORDER BY: with `, id` added, PostgreSQL 15
  // sorts every row in the radius instead (docs/decisions/0003-keyset-cursors-on-the-knn-key.md). So take the nearest
  // in index order, WITH TIES so that equidistant rows (listings sharing a confidential cell centre) are never cut at
  // the limit, then order that handful by (distance, id), the keyset order the cursor relies on.
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

function buildNationwide(db: Kysely<Database>, shape: StatementShape, values: StatementValues) {
  // The bare column, not `= $1`: a generic plan can only use the partial index (WHERE ... AND is_nationwide) when the
  // query states its predicate in the text.
  const q = applyFilters(publicListings(db), shape, values).where(sql<boolean>`listing.is_nationwide`);
  return selectSummaryColumns(q, values.now)
    .orderBy('listing.name')
    .orderBy('listing.id')
    .limit(sql.lit(NATIONWIDE_LIMIT));
}

// Exact map-view membership on the public point; a wrapped box (west > east) crosses the antimeridian.
function insideBox(box: 'plain' | 'wrapped', b: StatementValues): RawBuilder<boolean> {
  const lng =
    box === 'plain'
      ? sql`listing.longitude BETWEEN ${b.west}::float8 AND ${b.east}::float8`
      : sql`(listing.longitude >= ${b.west}::float8 OR listing.longitude <= ${b.east}::float8)`;
  return sql<boolean>`(listing.latitude BETWEEN ${b.south}::float8 AND ${b.north}::float8 AND ${lng})`;
}

/** A public listing row as a search statement returns it (no long text or JSON). */
export type SummaryListingRow = InferResult<ReturnType<typeof buildNationwide>>[number];
