// The two calls the map makes: search (GET /api/v1/listings) and one listing (GET /api/v1/listings/:id).
// Every failure becomes an ApiRequestError with the API's stable code, or 'network' / 'unknown'.
import type { ListingDetail } from '../../../server/contract/listing';
import type { SearchResponse } from '../../../server/contract/search';
import { checkListingDetail, checkSearchResponse } from './response-checks';

/** A failed request: `code` is the API's error code ('unknown_zip'...), 'network' or 'unknown'. */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Searches with the query the page state gives (see state/api-query.ts). */
export async function searchListings(query: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return checkSearchResponse(await getJson(`/api/v1/listings?${query.toString()}`, signal));
}

/** One listing's full public detail. */
export async function fetchListing(id: string, signal?: AbortSignal): Promise<ListingDetail> {
  return checkListingDetail(await getJson(`/api/v1/listings/${encodeURIComponent(id)}`, signal));
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err; // the caller cancelled: not an error to show
    throw new ApiRequestError('network', (err as Error).message);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiRequestError(response.ok ? 'unknown' : errorCodeForStatus(response.status), `HTTP ${response.status} without JSON`);
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof error?.code === 'string' ? error.code : errorCodeForStatus(response.status);
    throw new ApiRequestError(code, typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`);
  }
  return body;
}

function errorCodeForStatus(status: number): string {
  return status >= 500 ? 'internal_error' : 'unknown';
}

