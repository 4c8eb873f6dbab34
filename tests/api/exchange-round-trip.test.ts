// The round trip of issue 15: export the directory, import the file into an empty database, export again: the same
// files, byte for byte. The Puente CSV goes through the CSV import; the HSDS datapackage through the package import,
// and since it carries everything, the CSV and GeoJSON exported after it are the first ones too. Exports come over
// real HTTP, imports read the files from disk as `npm run import -- FILE --apply --publish --as EMAIL` does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer } from '../helpers/test-server';
import { aFullListing } from '../helpers/full-request-fixtures';
import { aNationwideListing } from '../helpers/listing-fixtures';
import { createTestModerator } from '../helpers/moderator-session';
import { insertListing } from '../../server/listings/listings.writer';
import { readImportFile } from '../../server/exchange/import/read-import-file';
import { runImport } from '../../server/exchange/import/run-import';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingInput } from '@contract/listing';
import { LISTING_KINDS } from '@contract/vocabulary';

jest.setTimeout(120_000);

const NOW = new Date('2026-12-02T18:00:00Z');
const MODERATOR = 'importer@example.org';
const EXPORTS = ['/api/v1/export/listings.csv', '/api/v1/export/listings.geojson', '/api/hsds/export.zip'];

/** Every kind with every field, a confidential shelter, a listing pinned at its ZIP's centre and a national line. */
function directory(): ListingInput[] {
  const published = { status: 'published' as const, lastVerifiedOn: '2026-11-20' };
  const confidential: ListingInput = {
    ...aFullListing('shelter'),
    name: 'Casa Confidencial',
    location: {
      privacy: 'confidential',
      address: { address1: '1417 Calle Privada', city: 'El Paso', state: 'TX', postalCode: '79905' },
      latitude: 31.7702,
      longitude: -106.4601,
    },
  };
  const zipCentre: ListingInput = {
    ...aFullListing('accompaniment'),
    name: 'Acompañamiento por código postal',
    location: {
      privacy: 'exact',
      pointFromZip: true,
      address: { city: 'El Paso', state: 'TX', postalCode: '79901' },
      latitude: 31.7587,
      longitude: -106.4869,
    },
  };
  return [
    ...LISTING_KINDS.map((kind) => aFullListing(kind)),
    confidential,
    zipCentre,
    aNationwideListing('legal_help'),
  ].map((listing) => ({ ...listing, ...published }));
}

async function exportsOf(database: DatabaseHandle): Promise<Map<string, Buffer>> {
  const server = await startTestServer(database.db, { now: () => NOW });
  try {
    const files = new Map<string, Buffer>();
    for (const url of EXPORTS) {
      const res = await fetch(server.baseUrl + url);
      expect(res.status).toBe(200);
      files.set(url, Buffer.from(await res.arrayBuffer()));
    }
    return files;
  } finally {
    await server.close();
  }
}

/** Imports `file` into a new empty database, published by a moderator of that database; returns the database. */
async function importInto(file: string): Promise<DatabaseHandle> {
  const database = await createTestDatabase();
  await createTestModerator(database.db, MODERATOR);
  const read = await readImportFile(file, 'en');
  if (!read.read.ok) throw new Error(read.read.fault.message);
  const report = await runImport(database.db, read.read, {
    fileName: read.fileName,
    locale: 'en',
    apply: true,
    publishAs: MODERATOR,
    publicSheltersConfirmed: true, // the fixtures' exact shelter was published as such by the first directory
    now: NOW,
    ...(read.columnFor ? { columnFor: read.columnFor } : {}),
  });
  expect(report.issues).toEqual([]);
  expect(report.outcome).toBe('stored');
  return database;
}

let source: DatabaseHandle;
let first: Map<string, Buffer>;
let folder: string;

beforeAll(async () => {
  source = await createTestDatabase();
  for (const listing of directory()) await insertListing(source.db, listing, { now: NOW });
  first = await exportsOf(source);
  folder = mkdtempSync(path.join(os.tmpdir(), 'puente-round-trip-'));
});
afterAll(async () => {
  await source.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the exports hold every listing of the directory', () => {
  const geojson = JSON.parse(first.get('/api/v1/export/listings.geojson')!.toString('utf8'));
  expect(geojson.features).toHaveLength(directory().length);
});

test('CSV: export, import into an empty database, export again gives the same CSV and GeoJSON', async () => {
  const file = path.join(folder, 'listings.csv');
  writeFileSync(file, first.get('/api/v1/export/listings.csv')!);
  const copy = await importInto(file);
  try {
    const again = await exportsOf(copy);
    // The CSV carries everything the GeoJSON does; not the HSDS organization ids, so the package is not compared.
    for (const url of EXPORTS.slice(0, 2))
      expect(again.get(url)!.toString('utf8')).toBe(first.get(url)!.toString('utf8'));
  } finally {
    await copy.close();
  }
});

test('HSDS datapackage: export, import, export again gives the same package, CSV and GeoJSON', async () => {
  const file = path.join(folder, 'puente-hsds.zip');
  writeFileSync(file, first.get('/api/hsds/export.zip')!);
  const copy = await importInto(file);
  try {
    const again = await exportsOf(copy);
    for (const url of EXPORTS)
      expect({ url, same: again.get(url)!.equals(first.get(url)!) }).toEqual({ url, same: true });
  } finally {
    await copy.close();
  }
});
