// Bulk-loads synthetic listings for load tests: one organization per batch, one INSERT per batch of rows built by
// listingRow() and listingContentRow(), so derived columns match what the app writes (triggers compute earth and search_vector).
import { deepStrictEqual } from 'node:assert/strict';
import { sql, type Insertable, type Kysely } from 'kysely';
import { ListingInput } from '../server/contract/listing';
import type { Database, ListingContentTable, ListingPrivateLocationTable, ListingTable } from '../server/db/schema';
import { listingContentRow, listingRow } from '../server/listings/listings.writer';
import { bulkInsert, type BulkColumns } from './bulk-insert';
import { linkListingsToFacilities } from '../server/facilities/listing-facilities.writer';
import { seedId } from './seed';
import { seededRandom } from './us-population';
import { SyntheticListingFactory } from './synthetic-listings';

/** How many synthetic listings to load, and how. */
export interface SyntheticLoadOptions {
  count: number;
  seed?: number; // same seed, same listings and ids (default 1); load another seed to add more
  batchSize?: number; // listings per transaction and INSERT statement (default 5,000)
  writers?: number; // batches written at once on separate connections (default 2; PGlite serialises them anyway)
  onProgress?: (progress: SyntheticLoadProgress) => void; // after every batch
  now?: Date; // created_at/updated_at
}

/** Where a load has got to. */
export interface SyntheticLoadProgress {
  loaded: number;
  count: number;
  elapsedMs: number;
}

/** What a load wrote. */
export interface SyntheticLoadResult {
  loaded: number;
  confidential: number; // rows also written to listing_private_location
  elapsedMs: number; // including the final ANALYZE
}

// The address and point columns listing and listing_private_location share.
const PLACE_COLUMNS = {
  address_1: 'text',
  address_2: 'text',
  city: 'text',
  state: 'text',
  postal_code: 'text',
  latitude: 'float8',
  longitude: 'float8',
} as const satisfies Partial<BulkColumns<'listing_private_location'>>;

