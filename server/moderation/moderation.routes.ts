// /api/v1/moderation: the queue and the decisions on it. Every route needs a moderator's session, and every
// state-changing one its CSRF token. Thin: auth -> parse -> service -> respond.
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ApproveRequest, BulkDecisionRequest, RejectRequest, ReportResolutionRequest } from '../contract/moderation';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { parseInput } from '../http/validate';
import { requireCsrf } from './csrf';
import { moderationFacilitiesRouter } from './moderation-facilities.routes';
import { readModerationLog } from './moderation-log.queries';
import { readModerationQueue } from './moderation-queue.queries';
import { approveSubmission, decideInBulk, rejectSubmission, resolveReport } from './moderation.service';
import { currentModerator, requireModerator } from './session-middleware';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './session-tokens';

/** What the moderation routes need. */
export interface ModerationRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  session?: SessionPolicy; // idle and lifetime limits, as for the session routes
}

/** The moderation endpoints (the session endpoints are mounted apart, at /api/v1/moderation/session). */
export function moderationRouter({ db, now, session = DEFAULT_SESSION_POLICY }: ModerationRoutesOptions): Router {
  const router = Router();
  router.use(requireModerator(db, now, session), requireCsrf, (_req, res, next) => {
    res.set('Cache-Control', 'no-store'); // exact addresses of confidential shelters: never in a cache
    next();
  });

  router.use('/facilities', moderationFacilitiesRouter({ db, now }));

  router.get('/queue', async (_req, res) => {
    res.json(await readModerationQueue(db, now()));
  });

  router.post('/submissions/bulk', ...jsonBody(), async (req, res) => {
    const decision = parseInput(BulkDecisionRequest, req.body);
    res.json({ decided: await decideInBulk(db, currentModerator(res).id, decision, now()) });
  });

  router.post('/submissions/:id/approve', ...jsonBody(), async (req, res) => {
    const id = uuidParameter(req.params.id, 'submission');
    const body = parseInput(ApproveRequest, req.body ?? {});
    await approveSubmission(
      db,
      currentModerator(res).id,
      id,
      body.listing,
      now(),
      body.confirmPublicShelter ? 'confirmed' : 'not_confirmed',
    );
    res.json({ decided: 1 });
  });

  router.post('/submissions/:id/reject', ...jsonBody(), async (req, res) => {
    const id = uuidParameter(req.params.id, 'submission');
    const body = parseInput(RejectRequest, req.body);
    await rejectSubmission(db, currentModerator(res).id, id, body.reason, now());
    res.json({ decided: 1 });
  });

  router.post('/reports/:id/resolve', ...jsonBody(), async (req, res) => {
    const id = uuidParameter(req.params.id, 'report');
    const body = parseInput(ReportResolutionRequest, req.body);
    await resolveReport(db, currentModerator(res).id, id, body, now());
    res.json({ decided: 1 });
  });

  router.get('/log', async (req, res) => {
    const query = parseInput(
      z
        .object({
          listingId: z.uuid().optional(),
          facilityId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        })
        .strict(),
      req.query,
    );
    res.json({ entries: await readModerationLog(db, query) });
  });

  return router;
}

function uuidParameter(value: string | string[] | undefined, what: 'submission' | 'report'): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new ApiError(404, `${what}_not_found`, `No ${what} has this id.`);
  return parsed.data;
}
