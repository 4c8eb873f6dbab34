// GET /facilities (?zip=, ?near=, ?place=) and /facilities/{id}, server-rendered in the visitor's language
// (server/pages/page-language.ts). HTML whatever happens: an unknown id is the 404 page, a bad place a message on the
// page (200), never the API's JSON. docs/decisions/0064-facility-and-help-pages.md
import { Router, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { pageLanguage, rememberLanguage } from '../../pages/page-language';
import { FACILITIES_PATH, renderFacilitiesNear } from './facilities-near.view';
import { facilityPath, renderFacilityNotFound, renderFacilityPage } from './facility-page.view';
import { loadFacilityDetail, PLACE_PARAMETERS, searchFacilitiesNear } from './facility-pages.data';

/** What the pages need from the app. */
export interface FacilityPagesOptions {
  db: Kysely<Database>;
  now: () => Date;
}

/** The facility pages. */
export function facilityPagesRouter({ db, now }: FacilityPagesOptions): Router {
  const router = Router();
  // The language follows the cookie and Accept-Language when the URL has no ?lang=: a shared cache keys on them.
  // Cache-Control and the ETag come from server/http/cache-headers.ts, as for every public page.
  const begin = (req: Request, res: Response) => {
    const language = pageLanguage(req);
    rememberLanguage(res, language);
    res.vary('Accept-Language').vary('Cookie');
    return language.locale;
  };

  router.get(FACILITIES_PATH, async (req, res) => {
    const locale = begin(req, res);
    const params = new URL(req.originalUrl, 'http://x').searchParams;
    const place: Partial<Record<(typeof PLACE_PARAMETERS)[number], string>> = {};
    for (const name of PLACE_PARAMETERS) {
      const value = params.get(name)?.trim();
      if (value) place[name] = value.slice(0, 200);
    }
    // The form sends only zip; a link may carry near= or place=. One place at a time: the first given wins.
    const [first] = Object.entries(place);
    const asked = first ? { [first[0]]: first[1] } : {};
    const model = await searchFacilitiesNear(db, asked, locale, now());
    const query = first ? `${first[0]}=${encodeURIComponent(first[1]).replace(/%2C/g, ',')}` : '';
    res.type('html').send(renderFacilitiesNear(locale, model, query, place.zip ?? ''));
  });

  router.get(`${FACILITIES_PATH}/:id`, async (req, res) => {
    const locale = begin(req, res);
    const facility = await loadFacilityDetail(db, req.params.id, now());
    if (!facility)
      return void res
        .status(404)
        .type('html')
        .send(renderFacilityNotFound(locale, facilityPath(req.params.id)));
    res.type('html').send(renderFacilityPage(locale, facility));
  });
  return router;
}