// How each column travels to unnest(); typed against the schema, so a new column cannot be forgotten silently.
const LISTING_COLUMNS: BulkColumns<'listing'> = {
  id: 'uuid',
  organization_id: 'uuid',
  kind: 'text',
  name: 'text',
  name_es: 'text',
  ...PLACE_COLUMNS,
  location_privacy: 'text',
  point_from_zip: 'boolean',
  service_area: 'jsonb',
  phones: 'jsonb',
  email: 'text',
  website: 'text',
  languages: 'text[]',
  time_zone: 'text',
  opening_minutes: 'int4multirange',
  accepted_goods: 'text[]',
  services: 'text[]',
  volunteer_skills: 'text[]',
  status: 'text',
  last_verified_on: 'date',
  is_demo: 'boolean',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

const CONTENT_COLUMNS: BulkColumns<'listing_content'> = {
  listing_id: 'uuid',
  description: 'jsonb',
  hours: 'jsonb',
  details: 'jsonb',
  search_document: 'text',
};

const PRIVATE_LOCATION_COLUMNS: BulkColumns<'listing_private_location'> = {
  listing_id: 'uuid',
  ...PLACE_COLUMNS,
  updated_at: 'timestamptz',
};

interface Batch {
  organization: { id: string; name: string };
  rows: Array<Insertable<ListingTable> & { id: string }>;
  contentRows: Array<Insertable<ListingContentTable>>;
  privateRows: Array<Insertable<ListingPrivateLocationTable>>;
}

/** Loads `count` synthetic listings (published, ~5% pending, ~3% confidential, isDemo) and ANALYZEs the tables. */
export async function loadSyntheticListings(
  db: Kysely<Database>,
  options: SyntheticLoadOptions,
): Promise<SyntheticLoadResult> {
  const { count, seed = 1, batchSize = 5000, writers = 2, onProgress, now = new Date() } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a whole number >= 1, got ${batchSize}`);
  const factory = new SyntheticListingFactory(seededRandom(seed));
  const started = performance.now();
  let loaded = 0;
  let confidential = 0;
  // Build the next batch in JavaScript while the database writes earlier ones: every CPU stays busy.
  const inFlight = new Set<Promise<void>>();
  let settled: Array<PromiseSettledResult<void>>;
  try {
    for (let start = 0, number = 1; start < count; start += batchSize, number += 1) {
      const batch = buildBatch(factory, seed, number, start, Math.min(batchSize, count - start), now);
      while (inFlight.size >= writers) await Promise.race(inFlight);
      const writing: Promise<void> = writeBatch(db, batch)
        .then(() => {
          loaded += batch.rows.length;
          confidential += batch.privateRows.length;
          onProgress?.({ loaded, count, elapsedMs: performance.now() - started });
        })
        .finally(() => inFlight.delete(writing));
      writing.catch(() => {}); // handled by the race or the final wait; this only keeps Node from calling it unhandled
      inFlight.add(writing);
    }
  } finally {
    settled = await Promise.allSettled(inFlight); // no write left running, whether the loop ended or threw
  }
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  // Fresh statistics, or the planner guesses from an empty table and may skip the GiST index.
  await sql`ANALYZE organization, listing, listing_content, listing_private_location`.execute(db);
  return { loaded, confidential, elapsedMs: performance.now() - started };
}

function buildBatch(
  factory: SyntheticListingFactory,
  seed: number,
  number: number,
  start: number,
  size: number,
  now: Date,
): Batch {
  const organization = {
    id: seedId(`synthetic:${seed}:organization:${number}`),
    name: `Synthetic organization #${number}`,
  };
  const listings = Array.from({ length: size }, (_, k) => factory.next(start + k + 1, organization.name));
  // The factory builds parsed listings directly (parsing a million is slow); check one per batch against the contract.
  if (listings[0]) deepStrictEqual(ListingInput.parse(listings[0]), listings[0]);
  const rows = listings.map((listing, k) =>
    Object.assign(listingRow(listing, organization.id, now), {
      id: seedId(`synthetic:${seed}:listing:${start + k + 1}`),
    }),
  );
  const contentRows = listings.map((listing, k) => listingContentRow(listing, rows[k]!.id));
  const privateRows: Batch['privateRows'] = [];
  listings.forEach((listing, k) => {
    const location = listing.location;
    if (location?.privacy !== 'confidential') return;
    const a = location.address;
    privateRows.push({
      listing_id: rows[k]!.id,
      address_1: a.address1 ?? null,
      address_2: a.address2 ?? null,
      city: a.city,
      state: a.state,
      postal_code: a.postalCode ?? null,
      latitude: location.latitude, // the exact point; the listing row holds the cell centre
      longitude: location.longitude,
      updated_at: now,
    });
  });
  return { organization, rows, contentRows, privateRows };
}

async function writeBatch(db: Kysely<Database>, batch: Batch): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      // Synthetic data: losing the last batches in a crash is fine, waiting for a flush per batch is not.
      await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      const { id, name } = batch.organization;
      await trx.insertInto('organization').values({ id, name, website: null, email: null }).execute();
      await bulkInsert(trx, 'listing', LISTING_COLUMNS, batch.rows);
      await bulkInsert(trx, 'listing_content', CONTENT_COLUMNS, batch.contentRows);
      await bulkInsert(trx, 'listing_private_location', PRIVATE_LOCATION_COLUMNS, batch.privateRows);
      // As every writer does: listing_facility from the details' facility codes (decision 0061).
      await linkListingsToFacilities(
        trx,
        batch.rows.map((r) => r.id),
      );
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw new Error(
        'These synthetic listings are already loaded (same seed); load into a fresh database or pass another seed.',
        { cause: err },
      );
    }
    throw err;
  }
}
