// The two facility answers, built once for the API (facilities.routes.ts) and the pages (pages/facility-pages.data.ts):
// facilities near a place, and one facility with the listings that serve it.
import type { Kysely } from 'kysely';
import type { FacilityDetail, FacilitySearchQuery, FacilitySearchResponse } from '../contract/facility';
import type { Database } from '../db/schema';
import { resolveOrigin } from '../geocode/resolve-origin';
import type { MessageLocale } from '../http/validate';
import { findFacilitiesNear, findFacility, findFacilityListings } from './facilities.queries';
import { toFacilityDetail, toFacilityNearby } from './facilities.views';

/** Facilities around the query's origin (or in its map view), nearest first. */
export async function answerFacilitiesNear(
  db: Kysely<Database>,
  query: FacilitySearchQuery,
  locale: MessageLocale,
  now: Date,
): Promise<FacilitySearchResponse> {
  const { origin, radiusMetres, bbox } = resolveOrigin(query, locale);
  const rows = await findFacilitiesNear(db, { origin, radiusMetres, bbox, limit: query.limit, now });
  return { origin, radiusKm: bbox ? null : query.radiusKm, results: rows.map(toFacilityNearby) };
}

/** The facility `id` with its visitors and accompaniers as the search shows them; null when no facility has the id. */
export async function answerFacilityDetail(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<FacilityDetail | null> {
  const row = await findFacility(db, id, now);
  if (!row) return null;
  const visitors = await findFacilityListings(db, row.id, 'visits', now);
  const accompaniers = await findFacilityListings(db, row.id, 'accompanies', now);
  return toFacilityDetail(row, { visitors, accompaniers }, now);
}
