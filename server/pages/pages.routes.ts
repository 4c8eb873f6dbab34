// The server-rendered pages: / for every search URL, /listings/{id}, /sitemap.xml and /robots.txt.
// Thin: language -> render -> respond. Pages are HTML whatever happens (never the API's JSON).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Router, type Request } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ListingSearch } from '../listings/search';
import type { ClientConfig } from '../contract/client-config';
import { injectClientConfig } from '../http/client-config';
import { CLIENT_DIST_DIR } from '../http/client.routes';
import { originFromSearchText } from '../../client/src/state/search-state';
import { parseUrlState, toUrlSearch } from '../../client/src/state/url-state.codec';
import { renderListingPage } from './listing-page';
import { pageLanguage, rememberLanguage } from './page-language';
import { renderSearchPage, type PageContext, type RenderedPage } from './search-page';
import { robotsTxt, sitemapXml } from './sitemap';

/** What the pages need from the app. */
export interface PagesOptions {
  db: Kysely<Database>;
  search: ListingSearch;
  now: () => Date;
  clientConfig: ClientConfig;
  distDir?: string; // the built client; CLIENT_DIST_DIR when absent
}

/** The page routes; none when the client is not built (client.routes.ts then answers / with a note). */
export function pagesRouter(options: PagesOptions): Router {
  const router = Router();
  const distDir = options.distDir ?? CLIENT_DIST_DIR;
  const indexFile = path.join(distDir, 'index.html');
  const context = (req: Request): PageContext => ({
    db: options.db,
    search: options.search,
    now: options.now(),
    origin: siteOrigin(req),
  });

  router.get('/robots.txt', (req, res) => void res.type('text/plain').send(robotsTxt(siteOrigin(req))));
  router.get(
    '/sitemap.xml',
    async (req, res) => void res.type('application/xml').send(await sitemapXml(options.db, siteOrigin(req))),
  );
  if (!existsSync(indexFile)) return router;
  // Read once: it names the current hashed assets (a new build means a restart).
  const template = injectClientConfig(readFileSync(indexFile, 'utf8'), options.clientConfig);
  // The language follows the cookie and Accept-Language when the URL has no ?lang=: a shared cache must key on them.
  // Cache-Control and the ETag come from server/http/cache-headers.ts, as for every public read.
  const send = (res: Parameters<Parameters<Router['get']>[1]>[1], page: RenderedPage) =>
    void res.status(page.status).vary('Accept-Language').vary('Cookie').type('html').send(page.html);

  router.get(['/', '/index.html'], async (req, res) => {
    const language = pageLanguage(req);
    rememberLanguage(res, language);
    const search = new URL(req.originalUrl, 'http://x').search;
    // The search form without JavaScript sends ?q=79901: answer with the search's own address.
    const typed = new URLSearchParams(search).get('q');
    if (typed !== null) {
      const origin = originFromSearchText(typed);
      if (origin)
        return void res.redirect(303, `/${toUrlSearch({ ...parseUrlState(search), origin, locale: language.locale })}`);
    }
    send(res, await renderSearchPage(context(req), template, search, language.locale, typed ?? undefined));
  });

  router.get('/listings/:id', async (req, res) => {
    const language = pageLanguage(req);
    rememberLanguage(res, language);
    send(res, await renderListingPage(context(req), template, req.params.id, language.locale));
  });
  return router;
}

// The address the site is reached at, for absolute links in the sitemap, canonical and JSON-LD.
export function siteOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
