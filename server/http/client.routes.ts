// Serves the built client (client/dist) at /, with the client settings written into index.html;
// a short note pointing at the API when there is no build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import type { ClientConfig } from '../contract/client-config';
import { injectClientConfig } from './client-config';
import { staticAssets } from './static-assets';
import { REPO_ROOT } from '../repo-root';

/** Where `vite build` puts the client. */
export const CLIENT_DIST_DIR = path.join(REPO_ROOT, 'client/dist');

/** The other pages of the client (each its own Vite entry), served like the map with the settings written in. */
export const OTHER_PAGES = ['submit.html', 'edit.html', 'moderate.html'] as const;

/** The page at / (the map), the submission, edit-link and moderation pages, and their static files. */
export function clientRouter(config: ClientConfig, distDir = CLIENT_DIST_DIR): Router {
  const router = Router();
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    router.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send(
          'Puente API. The map client is not built (npm run build:client). Try /api/docs or /api/v1/listings?zip=79901\n',
        );
    });
    return router;
  }
  // Each page is read and filled in once; it names the current hashed assets, so browsers always revalidate it.
  const serve = (file: string): express.RequestHandler => {
    const page = injectClientConfig(readFileSync(file, 'utf8'), config);
    return (_req, res) => void res.set('Cache-Control', 'no-cache').type('html').send(page);
  };
  router.get(['/', '/index.html'], serve(indexFile));
  for (const name of OTHER_PAGES) {
    const file = path.join(distDir, name);
    if (existsSync(file)) router.get(`/${name}`, serve(file)); // absent in a build from before these pages existed
  }
  router.use(staticAssets(distDir));
  return router;
}
