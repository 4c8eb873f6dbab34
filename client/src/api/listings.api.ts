// The two calls the map makes: search (GET /api/v1/listings) and one listing (GET /api/v1/listings/:id).
// Every failure becomes an ApiFailure (json-request.ts) with the API's stable code, or 'network' / 'unknown'.
import type { ListingDetail } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import { checkListingDetail, checkSearchResponse } from './response-checks';
import { requestJson } from './json-request';

/** Searches with the query the page state gives (see state/api-query.ts). */
export async function searchListings(query: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return checkSearchResponse(await getJson(`/api/v1/listings?${query.toString()}`, signal));
}

/** One listing's full public detail. */
export async function fetchListing(id: string, signal?: AbortSignal): Promise<ListingDetail> {
  return checkListingDetail(await getJson(`/api/v1/listings/${encodeURIComponent(id)}`, signal));
}

// Reads go through the same request helper as writes: one place turns answers into ApiFailure (an ApiRequestError).
function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return requestJson<unknown>('GET', path, { signal });
}
