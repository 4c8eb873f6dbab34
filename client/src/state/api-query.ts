// The query for GET /api/v1/listings, built from the page state with the API's parameter names.
// Lists go as repeated parameters; the radius only with a point origin (a box search ignores it).
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
  for (const kind of state.kinds) query.append('kind', kind);
  for (const good of state.accepts) query.append('accepts', good);
  for (const service of state.services) query.append('service', service);
  for (const language of state.languages) query.append('language', language);
  if (state.openNow) query.append('openNow', 'true');
  if (page.limit !== undefined) query.append('limit', String(page.limit));
  if (page.cursor !== undefined) query.append('cursor', page.cursor);
  return query;
}
