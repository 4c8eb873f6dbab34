// An import without --apply: a report of every row (row, column, code, message) and a summary that says what an applied
// import would do, in English or Spanish; and not one byte of the database changes.
import type { DatabaseHandle } from '../../server/db/database';
import { runImport, type ImportOptions } from '../../server/exchange/import/run-import';
import { formatImportReport } from '../../server/exchange/import/import-report';
import { createTestDatabase } from '../helpers/test-database';
import { aRecord, aRowListing, databaseFingerprint, readResultOf } from '../helpers/import-fixtures';
import type { ImportRecord } from '../../server/exchange/import-record';

let database: DatabaseHandle;
const NOW = new Date('2026-12-04T16:00:00Z');
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'listings.csv',
  locale: 'en',
  apply: false,
  now: NOW,
  ...overrides,
});

// Rows 1 and 2 are in the database already (imported before); the file then brings them back, one changed, and more.
const EARLIER = [aRecord(1, aRowListing('legal_help', 1)), aRecord(2, aRowListing('accompaniment', 2))];

function theFile(): ImportRecord[] {
  const zipOnly = aRowListing('legal_help', 5);
  return [
    EARLIER[0] as ImportRecord, // unchanged
    aRecord(2, aRowListing('accompaniment', 2, { name: 'Renamed accompaniment' })), // changed
    aRecord(3, aRowListing('foster_care', 3)), // new
    aRecord(4, {
      ...aRowListing('legal_help', 4),
      location: {
        privacy: 'exact',
        address: { address1: '1 Main St', city: 'El Paso', state: 'TX', postalCode: '7990' },
        latitude: 31.76,
        longitude: -106.48,
      },
    }),
    aRecord(5, { ...zipOnly, location: { ...zipOnly.location!, pointFromZip: true } }, { approximateLocation: true }),
    aRecord(6, aRowListing('shelter', 6), { sourceId: 'S-3' }), // the same id as row 3
    aRecord(
      7,
      aRowListing('shelter', 7, {
        location: {
          privacy: 'confidential',
          address: { address1: '1 Main St', city: 'El Paso', state: 'TX', postalCode: '79901' },
          latitude: 31.76,
          longitude: -106.48,
        },
      }),
      { privacyDefaulted: true },
    ),
    aRecord(8, { name: 'Half a row' }, { issues: [{ row: 8, column: 'kind', code: 'unknown_kind', message: 'x' }] }),
  ];
}

beforeAll(async () => {
  database = await createTestDatabase();
  await runImport(database.db, readResultOf(EARLIER), options({ apply: true }));
});

afterAll(async () => {
  await database?.close();
});

test('a dry run reports each row and the summary, and changes nothing in any table', async () => {
  const before = await databaseFingerprint(database.db);
  const report = await runImport(database.db, readResultOf(theFile()), options());
  expect(await databaseFingerprint(database.db)).toEqual(before);

  expect(report.outcome).toBe('dry_run');
  expect(report.summary).toEqual({
    read: 8,
    valid: 5,
    withIssues: 3,
    new: 3,
    changed: 1,
    unchanged: 1,
    zipCentres: 1,
    confidentialByDefault: 1,
  });
  expect(report.issues).toEqual([
    {
      row: 4,
      column: 'location.address.postalCode',
      code: 'invalid_parameter',
      message: 'a ZIP code such as 79901',
    },
    { row: 6, column: 'id', code: 'duplicate_id', message: 'the id "S-3" is also on row 3; give each row its own id' },
    { row: 8, column: 'kind', code: 'unknown_kind', message: 'x' },
    ...report.issues.filter((i) => i.row === 8 && i.code === 'invalid_parameter'),
  ]);
  expect(report.issues.filter((i) => i.row === 8).length).toBeGreaterThan(1); // the reader's issue and the contract's
  expect(report.rows.map((r) => [r.row, r.action])).toEqual([
    [1, 'unchanged'],
    [2, 'changed'],
    [3, 'new'],
    [5, 'new'],
    [7, 'new'],
  ]);

  const text = formatImportReport(report, 'en');
  expect(text).toContain('  row 4, location.address.postalCode: invalid_parameter: a ZIP code such as 79901\n');
  expect(text).toContain("No coordinates, pinned at the ZIP code's centre (the page says so): rows 5\n");
  expect(text).toContain('Shelters that do not say their privacy, imported confidential: rows 7\n');
  expect(text).toMatch(/ {2}new listings +3\n/);
  expect(text).toContain('Dry run: nothing was stored. Add --apply to store these rows.');
});

test('a confidential row whose text gives away its street is an issue, as in the API', async () => {
  const leaky = aRowListing('shelter', 9, {
    description: { en: 'Come to 1 Main St any day.' },
    location: {
      privacy: 'confidential',
      address: { address1: '1 Main St', city: 'El Paso', state: 'TX', postalCode: '79901' },
      latitude: 31.76,
      longitude: -106.48,
    },
  });
  const report = await runImport(database.db, readResultOf([aRecord(9, leaky)]), options());
  expect(report.issues.map((i) => [i.column, i.code])).toContainEqual(['description.en', 'invalid_parameter']);
  expect(report.issues[0]?.message).toMatch(/private (street address|house number)/);
});

test('in Spanish, the contract messages, the import messages and the summary are Spanish', async () => {
  const before = await databaseFingerprint(database.db);
  const report = await runImport(database.db, readResultOf(theFile()), options({ locale: 'es' }));
  expect(await databaseFingerprint(database.db)).toEqual(before);
  expect(report.issues[0]).toEqual({
    row: 4,
    column: 'location.address.postalCode',
    code: 'invalid_parameter',
    message: 'un código postal como 79901',
  });
  const text = formatImportReport(report, 'es');
  expect(text).toContain(
    '  fila 6, id: duplicate_id: el id "S-3" también está en la fila 3; dé a cada fila su propio id\n',
  );
  expect(text).toMatch(/ {2}listados nuevos +3\n/);
  expect(text).toContain('Prueba: no se guardó nada.');
});

test("a column mapping names the file's own column in the report", async () => {
  const columns: Record<string, string> = { 'location.address.postalCode': 'codigo_postal' };
  const report = await runImport(
    database.db,
    readResultOf(theFile()),
    options({ columnFor: (path) => columns[path] ?? path }),
  );
  expect(report.issues[0]?.column).toBe('codigo_postal');
});
