// The whole published directory as the Puente CSV or flat GeoJSON, produced batch by batch from
// publishedListingDetails (design §1: every row is the v1 detail, so nothing is finer than GET /api/v1/listings/:id).
// A file is a sequence of text chunks: the HTTP downloads and the export CLI both stream them, never holding the file.
// No time of export is written, so two exports of the same data are byte-identical (design §5).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { publishedListingDetails } from '../listings/listings.queries';
import { toDetail } from '../listings/listings.views';
import { flattenListing } from './flat-listing';
import type { FlatListing } from './listing-columns';
import { csvHeader, csvRows } from './write-listings-csv';

/** The formats the exports write. */
export type ListingExportFormat = 'csv' | 'geojson';

/** How many listings each chunk holds (one database batch). */
const BATCH = 500;

/** What an export may report as it goes. */
export interface ListingExportOptions {
  onListings?: (count: number) => void; // called with each batch's size (the CLI counts what it wrote)
}

/** The chunks of the export in `format`, at `now` (which decides the needs still current). */
export function listingExportChunks(
  db: Kysely<Database>,
  now: Date,
  format: ListingExportFormat,
  options: ListingExportOptions = {},
): AsyncGenerator<string> {
  const batches = flatBatches(db, now, options.onListings);
  return format === 'csv' ? csvChunks(batches) : geoJsonChunks(batches);
}

// Flat listings in batches of BATCH, as the database gives them.
async function* flatBatches(
  db: Kysely<Database>,
  now: Date,
  onListings: (count: number) => void = () => {},
): AsyncGenerator<FlatListing[]> {
  let batch: FlatListing[] = [];
  for await (const row of publishedListingDetails(db, now, { batchSize: BATCH })) {
    batch.push(flattenListing(toDetail(row, now)));
    if (batch.length === BATCH) {
      onListings(batch.length);
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) {
    onListings(batch.length);
    yield batch;
  }
}

// The first chunk waits for the first batch, so a database that is down fails the request before anything is sent.
async function* csvChunks(batches: AsyncGenerator<FlatListing[]>): AsyncGenerator<string> {
  let head = csvHeader();
  for await (const batch of batches) {
    yield head + csvRows(batch);
    head = '';
  }
  if (head) yield head;
}

/** One RFC 7946 Feature ([longitude, latitude]; null geometry for a nationwide listing with no place), flat properties. */
export function flatFeature(listing: FlatListing) {
  const point = typeof listing.longitude === 'number' && typeof listing.latitude === 'number';
  return {
    type: 'Feature' as const,
    id: listing.id,
    geometry: point ? { type: 'Point' as const, coordinates: [listing.longitude, listing.latitude] } : null,
    properties: listing,
  };
}

async function* geoJsonChunks(batches: AsyncGenerator<FlatListing[]>): AsyncGenerator<string> {
  let head = '{"type":"FeatureCollection","features":[\n';
  for await (const batch of batches) {
    yield head + batch.map((listing) => JSON.stringify(flatFeature(listing))).join(',\n');
    head = ',\n';
  }
  yield head === ',\n' ? '\n]}\n' : `${head}]}\n`;
}
