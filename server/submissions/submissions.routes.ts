// POST /api/v1/submissions (anyone: a new listing, pending until approved) and /api/v1/edit (the private edit link).
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { ChangeRequest, HONEYPOT_FIELD, SubmissionRequest } from '../contract/submission';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { perAddressLimit, type RateLimit } from '../http/rate-limits';
import { parseInput, requestLocale } from '../http/validate';
import { bearerToken, listingForEditToken } from './edit-tokens';
import { createSubmission, editView, proposeChange, reconfirmListing } from './submissions.service';

/** What the submission routes need. */
export interface SubmissionRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  submissionLimit: RateLimit; // per client address
}

/** POST /api/v1/submissions. */
export function submissionsRouter({ db, now, submissionLimit }: SubmissionRoutesOptions): Router {
  const router = Router();
  router.post('/', perAddressLimit(submissionLimit, 'submissions'), ...jsonBody(), async (req, res) => {
    const locale = requestLocale(req);
    // Checked before validation: a bot that filled the trap learns nothing about the other fields.
    const trap = (req.body as Record<string, unknown> | undefined)?.[HONEYPOT_FIELD];
    if (typeof trap === 'string' && trap.trim() !== '') {
      throw new ApiError(
        400,
        'honeypot_filled',
        locale === 'es'
          ? 'Deje vacío el campo oculto «Fax» e intente de nuevo.'
          : 'Leave the hidden "Fax" field empty and try again.',
      );
    }
    const request = parseInput(SubmissionRequest, req.body, locale);
    const created = await createSubmission(db, request.listing, request.contact, now());
    res.status(201).location(created.editUrl).json(created);
  });
  return router;
}

/** GET /api/v1/edit, PUT /api/v1/edit/listing, POST /api/v1/edit/reconfirm; the token rides in `Authorization: Bearer`. */
export function editRouter({ db, now, submissionLimit }: SubmissionRoutesOptions): Router {
  const router = Router();
  // An edit link is a bearer secret: nothing it returns may be cached by a browser or a proxy.
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/', async (req, res) => {
    const listingId = await listingForEditToken(db, bearerToken(req.headers.authorization), now());
    res.json(await editView(db, listingId, now()));
  });
  router.put('/listing', perAddressLimit(submissionLimit, 'changes'), ...jsonBody(), async (req, res) => {
    const listingId = await listingForEditToken(db, bearerToken(req.headers.authorization), now());
    const change = parseInput(ChangeRequest, req.body, requestLocale(req));
    res.status(202).json(await proposeChange(db, listingId, change.listing, change.contact, now()));
  });
  router.post('/reconfirm', async (req, res) => {
    const listingId = await listingForEditToken(db, bearerToken(req.headers.authorization), now());
    res.json(await reconfirmListing(db, listingId, now()));
  });
  return router;
}
