// GET /about and /privacy, server-rendered in the visitor's language (server/pages/page-language.ts), and their stylesheet.
import { Router } from 'express';
import type { InstanceInfo } from '../config';
import { ABOUT_PAGE_CSS } from './about-page.css';
import { ABOUT_STYLESHEET_PATH, renderAboutPage, type AboutPageName } from './about-page.view';
import { pageLanguage, rememberLanguage } from '../pages/page-language';

/** The About and privacy pages for the operator in `instance`. */
export function aboutRouter(instance: InstanceInfo): Router {
  const router = Router();
  for (const name of ['about', 'privacy'] as const satisfies readonly AboutPageName[]) {
    router.get(`/${name}`, (req, res) => {
      const language = pageLanguage(req);
      rememberLanguage(res, language); // like every server page: a ?lang= link is remembered for the next visit
      res.vary('Accept-Language').vary('Cookie'); // without ?lang=, these choose the language
      // Cache-Control and the ETag come from server/http/cache-headers.ts, as for every public read.
      res.type('html').send(renderAboutPage(name, language.locale, instance));
    });
  }
  router.get(
    ABOUT_STYLESHEET_PATH,
    (_req, res) => void res.set('Cache-Control', 'public, max-age=3600').type('css').send(ABOUT_PAGE_CSS),
  );
  return router;
}
