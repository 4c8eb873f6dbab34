// Serves the built client (client/dist) at /, when it has been built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Static files of the built client; a short note pointing at the API when there is no build. */
export function clientRouter(distDir = path.resolve(__dirname, '../../client/dist')): Router {
  const router = Router();
  if (existsSync(path.join(distDir, 'index.html'))) {
    router.use(express.static(distDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    router.get('/', (_req, res) => {
      res.type('text/plain').send('Puente API. The map client is not built. Try /api/docs or /api/v1/listings?zip=79901\n');
    });
  }
  return router;
}
