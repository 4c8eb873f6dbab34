// The search as one object: the app's routes and pages answer with run(), the bench and the plan tests read the very
// statement run() sends with statementFor().
import type { CompiledQuery, Kysely } from 'kysely';
import type { ListingSummary } from '../../contract/listing';
import type { SearchQuery, SearchResponse } from '../../contract/search';
import type { Database } from '../../db/schema';
import { EARTH_RADIUS_KM } from '../../db/geo';
import { decodeCursor, encodeCursor, queryIdentity } from '../../db/pagination';
import { resolveOrigin } from '../../geocode/resolve-origin';
import { ApiError } from '../../http/errors';
import type { MessageLocale } from '../../http/validate';
import { toNearby, toSummary } from '../listings.views';
import { attachCurrentNeeds } from './current-needs';
import { signedFilters } from './facets';
import type { SearchRow } from './search-statement';
import { shapeAndValues, type StatementRequest } from './statement-shape';
import { StatementTemplates } from './statement-templates';
import { DEFAULT_TEXT_MATCH_LIMIT, findFewTextMatches } from './text-matches';

/** What the search needs from the app. */
export interface ListingSearchOptions {
  cursorSecret: string;
  textMatchLimit?: number; // DEFAULT_TEXT_MATCH_LIMIT when absent; tests set 0 to walk
}

/** When and for whom one search runs. */
export interface SearchMoment {
  now: Date;
  locale?: MessageLocale; // the language of notes and errors about the origin; English when absent
}

/** The listing search over one database. */
export interface ListingSearch {
  /** Answers one search request (GET /api/v1/listings, the search page). */
  run(query: SearchQuery, moment: SearchMoment): Promise<SearchResponse>;
  /** The statement run() sends for `request`: compiled once per shape, with this request's values. */
  statementFor(request: StatementRequest): CompiledQuery<SearchRow>;
  /** The rows of that statement. */
  rowsFor(request: StatementRequest): Promise<SearchRow[]>;
  /** The ids of the listings matching `q` when there are few enough to read by id (text-matches.ts). */
  textMatches(q: string): Promise<string[] | undefined>;
}

/** How many listings beyond an empty radius a search names (nearestBeyond). */
export const NEAREST_BEYOND_LIMIT = 3;
const HALF_CIRCUMFERENCE_METRES = Math.PI * EARTH_RADIUS_KM * 1000; // a radius that holds the whole sphere

type NearbyRow = SearchRow & { knn: number };

/** The search over `db`. */
export function createListingSearch(db: Kysely<Database>, options: ListingSearchOptions): ListingSearch {
  const templates = new StatementTemplates(db);
  const textMatchLimit = options.textMatchLimit ?? DEFAULT_TEXT_MATCH_LIMIT;
  const search: ListingSearch = {
    run: (query, moment) => answer({ db, search, cursorSecret: options.cursorSecret }, query, moment),
    statementFor: (request) => templates.fill(...shapeAndValues(request)),
    rowsFor: async (request) => (await db.executeQuery(search.statementFor(request))).rows,
    textMatches: (q) => findFewTextMatches(db, q, textMatchLimit),
  };
  return search;
}

// Resolve the origin, check the cursor, run the statement, shape the answer.
async function answer(
  { db, search, cursorSecret }: { db: Kysely<Database>; search: ListingSearch; cursorSecret: string },
  query: SearchQuery,
  { now, locale }: SearchMoment,
): Promise<SearchResponse> {
  const { origin, radiusMetres, bbox } = resolveOrigin(query, locale);
  // Everything that defines the result set; a cursor from another search is refused.
  const queryKey = queryIdentity([origin.latitude, origin.longitude, radiusMetres, bbox, signedFilters(query)]);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, queryKey, cursorSecret);
  if (after === null) {
    throw new ApiError(
      400,
      'invalid_cursor',
      'The cursor is not one this search gave out (changed, or from a different search). Start again without cursor.',
      [{ parameter: 'cursor', message: 'not a cursor from this search' }],
    );
  }
  // After the identity on purpose: the matching ids follow from q, which the identity already holds.
  const textMatchIds = query.q ? await search.textMatches(query.q) : undefined;
  // A first page carries the nationwide section too, from the same statement; later pages are nearby rows only.
  const request: StatementRequest = {
    page: after ? 'next' : 'first',
    origin,
    radiusMetres,
    bbox,
    filters: query,
    textMatchIds,
    now,
    limit: query.limit + 1,
    after,
  };
  const rows: NearbyRow[] = [];
  const nationwide: ListingSummary[] = [];
  // The rows go on as they are (section and sort key included): the views pick the fields they publish.
  for (const row of await search.rowsFor(request)) {
    if (row.section === 1) nationwide.push(toSummary(row, now));
    else rows.push(row as NearbyRow);
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ knn: last.knn, id: last.id }, queryKey, cursorSecret) : null;
  const response: SearchResponse = {
    origin,
    radiusKm: bbox ? null : query.radiusKm,
    bbox: bbox ? [bbox.west, bbox.south, bbox.east, bbox.north] : null,
    results: page.map((row) => toNearby(row, now)),
    nationwide,
    nextCursor,
  };
  // No dead ends: an empty first page around a point names the nearest matches beyond the radius
  // (docs/decisions/0043-nearest-beyond-the-radius.md): the same statement with the whole sphere as its radius, so it
  // walks the same index and stops after a few rows. Not for a map view, where the answer to an empty view is to zoom
  // out.
  if (!after && !bbox && page.length === 0) {
    const beyond: StatementRequest = {
      ...request,
      page: 'next',
      radiusMetres: HALF_CIRCUMFERENCE_METRES,
      limit: NEAREST_BEYOND_LIMIT,
    };
    const nearest = (await search.rowsFor(beyond)) as NearbyRow[];
    // WITH TIES may give more (listings sharing a cell centre).
    response.nearestBeyond = nearest.slice(0, NEAREST_BEYOND_LIMIT).map((row) => toNearby(row, now));
  }
  await attachCurrentNeeds(db, response.results, now); // a donor reads them on the card (current-needs.ts)
  return response;
}
