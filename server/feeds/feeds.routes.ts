// GET /feeds/needs.atom (current needs of shelters near a place) and GET /listings/{id}/meetings.ics (a task force's
// meetings): feeds a volunteer subscribes to without an account (decision 0065). Errors are plain text: a feed
// reader or a calendar shows them as they are.
import { Router, type ErrorRequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ATOM_MEDIA_TYPE, NEEDS_FEED_PATH, NeedsFeedQuery, type NeedsFeedOrigin } from '../contract/feeds';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { parseInput, requestLocale } from '../http/validate';
import { findPublishedListing } from '../listings/listings.queries';
import { toDetail } from '../listings/listings.views';
import type { ListingSearch } from '../listings/search';
import { siteOrigin } from '../pages/pages.routes';
import { renderMeetingsCalendar } from './meetings-calendar.view';
import { findCurrentNeedsNear } from './needs-feed.queries';
import { renderNeedsFeed } from './needs-feed.view';

/** What the feeds need from the app. */
export interface FeedsOptions {
  db: Kysely<Database>;
  search: ListingSearch;
  now: () => Date;
}

const CalendarQuery = z.object({ lang: z.enum(['en', 'es']).default('en') }).strict();

/** The feed routes. */
export function feedsRouter({ db, search, now }: FeedsOptions): Router {
  const router = Router();

  router.get(NEEDS_FEED_PATH, async (req, res) => {
    res.vary('Accept-Language'); // the language of error messages
    const locale = requestLocale(req);
    const query = parseInput(NeedsFeedQuery, req.query, locale);
    const instant = now();
    const found = await findCurrentNeedsNear(db, search, query, { now: instant, locale });
    const origin = feedOrigin(query);
    const site = siteOrigin(req);
    res
      .type(`${ATOM_MEDIA_TYPE}; charset=utf-8`)
      .send(await renderNeedsFeed(found, { site, origin, lang: query.lang, now: instant }));
  });

  router.get('/listings/:id/meetings.ics', async (req, res) => {
    const { lang } = parseInput(CalendarQuery, req.query, requestLocale(req));
    const id = z.uuid().safeParse(req.params.id);
    const instant = now();
    const row = id.success ? await findPublishedListing(db, id.data, instant) : undefined;
    const listing = row && toDetail(row, instant);
    if (!listing || listing.details.kind !== 'task_force')
      throw new ApiError(
        404,
        'calendar_not_found',
        lang === 'es'
          ? 'Ningún grupo de trabajo publicado tiene este id. Puede haber sido retirado; búsquelo de nuevo.'
          : 'No published task force has this id. It may have been removed; search again.',
      );
    const calendar = renderMeetingsCalendar({
      listing: { ...listing, details: listing.details },
      timeZone: listing.hours?.timeZone ?? 'America/Chicago', // a listing with meetings gives its zone (contract)
      site: siteOrigin(req),
      lang,
      now: instant,
    });
    res.type('text/calendar; charset=utf-8').send(calendar);
  });

  router.use(plainTextErrors);
  return router;
}

function feedOrigin(query: NeedsFeedQuery): NeedsFeedOrigin {
  if (query.zip) return { zip: query.zip };
  if (query.place) return { place: query.place };
  if (query.near) return { near: query.near };
  throw new ApiError(400, 'missing_origin', 'give one of zip, place or near'); // resolveOrigin has refused it already
}

// A 4xx as text the person can act on; anything else goes on to the app's error handler (a logged 500).
const plainTextErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (!(err instanceof ApiError) || err.status >= 500) return next(err);
  res.status(err.status).type('text/plain; charset=utf-8').send(`${err.message}\n`);
};
