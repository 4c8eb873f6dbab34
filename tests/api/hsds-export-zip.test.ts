// GET /api/hsds/export.zip: the published directory as HSDS 3.0's tabular datapackage, checked against the spec's
// tabular.json and compiled/service.json; the same bytes on every download; read back by the import's reader; and a
// confidential shelter's street, ZIP and true point in none of its files.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { aFullListing } from '../helpers/full-request-fixtures';
import { ADDRESS_BEFORE, PRIVATE_STRINGS } from '../helpers/confidential-scene';
import { insertListing } from '../../server/listings/listings.writer';
import { confidentialCellCentre } from '../../server/listings/public-point';
import { hsdsPackageZip, readHsdsPackage, writeHsdsPackage } from '../../server/exchange/hsds-package/hsds-package';
import { readHsdsTables } from '../../server/exchange/hsds-package/hsds-package-reader';
import { REPO_ROOT } from '../../server/repo-root';
import type { DatabaseHandle } from '../../server/db/database';
import { LISTING_KINDS } from '@contract/vocabulary';

type SpecTable = {
  path: string;
  required?: string[];
  tabular_required?: string[];
  properties: Record<string, { core?: string; type?: string }>;
};

const compiled = (file: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, '..', 'shared', 'hsds', 'schema', 'compiled', file), 'utf8'));
const tabular = compiled('tabular.json') as { properties: Record<string, { items: SpecTable }> };
const SPEC_BY_PATH = new Map(
  Object.entries(tabular.properties).map(([name, { items }]) => [items.path, { name, ...items }]),
);

const NOW = new Date('2026-12-02T18:00:00Z');
const EL_PASO = { latitude: 31.7619, longitude: -106.485 };
// The shelter's true place: digits that appear nowhere else, so a leak of the point is a leak of these strings.
const TRUE_POINT = { latitude: 31.806137, longitude: -106.427593 };
// The shelter's private address and true point: none of these strings may appear in any file.
const SECRETS = [...PRIVATE_STRINGS, '79938', '31.8061', '106.4275'];

function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, withoutEmpty(v)]),
  );
}

/** `value` without the properties `keys` of the objects held under a property named in `under`. */
function withoutKeys(value: unknown, keys: string[], under: string[], parent = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys, under, parent));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !(under.includes(parent) && keys.includes(k)))
      .map(([k, v]) => [k, withoutKeys(v, keys, under, k)]),
  );
}

