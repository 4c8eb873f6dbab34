// `npm run export -- --format csv|geojson|hsds --out PATH`: writes the same file as the download, from the configured
// database (a fresh PGlite DATA_DIR; PostgreSQL too when DATABASE_URL is set); a wrong command or an unwritable path
// is refused with one message before any database is opened.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { insertListing } from '../../server/listings/listings.writer';
import { listingExportChunks } from '../../server/exchange/listing-export';
import { hsdsPackageZip } from '../../server/exchange/hsds-package/hsds-package';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { adminQuery, databaseUrlFor } from '../helpers/postgres-admin';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..', '..');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'puente-export-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `npm run export` with `args` and the given database settings. */
function runExport(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, DATA_DIR: _ignoredToo, LANG: _lang, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'export', '--', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function text(chunks: AsyncGenerator<string>): Promise<string> {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
}

// Puts three published listings and a pending one in the database, then exports every format with the CLI and
// compares each file with the export computed in this process.
async function exportBoth(env: Record<string, string>, open: () => Promise<DatabaseHandle>) {
  const handle = await open();
  try {
    await migrateToLatest(handle.db);
    await insertListing(handle.db, aListing('shelter', { latitude: 31.76, longitude: -106.49 }, { name: '=Shelter' }));
    await insertListing(handle.db, aListing('task_force', { latitude: 32.3, longitude: -106.7 }));
    await insertListing(handle.db, aNationwideListing('legal_help'));
    await insertListing(handle.db, aListing('legal_help', { latitude: 32, longitude: -106 }, { status: 'pending' }));
  } finally {
    await handle.close();
  }
  const out = {
    csv: path.join(folder, `${randomBytes(3).toString('hex')}.csv`),
    geojson: path.join(folder, 'l.geojson'),
  };
  const csv = await runExport(['--format', 'csv', '--out', out.csv], env);
  expect(csv).toMatchObject({ code: 0, stdout: `Wrote 3 published listings as CSV to ${out.csv}.\n` });
  const geo = await runExport(['--format', 'geojson', '--out', out.geojson, '--lang', 'es'], env);
  expect(geo).toMatchObject({
    code: 0,
    stdout: `Se escribieron 3 listados publicados en GeoJSON en ${out.geojson}.\n`,
  });
  const zip = path.join(folder, `${randomBytes(3).toString('hex')}.zip`);
  const hsdsFolder = path.join(folder, `hsds-${randomBytes(3).toString('hex')}`);
  expect(await runExport(['--format', 'hsds', '--out', zip], env)).toMatchObject({
    code: 0,
    stdout: `Wrote the HSDS datapackage of the published listings to ${zip}.\n`,
  });
  expect(await runExport(['--format', 'hsds', '--out', hsdsFolder], env)).toMatchObject({ code: 0 });
  expect(readdirSync(hsdsFolder)).toEqual(expect.arrayContaining(['datapackage.json', 'services.csv']));
  expect(readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);

  const reopened = await open();
  try {
    const now = new Date();
    expect(readFileSync(out.csv, 'utf8')).toBe(await text(listingExportChunks(reopened.db, now, 'csv')));
    expect(readFileSync(out.geojson, 'utf8')).toBe(await text(listingExportChunks(reopened.db, now, 'geojson')));
    expect(JSON.parse(readFileSync(out.geojson, 'utf8')).features).toHaveLength(3);
    expect(new Uint8Array(readFileSync(zip))).toEqual(await hsdsPackageZip(reopened.db, now));
  } finally {
    await reopened.close();
  }
}

test('on PGlite in a fresh DATA_DIR: CSV, GeoJSON and HSDS files equal to the downloads', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-export-db-'));
  try {
    await exportBoth({ DATA_DIR: dataDir }, () => openDatabase({ dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

const onPostgres = process.env.DATABASE_URL ? test : test.skip;
onPostgres('on PostgreSQL (DATABASE_URL): the same', async () => {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `puente_test_${process.env.PUENTE_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${process.env.PUENTE_TEST_TEMPLATE}`);
  const databaseUrl = databaseUrlFor(serverUrl, name);
  try {
    await exportBoth({ DATABASE_URL: databaseUrl }, () => openDatabase({ databaseUrl, poolSize: 2 }));
  } finally {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});

test('a wrong format, no --out, or a path that cannot be written: one message, exit 2, no database opened', async () => {
  const dataDir = path.join(os.tmpdir(), `puente-export-never-${randomBytes(4).toString('hex')}`);
  const cases: Array<[string[], string]> = [
    [['--format', 'xlsx', '--out', 'x.xlsx'], '"xlsx" is not a format: give --format hsds, csv or geojson'],
    [['--out', 'x.csv'], 'give a format: --format hsds, csv or geojson'],
    [['--format', 'csv'], 'give where to write the export: --out PATH'],
    [
      ['--format', 'csv', '--out', '/no/such/folder/x.csv'],
      'cannot write /no/such/folder/x.csv: its folder does not exist',
    ],
    [['--format', 'geojson', '--out', os.tmpdir()], `cannot write ${os.tmpdir()}: it is a folder`],
    [['--format', 'csv', '--out', '/proc/x.csv'], 'cannot write /proc/x.csv: its folder is not writable'],
    [['--format', 'tsv', '--out', 'x', '--lang', 'es'], '"tsv" no es un formato: use --format hsds, csv o geojson'],
  ];
  const results = await Promise.all(cases.map(([args]) => runExport(args, { DATA_DIR: dataDir })));
  results.forEach((result, i) => {
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(cases[i]![1]);
    expect(result.stdout).toBe('');
  });
  expect(existsSync(dataDir)).toBe(false);
});
