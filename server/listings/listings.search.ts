// The search: resolve the origin, check the cursor, run the KNN query (with the nationwide section on a first page), shape the answer.
import type { Kysely } from 'kysely';
import type { SearchQuery, SearchResponse } from '../contract/search';
import type { Database } from '../db/schema';
import { decodeCursor, encodeCursor, queryIdentity } from '../db/pagination';
import { resolveOrigin } from '../geocode/resolve-origin';
import { ApiError } from '../http/errors';
import type { MessageLocale } from '../http/validate';
import {
  findFewTextMatches,
  searchFirstPage,
  searchListingsNear,
  searchNearestBeyond,
  type ListingFilters,
} from './listings.queries';
import { attachCurrentNeeds } from './current-needs';
import { toNearby, toSummary } from './listings.views';

/** Up to how many text matches a search reads by id, rather than walking out from the origin (findFewTextMatches). */
export const DEFAULT_TEXT_MATCH_LIMIT = 1000;

/** What the search needs from the app. */
export interface SearchContext {
  db: Kysely<Database>;
  cursorSecret: string;
  now: Date;
  textMatchLimit?: number; // DEFAULT_TEXT_MATCH_LIMIT when absent
  locale?: MessageLocale; // the language of notes and errors about the origin; English when absent
}

/** Answers one search request. */
export async function searchListings(ctx: SearchContext, query: SearchQuery): Promise<SearchResponse> {
  const { origin, radiusMetres, bbox } = resolveOrigin(query, ctx.locale);
  const filters: ListingFilters = {
    kinds: query.kind,
    accepts: query.accepts,
    services: query.service,
    languages: query.language,
    q: query.q,
    openNow: query.openNow,
    now: ctx.now,
  };
  // Everything that defines the result set; a cursor from another search is refused.
  const queryKey = queryIdentity([
    origin.latitude,
    origin.longitude,
    radiusMetres,
    bbox,
    { ...filters, now: undefined },
  ]);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, queryKey, ctx.cursorSecret);
  if (after === null) {
    throw new ApiError(
      400,
      'invalid_cursor',
      'The cursor is not one this search gave out (changed, or from a different search). Start again without cursor.',
      [{ parameter: 'cursor', message: 'not a cursor from this search' }],
    );
  }
  // After the identity on purpose: the matching ids follow from q, which the identity already holds.
  if (query.q)
    filters.textMatchIds = await findFewTextMatches(ctx.db, query.q, ctx.textMatchLimit ?? DEFAULT_TEXT_MATCH_LIMIT);
  // A first page carries the nationwide section too, from the same statement; later pages are nearby rows only.
  const search = { origin, radiusMetres, bbox, filters, limit: query.limit + 1, after };
  const { nearby: rows, nationwide: nationalRows } = after
    ? { nearby: await searchListingsNear(ctx.db, search), nationwide: [] }
    : await searchFirstPage(ctx.db, search);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ knn: last.knn, id: last.id }, queryKey, ctx.cursorSecret) : null;
  const nationwide = nationalRows.map((row) => toSummary(row, ctx.now));
  const response: SearchResponse = {
    origin,
    radiusKm: bbox ? null : query.radiusKm,
    bbox: bbox ? [bbox.west, bbox.south, bbox.east, bbox.north] : null,
    results: page.map((row) => toNearby(row, ctx.now)),
    nationwide,
    nextCursor,
  };
  // No dead ends: an empty first page around a point names the nearest matches beyond the radius (docs/decisions.md,
  // "Nearest beyond the radius"). Not for a map view, where the answer to an empty view is to zoom out.
  if (!after && !bbox && page.length === 0) {
    response.nearestBeyond = (await searchNearestBeyond(ctx.db, { origin, filters })).map((row) =>
      toNearby(row, ctx.now),
    );
  }
  await attachCurrentNeeds(ctx.db, response.results, ctx.now); // a donor reads them on the card (current-needs.ts)
  return response;
}
