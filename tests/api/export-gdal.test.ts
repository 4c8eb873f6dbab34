// GDAL reads the GeoJSON export with exactly the commands docs/bringing-your-directory.md gives: every feature, and
// every flat field as a column of its own. Skipped, saying why, where GDAL is not installed (.ci/run installs gdal-bin).
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { FULL_LISTINGS } from '../helpers/full-request-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';

// Asynchronous: GDAL fetches from the test server, which answers from this very process.
const exec = async (program: string, args: string[], cwd: string) =>
  (await promisify(execFile)(program, args, { cwd, encoding: 'utf8', timeout: 60_000 })).stdout;

const DOC = readFileSync(path.join(__dirname, '..', '..', 'docs', 'bringing-your-directory.md'), 'utf8');
const HOST = 'https://puente.example.org'; // the documented commands name this host; the test points them at its server
const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasGdal) console.warn('export-gdal.test.ts skipped: ogrinfo is not installed (apt-get install gdal-bin)');
const withGdal = hasGdal ? describe : describe.skip;

/** The documented command lines (```sh blocks) that start with `program`. */
function documented(program: string): string[][] {
  const blocks = [...DOC.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .filter((line) => line.startsWith(`${program} `))
    .map((line) => line.split(' '));
}

withGdal('GDAL and the GeoJSON export', () => {
  let database: DatabaseHandle;
  let server: TestServer;
  let folder: string;
  let count = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const listing of FULL_LISTINGS) {
      await insertListing(database.db, { ...listing, status: 'published' });
      count++;
    }
    for (let i = 0; i < 30; i++) {
      await insertListing(database.db, aListing('shelter', { latitude: 30 + i / 10, longitude: -100 - i / 10 }));
      count++;
    }
    await insertListing(database.db, aNationwideListing('legal_help'));
    count++;
    server = await startTestServer(database.db);
    folder = mkdtempSync(path.join(os.tmpdir(), 'puente-gdal-'));
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await server?.close();
    await database?.close();
  });

  // Runs a documented command with the documented host replaced by the test server's.
  const run = (args: string[]) =>
    exec(
      args[0]!,
      args.slice(1).map((a) => a.replace(HOST, server.baseUrl)),
      folder,
    );

  test('ogrinfo lists every feature and the flat fields, typed', async () => {
    const [ogrinfo] = documented('ogrinfo');
    expect(ogrinfo).toBeDefined();
    const summary = await run(ogrinfo!);
    expect(summary).toContain(`Feature Count: ${count}`);
    for (const field of ['kind: String', 'name: String', 'address_1: String', 'city: String', 'postal_code: String'])
      expect(summary).toContain(field);
    expect(summary).toMatch(/latitude: Real/);
    expect(summary).toMatch(/languages: String/);
  });

  test('ogr2ogr writes a GeoPackage with every feature, the address in its own columns', async () => {
    const [ogr2ogr] = documented('ogr2ogr');
    expect(ogr2ogr).toBeDefined();
    await run(ogr2ogr!);
    const out = ogr2ogr!.find((a) => a.endsWith('.gpkg'))!;
    const rows = await exec(
      'ogrinfo',
      [
        '-ro',
        '-q',
        out,
        '-sql',
        "SELECT COUNT(*) AS n, SUM(city = 'Las Cruces') AS lc, SUM(geom IS NULL) AS g FROM listings",
        '-dialect',
        'SQLite',
      ],
      folder,
    );
    expect(rows).toContain(`n (Integer) = ${count}`);
    expect(rows).toContain(`lc (Integer) = ${FULL_LISTINGS.length}`);
    expect(rows).toContain('g (Integer) = 1'); // the nationwide line has no place
  });
});
