// GET /api/v1/export/listings.csv and /api/v1/export/listings.geojson: the whole published directory as one file,
// streamed batch by batch (listing-export.ts), so the download starts at once and the server holds one batch.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listingExportChunks, type ListingExportFormat } from './listing-export';

/** What the export routes need. */
export interface ExportRoutesOptions {
  db: Kysely<Database>;
  now: () => Date; // injectable clock (needs past their last day are left out)
}

const FILES: Record<ListingExportFormat, { name: string; type: string }> = {
  csv: { name: 'puente-listings.csv', type: 'text/csv; charset=utf-8' },
  geojson: { name: 'puente-listings.geojson', type: 'application/geo+json; charset=utf-8' },
};

/** The export downloads, mounted at /api/v1/export. */
export function exportRouter({ db, now }: ExportRoutesOptions): Router {
  const router = Router();
  router.get('/listings.csv', (_req, res) => send(res, listingExportChunks(db, now(), 'csv'), FILES.csv));
  router.get('/listings.geojson', (_req, res) => send(res, listingExportChunks(db, now(), 'geojson'), FILES.geojson));
  return router;
}

// Streams the chunks with backpressure. The first chunk (the header and the first batch) is read before anything is
// sent, so a database that is away answers 503 like every other read; a client that goes away stops the walk.
async function send(res: Response, chunks: AsyncGenerator<string>, file: { name: string; type: string }) {
  const first = await chunks.next();
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  async function* all() {
    if (!first.done) yield first.value;
    yield* chunks;
  }
  try {
    await pipeline(Readable.from(all()), res);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
