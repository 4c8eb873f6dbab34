// The query for GET /api/v1/listings, built from the page state with the API's parameter names.
// Lists go as repeated parameters; the radius only with a point origin (a box search ignores it).
import { filterParameters } from './search-filters';
import { searchRadiusKm } from './search-radius';
import type { SearchState } from './search-state';
import { originParameter } from './url-state.codec';

/** Paging for one request: the cursor from the previous page, and the page size. */
export interface PageRequest {
  cursor?: string; // nextCursor of the previous response
  limit?: number; // PAGE_SIZE.min..max; the API's default when absent
}

/** The search parameters for `state` (no origin parameter when nothing has been searched yet). */
export function toApiQuery(state: SearchState, page: PageRequest = {}): URLSearchParams {
  const query = new URLSearchParams();
  if (state.origin) {
    query.append(...originParameter(state.origin));
    if (state.origin.type !== 'bbox') query.append('radiusKm', String(searchRadiusKm(state)));
  }
  for (const [parameter, values] of filterParameters(state)) for (const value of values) query.append(parameter, value);
  if (page.limit !== undefined) query.append('limit', String(page.limit));
  if (page.cursor !== undefined) query.append('cursor', page.cursor);
  return query;
}
