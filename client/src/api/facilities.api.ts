// The detention facilities the map and the listing form ask for: GET /api/v1/facilities (near, zip, place or bbox).
// Checked by hand like every answer the client reads (response-checks.ts: no zod in the page).
import type { FacilityNearby, FacilitySearchResponse } from '@contract/facility';
import { requestJson } from './json-request';
import { ResponseShapeError } from './response-checks';

/** Facilities for `query` (one of near, zip, place, bbox, with radiusKm and limit), nearest first. */
export async function searchFacilities(query: URLSearchParams, signal?: AbortSignal): Promise<FacilitySearchResponse> {
  return checkFacilitySearchResponse(
    await requestJson<unknown>('GET', `/api/v1/facilities?${query.toString()}`, { signal }),
  );
}

/** The value as a FacilitySearchResponse, or a ResponseShapeError naming what is wrong. */
export function checkFacilitySearchResponse(value: unknown): FacilitySearchResponse {
  const answer = value as { results?: unknown } | null;
  if (typeof answer !== 'object' || answer === null || !Array.isArray(answer.results))
    throw new ResponseShapeError('unexpected response: facilities results');
  answer.results.forEach((facility: unknown, i) => {
    const f = facility as Partial<Record<keyof FacilityNearby, unknown>> | null;
    const address = f?.address as { city?: unknown; state?: unknown } | undefined;
    if (
      typeof f?.id !== 'string' ||
      typeof f.code !== 'string' ||
      typeof f.name !== 'string' ||
      typeof f.type !== 'string' ||
      typeof f.latitude !== 'number' ||
      typeof f.longitude !== 'number' ||
      typeof f.visitorCount !== 'number' ||
      typeof f.isSample !== 'boolean' ||
      typeof address?.city !== 'string' ||
      typeof address.state !== 'string'
    )
      throw new ResponseShapeError(`unexpected response: facilities results[${i}]`);
  });
  return value as FacilitySearchResponse;
}
