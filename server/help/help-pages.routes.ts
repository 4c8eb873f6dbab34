// GET /ways-to-help (?zip=, ?state=) in the visitor's language (server/pages/page-language.ts), and the stylesheet the
// Ways to help and facility pages share. A bad ZIP or state is said on the page, never a 400: the page helps without it.
import { Router } from 'express';
import { pageLanguage, rememberLanguage } from '../pages/page-language';
import { HELP_PAGE_CSS, HELP_STYLESHEET_PATH } from './help-page.css';
import { readHelpPlace } from './help-place';
import { renderWaysToHelp, WAYS_TO_HELP_PATH } from './ways-to-help.view';

/** The Ways to help page and the help pages' stylesheet. */
export function helpPagesRouter(): Router {
  const router = Router();
  router.get(WAYS_TO_HELP_PATH, (req, res) => {
    const language = pageLanguage(req);
    rememberLanguage(res, language);
    res.vary('Accept-Language').vary('Cookie'); // without ?lang=, these choose the language
    // Cache-Control and the ETag come from server/http/cache-headers.ts, as for every public page.
    const query = new URL(req.originalUrl, 'http://x').searchParams;
    res.type('html').send(renderWaysToHelp(language.locale, readHelpPlace(query)));
  });
  router.get(
    HELP_STYLESHEET_PATH,
    (_req, res) => void res.set('Cache-Control', 'public, max-age=3600').type('css').send(HELP_PAGE_CSS),
  );
  return router;
}
