// Facility links survive the exchange: a visitation program's facility code and an accompaniment group's releasedFrom
// go out in the CSV (facility_code, released_from) and the HSDS package (profile fields), come back through the
// import into a database that has the same facilities, and export again byte for byte. Into a database without
// them, each such row is a bad row naming the code, and nothing is stored.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { createTestModerator } from '../helpers/moderator-session';
import { insertListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { readImportFile } from '../../server/exchange/import/read-import-file';
import { runImport } from '../../server/exchange/import/run-import';
import type { DatabaseHandle } from '../../server/db/database';
import type { FacilityInput } from '@contract/facility';

jest.setTimeout(120_000);

const NOW = new Date('2026-12-02T18:00:00Z');
const MODERATOR = 'importer@example.org';
const EXPORTS = ['/api/v1/export/listings.csv', '/api/v1/export/listings.geojson', '/api/hsds/export.zip'];
const AT = { latitude: 31.7619, longitude: -106.485 };
const FACILITIES: FacilityInput[] = ['OTERO', 'TORR'].map((code, i) => ({
  code,
  name: `${code} Processing Center`,
  type: 'contract_facility',
  city: 'Chaparral',
  state: 'NM',
  latitude: 32.05 + i,
  longitude: -106.41,
  sourceName: 'Test list',
  asOf: '2026-11-30',
}));

async function withFacilities(database: DatabaseHandle): Promise<DatabaseHandle> {
  for (const facility of FACILITIES) await upsertFacility(database.db, facility);
  return database;
}

async function exportsOf(database: DatabaseHandle): Promise<Map<string, Buffer>> {
  const server = await startTestServer(database.db, { now: () => NOW });
  try {
    const files = new Map<string, Buffer>();
    for (const url of EXPORTS) files.set(url, Buffer.from(await (await fetch(server.baseUrl + url)).arrayBuffer()));
    return files;
  } finally {
    await server.close();
  }
}

async function importInto(database: DatabaseHandle, file: string) {
  await createTestModerator(database.db, MODERATOR);
  const read = await readImportFile(file, 'en');
  if (!read.read.ok) throw new Error(read.read.fault.message);
  return runImport(database.db, read.read, {
    fileName: read.fileName,
    locale: 'en',
    apply: true,
    publishAs: MODERATOR,
    now: NOW,
    ...(read.columnFor ? { columnFor: read.columnFor } : {}),
  });
}

let source: DatabaseHandle;
let first: Map<string, Buffer>;
let folder: string;

beforeAll(async () => {
  source = await withFacilities(await createTestDatabase());
  const published = { status: 'published' as const, lastVerifiedOn: '2026-11-20' };
  const listings = [
    aListing('visitation_program', AT, { ...published, name: 'Linked visits', details: { kind: 'visitation_program', facility: { code: 'OTERO', name: 'x', city: 'x', state: 'TX' } } }), // prettier-ignore
    aListing('visitation_program', AT, { ...published, name: 'Text visits', details: { kind: 'visitation_program', facility: { name: 'Elsewhere Center', city: 'Tucson', state: 'AZ' } } }), // prettier-ignore
    aListing('accompaniment', AT, { ...published, name: 'Released from two', details: { kind: 'accompaniment', services: ['court'], releasedFrom: [{ code: 'TORR' }, { code: 'OTERO' }] } }), // prettier-ignore
  ];
  for (const listing of listings) await insertListing(source.db, listing, { now: NOW });
  first = await exportsOf(source);
  folder = mkdtempSync(path.join(os.tmpdir(), 'puente-facility-round-trip-'));
});
afterAll(async () => {
  await source.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the CSV carries the codes: the facility name and place are the facility’s', () => {
  const rows = parse(first.get(EXPORTS[0]!)!.toString('utf8'), { columns: true, bom: true }) as Array<Record<string, string>>; // prettier-ignore
  const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
  expect(byName['Linked visits']).toMatchObject({ facility_code: 'OTERO', facility_name: 'OTERO Processing Center', facility_city: 'Chaparral', facility_state: 'NM', released_from: '' }); // prettier-ignore
  expect(byName['Text visits']).toMatchObject({ facility_code: '', facility_name: 'Elsewhere Center' });
  expect(byName['Released from two']).toMatchObject({ released_from: 'TORR;OTERO', facility_code: '' });
});

test.each([
  ['CSV', 'listings.csv', EXPORTS[0]!],
  ['HSDS datapackage', 'puente-hsds.zip', EXPORTS[2]!],
])('%s: export, import where the facilities exist, export again gives the same files', async (_f, name, url) => {
  const file = path.join(folder, name);
  writeFileSync(file, first.get(url)!);
  const copy = await withFacilities(await createTestDatabase());
  try {
    const report = await importInto(copy, file);
    expect(report.issues).toEqual([]);
    const again = await exportsOf(copy);
    const compared = url === EXPORTS[2] ? EXPORTS : EXPORTS.slice(0, 2); // the CSV does not carry HSDS organization ids
    for (const u of compared) expect({ u, same: again.get(u)!.equals(first.get(u)!) }).toEqual({ u, same: true });
    const links = await copy.db.selectFrom('listing_facility').select('role').execute();
    expect(links.map((l) => l.role).sort()).toEqual(['accompanies', 'accompanies', 'visits']);
  } finally {
    await copy.close();
  }
});

test('into a database without the facilities, each linked row is a bad row naming its code, and nothing is stored', async () => {
  const file = path.join(folder, 'listings.csv');
  writeFileSync(file, first.get(EXPORTS[0]!)!);
  const empty = await createTestDatabase();
  try {
    const report = await importInto(empty, file);
    expect(report.outcome).not.toBe('stored');
    expect(report.issues.map((i) => [i.code, i.message.match(/code (\w+)/)?.[1]]).sort()).toEqual([
      ['unknown_facility', 'OTERO'],
      ['unknown_facility', 'TORR'],
    ]);
    expect(await empty.db.selectFrom('listing').select('id').execute()).toEqual([]);
  } finally {
    await empty.close();
  }
});
