// POST /api/v1/listings/:id/reports: "report a problem" with a listing (closed, wrong address, not real, other).
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ReportRequest } from '../contract/submission';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { perAddressLimit, type RateLimit } from '../http/rate-limits';
import { parseInput, requestLocale } from '../http/validate';
import { createReport } from './reports.service';

/** What the report route needs. */
export interface ReportRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  reportLimit: RateLimit; // per client address
}

/** Mounted at /api/v1/listings/:id/reports. */
export function reportsRouter({ db, now, reportLimit }: ReportRoutesOptions): Router {
  const router = Router({ mergeParams: true });
  router.post('/', perAddressLimit(reportLimit, 'reports'), ...jsonBody(), async (req, res) => {
    const id = z.uuid().safeParse((req.params as { id?: string }).id);
    if (!id.success) throw new ApiError(404, 'listing_not_found', 'No published listing has this id.');
    const report = parseInput(ReportRequest, req.body, requestLocale(req));
    res.status(201).json(await createReport(db, id.data, report, now()));
  });
  return router;
}
