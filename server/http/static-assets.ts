// The client build's files (client/dist), each sent as the smallest encoding the browser accepts among the .br and .gz
// files the build wrote beside it (client/build/precompress-assets.ts), with `Vary: Accept-Encoding`.
// Why express-static-gzip: docs/decisions/0046-compression-brotli-gzip-precompressed-assets.md.
import path from 'node:path';
import { Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** How long a browser keeps an unhashed file of the build (the favicon) before it asks again. */
const UNHASHED_MAX_AGE = '1h';

/** /assets/* (hashed names: cached for a year, immutable) and the build's other files (favicon: an hour). */
export function staticAssets(distDir: string): Router {
  const router = Router();
  const serve = (dir: string, serveStatic: { maxAge: string; immutable?: boolean }) =>
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { ...serveStatic, index: false },
    });
  // Vite puts a content hash in every asset name, so a name never changes meaning.
  router.use('/assets', serve(path.join(distDir, 'assets'), { maxAge: '365d', immutable: true }));
  router.use(serve(distDir, { maxAge: UNHASHED_MAX_AGE }));
  return router;
}
