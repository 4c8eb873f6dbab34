// /api/v1/moderation/facilities: moderators list, create and correct detention facilities. Mounted inside the
// moderation router, so every route has its moderator session, and every write its CSRF token. Thin: parse -> service.
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { FacilityInput } from '../contract/facility';
import { ModeratedFacilityQuery } from '../contract/moderation-facility';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { parseInput, requestLocale } from '../http/validate';
import { listFacilities, moderatedFacilityView } from './moderation-facilities.queries';
import { createFacility, replaceFacility } from './moderation-facilities.service';
import { currentModerator } from './session-middleware';

/** The facility routes, for the moderation router to mount at /facilities. */
export function moderationFacilitiesRouter({ db, now }: { db: Kysely<Database>; now: () => Date }): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parseInput(ModeratedFacilityQuery, req.query, requestLocale(req));
    res.json({ facilities: (await listFacilities(db, query)).map(moderatedFacilityView) });
  });

  router.post('/', ...jsonBody(), async (req, res) => {
    const locale = requestLocale(req);
    const input = parseInput(FacilityInput, req.body, locale);
    res.status(201).json(await createFacility(db, currentModerator(res).id, input, now(), locale));
  });

  router.put('/:id', ...jsonBody(), async (req, res) => {
    const locale = requestLocale(req);
    const id = z.uuid().safeParse(req.params.id);
    if (!id.success) throw new ApiError(404, 'facility_not_found', 'No facility has this id.');
    const input = parseInput(FacilityInput, req.body, locale);
    res.json(await replaceFacility(db, currentModerator(res).id, id.data, input, now(), locale));
  });

  return router;
}
