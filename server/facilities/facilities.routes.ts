// GET /api/v1/facilities (near a point, a ZIP, a place or in a map view) and GET /api/v1/facilities/:id. Thin: parse
// -> call -> respond (docs/decisions/0061-facilities-and-references.md).
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { FacilitySearchQuery } from '../contract/facility';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { parseInput, requestLocale } from '../http/validate';
import { answerFacilitiesNear, answerFacilityDetail } from './facility-answers';

/** What the facility routes need. */
export interface FacilityRoutesOptions {
  db: Kysely<Database>;
  now: () => Date; // injectable clock (the listings' open-now and staleness)
}

const NOT_FOUND = {
  en: 'No detention facility has this id. Look for facilities near a place: GET /api/v1/facilities?zip=79901',
  es: 'Ningún centro de detención tiene este id. Busque centros cerca de un lugar: GET /api/v1/facilities?zip=79901',
};
const BAD_ID = {
  en: 'a facility id is a UUID, as GET /api/v1/facilities gives it',
  es: 'el id de un centro es un UUID, como lo da GET /api/v1/facilities',
};

/** The public facility endpoints. */
export function facilitiesRouter({ db, now }: FacilityRoutesOptions): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.vary('Accept-Language'); // errors and notes about the origin come in the reader's language
    const locale = requestLocale(req);
    const query = parseInput(FacilitySearchQuery, req.query, locale);
    res.json(await answerFacilitiesNear(db, query, locale, now()));
  });

  router.get('/:id', async (req, res) => {
    res.vary('Accept-Language');
    const locale = requestLocale(req);
    const id = z.uuid().safeParse(req.params.id);
    if (!id.success)
      throw new ApiError(400, 'invalid_parameter', `id: ${BAD_ID[locale]}`, [
        { parameter: 'id', message: BAD_ID[locale] },
      ]);
    const facility = await answerFacilityDetail(db, id.data, now());
    if (!facility) throw new ApiError(404, 'facility_not_found', NOT_FOUND[locale]);
    res.json(facility);
  });

  return router;
}
