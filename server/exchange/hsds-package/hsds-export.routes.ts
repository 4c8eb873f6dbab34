// GET /api/hsds/export.zip: the published directory as an HSDS 3.0 tabular datapackage (datapackage.json and one CSV
// per table), streamed as DEFLATE makes it. Mounted before the HSDS read API's router, which would take the path as
// an unknown one. CORS (any origin may download it) comes from server/http/cors.ts, as for every /api/hsds read.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { HSDS_PACKAGE_NAME } from './hsds-datapackage';
import { hsdsZipChunks } from './hsds-package-files';
import { publishedHsdsRows } from './hsds-package';

/** What the download needs. */
export interface HsdsExportRoutesOptions {
  db: Kysely<Database>;
  now: () => Date; // injectable clock (needs past their last day are left out)
}

/** The datapackage download, mounted at /api/hsds. */
export function hsdsExportRouter({ db, now }: HsdsExportRoutesOptions): Router {
  const router = Router();
  router.get('/export.zip', async (_req, res) => {
    // Every row is read before the first byte goes out, so a database that is away answers 503 like any other read.
    const rows = await publishedHsdsRows(db, now());
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${HSDS_PACKAGE_NAME}.zip"`);
    try {
      await pipeline(Readable.from(hsdsZipChunks(rows)), res);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    }
  });
  return router;
}
