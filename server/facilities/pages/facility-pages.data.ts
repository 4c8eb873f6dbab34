// What the facility pages read, through FAC's queries and views (facilities.queries.ts, facilities.views.ts): the
// same answers as GET /api/v1/facilities and /api/v1/facilities/{id}, with a bad place turned into a message for the
// page instead of an error answer.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { FacilitySearchQuery, type FacilityDetail } from '../../contract/facility';
import type { Database } from '../../db/schema';
import { ApiError } from '../../http/errors';
import { parseInput } from '../../http/validate';
import type { Locale } from '../../../client/src/i18n/locale';
import { answerFacilitiesNear, answerFacilityDetail } from '../facility-answers';
import type { FacilitiesNearModel } from './facilities-near.view';

/** The facility with its published visitors and accompaniers; null for an id that names none (or is no UUID). */
export async function loadFacilityDetail(db: Kysely<Database>, id: string, now: Date): Promise<FacilityDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return answerFacilityDetail(db, id, now);
}

/** The place parameters the page reads; anything else in the URL is ignored. */
export const PLACE_PARAMETERS = ['zip', 'near', 'place'] as const;

/** The facilities near the place in `place` (one of zip, near, place), or why there are none to show. */
export async function searchFacilitiesNear(
  db: Kysely<Database>,
  place: Partial<Record<(typeof PLACE_PARAMETERS)[number], string>>,
  locale: Locale,
  now: Date,
): Promise<FacilitiesNearModel> {
  if (Object.keys(place).length === 0) return { status: 'none' };
  try {
    const query = parseInput(FacilitySearchQuery, place, locale);
    return { status: 'ready', answer: await answerFacilitiesNear(db, query, locale, now) };
  } catch (err) {
    // A parameter the contract refuses gets the page's own words (the API's names the field); an unknown ZIP or place
    // keeps the geocoder's message, already in the page's language.
    if (err instanceof ApiError && err.code === 'invalid_parameter') return { status: 'problem', message: null };
    if (err instanceof ApiError && err.status < 500) return { status: 'problem', message: err.message };
    throw err;
  }
}