let database: DatabaseHandle;
let server: TestServer;
let dir: string;
const published: string[] = [];
let confidentialId: string;
let pendingId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'hsds-export-'));
  await database.db.transaction().execute(async (trx) => {
    for (const kind of LISTING_KINDS)
      published.push(await insertListing(trx, { ...aFullListing(kind), status: 'published' }));
    published.push(await insertListing(trx, aNationwideListing('legal_help')));
    published.push(await insertListing(trx, aListing('accompaniment', EL_PASO, { name: 'Acompañamiento, "El Paso"' })));
    // An exact place known only by its city and ZIP: no street to write in address_1.
    published.push(
      await insertListing(
        trx,
        aListing('task_force', EL_PASO, {
          location: { privacy: 'exact', address: { city: 'El Paso', state: 'TX', postalCode: '79901' }, ...EL_PASO },
        }),
      ),
    );
    const shelter = aListing('shelter', TRUE_POINT, { name: 'Casa Esperanza children shelter' });
    confidentialId = await insertListing(trx, {
      ...shelter,
      location: { privacy: 'confidential', address: ADDRESS_BEFORE, ...TRUE_POINT },
    });
    published.push(confidentialId);
    pendingId = await insertListing(trx, aListing('shelter', EL_PASO, { status: 'pending', name: 'Pending shelter' }));
  });
  server = await startTestServer(database.db, { now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function download(): Promise<{ res: Response; bytes: Uint8Array }> {
  const res = await fetch(`${server.baseUrl}/api/hsds/export.zip`);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

type Table = { header: string[]; rows: Record<string, string>[] };
function tablesOf(bytes: Uint8Array): { files: Record<string, Uint8Array>; tables: Map<string, Table> } {
  const files = unzipSync(bytes);
  const tables = new Map<string, Table>();
  for (const [path, content] of Object.entries(files)) {
    if (!path.endsWith('.csv')) continue;
    const [header = [], ...records] = parse(new TextDecoder('utf-8', { fatal: true }).decode(content)) as string[][];
    tables.set(path, { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) });
  }
  return { files, tables };
}

describe('the download', () => {
  let files: Record<string, Uint8Array>;
  let tables: Map<string, Table>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const got = await download();
    expect(got.res.status).toBe(200);
    bytes = got.bytes;
    ({ files, tables } = tablesOf(bytes));
  });

  it('is a zip attachment that any site may fetch', async () => {
    const { res } = await download();
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="puente-hsds.zip"');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('holds tables of tabular.json under its file names, with its columns and every required and core one', () => {
    expect(tables.size).toBe(SPEC_BY_PATH.size);
    for (const [path, { header }] of tables) {
      const spec = SPEC_BY_PATH.get(path);
      expect({ path, known: spec !== undefined }).toEqual({ path, known: true });
      const fields = Object.entries(spec!.properties).filter(([, p]) => p.type !== 'array');
      for (const column of header) expect(fields.map(([f]) => `${path}:${f}`)).toContain(`${path}:${column}`);
      const needed = [
        ...(spec!.required ?? []),
        ...(spec!.tabular_required ?? []),
        ...fields.filter(([, p]) => p.core === 'Y').map(([f]) => f),
      ];
      for (const column of needed) expect(header.map((h) => `${path}:${h}`)).toContain(`${path}:${column}`);
    }
  });

  it('is described by datapackage.json: the same files, the same columns', () => {
    const descriptor = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(Object.keys(files).sort()).toEqual(
      ['datapackage.json', ...descriptor.resources.map((r: any) => r.path)].sort(),
    );
    for (const resource of descriptor.resources) {
      expect({ path: resource.path, header: tables.get(resource.path)!.header }).toEqual({
        path: resource.path,
        header: resource.schema.fields.map((f: any) => f.name),
      });
    }
  });

  it('fills every required cell, and every id it links to names a row', () => {
    const descriptor = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
    const ids = new Map(
      descriptor.resources.map((r: any) => [r.name, new Set(tables.get(r.path)!.rows.map((row) => row.id))]),
    );
    const emptyRequired = new Set<string>();
    const dangling: string[] = [];
    for (const resource of descriptor.resources) {
      for (const [i, row] of tables.get(resource.path)!.rows.entries()) {
        for (const field of resource.schema.fields) {
          if (field.constraints?.required && !row[field.name]) emptyRequired.add(`${resource.path}:${field.name}`);
        }
        for (const key of resource.schema.foreignKeys ?? []) {
          const value = row[key.fields[0]];
          if (value && !(ids.get(key.reference.resource) as Set<string>).has(value))
            dangling.push(
              `${resource.path} row ${i + 1}: ${key.fields[0]} ${value} names no ${key.reference.resource}`,
            );
        }
      }
    }
    expect(dangling).toEqual([]);
    expect([...emptyRequired]).toEqual([]);
  });

  it('holds every published listing as a service, in id order, and nothing else', () => {
    expect(tables.get('services.csv')!.rows.map((r) => r.id)).toEqual([...published].sort());
    const everything = Object.values(files).map((f) => new TextDecoder().decode(f));
    expect(everything.filter((text) => text.includes(pendingId))).toEqual([]);
    expect(tables.get('services.csv')!.rows.every((r) => r.last_modified === '')).toBe(true);
  });

  it('gives back, read by the import, services the spec accepts, the same as the HSDS API answers', async () => {
    const path = join(dir, 'download.zip');
    await writeFile(path, bytes);
    const read = await readHsdsTables(path, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    expect(read.unflattened.unattached).toEqual([]);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(compiled('service.json'));
    for (const { service, issues } of read.unflattened.services) {
      const errors = validate(service) ? [] : validate.errors!;
      expect({ id: service.id, issues, errors: errors.length ? errors : null }).toEqual({
        id: service.id,
        issues: [],
        errors: null,
      });
      const answer = (await server.get(`/api/hsds/services/${service.id as string}`)).body;
      // Tables cannot tell an empty string or an empty list from nothing: the API's '' and [] come back absent.
      const { last_modified: _time, ...fromApi } = withoutEmpty(answer) as Record<string, unknown>;
      // The tables link more than the API nests: an organization's locations, a term's taxonomy.
      expect(withoutKeys(service, ['locations', 'taxonomy_detail'], ['organization', 'taxonomy_term'])).toEqual(
        fromApi,
      );
    }
  });

  it('is the same bytes on every download, and as hsdsPackageZip and writeHsdsPackage write it', async () => {
    const again = await download();
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(await hsdsPackageZip(database.db, NOW)).equals(Buffer.from(bytes))).toBe(true);
    const zipPath = join(dir, 'written.zip');
    await writeHsdsPackage(database.db, NOW, { zip: zipPath });
    expect(Buffer.from(await readFile(zipPath)).equals(Buffer.from(bytes))).toBe(true);
    const folder = join(dir, 'written');
    await writeHsdsPackage(database.db, NOW, { folder });
    expect((await readdir(folder)).sort()).toEqual(Object.keys(files).sort());
    for (const name of Object.keys(files)) {
      expect({ name, same: Buffer.from(await readFile(join(folder, name))).equals(Buffer.from(files[name]!)) }).toEqual(
        { name, same: true },
      );
    }
  });

  it('reads back into one import record per listing, without issues, the confidential shelter confidential', async () => {
    const folder = join(dir, 'to-read');
    await writeHsdsPackage(database.db, NOW, { folder });
    const read = await readHsdsPackage(folder, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    expect(read.format).toBe('hsds-datapackage');
    expect(read.records.map((r) => r.listingId)).toEqual([...published].sort());
    expect(read.records.flatMap((r) => r.issues)).toEqual([]);
    const shelter = read.records.find((r) => r.listingId === confidentialId)!;
    expect(shelter.listing).toMatchObject({ location: { privacy: 'confidential' } });
  });
});

describe('a confidential shelter', () => {
  it('shows in no file more than GET /api/v1/listings/:id does: no street, no ZIP, only the cell centre', async () => {
    const { bytes } = await download();
    const { files, tables } = tablesOf(bytes);
    const everything = Object.values(files)
      .map((f) => new TextDecoder().decode(f))
      .join('\n');
    for (const secret of SECRETS)
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });

    const detail = (await server.get(`/api/v1/listings/${confidentialId}`)).body;
    const centre = confidentialCellCentre(TRUE_POINT);
    expect(detail.location).toMatchObject({ precision: 'approximate', ...centre });
    const sal = tables.get('service_at_location.csv')!.rows.find((r) => r.service_id === confidentialId)!;
    const location = tables.get('locations.csv')!.rows.find((r) => r.id === sal.location_id)!;
    expect([Number(location.latitude), Number(location.longitude)]).toEqual([centre.latitude, centre.longitude]);
    expect(tables.get('addresses.csv')!.rows.filter((r) => r.location_id === location.id)).toEqual([]);
  });
});
